"""Sign-in for the web pages: a person (e-mail and password) or an API key in, a signed
session cookie out, and CSRF tokens.

A person's cookie holds their id, the workspace, their session version, an expiry and a CSRF
nonce; a key's cookie holds the key's row id and a keyed fingerprint of its hash instead. Both
are signed with HMAC-SHA256 under the server secret, and every request re-reads the person's
membership (or the key), so a removed person, a changed role or a revoked key takes effect on
the next request. No password or key is ever stored in the cookie.
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

from models.people import PersonRole
from models.people_tables import Person
from models.schemas import Role
from models.tables import ApiKey, Workspace
from service.core.errors import Forbidden
from service.http.deps import ContextDep, SessionDep
from service.workspaces import key_owners, people

SESSION_COOKIE = "tl_session"
SIGNIN_COOKIE = "tl_signin"  # double-submit CSRF token for the sign-in form (no session yet)
FLASH_COOKIE = "tl_flash"
SESSION_SECONDS = 12 * 3600
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True)
class PageUser:
    """Who is signed in: a person (or, the secondary way, one key) in one workspace."""

    workspace_id: int
    workspace: str
    key_id: int | None
    actor: str  # "person:<id>", or "key:<prefix>" for a key nobody owns
    role: str
    csrf: str
    person_id: int | None = None
    name: str = ""

    @property
    def can_edit(self) -> bool:
        return self.role != PersonRole.viewer

    @property
    def is_admin(self) -> bool:
        return self.role == Role.admin


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
    _set_session(response, request, {"k": key.id, "f": _fingerprint(secret_of(request), key)})


def start_person_session(
    response: Response, request: Request, person: Person, workspace_id: int
) -> None:
    """Set the session cookie for a person who proved who they are, in one workspace."""
    _set_session(
        response, request, {"p": person.id, "w": workspace_id, "v": person.session_version}
    )


def _set_session(response: Response, request: Request, who: dict[str, Any]) -> None:
    secret = secret_of(request)
    data = {**who, "x": int(time.time()) + SESSION_SECONDS, "c": secrets.token_urlsafe(24)}
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
    """Who is signed in, or None if the cookie is bad or expired, the person was removed or
    signed out everywhere, or the key was revoked."""
    data = unseal(secret, "session", cookie)
    if data is None or not isinstance(data.get("x"), int) or data["x"] < time.time():
        return None
    if "p" in data:
        return _person_user(session, data)
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
        actor=key_owners.actor_for_key(session, key),
        role=key.role,
        csrf=str(data.get("c", "")),
    )


def _person_user(session: Session, data: dict[str, Any]) -> PageUser | None:
    ids = (data.get("p"), data.get("w"), data.get("v"))
    if not all(isinstance(value, int) for value in ids):
        return None
    found = people.signed_in(session, int(data["p"]), int(data["w"]), int(data["v"]))
    if found is None:
        return None
    return PageUser(
        workspace_id=found.workspace.id,
        workspace=found.workspace.name,
        key_id=None,
        actor=people.actor_of(found.person.id),
        role=found.role.value,
        csrf=str(data.get("c", "")),
        person_id=found.person.id,
        name=found.person.name,
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


async def check_csrf_only(request: Request, user: PageUserDep) -> PageUser:
    """The signed-in user of a POST that carries the session's CSRF token (form or header)."""
    sent: Any = request.headers.get(CSRF_HEADER)
    if not sent:
        sent = (await request.form()).get(CSRF_FIELD)
    if not isinstance(sent, str) or not user.csrf or not hmac.compare_digest(sent, user.csrf):
        raise CsrfFailed()
    return user


SignedInFormDep = Annotated[PageUser, Depends(check_csrf_only)]


def check_csrf(user: SignedInFormDep) -> PageUser:
    """A POST that changes something: the CSRF token, and a role that may change things."""
    if not user.can_edit:
        raise Forbidden("Viewers can read every page but not change anything.", code="viewer")
    return user


FormUserDep = Annotated[PageUser, Depends(check_csrf)]


def check_admin(user: FormUserDep) -> PageUser:
    if not user.is_admin:
        raise Forbidden("Only a workspace admin may do this.", code="insufficient_role")
    return user


AdminFormDep = Annotated[PageUser, Depends(check_admin)]


def get_admin_user(user: PageUserDep) -> PageUser:
    if not user.is_admin:
        raise Forbidden("Only a workspace admin may see this page.", code="insufficient_role")
    return user


AdminUserDep = Annotated[PageUser, Depends(get_admin_user)]


def safe_next(path: str | None) -> str:
    """Only a path on this site (never //host or a scheme) may follow the sign-in."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/ideas"
    return path
