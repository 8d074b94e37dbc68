"""SQLAlchemy 2 tables: the one schema shared by SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on both engines: SQLite stores naive values, so mark them on load."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: UTCDateTime()}


class Workspace(Base):
    __tablename__ = "workspaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # Bumped whenever items change idea other than by ingest (merge, split, re-cluster), so
    # every process knows to reload its in-memory idea centroids.
    membership_version: Mapped[int] = mapped_column(default=0)
    # Workspace preferences (notification statuses, webhook, cadence, learned thresholds);
    # validated by models.schemas.WorkspaceSettings.
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Lines and phrases that recur across this workspace's items (a ticket template, a
    # signature, an agent's macro): learned by triage.envelope and left out of what is embedded.
    envelope: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiKey(Base):
    """Only a SHA-256 of the key is stored; the key itself is shown once."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("workspace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    mrr: Mapped[float | None] = mapped_column(Float)
    segment: Mapped[str | None] = mapped_column(String(50))


class Requester(Base):
    """A person who asked for something; identity is the external key (usually an email)."""

    __tablename__ = "requesters"
    __table_args__ = (UniqueConstraint("workspace_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(320))
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    unsubscribed_at: Mapped[datetime | None]


class Theme(Base):
    """Sibling ideas a PM sees as one family of requests; demand is counted across them."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    # "auto" titles are rewritten by re-clustering; a PM's title ("pm") never is.
    title_source: Mapped[str] = mapped_column(String(10), default="auto")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Idea(Base):
    __tablename__ = "ideas"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    # "auto" titles are rewritten by re-clustering; a PM's title ("pm") never is.
    title_source: Mapped[str] = mapped_column(String(10), default="auto")
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    quote_item_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="open")
    # A PM confirmed, merged or split this idea: re-clustering keeps its membership as is.
    pinned: Mapped[bool] = mapped_column(default=False)
    # Set when a PM merged this idea into another; its items moved there.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id", ondelete="SET NULL"))
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), index=True
    )
    # A PM put this idea in its theme: re-clustering keeps it there.
    theme_pinned: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FeedbackItem(Base):
    __tablename__ = "feedback_items"
    __table_args__ = (
        UniqueConstraint("workspace_id", "source", "external_id", name="uq_feedback_external"),
        Index("ix_feedback_workspace_hash", "workspace_id", "content_hash"),
        Index("ix_feedback_workspace_id", "workspace_id", "id"),
        # Covers the board's demand counts, so they read no table rows (service.ideas.demand_store).
        Index(
            "ix_feedback_demand",
            "workspace_id",
            "idea_id",
            "account_id",
            "requester_id",
            "source",
            "created_at",
            postgresql_include=["id"],  # a metadata filter joins item ids (migration 0013)
        ),
        # An account's items, for the trigger that marks ideas' stored demand when its MRR moves.
        Index("ix_feedback_account", "account_id", "idea_id"),
        # Embedded items per idea: the marks that keep cached idea centroids current.
        Index(
            "ix_feedback_embedded",
            "workspace_id",
            "idea_id",
            "id",
            sqlite_where=text("embedding IS NOT NULL"),
            postgresql_where=text("embedding IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    idea_id: Mapped[int | None] = mapped_column(
        ForeignKey("ideas.id", ondelete="SET NULL"), index=True
    )
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("requesters.id", ondelete="SET NULL")
    )
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)  # as it arrived, shown unchanged
    # The request without its envelope (greeting, signature, quoted reply, ticket template):
    # what the model embeds and the exact-match hash reads. NULL: the same as `text`.
    ask: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(50))
    # NULL when absent: unique constraints let NULLs repeat on SQLite and PostgreSQL alike.
    external_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    decision: Mapped[str] = mapped_column(String(20))
    # Cosine similarity to its idea's centroid at the last re-clustering (low: worth a look).
    cluster_confidence: Mapped[float | None] = mapped_column(Float)


class DecisionLog(Base):
    """Every duplicate decision with its scores, for audit and threshold calibration."""

    __tablename__ = "decision_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(String(20))
    idea_id: Mapped[int | None] = mapped_column(Integer)
    best_score: Mapped[float | None] = mapped_column(Float)
    runner_up_score: Mapped[float | None] = mapped_column(Float)
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    thresholds: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Job(Base):
    """A background job (e.g. re-clustering) whose progress clients can poll."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20), default="queued")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    stage: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # What the job needs to run (e.g. the re-cluster seed), so any worker process can run it.
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(default=0)  # claims so far: a job that killed
    # its worker twice is failed rather than tried forever
    # The process running it and until when its claim holds; it renews the claim while it
    # works, so a claim left to lapse means that process died (issue 17).
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None]
