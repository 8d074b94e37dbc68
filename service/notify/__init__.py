"""Telling requesters when an idea they asked for changes status: the outbox, the delivery
channels (e-mail, webhook) and the worker that drains the outbox with retries."""
