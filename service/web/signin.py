"""The sign-in form (an API key) and sign-out."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from models.schemas import Role
from service.http.deps import ContextDep, SessionDep
from service.web.pages import page_router, render, see_other
from service.web.session import (
    SESSION_COOKIE,
    SIGNIN_COOKIE,
    FormUserDep,
    end_session,
    read_session,
    safe_next,
    secure_cookies,
    start_session,
)
from service.workspaces import store as workspace_store

router = page_router()


def _form(
    request: Request, next_path: str, error: str | None = None, status: int = 200
) -> Response:
    """The sign-in form with a fresh double-submit token (there is no session to bind to)."""
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "web/sign_in.html",
        {"next": safe_next(next_path), "signin_token": token, "error": error},
        status,
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
    return _form(request, next)


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in(
    request: Request,
    session: SessionDep,
    api_key: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/ideas",
) -> Response:
    """Check the key; a valid member or admin key gets a session cookie."""
    expected = request.cookies.get(SIGNIN_COOKIE, "")
    if not expected or not hmac.compare_digest(csrf_token, expected):
        return _form(request, next, "The sign-in form expired. Please try again.", 403)
    key = workspace_store.find_key(session, api_key.strip()) if api_key.strip() else None
    if key is None:
        return _form(request, next, "That API key is not valid, or it was revoked.", 401)
    if key.role == Role.ingest:
        return _form(
            request,
            next,
            "This key may only send feedback. Sign in with a member or admin key.",
            403,
        )
    response = see_other(request, safe_next(next))
    start_session(response, request, key)
    response.delete_cookie(SIGNIN_COOKIE, path="/sign-in")
    return response


@router.post("/sign-out")
def sign_out(request: Request, user: FormUserDep) -> Response:
    response = see_other(request, "/sign-in", "You are signed out.")
    end_session(response)
    return response
