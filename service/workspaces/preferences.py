"""Reading and patching a workspace's settings (notification choices among them)."""

from __future__ import annotations

import secrets

from pydantic import ValidationError
from sqlalchemy.orm import Session

from models.notifications import WorkspaceSettingsUpdate
from models.schemas import WorkspaceSettings
from service.core.errors import InvalidInput
from service.feedback.vectors import decision_space
from service.workspaces import store as workspace_store

# Fields where an explicit null means "back to nothing / the default".
_NULLABLE = {"webhook_url", "webhook_secret", "auto_merge_threshold", "review_threshold"}


def update_settings(
    session: Session, workspace_id: int, patch: WorkspaceSettingsUpdate
) -> WorkspaceSettings:
    """Apply the fields the caller sent; a new webhook without a secret gets one generated,
    so every call it receives is signed."""
    current = workspace_store.read_settings(session, workspace_id)
    changes = {
        name: value
        for name, value in patch.model_dump(exclude_unset=True).items()
        if value is not None or name in _NULLABLE
    }
    merged = current.model_dump() | changes
    if {"auto_merge_threshold", "review_threshold"} & changes.keys():
        merged["thresholds_space"] = decision_space(session, workspace_id)
    if merged.get("webhook_url") and not merged.get("webhook_secret"):
        merged["webhook_secret"] = secrets.token_urlsafe(32)
    try:
        updated = WorkspaceSettings.model_validate(merged)
    except ValidationError as exc:
        errors = [
            {"loc": ["body", *e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()
        ]
        raise InvalidInput("The settings are not valid.", errors=errors) from None
    workspace_store.write_settings(session, workspace_id, updated)
    return updated
