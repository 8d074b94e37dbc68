"""The workspace lock across processes and the change feed behind every in-memory index.

On PostgreSQL the lock is a transaction-level advisory lock keyed by the workspace id: taken
in the transaction that writes and released by its commit or rollback, so two processes never
decide for one workspace at once. SQLite has one process, whose in-process lock suffices.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

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
