"""Settings → Channels: switch each intake channel on, see its URL or address and secret,
paste a vendor's secret or regenerate ours, and read its last deliveries and errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote, urlsplit

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from models.channel_tables import IntakeChannel, IntakeDelivery
from models.channels import ChannelKind
from service.core.errors import DomainError
from service.http.deps import ContextDep, SessionDep
from service.intake import channels
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import FormUserDep, PageUserDep

router = page_router()

BACK = "/settings/channels"
TITLES = {
    ChannelKind.webhook: "Any tool (signed webhook)",
    ChannelKind.slack: "Slack",
    ChannelKind.intercom: "Intercom",
    ChannelKind.zendesk: "Zendesk",
    ChannelKind.email: "E-mail",
}
HOW = {
    ChannelKind.webhook: "POST JSON signed with the secret below; the README has a curl example.",
    ChannelKind.slack: (
        "In your Slack app: a slash command /throughline and a message shortcut "
        "“Send to Throughline”, with these request URLs."
    ),
    ChannelKind.intercom: (
        "Subscribe the webhook to conversation_part.tag.created; conversations with the tag "
        "below become feedback."
    ),
    ChannelKind.zendesk: (
        "A trigger on tickets with the tag below, calling a webhook at this URL (JSON body "
        "in the README)."
    ),
    ChannelKind.email: "Forward or send customer mail to this address.",
}


@dataclass(frozen=True)
class ChannelView:
    channel: IntakeChannel
    title: str
    how: str
    endpoints: list[tuple[str, str]]
    vendor_secret: str | None  # where to find the vendor's secret; None: ours or none
    deliveries: list[tuple[IntakeDelivery, int | None, str | None]]


def _endpoints(base: str, workspace: str, kind: ChannelKind) -> list[tuple[str, str]]:
    root = f"{base.rstrip('/')}/intake/{quote(workspace, safe='')}"
    if kind == ChannelKind.slack:
        return [
            ("Slash command URL", f"{root}/slack/commands"),
            ("Interactivity URL", f"{root}/slack/interactive"),
        ]
    if kind == ChannelKind.email:
        host = urlsplit(base).hostname or "your-domain"
        return [("Address", f"{workspace}@{host}")]
    return [("URL", f"{root}/{kind.value}")]


@router.get("/settings/channels", response_class=HTMLResponse)
def channels_page(
    request: Request, user: PageUserDep, session: SessionDep, context: ContextDep
) -> HTMLResponse:
    base = context.settings.public_url
    views = [
        ChannelView(
            channel=c,
            title=TITLES[ChannelKind(c.kind)],
            how=HOW[ChannelKind(c.kind)],
            endpoints=_endpoints(base, user.workspace, ChannelKind(c.kind)),
            vendor_secret=channels.VENDOR_SECRETS.get(ChannelKind(c.kind)),
            deliveries=channels.deliveries(session, user.workspace_id, c.kind),
        )
        for c in channels.ensure_channels(session, user.workspace_id)
    ]
    return workspace_page(
        request, session, user, "web/channels.html", "channels", {"channels": views}
    )


def _done(request: Request, message: str, kind: str) -> Response:
    return see_other(request, f"{BACK}#{kind}", message)


def _failed(request: Request, exc: DomainError, kind: str) -> Response:
    return see_other(request, f"{BACK}#{kind}", exc.detail, "error")


@router.post("/settings/channels/{kind}/switch")
def switch(
    kind: str,
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    enabled: Annotated[str, Form()] = "",
) -> Response:
    on = enabled == "on"
    try:
        channel = channels.switch(session, user.workspace_id, kind, on)
    except DomainError as exc:
        return _failed(request, exc, kind)
    title = TITLES[ChannelKind(channel.kind)]
    return _done(request, f"{title} is {'on' if on else 'off'}.", kind)


@router.post("/settings/channels/{kind}/secret")
def regenerate(kind: str, request: Request, user: FormUserDep, session: SessionDep) -> Response:
    try:
        channels.regenerate_secret(session, user.workspace_id, kind)
    except DomainError as exc:
        return _failed(request, exc, kind)
    return _done(request, "New secret made: the old one no longer works.", kind)


@router.post("/settings/channels/{kind}/vendor-secret")
def vendor_secret(
    kind: str,
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    secret: Annotated[str, Form(max_length=400)] = "",
) -> Response:
    try:
        channels.set_secret(session, user.workspace_id, kind, secret)
    except DomainError as exc:
        return _failed(request, exc, kind)
    return _done(request, "Secret saved.", kind)


@router.post("/settings/channels/{kind}/tag")
def tag(
    kind: str,
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    tag: Annotated[str, Form(max_length=400)] = "",
) -> Response:
    try:
        channel = channels.set_tag(session, user.workspace_id, kind, tag)
    except DomainError as exc:
        return _failed(request, exc, kind)
    return _done(request, f"Tag set to “{channel.options['tag']}”.", kind)
