"""API keys with owners: each key made from the settings page belongs to a person or is
labelled as an integration, and calls made with a person's key name that person."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.people import OwnedKeyRead
from models.schemas import ApiKeyCreated, Role
from models.tables import ApiKey, Workspace
from service.core.errors import InvalidInput, NotFound
from service.workspaces import keys
from service.workspaces import people_store as store
from service.workspaces import store as workspace_store
from service.workspaces.people import actor_of


def actor_for_key(session: Session, key: ApiKey) -> str:
    """Who acts with this key in the audit log: its person, else the key's public prefix."""
    owner = store.key_owner(session, key.id)
    if owner is not None and owner.person_id is not None:
        return actor_of(owner.person_id)
    return f"key:{key.prefix}"


def create_owned(
    session: Session, workspace: Workspace, role: Role, person_id: int | None, label: str
) -> ApiKeyCreated:
    """A new key for a member of the workspace, or for an integration named by `label`."""
    label = label.strip()[:100]
    if person_id is not None:
        if store.membership(session, person_id, workspace.id) is None:
            raise NotFound(f"No person {person_id} in this workspace.", code="person_not_found")
        label = ""
    elif not label:
        raise InvalidInput("Name the integration this key is for.", code="missing_label")
    created = keys.create(session, workspace, role)
    store.set_key_owner(session, created.id, person_id, label or None)
    return created


def list_owned(session: Session, workspace_id: int) -> list[OwnedKeyRead]:
    """Every key of the workspace, newest first, with its owner's name or label."""
    rows = workspace_store.keys_of(session, workspace_id)
    owners = store.key_owners(session, [k.id for k in rows])
    names = store.names_of(
        session, {o.person_id for o in owners.values() if o.person_id is not None}
    )
    result = []
    for key in reversed(rows):
        owner = owners.get(key.id)
        person_id = owner.person_id if owner else None
        if person_id is not None:
            label = names.get(person_id, f"person {person_id}")
        else:
            label = f"{owner.label} (integration)" if owner and owner.label else "—"
        result.append(
            OwnedKeyRead(
                id=key.id,
                prefix=key.prefix,
                role=key.role,
                created_at=key.created_at,
                revoked_at=key.revoked_at,
                person_id=person_id,
                owner=label,
            )
        )
    return result
