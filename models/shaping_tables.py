"""Tables for ideas a PM shapes (title, description, tags, notes) and saved board views."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class IdeaShape(Base):
    """What a PM wrote about an idea. A row of its own, keyed by the idea, so re-clustering
    (which rewrites automatic titles and keywords on `ideas`) never touches it."""

    __tablename__ = "idea_shapes"

    idea_id: Mapped[int] = mapped_column(
        ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    # Shown publicly instead of the automatic (customer-quote) title; NULL: none yet.
    title: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)  # Markdown, public
    notes: Mapped[str | None] = mapped_column(Text)  # Markdown, internal only
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SavedView(Base):
    """A named board query (search, filters, segment, sort) a workspace comes back to."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("workspace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    query: Mapped[str] = mapped_column(String(2000))  # the board's URL query string
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
