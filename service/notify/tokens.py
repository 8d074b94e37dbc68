"""Signed unsubscribe tokens: the link in every e-mail works without a login, and cannot be
forged to unsubscribe someone else."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"^([1-9][0-9]{0,17})\.([1-9][0-9]{0,17})\.([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class UnsubscribeTarget:
    workspace_id: int
    requester_id: int


def _signature(secret: str, workspace_id: int, requester_id: int) -> str:
    message = f"throughline:unsubscribe:v1:{workspace_id}:{requester_id}".encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def make_token(secret: str, workspace_id: int, requester_id: int) -> str:
    """`<workspace>.<requester>.<HMAC-SHA256>`: URL-safe and never expiring, like the
    unsubscribe links people expect to keep working."""
    return f"{workspace_id}.{requester_id}.{_signature(secret, workspace_id, requester_id)}"


def verify_token(secret: str, token: str) -> UnsubscribeTarget | None:
    """The target of a well-formed, correctly signed token, else None (constant-time check)."""
    match = _TOKEN.match(token)
    if match is None:
        return None
    workspace_id, requester_id = int(match.group(1)), int(match.group(2))
    expected = _signature(secret, workspace_id, requester_id)
    if not hmac.compare_digest(expected.encode(), match.group(3).encode()):
        return None
    return UnsubscribeTarget(workspace_id, requester_id)


def unsubscribe_url(public_url: str, secret: str, workspace_id: int, requester_id: int) -> str:
    return f"{public_url.rstrip('/')}/unsubscribe/{make_token(secret, workspace_id, requester_id)}"
