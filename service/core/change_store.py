"""The workspace lock across processes and the change feed behind every in-memory index.

On PostgreSQL the lock is a transaction-level advisory lock keyed by the workspace id: taken
in the transaction that writes and released by its commit or rollback, so two processes never
decide for one workspace at once. SQLite has one process, whose in-process lock suffices.

The feed is pruned (`prune`): a workspace's newest row always stays, so numbering goes on from
it, and a reader whose position fell below what is left sees a gap in the numbers and rebuilds
from the database (`service.feedback.vectors`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session, aliased

from models.change_feed import Change

# First key of the two-key advisory lock: keeps these locks apart from any other user's.
LOCK_SPACE = 17017

ITEM = "item"
REBUILD = "rebuild"


def lock_workspace(session: Session, workspace_id: int) -> None:
    """Hold the workspace's lock until this session's transaction ends (PostgreSQL only)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:space, :workspace)"),
            {"space": LOCK_SPACE, "workspace": workspace_id},
        )


def last_seq(session: Session, workspace_id: int) -> int:
    query = select(func.max(Change.seq)).where(Change.workspace_id == workspace_id)
    return cast(int | None, session.scalar(query)) or 0


def last_rebuild(session: Session, workspace_id: int) -> int:
    """Where the workspace's stored embeddings were last rewritten (0: never)."""
    query = select(func.max(Change.seq)).where(
        Change.workspace_id == workspace_id, Change.kind == REBUILD
    )
    return cast(int | None, session.scalar(query)) or 0


def record(session: Session, workspace_id: int, kind: str, item_ids: list[int | None]) -> int:
    """Append changes after the workspace's last one; the caller holds the workspace lock.
    Returns the last sequence number written (the previous one when there was nothing)."""
    start = last_seq(session, workspace_id)
    if item_ids:
        rows = [
            {"workspace_id": workspace_id, "seq": start + n, "kind": kind, "item_id": item_id}
            for n, item_id in enumerate(item_ids, start=1)
        ]
        session.execute(insert(Change), rows)
    return start + len(item_ids)


def changes_after(
    session: Session, workspace_id: int, seq: int
) -> list[tuple[int, str, int | None]]:
    """(seq, kind, item id) of every change after `seq`, in commit order."""
    query = (
        select(Change.seq, Change.kind, Change.item_id)
        .where(Change.workspace_id == workspace_id, Change.seq > seq)
        .order_by(Change.seq)
    )
    return [(s, k, i) for s, k, i in session.execute(query)]


def prune(session: Session, before: datetime, keep: int) -> int:
    """Delete changes written before `before`, except each workspace's newest `keep` (at least
    one, which `record` numbers from). Returns how many rows went."""
    newer = aliased(Change)
    newest = (
        select(func.max(newer.seq)).where(newer.workspace_id == Change.workspace_id)
    ).scalar_subquery()
    query = delete(Change).where(Change.created_at < before, Change.seq <= newest - max(keep, 1))
    result: Any = session.execute(query.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)
