"""The audit log: every PM change, with who, when, and the state before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.review_tables import AuditEntry


def record(
    session: Session,
    workspace_id: int,
    actor: str,
    action: str,
    target: tuple[str, int | None],
    before: dict[str, Any],
    after: dict[str, Any],
) -> AuditEntry:
    entry = AuditEntry(
        workspace_id=workspace_id,
        actor=actor,
        action=action,
        target_type=target[0],
        target_id=target[1],
        before=before,
        after=after,
    )
    session.add(entry)
    session.flush()
    return entry


def entries(
    session: Session,
    workspace_id: int,
    *,
    target: tuple[str, int] | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    query = select(AuditEntry).where(AuditEntry.workspace_id == workspace_id)
    if target is not None:
        query = query.where(AuditEntry.target_type == target[0], AuditEntry.target_id == target[1])
    query = query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    return list(session.scalars(query))
