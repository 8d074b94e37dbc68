"""Alert storage: the digest settings row, claiming and recording digest runs, and the reads
a digest is built from (item times per idea, high-MRR requests, failed deliveries)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models.alerts_tables import AlertDigest, AlertSettings
from models.notifications import NotificationState
from models.review_tables import DeliveryAttempt, Notification
from models.tables import Account, FeedbackItem, Idea

ItemRow = tuple[int, int, int | None, datetime]  # idea id, item id, requester id, created at


def get_settings(session: Session, workspace_id: int) -> AlertSettings | None:
    return session.get(AlertSettings, workspace_id)


def save_settings(session: Session, workspace_id: int, values: dict[str, Any]) -> AlertSettings:
    row = session.get(AlertSettings, workspace_id)
    if row is None:
        row = AlertSettings(workspace_id=workspace_id)
        session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return row


def scheduled(session: Session) -> list[AlertSettings]:
    """Every workspace whose digest is on, for the scheduler."""
    return list(
        session.scalars(
            select(AlertSettings)
            .where(AlertSettings.schedule != "off")
            .order_by(AlertSettings.workspace_id)
        )
    )


def claim_period(session: Session, workspace_id: int, period: str, at: datetime) -> int | None:
    """Insert the run of (workspace, period) unless one exists; its id, or None when another
    process (or an earlier pass) already claimed the period. INSERT ... ON CONFLICT DO NOTHING
    is atomic on both engines, so two schedulers never both get an id."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]  # same API
    else:  # pragma: no cover - the two supported engines are handled above
        raise NotImplementedError(f"no idempotent insert for {dialect}")
    statement = (
        insert(AlertDigest)
        .values(
            workspace_id=workspace_id,
            period=period,
            kind="scheduled",
            state="sending",
            summary={},
            created_at=at,
        )
        .on_conflict_do_nothing(index_elements=["workspace_id", "period"])
        .returning(AlertDigest.id)
    )
    return session.execute(statement).scalar()


def add_manual(session: Session, workspace_id: int, at: datetime) -> AlertDigest:
    row = AlertDigest(
        workspace_id=workspace_id, period=None, kind="manual", state="sending", created_at=at
    )
    session.add(row)
    session.flush()
    return row


def finish(
    session: Session,
    digest_id: int,
    state: str,
    summary: dict[str, Any],
    error: str | None,
    at: datetime,
) -> None:
    session.execute(
        update(AlertDigest)
        .where(AlertDigest.id == digest_id)
        .values(state=state, summary=summary, error=error, finished_at=at)
    )


def recent_digests(session: Session, workspace_id: int, limit: int = 10) -> list[AlertDigest]:
    return list(
        session.scalars(
            select(AlertDigest)
            .where(AlertDigest.workspace_id == workspace_id)
            .order_by(AlertDigest.id.desc())
            .limit(limit)
        )
    )


def item_times(session: Session, workspace_id: int, since: datetime) -> list[ItemRow]:
    """Every item since `since` of an idea that is still its own (not merged away)."""
    rows = session.execute(
        select(FeedbackItem.idea_id, FeedbackItem.id, FeedbackItem.requester_id,
               FeedbackItem.created_at)
        .join(Idea, Idea.id == FeedbackItem.idea_id)
        .where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.created_at >= since,
            Idea.merged_into_id.is_(None),
        )
    )  # fmt: skip
    return [(r[0], r[1], r[2], r[3]) for r in rows if r[0] is not None]


def idea_titles(session: Session, workspace_id: int, idea_ids: list[int]) -> dict[int, str]:
    if not idea_ids:
        return {}
    rows = session.execute(
        select(Idea.id, Idea.title).where(Idea.workspace_id == workspace_id, Idea.id.in_(idea_ids))
    )
    return {r[0]: r[1] for r in rows}


def high_value_items(
    session: Session, workspace_id: int, since: datetime, until: datetime, bar: float, limit: int
) -> list[tuple[FeedbackItem, Account, str | None]]:
    """Items that arrived in [since, until) from accounts at or above the MRR bar, richest first."""
    rows = session.execute(
        select(FeedbackItem, Account, Idea.title)
        .join(Account, Account.id == FeedbackItem.account_id)
        .outerjoin(Idea, Idea.id == FeedbackItem.idea_id)
        .where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.created_at >= since,
            FeedbackItem.created_at < until,
            Account.mrr >= bar,
        )
        .order_by(Account.mrr.desc(), FeedbackItem.id.desc())
        .limit(limit)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def failed_notifications(
    session: Session, workspace_id: int, since: datetime, until: datetime, limit: int
) -> list[Notification]:
    """Notifications given up on whose last attempt fell in [since, until)."""
    tried = select(DeliveryAttempt.notification_id).where(
        DeliveryAttempt.attempted_at >= since, DeliveryAttempt.attempted_at < until
    )
    return list(
        session.scalars(
            select(Notification)
            .where(
                Notification.workspace_id == workspace_id,
                Notification.state == str(NotificationState.failed),
                Notification.id.in_(tried),
            )
            .order_by(Notification.id.desc())
            .limit(limit)
        )
    )
