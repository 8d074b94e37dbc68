"""Tables of the PM digest: each workspace's schedule and recipients, and one row per digest
run (the unique (workspace, period) key is the claim that keeps a period from going out twice)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class AlertSettings(Base):
    """One row per workspace that has ever set its digest (no row: digest off)."""

    __tablename__ = "alert_settings"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    schedule: Mapped[str] = mapped_column(String(10), default="off")  # off, daily, weekly
    hour_utc: Mapped[int] = mapped_column(Integer, default=8)
    weekday: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday, for weekly
    mrr_bar: Mapped[float] = mapped_column(Float, default=1000.0)
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    webhook_url: Mapped[str | None] = mapped_column(String(2000))
    # When the schedule was last changed: slots before it are never sent late.
    active_since: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AlertDigest(Base):
    """A digest run: claimed (state "sending") before anything is sent, then its outcome."""

    __tablename__ = "alert_digests"
    __table_args__ = (
        UniqueConstraint("workspace_id", "period", name="uq_alert_digest_period"),
        Index("ix_alert_digests_recent", "workspace_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    # "daily:2026-12-04" or "weekly:2026-W49"; NULL for a manual send (NULLs never collide).
    period: Mapped[str | None] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(10))  # scheduled, manual
    state: Mapped[str] = mapped_column(String(10), default="sending")  # sent, partial, failed
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)  # counts per section
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
