"""Sign-in for the web pages: an API key in, a signed session cookie out, and CSRF tokens.

The cookie holds the key's row id, a keyed fingerprint of its hash, an expiry and a CSRF
nonce, signed with HMAC-SHA256 under the server secret. Every request re-reads the key, so a
revoked key signs its sessions out at once. The key itself is never stored in the cookie.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.schemas import Role
from models.tables import ApiKey, Workspace
from service.http.deps import ContextDep, SessionDep

SESSION_COOKIE = "tl_session"
SIGNIN_COOKIE = "tl_signin"  # double-submit CSRF token for the sign-in form (no session yet)
FLASH_COOKIE = "tl_flash"
SESSION_SECONDS = 12 * 3600
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True)
class PageUser:
    """Who is signed in: one key, one workspace."""

    workspace_id: int
    workspace: str
    key_id: int
    actor: str  # "key:<prefix>", as the API's audit entries name it
    role: str
    csrf: str


class SignInRequired(Exception):
    """No valid session: the page answers with a redirect to the sign-in form."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class CsrfFailed(Exception):
    """A POST without the session's CSRF token."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: str, purpose: str, payload: str) -> str:
    message = f"{purpose}|{payload}".encode()
    return _b64(hmac.new(secret.encode(), message, hashlib.sha256).digest())


def seal(secret: str, purpose: str, data: dict[str, Any]) -> str:
    """Sign a small JSON value for a cookie (readable by its holder, not forgeable)."""
    payload = _b64(json.dumps(data, separators=(",", ":")).encode())
    return f"{payload}.{_mac(secret, purpose, payload)}"


def unseal(secret: str, purpose: str, value: str | None) -> dict[str, Any] | None:
    """The signed value, or None when missing, tampered with or malformed."""
    if not value or "." not in value:
        return None
    payload, _, signature = value.partition(".")
    if not hmac.compare_digest(signature, _mac(secret, purpose, payload)):
        return None
    try:
        data = json.loads(_unb64(payload))
    except (ValueError, binascii.Error):
        return None
    return data if isinstance(data, dict) else None


def _fingerprint(secret: str, key: ApiKey) -> str:
    return _mac(secret, "key", key.key_hash)[:22]


def secret_of(request: Request) -> str:
    return request.app.state.context.settings.resolved_secret_key()


def secure_cookies(request: Request) -> bool:
    return request.app.state.context.settings.public_url.startswith("https://")


def start_session(response: Response, request: Request, key: ApiKey) -> None:
    """Set the session cookie for a verified key."""
    secret = secret_of(request)
    data = {
        "k": key.id,
        "f": _fingerprint(secret, key),
        "x": int(time.time()) + SESSION_SECONDS,
        "c": secrets.token_urlsafe(24),
    }
    response.set_cookie(
        SESSION_COOKIE,
        seal(secret, "session", data),
        max_age=SESSION_SECONDS,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
    )


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def read_session(session: Session, secret: str, cookie: str | None) -> PageUser | None:
    """The signed-in key and workspace, or None if the cookie is bad, expired or revoked."""
    data = unseal(secret, "session", cookie)
    if data is None or not isinstance(data.get("x"), int) or data["x"] < time.time():
        return None
    key = session.get(ApiKey, data.get("k")) if isinstance(data.get("k"), int) else None
    if key is None or key.revoked_at is not None or key.role == Role.ingest:
        return None
    if not hmac.compare_digest(str(data.get("f", "")), _fingerprint(secret, key)):
        return None
    workspace = session.get(Workspace, key.workspace_id)
    if workspace is None:
        return None
    return PageUser(
        workspace_id=workspace.id,
        workspace=workspace.name,
        key_id=key.id,
        actor=f"key:{key.prefix}",
        role=key.role,
        csrf=str(data.get("c", "")),
    )


def _requested_path(request: Request) -> str:
    path = request.url.path
    return f"{path}?{request.url.query}" if request.url.query else path


def get_page_user(request: Request, context: ContextDep, session: SessionDep) -> PageUser:
    """The signed-in user; anyone else is sent to the sign-in form."""
    secret = context.settings.resolved_secret_key()
    user = read_session(session, secret, request.cookies.get(SESSION_COOKIE))
    if user is None:
        raise SignInRequired(_requested_path(request) if request.method == "GET" else "/ideas")
    request.state.page_user = user
    return user


PageUserDep = Annotated[PageUser, Depends(get_page_user)]


async def check_csrf(request: Request, user: PageUserDep) -> PageUser:
    """The signed-in user of a POST that carries the session's CSRF token (form or header)."""
    sent: Any = request.headers.get(CSRF_HEADER)
    if not sent:
        sent = (await request.form()).get(CSRF_FIELD)
    if not isinstance(sent, str) or not user.csrf or not hmac.compare_digest(sent, user.csrf):
        raise CsrfFailed()
    return user


FormUserDep = Annotated[PageUser, Depends(check_csrf)]


def safe_next(path: str | None) -> str:
    """Only a path on this site (never //host or a scheme) may follow the sign-in."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/ideas"
    return path
