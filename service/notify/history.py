"""The delivery log as PMs read it, and the manual retry of a failed notification."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.notifications import (
    DeliveryAttemptRead,
    NotificationDetail,
    NotificationPage,
    NotificationRead,
    NotificationState,
)
from models.review_tables import Notification
from models.tables import utcnow
from service.core.errors import Conflict, NotFound
from service.notify import store as notify_store


def list_log(
    session: Session,
    workspace_id: int | None,
    state: NotificationState | None,
    idea_id: int | None,
    limit: int,
    offset: int,
) -> NotificationPage:
    rows, total = notify_store.list_notifications(
        session, workspace_id, str(state) if state else None, idea_id, limit, offset
    )
    return NotificationPage(
        items=[NotificationRead.model_validate(r) for r in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


def _get(session: Session, workspace_id: int, notification_id: int) -> Notification:
    # Another workspace's notification is indistinguishable from a missing one.
    notification = notify_store.get_notification(session, notification_id, workspace_id)
    if notification is None:
        raise NotFound(
            f"No notification {notification_id} in this workspace.", code="notification_not_found"
        )
    return notification


def detail(session: Session, workspace_id: int, notification_id: int) -> NotificationDetail:
    notification = _get(session, workspace_id, notification_id)
    attempts = notify_store.attempts_of(session, notification.id)
    return NotificationDetail.model_validate(
        {
            **NotificationRead.model_validate(notification).model_dump(),
            "body": notification.body,
            "payload": notification.payload or {},
            "delivery_attempts": [DeliveryAttemptRead.model_validate(a) for a in attempts],
        }
    )


def retry(
    session: Session, workspace_id: int, notification_id: int, now: datetime | None = None
) -> NotificationDetail:
    """Give a failed notification a fresh round of attempts (the worker picks it up)."""
    notification = _get(session, workspace_id, notification_id)
    if notification.state != NotificationState.failed:
        raise Conflict(
            f"Notification {notification_id} is {notification.state}; only failed ones retry.",
            code="notification_not_failed",
        )
    notify_store.reset_for_retry(session, notification, now or utcnow())
    return detail(session, workspace_id, notification_id)
