"""Signed, expiring links sent by e-mail (invitations, password resets).

A link token is `<row id>.<expiry>.<secret>.<HMAC>`: the HMAC (under the server secret) makes
a tampered id or expiry fail before any lookup; the row keeps only a SHA-256 of the secret and
is marked used on the first use, so a token works once and a database leak reveals none."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

_TOKEN = re.compile(
    r"^([1-9][0-9]{0,17})\.([0-9]{1,12})\.([A-Za-z0-9_-]{32})\.([A-Za-z0-9_-]{43})$"
)


@dataclass(frozen=True)
class LinkToken:
    """What a well-formed, correctly signed token says (still to be checked in the DB)."""

    token_id: int
    expires: int  # Unix seconds
    secret: str


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _signature(server_secret: str, purpose: str, token_id: int, expires: int, part: str) -> str:
    message = f"throughline:{purpose}:v1:{token_id}:{expires}:{part}".encode()
    digest = hmac.new(server_secret.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def make_token(server_secret: str, purpose: str, token_id: int, expires: int, part: str) -> str:
    return (
        f"{token_id}.{expires}.{part}.{_signature(server_secret, purpose, token_id, expires, part)}"
    )


def read_token(server_secret: str, purpose: str, token: str) -> LinkToken | None:
    """The token's parts if it is well formed and signed for this purpose, else None."""
    match = _TOKEN.match(token or "")
    if match is None:
        return None
    token_id, expires, part = int(match.group(1)), int(match.group(2)), match.group(3)
    expected = _signature(server_secret, purpose, token_id, expires, part)
    if not hmac.compare_digest(expected.encode(), match.group(4).encode()):
        return None
    return LinkToken(token_id, expires, part)
