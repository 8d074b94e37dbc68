"""Requests as each vendor signs and shapes them (per their published docs), for the intake
tests: a valid one, and the same with a bad signature, a stale timestamp or a broken body."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlencode

from service.intake import signatures


@dataclass
class SignedRequest:
    path: str
    body: bytes
    headers: dict[str, str]


def webhook(secret: str, body: bytes, at: float | None = None, bad: bool = False) -> SignedRequest:
    ts = str(int(at if at is not None else time.time()))
    signature = signatures.sign_webhook("wrong" if bad else secret, ts, body)
    headers = {
        "Content-Type": "application/json",
        signatures.WEBHOOK_TIMESTAMP: ts,
        signatures.WEBHOOK_SIGNATURE: signature,
    }
    return SignedRequest("webhook", body, headers)


def webhook_body(message_id: str = "msg-1", text: str = "Please add SSO with Okta") -> bytes:
    return json.dumps(
        {
            "id": message_id,
            "text": text,
            "email": "ana@acme.test",
            "name": "Ana",
            "company": "Acme",
            "mrr": 1200,
        }
    ).encode()


def slack(
    secret: str, path: str, body: bytes, at: float | None = None, bad: bool = False
) -> SignedRequest:
    ts = str(int(at if at is not None else time.time()))
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signatures.sign_slack("wrong" if bad else secret, ts, body),
    }
    return SignedRequest(path, body, headers)


def slack_command_body(
    text: str = "Customers want an audit log export", trigger: str = "13345.1"
) -> bytes:
    return urlencode(
        {
            "token": "legacy",
            "team_id": "T0001",
            "team_domain": "acme",
            "channel_id": "C2147483705",
            "channel_name": "feedback",
            "user_id": "U2147483697",
            "user_name": "steve",
            "command": "/throughline",
            "text": text,
            "response_url": "https://hooks.slack.com/commands/1234/5678",
            "trigger_id": trigger,
            "api_app_id": "A123456",
        }
    ).encode()


def slack_shortcut_body(
    text: str = "Can we get dark mode in the mobile app?",
    ts: str = "1607081569.852971",
    response_url: str = "http://127.0.0.1:9/no-one-listens",  # tests never reach Slack
) -> bytes:
    payload = {
        "type": "message_action",
        "callback_id": "send_to_throughline",
        "trigger_id": "111.222.xxx",
        "response_url": response_url,
        "team": {"id": "T0001", "domain": "acme"},
        "channel": {"id": "C1111", "name": "customer-acme"},
        "user": {"id": "W111", "name": "pm"},
        "message_ts": ts,
        "message": {
            "type": "message",
            "user": "U999",
            "user_team": "T0999",
            "ts": ts,
            "text": text,
            "user_profile": {"real_name": "Bea Customer"},
        },
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


def intercom(secret: str, body: bytes, bad: bool = False) -> SignedRequest:
    headers = {
        "Content-Type": "application/json",
        "X-Hub-Signature": signatures.sign_intercom("wrong" if bad else secret, body),
    }
    return SignedRequest("intercom", body, headers)


def intercom_body(
    conversation: str = "1911149811", tags: tuple[str, ...] = ("Product feedback",)
) -> bytes:
    return json.dumps(
        {
            "type": "notification_event",
            "app_id": "abc123",
            "id": f"notif_{conversation}",
            "topic": "conversation_part.tag.created",
            "created_at": 1571080403,
            "data": {
                "type": "notification_event_data",
                "item": {
                    "type": "conversation",
                    "id": conversation,
                    "created_at": 1571080000,
                    "source": {
                        "type": "conversation",
                        "body": "<p>Hi!</p><p>We need a <b>Salesforce</b> integration "
                        "for our sales team.</p>",
                        "author": {
                            "type": "user",
                            "id": "5d9c",
                            "name": "Cy",
                            "email": "cy@globex.test",
                        },
                    },
                    "tags": {
                        "type": "tag.list",
                        "tags": [{"type": "tag", "id": "1", "name": t} for t in tags],
                    },
                    "company": {"type": "company", "name": "Globex", "monthly_spend": 3400},
                },
            },
        }
    ).encode()


def zendesk(
    secret: str, body: bytes, at: datetime | None = None, bad: bool = False
) -> SignedRequest:
    ts = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = {
        "Content-Type": "application/json",
        "X-Zendesk-Webhook-Signature-Timestamp": ts,
        "X-Zendesk-Webhook-Signature": signatures.sign_zendesk(
            "wrong" if bad else secret, ts, body
        ),
    }
    return SignedRequest("zendesk", body, headers)


def zendesk_body(ticket: str = "35436", tags: str = "product_feedback billing") -> bytes:
    return json.dumps(
        {
            "ticket": {
                "id": ticket,
                "subject": "Invoices in EUR",
                "description": "Our finance team needs invoices issued in euros.",
                "tags": tags,
                "requester": {"email": "dee@initech.test", "name": "Dee"},
                "organization": {"name": "Initech", "mrr": "2,500"},
            }
        }
    ).encode()
