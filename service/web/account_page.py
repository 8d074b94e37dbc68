"""Pages reached from an e-mailed link, without a session: accept an invitation, ask for a
password reset, choose a new password. Their forms carry a double-submit CSRF token."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import BackgroundTasks, Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from models.people_tables import Person
from service.context import AppContext
from service.core.errors import InvalidInput, TooManyRequests
from service.http.deps import ContextDep, SessionDep
from service.http.throttle import SignInThrottle
from service.web.pages import page_router, render, secure_cookies, see_other
from service.web.session import start_person_session
from service.workspaces import account_mail, invitations, people

router = page_router()

FORM_COOKIE = "tl_account_form"
SENT = (
    "If that address belongs to someone here, we have e-mailed them a link to reset the password."
)


def sender(context: AppContext) -> invitations.Sender:
    return invitations.Sender(context.settings.resolved_secret_key(), context.settings.public_url)


def send_mail_later(background: BackgroundTasks, context: AppContext) -> None:
    """Send queued account e-mails once the request's transaction has committed."""
    background.add_task(account_mail.send_pending, context.factory, context.settings)


def _page(
    request: Request, template: str, values: dict[str, object], status: int = 200
) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, template, {"form_token": token, **values}, status)
    response.set_cookie(
        FORM_COOKIE,
        token,
        max_age=3600,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
    )
    response.headers["Referrer-Policy"] = "no-referrer"  # the link's token is in the URL
    return response


def _form_ok(request: Request, sent: str) -> bool:
    expected = request.cookies.get(FORM_COOKIE, "")
    return bool(expected) and hmac.compare_digest(sent.encode(), expected.encode())


def _signed_in(request: Request, person: Person, workspace_id: int, message: str) -> Response:
    response = see_other(request, "/ideas", message)
    start_person_session(response, request, person, workspace_id)
    response.delete_cookie(FORM_COOKIE, path="/")
    return response


@router.get("/invitations/{token}", response_class=HTMLResponse)
def invitation_page(
    token: str, request: Request, context: ContextDep, session: SessionDep
) -> Response:
    try:
        invitation = invitations.invitation_of(
            session, context.settings.resolved_secret_key(), token
        )
    except InvalidInput as exc:
        return _page(request, "web/link_invalid.html", {"detail": exc.detail}, 400)
    return _page(request, "web/invitation.html", {"invitation": invitation, "token": token})


@router.post("/invitations/{token}", response_class=HTMLResponse)
def accept_invitation(
    token: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
    confirm: Annotated[str, Form(max_length=200)] = "",
    form_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Set name and password, join the workspace, and sign in."""
    secret = context.settings.resolved_secret_key()
    try:
        invitation = invitations.invitation_of(session, secret, token)
    except InvalidInput as exc:
        return _page(request, "web/link_invalid.html", {"detail": exc.detail}, 400)
    values = {"invitation": invitation, "token": token, "name": name}
    if not _form_ok(request, form_token):
        return _page(
            request,
            "web/invitation.html",
            {**values, "error": "The form expired; please try again."},
            403,
        )
    if password != confirm:
        return _page(
            request, "web/invitation.html", {**values, "error": "The two passwords differ."}, 422
        )
    try:
        person, workspace_id = invitations.accept(session, secret, token, name, password)
    except InvalidInput as exc:
        return _page(request, "web/invitation.html", {**values, "error": exc.detail}, 422)
    return _signed_in(
        request, person, workspace_id, f"Welcome to {invitation.workspace}, {person.name}."
    )


@router.get("/forgot-password", response_class=HTMLResponse)
def forgot_page(request: Request) -> Response:
    return _page(request, "web/forgot_password.html", {})


@router.post("/forgot-password", response_class=HTMLResponse)
def forgot(
    request: Request,
    background: BackgroundTasks,
    context: ContextDep,
    session: SessionDep,
    email: Annotated[str, Form(max_length=320)] = "",
    form_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Always the same answer, so the page never tells whether an address has an account."""
    if not _form_ok(request, form_token):
        return _page(
            request,
            "web/forgot_password.html",
            {"error": "The form expired; please try again."},
            403,
        )
    throttle: SignInThrottle = request.app.state.sign_in_throttle
    address = request.client.host if request.client else "unknown"
    try:
        throttle.check(address, "")
    except TooManyRequests as exc:
        return _page(request, "web/forgot_password.html", {"error": exc.detail}, 429)
    throttle.failed(address, "")  # each request counts, so nobody floods inboxes from here
    invitations.request_reset(session, sender(context), email)
    send_mail_later(background, context)
    return _page(request, "web/forgot_password.html", {"sent": SENT})


@router.get("/reset-password/{token}", response_class=HTMLResponse)
def reset_page(token: str, request: Request, context: ContextDep, session: SessionDep) -> Response:
    try:
        invitations.check_link(
            session, context.settings.resolved_secret_key(), invitations.RESET, token
        )
    except InvalidInput as exc:
        return _page(request, "web/link_invalid.html", {"detail": exc.detail}, 400)
    return _page(request, "web/reset_password.html", {"token": token})


@router.post("/reset-password/{token}", response_class=HTMLResponse)
def reset_password(
    token: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    password: Annotated[str, Form(max_length=200)] = "",
    confirm: Annotated[str, Form(max_length=200)] = "",
    form_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """A new password; other sessions of the person end, this browser is signed in."""
    secret = context.settings.resolved_secret_key()
    values = {"token": token}
    if not _form_ok(request, form_token):
        return _page(
            request,
            "web/reset_password.html",
            {**values, "error": "The form expired; please try again."},
            403,
        )
    if password != confirm:
        return _page(
            request,
            "web/reset_password.html",
            {**values, "error": "The two passwords differ."},
            422,
        )
    try:
        person = invitations.reset(session, secret, token, password)
    except InvalidInput as exc:
        if exc.code.startswith("link_"):
            return _page(request, "web/link_invalid.html", {"detail": exc.detail}, 400)
        return _page(request, "web/reset_password.html", {**values, "error": exc.detail}, 422)
    workspace_id = people.home_workspace(session, person)
    if workspace_id is None:
        return see_other(
            request, "/sign-in", "Your password is changed, but you are in no workspace."
        )
    return _signed_in(request, person, workspace_id, "Your password is changed.")
