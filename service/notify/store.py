"""Outbox storage: who is behind an idea, idempotent inserts, claiming due rows, the log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from models.notifications import Channel, NotificationState
from models.portal_tables import PortalSubscription
from models.review_tables import DeliveryAttempt, Notification
from models.tables import FeedbackItem, Idea, Requester

_INSERT_CHUNK = 500  # rows per INSERT: well under SQLite's bound-parameter limit
_PENDING = str(NotificationState.pending)


def idea_family(session: Session, workspace_id: int, idea_id: int) -> list[int]:
    """The idea and every idea merged into it, directly or through a chain of merges."""
    family, frontier = [idea_id], [idea_id]
    while frontier:
        children = [
            i
            for i in session.scalars(
                select(Idea.id).where(
                    Idea.workspace_id == workspace_id, Idea.merged_into_id.in_(frontier)
                )
            )
            if i not in family
        ]
        family.extend(children)
        frontier = children
    return family


def requesters_behind(session: Session, workspace_id: int, idea_ids: list[int]) -> list[Requester]:
    """Each distinct person with an item in these ideas or subscribed to one on the customer
    portal, once, in id order."""
    behind = select(FeedbackItem.requester_id).where(
        FeedbackItem.workspace_id == workspace_id,
        FeedbackItem.idea_id.in_(idea_ids),
        FeedbackItem.requester_id.is_not(None),
    )
    subscribed = select(PortalSubscription.requester_id).where(
        PortalSubscription.idea_id.in_(idea_ids)
    )
    return list(
        session.scalars(
            select(Requester)
            .where(
                Requester.workspace_id == workspace_id,
                or_(Requester.id.in_(behind), Requester.id.in_(subscribed)),
            )
            .order_by(Requester.id)
        )
    )


def insert_notifications(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows, silently keeping the existing one on (change, person, channel):
    enqueueing the same change twice, or from two processes at once, adds nothing."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]  # same API
    else:  # pragma: no cover - the two supported engines are handled above
        raise NotImplementedError(f"no idempotent insert for {dialect}")
    inserted = 0
    for start in range(0, len(rows), _INSERT_CHUNK):
        statement = (
            insert(Notification)
            .values(rows[start : start + _INSERT_CHUNK])
            .on_conflict_do_nothing(index_elements=["status_change_id", "requester_id", "channel"])
            .returning(Notification.id)  # only the rows really inserted come back
        )
        inserted += len(session.execute(statement).all())
    return inserted


def claim_due(session: Session, now: datetime, lease_until: datetime, limit: int) -> list[int]:
    """Take up to `limit` due pending rows by pushing their next attempt to `lease_until`.

    One UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING id: on
    PostgreSQL concurrent workers skip each other's rows; SQLite runs the statement under its
    single writer lock (FOR UPDATE is not rendered there). A worker that dies mid-send frees
    its rows when the lease ends: within seconds, as a live worker renews it (extend_lease)."""
    due = (
        select(Notification.id)
        .where(Notification.state == _PENDING, Notification.next_attempt_at <= now)
        .order_by(Notification.next_attempt_at, Notification.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    statement = (
        update(Notification)
        .where(Notification.id.in_(due.scalar_subquery()))
        .values(next_attempt_at=lease_until)
        .returning(Notification.id)
    )
    claimed = session.execute(statement, execution_options={"synchronize_session": False})
    return sorted(claimed.scalars())


def extend_lease(session: Session, notification_ids: list[int], until: datetime) -> None:
    """Keep claimed rows from falling due while their worker lives (its heartbeat)."""
    session.execute(
        update(Notification)
        .where(Notification.id.in_(notification_ids), Notification.state == _PENDING)
        .values(next_attempt_at=until)
    )


def release(session: Session, notification_ids: list[int], at: datetime) -> None:
    """Hand claimed rows back untried (the worker is stopping, or their channel is down)."""
    if notification_ids:
        session.execute(
            update(Notification)
            .where(Notification.id.in_(notification_ids), Notification.state == _PENDING)
            .values(next_attempt_at=at)
        )


def get_notification(
    session: Session, notification_id: int, workspace_id: int | None = None
) -> Notification | None:
    query = select(Notification).where(Notification.id == notification_id)
    if workspace_id is not None:
        query = query.where(Notification.workspace_id == workspace_id)
    return session.scalar(query)


def record_attempt(
    session: Session,
    notification_id: int,
    at: datetime,
    error: str | None,
    next_attempt_at: datetime | None = None,
    give_up: bool = False,
) -> None:
    """Log one try and move the row on: sent, retry at `next_attempt_at`, or failed.

    Only a pending row changes state, so a row skipped by an unsubscribe meanwhile stays so."""
    session.add(
        DeliveryAttempt(
            notification_id=notification_id, attempted_at=at, ok=error is None, error=error
        )
    )
    values: dict[str, Any] = {"attempts": Notification.attempts + 1, "last_error": error}
    if error is None:
        values.update(state=str(NotificationState.sent), sent_at=at)
    elif give_up:
        values.update(state=str(NotificationState.failed))
    else:
        values.update(next_attempt_at=next_attempt_at)
    where = [Notification.id == notification_id]
    if error is not None:
        where.append(Notification.state == _PENDING)
    session.execute(update(Notification).where(*where).values(**values))


def mark_skipped(session: Session, notification_id: int, reason: str) -> None:
    session.execute(
        update(Notification)
        .where(Notification.id == notification_id, Notification.state == _PENDING)
        .values(state=str(NotificationState.skipped), last_error=reason)
    )


def skip_pending_email(session: Session, workspace_id: int, requester_id: int) -> int:
    """An unsubscribe stops the e-mails still waiting for that person."""
    result = session.execute(
        update(Notification)
        .where(
            Notification.workspace_id == workspace_id,
            Notification.requester_id == requester_id,
            Notification.channel == str(Channel.email),
            Notification.state == _PENDING,
        )
        .values(state=str(NotificationState.skipped), last_error="unsubscribed")
    )
    return result.rowcount or 0  # type: ignore[attr-defined]


def reset_for_retry(session: Session, notification: Notification, now: datetime) -> None:
    """A failed row gets a fresh set of attempts, starting now; its old log stays."""
    notification.state = str(NotificationState.pending)
    notification.attempts = 0
    notification.next_attempt_at = now
    session.flush()


def list_notifications(
    session: Session,
    workspace_id: int | None,
    state: str | None,
    idea_id: int | None,
    limit: int,
    offset: int,
) -> tuple[list[Notification], int]:
    """A page of the log, newest first, and the total; workspace None means all (the CLI)."""
    where = []
    if workspace_id is not None:
        where.append(Notification.workspace_id == workspace_id)
    if state is not None:
        where.append(Notification.state == state)
    if idea_id is not None:
        where.append(Notification.idea_id == idea_id)
    total = session.scalar(select(func.count(Notification.id)).where(*where)) or 0
    rows = session.scalars(
        select(Notification)
        .where(*where)
        .order_by(Notification.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total


def attempts_of(session: Session, notification_id: int) -> list[DeliveryAttempt]:
    return list(
        session.scalars(
            select(DeliveryAttempt)
            .where(DeliveryAttempt.notification_id == notification_id)
            .order_by(DeliveryAttempt.id)
        )
    )


def count_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Notification.state, func.count(Notification.id)).group_by(Notification.state)
    )
    return {state: count for state, count in rows}


def get_requester(session: Session, workspace_id: int, requester_id: int) -> Requester | None:
    return session.scalar(
        select(Requester).where(
            Requester.workspace_id == workspace_id, Requester.id == requester_id
        )
    )
