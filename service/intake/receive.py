"""One delivery through the one ingest path: the duplicate decision, asks and demand all apply,
and the delivery is logged with what became of it, in the caller's unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from models.channels import ChannelKind, DeliveryStatus, IntakeResult
from models.db import unit_of_work
from models.schemas import DecisionKind, FeedbackCreate, FeedbackResult
from models.tables import Workspace
from service.feedback.ingest import Ingestor
from service.ideas import store as idea_store
from service.intake import store

MAX_ERROR_CHARS = 1000


def _outcome(session: Session, result: FeedbackResult) -> IntakeResult:
    if result.duplicate_request:
        status = DeliveryStatus.repeat
    elif result.decision == DecisionKind.new:
        status = DeliveryStatus.new
    elif result.decision == DecisionKind.review:
        status = DeliveryStatus.review
    else:
        status = DeliveryStatus.merged
    titles = idea_store.titles(session, [result.idea_id] if result.idea_id else [])
    title = titles.get(result.idea_id or 0)
    similar = result.matches[0].title if result.matches else None
    message = {
        DeliveryStatus.new: f"Thanks! Added as a new idea: “{title}”.",
        DeliveryStatus.merged: f"Thanks! Merged into “{title}”.",
        DeliveryStatus.review: (
            f"Thanks! Waiting for review: it may be the same as “{similar or title}”."
        ),
        DeliveryStatus.repeat: f"Already received: it is part of “{title}”.",
    }[status]
    return IntakeResult(
        status=status,
        item_id=result.id,
        idea_id=result.idea_id,
        idea_title=title,
        message=message,
    )


def ignored(session: Session, workspace_id: int, channel: ChannelKind, reason: str) -> IntakeResult:
    """A valid delivery that is not feedback (no tag, a ping): logged, nothing stored."""
    store.add_delivery(
        session,
        {
            "workspace_id": workspace_id,
            "channel": channel.value,
            "status": DeliveryStatus.ignored.value,
            "error": reason,
        },
    )
    return IntakeResult(status=DeliveryStatus.ignored, message=reason)


def _log(
    session: Session,
    workspace_id: int,
    channel: ChannelKind,
    item: FeedbackCreate,
    outcome: IntakeResult,
) -> None:
    store.add_delivery(
        session,
        {
            "workspace_id": workspace_id,
            "channel": channel.value,
            "external_id": item.external_id,
            "status": outcome.status.value,
            "item_id": outcome.item_id,
        },
    )


@contextmanager
def taking(
    session: Session,
    ingestor: Ingestor,
    workspace: Workspace,
    channel: ChannelKind,
    item: FeedbackCreate,
) -> Iterator[IntakeResult]:
    """Ingest one item through the caller's session and log the delivery; the caller commits
    inside the block (under the workspace lock, as for POST /feedback)."""
    with ingestor.ingesting(session, workspace, [item]) as results:
        outcome = _outcome(session, results[0])
        _log(session, workspace.id, channel, item, outcome)
        yield outcome


def take(
    factory: sessionmaker[Session],
    ingestor: Ingestor,
    workspace: Workspace,
    channel: ChannelKind,
    item: FeedbackCreate,
) -> IntakeResult:
    """The same for callers without a request (the SMTP listener): ingest commits on its own
    (so the index learns the item), then the delivery is logged."""
    result = ingestor.ingest(factory, workspace, [item])[0]
    with unit_of_work(factory) as session:
        outcome = _outcome(session, result)
        _log(session, workspace.id, channel, item, outcome)
    return outcome


def record_rejection(
    factory: sessionmaker[Session],
    workspace_id: int,
    channel: ChannelKind,
    error: str,
    external_id: str | None = None,
) -> None:
    """Log a refused delivery in a unit of work of its own: the request's rolls back, and the
    settings page must still show why a sender's messages do not arrive."""
    with unit_of_work(factory) as session:
        store.add_delivery(
            session,
            {
                "workspace_id": workspace_id,
                "channel": channel.value,
                "external_id": external_id,
                "status": DeliveryStatus.rejected.value,
                "error": error[:MAX_ERROR_CHARS],
            },
        )
