"""API keys of the caller's workspace: list, create, revoke, rotate (admin keys only)."""

from __future__ import annotations

from fastapi import APIRouter, status

from models.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyRead
from service.http.deps import AdminWorkspaceDep, SessionDep
from service.workspaces import keys

router = APIRouter(tags=["keys"])


@router.get("/keys", response_model=list[ApiKeyRead])
def list_keys(workspace: AdminWorkspaceDep, session: SessionDep) -> list[ApiKeyRead]:
    """Every key of the workspace, revoked ones included (never the keys themselves)."""
    return keys.list_keys(session, workspace.id)


@router.post("/keys", response_model=ApiKeyCreated, status_code=status.HTTP_201_CREATED)
def create_key(
    body: ApiKeyCreate, workspace: AdminWorkspaceDep, session: SessionDep
) -> ApiKeyCreated:
    """A new key; the answer is the only time it is shown."""
    return keys.create(session, workspace, body.role)


@router.post("/keys/{key_id}/revoke", response_model=ApiKeyRead)
def revoke_key(key_id: int, workspace: AdminWorkspaceDep, session: SessionDep) -> ApiKeyRead:
    """The key stops working at once."""
    return keys.revoke(session, workspace.id, key_id)


@router.post("/keys/{key_id}/rotate", response_model=ApiKeyCreated)
def rotate_key(key_id: int, workspace: AdminWorkspaceDep, session: SessionDep) -> ApiKeyCreated:
    """Revoke the key and create its replacement with the same role."""
    return keys.rotate(session, workspace, key_id)
