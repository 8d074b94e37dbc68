"""API keys of a workspace: list, create, revoke and rotate (revoke and create with the same
role in one step), so a leaked key is cut off without editing the database."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from models.schemas import ApiKeyCreated, ApiKeyRead, Role
from models.tables import ApiKey, Workspace
from service.core.errors import Conflict, NotFound
from service.workspaces import people_store
from service.workspaces import store as workspace_store


def list_keys(session: Session, workspace_id: int) -> list[ApiKeyRead]:
    return [ApiKeyRead.model_validate(k) for k in workspace_store.keys_of(session, workspace_id)]


def create(session: Session, workspace: Workspace, role: Role) -> ApiKeyCreated:
    key = workspace_store.create_key(session, workspace, role.value)
    stored = workspace_store.find_key(session, key)
    assert stored is not None  # just written
    return ApiKeyCreated(**ApiKeyRead.model_validate(stored).model_dump(), key=key)


def revoke(session: Session, workspace_id: int, key_id: int) -> ApiKeyRead:
    """Stop a key working from now on; its row stays, so the audit trail still names it.
    A key that belongs to a person also ends that person's sessions in the pages."""
    key = _live(session, workspace_id, key_id)
    key.revoked_at = datetime.now(UTC)
    session.flush()
    owner = people_store.key_owner(session, key_id)
    if owner is not None and owner.person_id is not None:
        people_store.end_sessions(session, owner.person_id)
    return ApiKeyRead.model_validate(key)


def rotate(session: Session, workspace: Workspace, key_id: int) -> ApiKeyCreated:
    """Revoke a key and create its replacement with the same role and owner."""
    role = Role(_live(session, workspace.id, key_id).role)
    revoke(session, workspace.id, key_id)
    created = create(session, workspace, role)
    owner = people_store.key_owner(session, key_id)
    if owner is not None:
        people_store.set_key_owner(session, created.id, owner.person_id, owner.label)
    return created


def _live(session: Session, workspace_id: int, key_id: int) -> ApiKey:
    key = workspace_store.get_key(session, workspace_id, key_id)
    if key is None:
        raise NotFound(f"No API key {key_id} in this workspace.", code="key_not_found")
    if key.revoked_at is not None:
        raise Conflict(f"API key {key_id} is already revoked.", code="key_revoked")
    return key
