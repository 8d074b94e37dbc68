"""The unsubscribe link from every e-mail: a page people open in a browser.

GET shows a confirmation button (mail scanners follow GET links, so GET never changes
anything); POST unsubscribes, which is also what RFC 8058 one-click clients send, so the POST
carries no CSRF token and the router is a plain one, not a signed-in page router."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from service.core.errors import InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.notify import unsubscribe as unsubscribe_service
from service.web.pages import render

router = APIRouter(tags=["unsubscribe"], include_in_schema=False)

TITLES = {
    "invalid": "Invalid link",
    "confirm": "Unsubscribe",
    "already": "You are unsubscribed",
    "done": "You are unsubscribed",
}


def _page(
    request: Request, state: str, token: str = "", address: str | None = None
) -> HTMLResponse:
    values = {"title": TITLES[state], "state": state, "token": token, "address": address}
    response = render(request, "web/unsubscribe.html", values, 400 if state == "invalid" else 200)
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
    return response


@router.get("/unsubscribe/{token}", response_class=HTMLResponse)
def confirm_page(
    token: str, request: Request, context: ContextDep, session: SessionDep
) -> HTMLResponse:
    try:
        subscription = unsubscribe_service.describe(
            session, context.settings.resolved_secret_key(), token
        )
    except InvalidInput:
        return _page(request, "invalid")
    state = "already" if subscription.unsubscribed else "confirm"
    return _page(request, state, token, subscription.address)


@router.post("/unsubscribe/{token}", response_class=HTMLResponse)
def unsubscribe(
    token: str, request: Request, context: ContextDep, session: SessionDep
) -> HTMLResponse:
    try:
        subscription = unsubscribe_service.unsubscribe(
            session, context.settings.resolved_secret_key(), token
        )
    except InvalidInput:
        return _page(request, "invalid")
    return _page(request, "done", token, subscription.address)
