"""Intake: the channels teams already use (a signed webhook, Slack, Intercom, Zendesk, e-mail,
browser upload) turned into feedback items through the one ingest path."""
