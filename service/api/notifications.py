"""The delivery log: what was sent to whom, every attempt, and retrying failures."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from models.notifications import NotificationDetail, NotificationPage, NotificationState
from service.http.deps import ReaderWorkspaceDep, SessionDep
from service.notify import history

router = APIRouter(tags=["notifications"])


@router.get("/notifications", response_model=NotificationPage)
def list_notifications(
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    state: NotificationState | None = None,
    idea_id: int | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> NotificationPage:
    """Notifications of this workspace, newest first; filter by state or idea."""
    return history.list_log(session, workspace.id, state, idea_id, limit, offset)


@router.get("/notifications/{notification_id}", response_model=NotificationDetail)
def get_notification(
    notification_id: int, session: SessionDep, workspace: ReaderWorkspaceDep
) -> NotificationDetail:
    """One notification with its message and every delivery attempt."""
    return history.detail(session, workspace.id, notification_id)


@router.post("/notifications/{notification_id}/retry", response_model=NotificationDetail)
def retry_notification(
    notification_id: int, session: SessionDep, workspace: ReaderWorkspaceDep
) -> NotificationDetail:
    """Queue a failed notification again with a fresh set of attempts (409 otherwise)."""
    return history.retry(session, workspace.id, notification_id)
