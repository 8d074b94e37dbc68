"""A workspace's intake channels: switched on or off, their secrets and options, and the
lookup every connector starts with (workspace by name, channel on, its secret)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.channel_tables import IntakeChannel, IntakeDelivery
from models.channels import ChannelKind
from models.tables import Workspace
from service.core.errors import InvalidInput, NotFound
from service.intake import store
from service.workspaces import store as workspace_store

# The tag a support agent puts on a conversation or ticket to send it to the board.
DEFAULT_TAGS = {ChannelKind.intercom: "product feedback", ChannelKind.zendesk: "product_feedback"}
MAX_TAG_CHARS = 100


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def ensure_channels(session: Session, workspace_id: int) -> list[IntakeChannel]:
    """Every channel of the workspace, creating missing ones (off, with a fresh secret)."""
    have = {c.kind: c for c in store.channels_of(session, workspace_id)}
    for kind in ChannelKind:
        if kind not in have:
            options = {"tag": DEFAULT_TAGS[kind]} if kind in DEFAULT_TAGS else {}
            have[kind] = store.add_channel(session, workspace_id, kind, new_secret(), options)
    return [have[kind] for kind in ChannelKind]


def _channel(session: Session, workspace_id: int, kind: str) -> IntakeChannel:
    try:
        wanted = ChannelKind(kind)
    except ValueError:
        raise NotFound(f"No channel called {kind!r}.", code="unknown_channel") from None
    ensure_channels(session, workspace_id)
    channel = store.get_channel(session, workspace_id, wanted)
    assert channel is not None  # ensure_channels just made it
    return channel


def switch(session: Session, workspace_id: int, kind: str, enabled: bool) -> IntakeChannel:
    channel = _channel(session, workspace_id, kind)
    store.update_channel(session, channel, enabled=enabled)
    return channel


def regenerate_secret(session: Session, workspace_id: int, kind: str) -> IntakeChannel:
    """A new secret at once: the old one stops working (a leaked secret is revoked this way)."""
    channel = _channel(session, workspace_id, kind)
    store.update_channel(session, channel, secret=new_secret())
    return channel


# Secrets made by the vendor, pasted in by the PM; ours (the generic webhook) we make.
VENDOR_SECRETS = {
    ChannelKind.slack: "Slack's signing secret (Basic Information → App Credentials)",
    ChannelKind.intercom: "Intercom's client secret (Developer Hub → Basic information)",
    ChannelKind.zendesk: "Zendesk's webhook signing secret (Webhooks → your webhook)",
}
MIN_SECRET_CHARS = 8


def set_secret(session: Session, workspace_id: int, kind: str, secret: str) -> IntakeChannel:
    """Store the secret the vendor made, so its signatures verify."""
    channel = _channel(session, workspace_id, kind)
    if channel.kind not in VENDOR_SECRETS:
        raise InvalidInput("This channel's secret is made here.", code="own_secret")
    secret = secret.strip()
    if not MIN_SECRET_CHARS <= len(secret) <= 200 or any(c.isspace() for c in secret):
        raise InvalidInput(
            f"Paste the whole secret: {MIN_SECRET_CHARS} to 200 characters, no spaces.",
            code="invalid_secret",
        )
    options = {**channel.options, "secret_pasted": True}
    store.update_channel(session, channel, secret=secret, options=options)
    return channel


def set_tag(session: Session, workspace_id: int, kind: str, tag: str) -> IntakeChannel:
    channel = _channel(session, workspace_id, kind)
    if channel.kind not in DEFAULT_TAGS:
        raise InvalidInput("Only Intercom and Zendesk filter by tag.", code="no_tag_option")
    tag = tag.strip()
    if not tag or len(tag) > MAX_TAG_CHARS:
        raise InvalidInput(f"The tag needs 1 to {MAX_TAG_CHARS} characters.", code="invalid_tag")
    store.update_channel(session, channel, options={**channel.options, "tag": tag})
    return channel


def deliveries(
    session: Session, workspace_id: int, kind: str, limit: int = 10
) -> list[tuple[IntakeDelivery, int | None, str | None]]:
    """The channel's last deliveries, each with its item's idea (id, title) when it has one."""
    return store.recent_deliveries(session, workspace_id, kind, limit)


@dataclass(frozen=True)
class OpenChannel:
    """What a connector needs once the URL's workspace and channel check out."""

    workspace: Workspace
    kind: ChannelKind
    secret: str
    tag: str | None


def open_channel(session: Session, workspace_name: str, kind: ChannelKind) -> OpenChannel:
    """The workspace and its switched-on channel, or NotFound (nothing about the rest leaks)."""
    workspace = workspace_store.get_workspace(session, workspace_name)
    if workspace is None:
        raise NotFound(f"No workspace named {workspace_name!r}.", code="unknown_workspace")
    channel = store.get_channel(session, workspace.id, kind)
    if channel is None or not channel.enabled:
        raise NotFound(
            f"The {kind.value} channel of this workspace is switched off.", code="channel_off"
        )
    tag = channel.options.get("tag") if isinstance(channel.options, dict) else None
    return OpenChannel(workspace, kind, channel.secret, tag if isinstance(tag, str) else None)
