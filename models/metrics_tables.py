"""Tables for product metrics pushed from analytics and requesters' verdicts (issue 18)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class Metric(Base):
    """A time series the team pushes (`POST /api/v1/metrics/{key}/points`), named by key."""

    __tablename__ = "metrics"
    __table_args__ = (UniqueConstraint("workspace_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(20))
    better: Mapped[str] = mapped_column(String(10), default="up")  # up | down: which way is better
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MetricPointRow(Base):
    """One value at one moment; pushing the same moment again replaces the value."""

    __tablename__ = "metric_points"
    __table_args__ = (UniqueConstraint("metric_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("metrics.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    value: Mapped[float] = mapped_column(Float)


class VerdictRow(Base):
    """A requester's answer to "Did it solve it?" for a shipped idea; the latest answer wins."""

    __tablename__ = "verdicts"
    __table_args__ = (UniqueConstraint("workspace_id", "idea_id", "requester_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("requesters.id", ondelete="CASCADE"))
    verdict: Mapped[str] = mapped_column(String(12))  # models.metrics.Verdict
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
