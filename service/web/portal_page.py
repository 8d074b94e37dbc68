"""The customer portal page (also what the widget frames), the magic-link landing, the
widget script, and the PM's portal page: switch it on, moderate anonymous posts."""

from __future__ import annotations

import time
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import FileResponse, HTMLResponse
from starlette.responses import RedirectResponse, Response

from models.portal import PortalSettingsUpdate, PostState
from models.schemas import Role
from models.tables import Workspace
from service.core.errors import Forbidden, NotFound, Unauthorized
from service.http.deps import ContextDep, SessionDep
from service.http.portal_deps import cookie_name
from service.portal import board, config, moderation
from service.portal.identity import (
    SESSION_SECONDS,
    csrf_token,
    session_token,
    verify_server_token,
)
from service.web.board import workspace_page
from service.web.pages import STATIC_DIR, error_page, page_router, render, see_other
from service.web.session import FormUserDep, PageUserDep, secure_cookies

public = APIRouter(include_in_schema=False)
router = page_router()

# The portal is framed by the widget on customers' own sites: any ancestor may frame it.
# Identity inside a frame comes from the host's token, never from a cookie (SameSite=Lax
# cookies are not sent to cross-site frames), so a framing page cannot act for a visitor.
FRAMEABLE_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors *; form-action 'self'; base-uri 'none'"
)


def _frameable(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = FRAMEABLE_CSP
    del response.headers["X-Frame-Options"]
    response.headers["Referrer-Policy"] = "no-referrer"  # sign-in tokens travel in URLs
    return response


@public.get("/portal/{workspace}", response_class=HTMLResponse)
def portal_page(
    workspace: str, request: Request, context: ContextDep, session: SessionDep, embed: bool = False
) -> Response:
    try:
        ws, row = config.open_portal(session, workspace)
    except NotFound:  # the same page for unknown and switched-off portals
        return _frameable(
            error_page(request, 404, "Not found", f"There is no feedback portal at {workspace}.")
        )
    values = {
        "workspace": ws.name,
        "board": board.board(session, ws),
        "csrf": csrf_token(context.settings.resolved_secret_key(), ws.id),
        "anonymous": row.allow_anonymous,
        "embed": embed,
        "user": None,
    }
    response = render(request, "web/portal.html", values)
    response.headers["Cache-Control"] = "no-store"
    return _frameable(response)


@public.get("/portal/{workspace}/sign-in", response_class=HTMLResponse)
def magic_link(
    workspace: str, request: Request, context: ContextDep, session: SessionDep, t: str = ""
) -> Response:
    """The link from the e-mail: a cookie for a month, then the portal."""
    secret = context.settings.resolved_secret_key()
    try:
        ws, _ = config.open_portal(session, workspace)
        visitor = verify_server_token(secret, "link", ws.id, t)
    except Unauthorized as exc:
        title = "This link has expired" if exc.code == "expired_portal_token" else "Invalid link"
        return error_page(request, 400, title, "Ask for a new sign-in link on the portal.")
    except NotFound:
        return error_page(request, 404, "Not found", f"There is no feedback portal at {workspace}.")
    response = RedirectResponse(f"/portal/{quote(ws.name, safe='')}", status_code=303)
    response.set_cookie(
        cookie_name(ws.id),
        session_token(secret, ws.id, visitor, time.time()),
        max_age=SESSION_SECONDS,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
    )
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@public.get("/widget.js")
def widget_script() -> Response:
    """The embeddable widget: plain JavaScript, no build step."""
    return FileResponse(
        STATIC_DIR / "widget.js",
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff"},
    )


def _workspace(session: SessionDep, workspace_id: int) -> Workspace:
    workspace = session.get(Workspace, workspace_id)
    assert workspace is not None  # the session dependency checked it
    return workspace


@router.get("/portal-moderation", response_class=HTMLResponse)
def moderation_page(
    request: Request, user: PageUserDep, context: ContextDep, session: SessionDep
) -> Response:
    workspace = _workspace(session, user.workspace_id)
    settings = config.read(session, workspace, context.settings.public_url)
    values = {
        "settings": settings,
        "queue": moderation.queue(session, workspace.id, PostState.pending, 100, 0),
        "public_url": context.settings.public_url.rstrip("/"),
        "is_admin": user.role == Role.admin,
    }
    return workspace_page(request, session, user, "web/portal_moderation.html", "portal", values)


@router.post("/portal-moderation/{post_id}/approve")
def approve(
    post_id: int, request: Request, user: FormUserDep, context: ContextDep, session: SessionDep
) -> Response:
    workspace = _workspace(session, user.workspace_id)
    with moderation.approving(session, context.ingestor, workspace, post_id, user.actor):
        session.commit()
    return see_other(request, "/portal-moderation", f"Post {post_id} approved and added.")


@router.post("/portal-moderation/{post_id}/reject")
def reject(post_id: int, request: Request, user: FormUserDep, session: SessionDep) -> Response:
    moderation.reject(session, user.workspace_id, post_id, user.actor)
    return see_other(request, "/portal-moderation", f"Post {post_id} rejected.")


Checkbox = Annotated[str | None, Form()]


@router.post("/portal-moderation/settings")
def save_settings(
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    enabled: Checkbox = None,
    allow_anonymous: Checkbox = None,
    rotate_secret: Checkbox = None,
) -> Response:
    if user.role != Role.admin:
        raise Forbidden("Only an admin key may change the portal.", code="insufficient_role")
    patch = PortalSettingsUpdate(
        enabled=enabled == "on",
        allow_anonymous=allow_anonymous == "on",
        rotate_secret=rotate_secret == "on",
    )
    config.update(
        session, _workspace(session, user.workspace_id), patch, context.settings.public_url
    )
    return see_other(request, "/portal-moderation", "Portal settings saved.")
