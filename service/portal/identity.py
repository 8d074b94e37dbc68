"""Who a portal visitor is: a token the host product signs with the workspace's portal secret,
or an e-mailed magic link (then a cookie), both HMAC-SHA256 and expiring.

A host token is `base64url(JSON payload) + "." + base64url(HMAC-SHA256(secret, first part))`,
the payload carrying `email` (required), `name`, `account`, `mrr` and `exp` (Unix seconds).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import time
from dataclasses import dataclass
from typing import Any

from service.core.errors import Forbidden, InvalidInput, Unauthorized

MAX_TOKEN_CHARS = 4096
LINK_SECONDS = 30 * 60  # a magic link works for half an hour
SESSION_SECONDS = 30 * 24 * 3600  # the cookie it sets lasts a month
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


@dataclass(frozen=True)
class Visitor:
    """An identified customer; account and MRR only come from the host product's token."""

    email: str
    name: str | None = None
    account: str | None = None
    mrr: float | None = None
    via: str = "token"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: str, payload: str) -> str:
    return _b64(hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest())


def sign(secret: str, payload: dict[str, Any]) -> str:
    """A token in the host format (what a host product's backend computes, in any language)."""
    encoded = _b64(json.dumps(payload, separators=(",", ":")).encode())
    return f"{encoded}.{_mac(secret, encoded)}"


def _opened(secret: str, token: str, now: float) -> dict[str, Any]:
    """The payload of a correctly signed, unexpired token; Unauthorized otherwise."""
    encoded, dot, signature = token.strip().partition(".")
    signed = bool(dot) and len(token) <= MAX_TOKEN_CHARS
    if not signed or not hmac.compare_digest(signature.encode(), _mac(secret, encoded).encode()):
        raise Unauthorized("The identity token is not valid.", code="invalid_portal_token")
    try:
        payload = json.loads(_unb64(encoded))
    except (ValueError, binascii.Error):
        payload = None
    if not isinstance(payload, dict):
        raise Unauthorized("The identity token is not valid.", code="invalid_portal_token")
    expiry = payload.get("exp")
    if not isinstance(expiry, int | float) or isinstance(expiry, bool):
        raise Unauthorized("The identity token has no expiry (exp).", code="invalid_portal_token")
    if expiry < now:
        raise Unauthorized("The identity token has expired.", code="expired_portal_token")
    return payload


def _text(payload: dict[str, Any], name: str, limit: int) -> str | None:
    value = payload.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise Unauthorized(f"The token's {name} is not valid.", code="invalid_portal_token")
    return value.strip() or None


def check_email(value: str) -> str:
    """A plausible address (the magic link proves it); InvalidInput otherwise."""
    value = value.strip()
    if len(value) > 320 or not _EMAIL.match(value):
        raise InvalidInput("That is not an e-mail address.", code="invalid_email")
    return value.lower()


def verify_host_token(secret: str, token: str, now: float | None = None) -> Visitor:
    """The visitor a host product vouches for; a forged or expired token is refused (401)."""
    payload = _opened(secret, token, time.time() if now is None else now)
    email = _text(payload, "email", 320)
    if email is None or not _EMAIL.match(email):
        raise Unauthorized("The token carries no valid email.", code="invalid_portal_token")
    mrr = payload.get("mrr")
    if mrr is not None and (
        not isinstance(mrr, int | float) or isinstance(mrr, bool) or not math.isfinite(mrr)
    ):
        raise Unauthorized("The token's mrr is not a number.", code="invalid_portal_token")
    if mrr is not None and mrr < 0:
        raise Unauthorized("The token's mrr is negative.", code="invalid_portal_token")
    return Visitor(
        email=email.lower(),
        name=_text(payload, "name", 200),
        account=_text(payload, "account", 200),
        mrr=None if mrr is None else float(mrr),
        via="token",
    )


def _server_key(server_secret: str, purpose: str, workspace_id: int) -> str:
    """A key of its own per purpose and workspace: a link never works as a cookie or elsewhere."""
    return _mac(server_secret, f"portal:{purpose}:{workspace_id}")


def link_token(server_secret: str, workspace_id: int, visitor: Visitor, now: float) -> str:
    payload = {"email": visitor.email, "name": visitor.name, "exp": int(now) + LINK_SECONDS}
    return sign(_server_key(server_secret, "link", workspace_id), payload)


def session_token(server_secret: str, workspace_id: int, visitor: Visitor, now: float) -> str:
    payload = {"email": visitor.email, "name": visitor.name, "exp": int(now) + SESSION_SECONDS}
    return sign(_server_key(server_secret, "session", workspace_id), payload)


def verify_server_token(
    server_secret: str, purpose: str, workspace_id: int, token: str, now: float | None = None
) -> Visitor:
    """The visitor of a magic link ("link") or of its cookie ("session")."""
    key = _server_key(server_secret, purpose, workspace_id)
    visitor = verify_host_token(key, token, now)
    return Visitor(email=visitor.email, name=visitor.name, via="link")


def csrf_token(server_secret: str, workspace_id: int) -> str:
    """What the portal page sends back in X-Portal-Csrf on every POST (a custom header that a
    cross-site form cannot set, bound to the workspace)."""
    return _server_key(server_secret, "csrf", workspace_id)


def check_csrf(server_secret: str, workspace_id: int, sent: str | None) -> None:
    expected = csrf_token(server_secret, workspace_id)
    if not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise Forbidden("Reload the page and try again.", code="portal_csrf_failed")
