"""Tables of the customer portal: its per-workspace switch and secret, anonymous posts waiting
for a PM, comments and subscriptions. Votes are feedback items (source "portal")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class PortalSettings(Base):
    """One row per workspace that has ever opened its portal (no row: portal off)."""

    __tablename__ = "portal_settings"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    enabled: Mapped[bool] = mapped_column(default=False)
    allow_anonymous: Mapped[bool] = mapped_column(default=False)
    # Signs the identity tokens the host product issues (HMAC-SHA256); rotatable.
    secret: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class PortalPost(Base):
    """An anonymous post in the moderation queue; approved ones are ingested as feedback."""

    __tablename__ = "portal_posts"
    __table_args__ = (Index("ix_portal_posts_queue", "workspace_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="pending")  # approved, rejected
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="SET NULL")
    )
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PortalComment(Base):
    """A customer's comment on an idea, shown on the portal under their name (never e-mail)."""

    __tablename__ = "portal_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("requesters.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PortalSubscription(Base):
    """Someone who wants to hear when an idea changes status, without asking for it."""

    __tablename__ = "portal_subscriptions"
    __table_args__ = (UniqueConstraint("idea_id", "requester_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("requesters.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
