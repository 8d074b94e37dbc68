"""The sign-in form (e-mail and password; an API key as the secondary way) and sign-out.
Failed attempts are throttled per address and per e-mail."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated
from urllib.parse import quote

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.schemas import Role
from service.core.errors import TooManyRequests
from service.http.deps import ContextDep, SessionDep
from service.http.throttle import SignInThrottle
from service.web.pages import page_router, render, see_other
from service.web.session import (
    SESSION_COOKIE,
    SIGNIN_COOKIE,
    SignedInFormDep,
    end_session,
    read_session,
    safe_next,
    secure_cookies,
    start_person_session,
    start_session,
)
from service.workspaces import people
from service.workspaces import store as workspace_store

router = page_router()

BAD_PASSWORD = "That e-mail and password do not match. Check both, or reset your password."


def sign_in_form(
    request: Request,
    next_path: str,
    error: str | None = None,
    status: int = 200,
    email: str = "",
    key_open: bool = False,
) -> Response:
    """The sign-in form with a fresh double-submit token (there is no session to bind to);
    `key_open` shows the API-key form, after an error there."""
    token = secrets.token_urlsafe(24)
    values: dict[str, object] = {
        "next": safe_next(next_path),
        "signin_token": token,
        "error": error,
    }
    settings = request.app.state.context.settings
    if settings.oidc_issuer and settings.oidc_client_id:
        values["sso"] = (settings.oidc_name, f"/sign-in/sso?next={quote(safe_next(next_path))}")
    response = render(
        request, "web/sign_in.html", {**values, "email": email, "key_open": key_open}, status
    )
    response.set_cookie(
        SIGNIN_COOKIE,
        token,
        max_age=3600,
        path="/sign-in",
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
    )
    return response


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(
    request: Request, context: ContextDep, session: SessionDep, next: str = "/ideas"
) -> Response:
    secret = context.settings.resolved_secret_key()
    if read_session(session, secret, request.cookies.get(SESSION_COOKIE)) is not None:
        return see_other(request, safe_next(next))
    return sign_in_form(request, next)


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in(
    request: Request,
    session: SessionDep,
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
    api_key: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/ideas",
) -> Response:
    """Check the e-mail and password (or the key); a match gets a session cookie."""
    expected = request.cookies.get(SIGNIN_COOKIE, "")
    if not expected or not hmac.compare_digest(csrf_token.encode(), expected.encode()):
        return sign_in_form(request, next, "The sign-in form expired. Please try again.", 403)
    throttle: SignInThrottle = request.app.state.sign_in_throttle
    address = request.client.host if request.client else "unknown"
    login = email.strip() if not api_key.strip() else ""
    try:
        throttle.check(address, login)
    except TooManyRequests as exc:
        return sign_in_form(request, next, exc.detail, 429, email, key_open=bool(api_key))
    if api_key.strip():
        response = _with_key(request, session, api_key.strip(), next)
    else:
        response = _with_password(request, session, login, password, next)
    if response.status_code >= 400:
        throttle.failed(address, login)
    else:
        response.delete_cookie(SIGNIN_COOKIE, path="/sign-in")
    return response


def _with_password(
    request: Request, session: Session, email: str, password: str, next_path: str
) -> Response:
    person = people.authenticate(session, email, password) if email and password else None
    if person is None:
        return sign_in_form(request, next_path, BAD_PASSWORD, 401, email)
    workspace_id = people.home_workspace(session, person)
    if workspace_id is None:
        return sign_in_form(
            request, next_path, "You are not in any workspace any more; ask an admin.", 403, email
        )
    response = see_other(request, safe_next(next_path))
    start_person_session(response, request, person, workspace_id)
    return response


def _with_key(request: Request, session: Session, api_key: str, next_path: str) -> Response:
    key = workspace_store.find_key(session, api_key)
    if key is None:
        return sign_in_form(
            request, next_path, "That API key is not valid, or it was revoked.", 401, key_open=True
        )
    if key.role == Role.ingest:
        return sign_in_form(
            request,
            next_path,
            "This key may only send feedback. Sign in with a member or admin key.",
            403,
            key_open=True,
        )
    response = see_other(request, safe_next(next_path))
    start_session(response, request, key)
    return response


@router.post("/sign-out")
def sign_out(request: Request, user: SignedInFormDep) -> Response:
    response = see_other(request, "/sign-in", "You are signed out.")
    end_session(response)
    return response
