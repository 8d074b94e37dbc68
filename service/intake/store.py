"""SQL for intake: the channels of a workspace and the deliveries each received."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models.channel_tables import IntakeChannel, IntakeDelivery
from models.tables import FeedbackItem, Idea, utcnow

# Deliveries kept per channel: enough to debug a set-up, bounded against a flood of bad requests.
KEEP_DELIVERIES = 200


def channels_of(session: Session, workspace_id: int) -> list[IntakeChannel]:
    return list(
        session.scalars(select(IntakeChannel).where(IntakeChannel.workspace_id == workspace_id))
    )


def get_channel(session: Session, workspace_id: int, kind: str) -> IntakeChannel | None:
    return session.scalars(
        select(IntakeChannel).where(
            IntakeChannel.workspace_id == workspace_id, IntakeChannel.kind == kind
        )
    ).one_or_none()


def add_channel(
    session: Session, workspace_id: int, kind: str, secret: str, options: dict[str, Any]
) -> IntakeChannel:
    channel = IntakeChannel(
        workspace_id=workspace_id, kind=kind, enabled=False, secret=secret, options=options
    )
    session.add(channel)
    session.flush()
    return channel


def update_channel(session: Session, channel: IntakeChannel, **values: Any) -> None:
    for name, value in values.items():
        setattr(channel, name, value)
    channel.updated_at = utcnow()
    session.flush()


def add_delivery(session: Session, values: dict[str, Any]) -> None:
    """Log a delivery and drop the channel's oldest beyond KEEP_DELIVERIES."""
    session.add(IntakeDelivery(**values))
    session.flush()
    keep = (
        select(IntakeDelivery.id)
        .where(
            IntakeDelivery.workspace_id == values["workspace_id"],
            IntakeDelivery.channel == values["channel"],
        )
        .order_by(IntakeDelivery.id.desc())
        .limit(KEEP_DELIVERIES)
    )
    floor = min(session.scalars(keep), default=None)
    if floor is not None:
        session.execute(
            delete(IntakeDelivery).where(
                IntakeDelivery.workspace_id == values["workspace_id"],
                IntakeDelivery.channel == values["channel"],
                IntakeDelivery.id < floor,
            )
        )


def recent_deliveries(
    session: Session, workspace_id: int, channel: str | None = None, limit: int = 10
) -> list[tuple[IntakeDelivery, int | None, str | None]]:
    """Newest first, each with the idea its item belongs to now (id and title), if any."""
    query = (
        select(IntakeDelivery, Idea.id, Idea.title)
        .outerjoin(FeedbackItem, FeedbackItem.id == IntakeDelivery.item_id)
        .outerjoin(Idea, Idea.id == FeedbackItem.idea_id)
        .where(IntakeDelivery.workspace_id == workspace_id)
    )
    if channel is not None:
        query = query.where(IntakeDelivery.channel == channel)
    rows = session.execute(query.order_by(IntakeDelivery.id.desc()).limit(limit))
    return [(delivery, idea_id, title) for delivery, idea_id, title in rows]
