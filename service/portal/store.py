"""The portal's SQL: settings, the moderation queue, comments, subscriptions, and the lookups
a vote needs (the voter's earlier vote, a member item whose vector the vote shares)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from models.portal_tables import PortalComment, PortalPost, PortalSettings, PortalSubscription
from models.tables import FeedbackItem, Idea, Requester


def get_settings(session: Session, workspace_id: int) -> PortalSettings | None:
    return session.get(PortalSettings, workspace_id)


def add_settings(session: Session, workspace_id: int, secret: str) -> PortalSettings:
    row = PortalSettings(workspace_id=workspace_id, enabled=False, allow_anonymous=False)
    row.secret = secret
    session.add(row)
    session.flush()
    return row


def add_post(session: Session, workspace_id: int, text: str) -> PortalPost:
    post = PortalPost(workspace_id=workspace_id, text=text, state="pending")
    session.add(post)
    session.flush()
    return post


def get_post(session: Session, workspace_id: int, post_id: int) -> PortalPost | None:
    return session.scalar(
        select(PortalPost).where(PortalPost.workspace_id == workspace_id, PortalPost.id == post_id)
    )


def posts(
    session: Session, workspace_id: int, state: str, limit: int, offset: int
) -> tuple[list[PortalPost], int]:
    """A page of the queue in arrival order, and how many posts are in that state."""
    where = (PortalPost.workspace_id == workspace_id, PortalPost.state == state)
    total = session.scalar(select(func.count(PortalPost.id)).where(*where)) or 0
    query = select(PortalPost).where(*where).order_by(PortalPost.id).limit(limit).offset(offset)
    return list(session.scalars(query)), total


def count_pending(session: Session, workspace_id: int) -> int:
    query = select(func.count(PortalPost.id)).where(
        PortalPost.workspace_id == workspace_id, PortalPost.state == "pending"
    )
    return session.scalar(query) or 0


def requester_by_key(session: Session, workspace_id: int, key: str) -> Requester | None:
    return session.scalar(
        select(Requester).where(Requester.workspace_id == workspace_id, Requester.key == key)
    )


def vote_of(session: Session, workspace_id: int, external_id: str) -> tuple[int, int | None] | None:
    """(item id, idea id) of a stored vote, found by its idempotency key."""
    row = session.execute(
        select(FeedbackItem.id, FeedbackItem.idea_id).where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.source == "portal",
            FeedbackItem.external_id == external_id,
        )
    ).first()
    return None if row is None else (row[0], row[1])


def founding_item(session: Session, idea_id: int) -> tuple[str, bytes | None] | None:
    """(content hash, embedding) of the idea's first embedded item: a vote joins it as an exact
    re-post would, so re-clustering keeps the vote with the request it was cast for."""
    row = session.execute(
        select(FeedbackItem.content_hash, FeedbackItem.embedding)
        .where(FeedbackItem.idea_id == idea_id, FeedbackItem.embedding.is_not(None))
        .order_by(FeedbackItem.id)
        .limit(1)
    ).first()
    return None if row is None else (row[0], row[1])


def insert_vote(session: Session, values: dict[str, Any]) -> bool:
    """Store a vote item; False when the same vote was stored meanwhile (two tabs, one click),
    by the (workspace, source, external_id) unique key instead of an error."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]  # same API
    statement = (
        insert(cast(Table, FeedbackItem.__table__))
        .values(values)
        .on_conflict_do_nothing(index_elements=["workspace_id", "source", "external_id"])
        .returning(FeedbackItem.id)
    )
    return session.execute(statement).first() is not None


def live_ideas(session: Session, workspace_id: int, statuses: list[str]) -> list[Idea]:
    query = select(Idea).where(
        Idea.workspace_id == workspace_id,
        Idea.merged_into_id.is_(None),
        Idea.status.in_(statuses),
    )
    return list(session.scalars(query))


def add_comment(
    session: Session, workspace_id: int, idea_id: int, requester_id: int, body: str
) -> PortalComment:
    comment = PortalComment(
        workspace_id=workspace_id, idea_id=idea_id, requester_id=requester_id, body=body
    )
    session.add(comment)
    session.flush()
    return comment


def comments(session: Session, idea_id: int, limit: int) -> list[tuple[PortalComment, str | None]]:
    """The idea's newest comments, oldest first, with the commenter's name."""
    query = (
        select(PortalComment, Requester.name)
        .join(Requester, Requester.id == PortalComment.requester_id)
        .where(PortalComment.idea_id == idea_id)
        .order_by(PortalComment.id.desc())
        .limit(limit)
    )
    return [(c, name) for c, name in reversed(session.execute(query).all())]


def subscribe(session: Session, workspace_id: int, idea_id: int, requester_id: int) -> bool:
    """True when the subscription is new."""
    existing = session.scalar(
        select(PortalSubscription.id).where(
            PortalSubscription.idea_id == idea_id, PortalSubscription.requester_id == requester_id
        )
    )
    if existing is not None:
        return False
    session.add(
        PortalSubscription(workspace_id=workspace_id, idea_id=idea_id, requester_id=requester_id)
    )
    session.flush()
    return True


def unsubscribe(session: Session, idea_id: int, requester_id: int) -> None:
    session.execute(
        delete(PortalSubscription).where(
            PortalSubscription.idea_id == idea_id, PortalSubscription.requester_id == requester_id
        )
    )


def decided(post: PortalPost, state: str, actor: str, now: datetime) -> None:
    post.state, post.decided_by, post.decided_at = state, actor, now


def live_ideas_by_id(session: Session, idea_ids: list[int]) -> list[Idea]:
    query = select(Idea).where(Idea.id.in_(idea_ids), Idea.merged_into_id.is_(None))
    return list(session.scalars(query))
