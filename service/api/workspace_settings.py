"""The caller's workspace settings: which statuses notify, e-mail on/off, the webhook."""

from __future__ import annotations

from fastapi import APIRouter

from models.notifications import WorkspaceSettingsUpdate
from models.schemas import WorkspaceSettings
from service.http.deps import ReaderWorkspaceDep, SessionDep
from service.workspaces import preferences
from service.workspaces import store as workspace_store

router = APIRouter(tags=["workspace"])


@router.get("/workspace/settings", response_model=WorkspaceSettings)
def read_settings(session: SessionDep, workspace: ReaderWorkspaceDep) -> WorkspaceSettings:
    return workspace_store.read_settings(session, workspace.id)


@router.patch("/workspace/settings", response_model=WorkspaceSettings)
def update_settings(
    body: WorkspaceSettingsUpdate, session: SessionDep, workspace: ReaderWorkspaceDep
) -> WorkspaceSettings:
    """Change only the fields sent. Setting webhook_url without a secret generates one
    (returned here) that signs every call: X-Throughline-Signature: sha256=HMAC(secret,
    "<X-Throughline-Timestamp>.<body>")."""
    return preferences.update_settings(session, workspace.id, body)
