"""The audit log's store: every PM change, with who, when, and the state before and after."""

from __future__ import annotations

from collections.abc import Collection
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


def undone_unmerge_targets(session: Session, workspace_id: int) -> set[int]:
    """Items a PM took out of the idea they were merged into (and did not put back)."""
    return set(
        session.scalars(
            select(AuditEntry.target_id).where(
                AuditEntry.workspace_id == workspace_id,
                AuditEntry.action == "unmerge",
                AuditEntry.undone_by_id.is_(None),
            )
        )
    )


def latest_undoable(
    session: Session, workspace_id: int, actor: str, actions: Collection[str]
) -> int | None:
    """The id of this person's newest entry among `actions` that is not undone yet."""
    return session.scalar(
        select(AuditEntry.id)
        .where(
            AuditEntry.workspace_id == workspace_id,
            AuditEntry.actor == actor,
            AuditEntry.action.in_(actions),
            AuditEntry.undone_by_id.is_(None),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
