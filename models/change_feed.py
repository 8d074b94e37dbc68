"""The change feed: every write that an in-memory index must learn, numbered per workspace.

Rows are written in the transaction that makes the change, under the workspace's lock (a
PostgreSQL advisory lock), so a workspace's `seq` order is its commit order: a process that
has applied every row up to `seq` n knows all it missed lies above n. Item ids cannot give
that guarantee, because ids are drawn before commit and transactions commit out of order.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class Change(Base):
    """One change: an item entered the index (`item`), or every cached vector of the workspace
    is stale because stored embeddings were rewritten (`rebuild`)."""

    __tablename__ = "changes"
    __table_args__ = (
        UniqueConstraint("workspace_id", "seq", name="uq_changes_seq"),
        Index("ix_changes_kind", "workspace_id", "kind", "seq"),  # the last rebuild, at once
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    item_id: Mapped[int | None]  # no foreign key: a deleted item is simply not found
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
