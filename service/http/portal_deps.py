"""Request dependencies of the public portal: the open portal named in the path, its rate
limits, the visitor (host token header or magic-link cookie) and the CSRF header check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request

from models.portal_tables import PortalSettings
from models.tables import Workspace
from service.core.errors import Unauthorized
from service.http.deps import ContextDep, SessionDep
from service.portal import config
from service.portal.identity import Visitor, check_csrf, verify_host_token, verify_server_token
from service.portal.limits import PortalLimits, SlidingWindow

TOKEN_HEADER = "X-Portal-Token"
CSRF_HEADER = "X-Portal-Csrf"


def cookie_name(workspace_id: int) -> str:
    return f"tl_portal_{workspace_id}"


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def limits_of(request: Request) -> PortalLimits:
    limits: PortalLimits | None = getattr(request.app.state, "portal_limits", None)
    if limits is None:  # an app built without the line in create_app still gets limits
        limits = request.app.state.portal_limits = PortalLimits()
    return limits


LimitsDep = Annotated[PortalLimits, Depends(limits_of)]


@dataclass(frozen=True)
class Portal:
    workspace: Workspace
    settings: PortalSettings
    visitor: Visitor | None


def _visitor(request: Request, server_secret: str, row: PortalSettings) -> Visitor | None:
    token = request.headers.get(TOKEN_HEADER)
    if token:
        return verify_host_token(row.secret, token)  # a bad token is refused, never ignored
    cookie = request.cookies.get(cookie_name(row.workspace_id))
    if not cookie:
        return None
    try:
        return verify_server_token(server_secret, "session", row.workspace_id, cookie)
    except Unauthorized:
        return None  # an old cookie: the visitor is simply not signed in


def get_portal(
    workspace: str, request: Request, context: ContextDep, session: SessionDep
) -> Portal:
    """The open portal of the workspace in the path, and who is visiting it."""
    ws, row = config.open_portal(session, workspace)
    secret = context.settings.resolved_secret_key()
    return Portal(ws, row, _visitor(request, secret, row))


PortalDep = Annotated[Portal, Depends(get_portal)]


def get_posting_portal(
    portal: PortalDep,
    context: ContextDep,
    csrf: Annotated[str | None, Header(alias=CSRF_HEADER, include_in_schema=False)] = None,
) -> Portal:
    """The portal, for a POST from its page: the CSRF header must match."""
    check_csrf(context.settings.resolved_secret_key(), portal.workspace.id, csrf)
    return portal


PostingPortalDep = Annotated[Portal, Depends(get_posting_portal)]


def signed_in(portal: Portal) -> Visitor:
    if portal.visitor is None:
        raise Unauthorized(
            "Sign in with your e-mail (or through the product) first.",
            code="portal_sign_in_required",
        )
    return portal.visitor


def _by_address(pick: str, what: str) -> Callable[[Request], None]:
    """A route dependency that counts the caller's address against one window, first of all
    (route dependencies run before the endpoint's own), so a flood never reaches the database."""

    def check(request: Request) -> None:
        window: SlidingWindow = getattr(limits_of(request), pick)
        window.hit(client_address(request), what)

    return check


POSTS_BY_ADDRESS = Depends(_by_address("posts_per_address", "posts"))
ACTIONS_BY_ADDRESS = Depends(_by_address("actions_per_address", "actions"))
SUGGESTIONS_BY_ADDRESS = Depends(_by_address("suggestions_per_address", "look-ups"))
MAILS_BY_ADDRESS = Depends(_by_address("mails_per_address", "sign-in e-mails"))
