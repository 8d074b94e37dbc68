"""Checking that a delivery comes from the sender holding the channel's secret, in each
vendor's documented scheme, and that it is fresh (a captured request cannot be replayed later).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from datetime import UTC, datetime

from service.core.errors import Unauthorized
from service.notify import webhook as outgoing

# Slack's documented window; we use the same for every channel that sends a timestamp.
MAX_AGE_SECONDS = 5 * 60

WEBHOOK_SIGNATURE = outgoing.SIGNATURE_HEADER
WEBHOOK_TIMESTAMP = outgoing.TIMESTAMP_HEADER


def _missing(header: str) -> Unauthorized:
    return Unauthorized(f"The request has no {header} header.", code="missing_signature")


def _mismatch() -> Unauthorized:
    return Unauthorized(
        "The signature does not match this channel's secret.", code="invalid_signature"
    )


def _fresh(epoch: float, now: float | None) -> None:
    if abs((now if now is not None else time.time()) - epoch) > MAX_AGE_SECONDS:
        raise Unauthorized(
            f"The timestamp is more than {MAX_AGE_SECONDS // 60} minutes away from now.",
            code="stale_timestamp",
        )


def _epoch(value: str | None, header: str) -> float:
    if not value:
        raise _missing(header)
    try:
        return float(int(value.strip()))
    except ValueError:
        raise Unauthorized(f"{header} is not a Unix time.", code="invalid_timestamp") from None


def _same(expected: str, sent: str) -> None:
    if not hmac.compare_digest(expected.encode(), sent.strip().encode()):
        raise _mismatch()


def _hmac_hex(secret: str, message: bytes, digest: str = "sha256") -> str:
    return hmac.new(secret.encode(), message, digest).hexdigest()


def sign_webhook(secret: str, timestamp: str, body: bytes) -> str:
    """The generic webhook's signature: `sha256=` + hex HMAC-SHA256 of `{timestamp}.{body}`,
    the scheme our own outgoing webhooks use, so one receiver library serves both ways."""
    return outgoing.sign(secret, timestamp, body)


def verify_webhook(
    secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float | None = None
) -> None:
    _fresh(_epoch(timestamp, WEBHOOK_TIMESTAMP), now)
    if not signature:
        raise _missing(WEBHOOK_SIGNATURE)
    _same(sign_webhook(secret, str(timestamp).strip(), body), signature)


def sign_slack(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 scheme: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}`."""
    return "v0=" + _hmac_hex(secret, b"v0:" + timestamp.encode() + b":" + body)


def verify_slack(
    secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float | None = None
) -> None:
    _fresh(_epoch(timestamp, "X-Slack-Request-Timestamp"), now)
    if not signature:
        raise _missing("X-Slack-Signature")
    _same(sign_slack(secret, str(timestamp).strip(), body), signature)


def sign_intercom(secret: str, body: bytes) -> str:
    """Intercom's X-Hub-Signature: `sha1=` + hex HMAC-SHA1 of the body with the client secret."""
    return "sha1=" + _hmac_hex(secret, body, "sha1")


def verify_intercom(secret: str, signature: str | None, body: bytes) -> None:
    """Intercom sends no timestamp: a replayed notification is caught by idempotency instead."""
    if not signature:
        raise _missing("X-Hub-Signature")
    _same(sign_intercom(secret, body), signature)


def sign_zendesk(secret: str, timestamp: str, body: bytes) -> str:
    """Zendesk's scheme: base64 of HMAC-SHA256 over the timestamp followed by the body."""
    mac = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def verify_zendesk(
    secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float | None = None
) -> None:
    header = "X-Zendesk-Webhook-Signature-Timestamp"
    if not timestamp:
        raise _missing(header)
    try:  # Zendesk sends ISO 8601 in UTC, e.g. 2021-03-25T05:09:27Z
        when = datetime.fromisoformat(timestamp.strip().replace("Z", "+00:00"))
        epoch = (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    except ValueError:
        raise Unauthorized(f"{header} is not an ISO 8601 time.", code="invalid_timestamp") from None
    _fresh(epoch, now)
    if not signature:
        raise _missing("X-Zendesk-Webhook-Signature")
    _same(sign_zendesk(secret, timestamp.strip(), body), signature)
