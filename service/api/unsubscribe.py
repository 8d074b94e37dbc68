"""The unsubscribe link from every e-mail (outside /api: people open it in a browser).

GET shows a confirmation button (mail scanners follow GET links, so GET never changes
anything); POST unsubscribes, which is also what RFC 8058 one-click clients send."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from service.core.errors import InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.notify import unsubscribe as unsubscribe_service

router = APIRouter(tags=["unsubscribe"], include_in_schema=False)

_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width,initial-scale=1">'
        '<meta name=robots content="noindex">'
        f"<title>{escape(title)}</title><style>body{{font:16px system-ui,sans-serif;"
        "max-width:32rem;margin:4rem auto;padding:0 1rem}button{font:inherit;"
        "padding:.5rem 1rem}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(html, status_code=status, headers=_HEADERS)


def _invalid() -> HTMLResponse:
    return _page(
        "Invalid link",
        "<p>This unsubscribe link is not valid. Please use the link from your e-mail.</p>",
        400,
    )


@router.get("/unsubscribe/{token}", response_class=HTMLResponse)
def confirm_page(token: str, context: ContextDep, session: SessionDep) -> HTMLResponse:
    try:
        subscription = unsubscribe_service.describe(
            session, context.settings.resolved_secret_key(), token
        )
    except InvalidInput:
        return _invalid()
    who = f" for <strong>{escape(subscription.address)}</strong>" if subscription.address else ""
    if subscription.unsubscribed:
        return _page("You are unsubscribed", f"<p>E-mail updates{who} are already off.</p>")
    return _page(
        "Unsubscribe",
        f"<p>Stop e-mail updates{who} about the ideas you asked for?</p>"
        f'<form method=post action="/unsubscribe/{escape(token)}">'
        "<button type=submit>Unsubscribe</button></form>",
    )


@router.post("/unsubscribe/{token}", response_class=HTMLResponse)
def unsubscribe(token: str, context: ContextDep, session: SessionDep) -> HTMLResponse:
    try:
        subscription = unsubscribe_service.unsubscribe(
            session, context.settings.resolved_secret_key(), token
        )
    except InvalidInput:
        return _invalid()
    who = f" to <strong>{escape(subscription.address)}</strong>" if subscription.address else ""
    return _page("You are unsubscribed", f"<p>We will send no more e-mail updates{who}.</p>")
