"""Tables for intake channels: each workspace's connector settings and the deliveries they saw."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class IntakeChannel(Base):
    """One channel of one workspace: switched on or off, with the secret its sender signs with.

    The secret is kept as is, not hashed: verifying an HMAC needs the key itself."""

    __tablename__ = "intake_channels"
    __table_args__ = (UniqueConstraint("workspace_id", "kind", name="uq_intake_channel_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    secret: Mapped[str] = mapped_column(String(200))
    # Per-channel options (the tag that marks product feedback), see models.channels.
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class IntakeDelivery(Base):
    """One request a channel received: what became of it (an item, ignored, refused and why)."""

    __tablename__ = "intake_deliveries"
    __table_args__ = (Index("ix_intake_deliveries_channel", "workspace_id", "channel", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
