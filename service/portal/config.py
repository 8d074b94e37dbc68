"""A workspace's portal switch: on or off, anonymous posts or not, and the identity secret."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from models.portal import PortalSettingsRead, PortalSettingsUpdate
from models.portal_tables import PortalSettings
from models.tables import Workspace
from service.core.errors import NotFound
from service.portal import store as portal_store
from service.workspaces import store as workspace_store


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def settings_of(session: Session, workspace_id: int) -> PortalSettings:
    """The workspace's portal settings; created (off, with a fresh secret) on first read."""
    row = portal_store.get_settings(session, workspace_id)
    return row or portal_store.add_settings(session, workspace_id, new_secret())


def read(session: Session, workspace: Workspace, public_url: str) -> PortalSettingsRead:
    row = settings_of(session, workspace.id)
    return PortalSettingsRead(
        enabled=row.enabled,
        allow_anonymous=row.allow_anonymous,
        secret=row.secret,
        url=f"{public_url.rstrip('/')}/portal/{workspace.name}",
    )


def update(
    session: Session, workspace: Workspace, patch: PortalSettingsUpdate, public_url: str
) -> PortalSettingsRead:
    row = settings_of(session, workspace.id)
    if patch.enabled is not None:
        row.enabled = patch.enabled
    if patch.allow_anonymous is not None:
        row.allow_anonymous = patch.allow_anonymous
    if patch.rotate_secret:
        row.secret = new_secret()
    session.flush()
    return read(session, workspace, public_url)


def open_portal(session: Session, workspace_name: str) -> tuple[Workspace, PortalSettings]:
    """The workspace of a portal that is switched on; 404 otherwise (unknown looks the same)."""
    workspace = workspace_store.get_workspace(session, workspace_name)
    row = None if workspace is None else portal_store.get_settings(session, workspace.id)
    if workspace is None or row is None or not row.enabled:
        raise NotFound(f"No customer portal for {workspace_name!r}.", code="portal_not_found")
    return workspace, row
