"""Tables for OKRs: drafts, cycles, objectives, key results (revised, never edited in place)
and check-ins."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base, utcnow


class Cycle(Base):
    __tablename__ = "cycles"
    __table_args__ = (UniqueConstraint("workspace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(20))  # e.g. "2027-Q1"
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OkrDraft(Base):
    """A drafted OKR set with every round of propose → critique → revise that made it."""

    __tablename__ = "okr_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    cycle_name: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(20))  # what actually drafted it
    model: Mapped[str | None] = mapped_column(String(200))
    goals: Mapped[list[str]] = mapped_column(JSON, default=list)
    okr_set: Mapped[dict[str, Any]] = mapped_column(default=dict)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rounds: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    passed: Mapped[bool] = mapped_column(default=False)
    usage: Mapped[dict[str, Any]] = mapped_column(default=dict)
    fallback_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | accepted
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_at: Mapped[datetime | None]


class ObjectiveRow(Base):
    __tablename__ = "objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    # Alignment: a team objective points at the company objective it supports.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("objectives.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(default=0)
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("okr_drafts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class KeyResultRow(Base):
    """A key result's identity; what it says lives in its revisions (latest wins)."""

    __tablename__ = "key_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objectives.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    scoring: Mapped[str] = mapped_column(String(12), default="linear")
    # A feedback metric that measures this KR by itself (see drafting/scoring and issue 6).
    binding: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class KeyResultRevision(Base):
    """Targets are never edited mid-cycle: each change is a new revision with its reason."""

    __tablename__ = "key_result_revisions"
    __table_args__ = (UniqueConstraint("key_result_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    key_result: Mapped[dict[str, Any]] = mapped_column(default=dict)  # models.okr.KeyResult
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CheckIn(Base):
    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_result_id: Mapped[int] = mapped_column(
        ForeignKey("key_results.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float | None] = mapped_column(Float)  # 0–10
    note: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100))
    checked_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(10), default="manual")  # manual | feedback
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
