"""Workspaces and their API keys."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.schemas import WorkspaceSettings
from models.tables import ApiKey, Workspace
from service.core.auth import hash_key, new_key


def get_workspace(session: Session, name: str) -> Workspace | None:
    return session.scalar(select(Workspace).where(Workspace.name == name))


def all_workspaces(session: Session) -> list[Workspace]:
    return list(session.scalars(select(Workspace).order_by(Workspace.name)))


def get_or_create_workspace(session: Session, name: str) -> Workspace:
    workspace = get_workspace(session, name)
    if workspace is None:
        workspace = Workspace(name=name)
        session.add(workspace)
        session.flush()
    return workspace


def create_key(session: Session, workspace: Workspace, role: str) -> str:
    """Store a new key's hash and return the key itself (the only time it exists in clear)."""
    key = new_key()
    session.add(
        ApiKey(workspace_id=workspace.id, prefix=key[:10], key_hash=hash_key(key), role=role)
    )
    session.flush()
    return key


def keys_of(session: Session, workspace_id: int) -> list[ApiKey]:
    query = select(ApiKey).where(ApiKey.workspace_id == workspace_id).order_by(ApiKey.id)
    return list(session.scalars(query))


def get_key(session: Session, workspace_id: int, key_id: int) -> ApiKey | None:
    key = session.get(ApiKey, key_id)
    return key if key is not None and key.workspace_id == workspace_id else None


def find_key(session: Session, key: str) -> ApiKey | None:
    return session.scalar(
        select(ApiKey).where(ApiKey.key_hash == hash_key(key), ApiKey.revoked_at.is_(None))
    )


def membership_version(session: Session, workspace_id: int) -> int:
    return (
        session.scalar(select(Workspace.membership_version).where(Workspace.id == workspace_id))
        or 0
    )


def bump_membership_version(session: Session, workspace_id: int) -> None:
    session.execute(
        update(Workspace)
        .where(Workspace.id == workspace_id)
        .values(membership_version=Workspace.membership_version + 1)
    )


def read_settings(session: Session, workspace_id: int) -> WorkspaceSettings:
    stored = session.scalar(select(Workspace.settings).where(Workspace.id == workspace_id))
    return WorkspaceSettings.model_validate(stored or {})


def write_settings(session: Session, workspace_id: int, settings: WorkspaceSettings) -> None:
    session.execute(
        update(Workspace)
        .where(Workspace.id == workspace_id)
        .values(settings=settings.model_dump(mode="json"))
    )


def read_envelope(session: Session, workspace_id: int) -> dict[str, Any]:
    """The workspace's learned envelope as stored (see triage.envelope.Envelope.to_dict)."""
    return session.scalar(select(Workspace.envelope).where(Workspace.id == workspace_id)) or {}


def write_envelope(session: Session, workspace_id: int, envelope: dict[str, Any]) -> None:
    session.execute(update(Workspace).where(Workspace.id == workspace_id).values(envelope=envelope))
