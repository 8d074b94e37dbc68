"""Ideas: the groups of feedback that ask for the same thing."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.tables import FeedbackItem, Idea


class IdeaSort(StrEnum):
    item_count = "item_count"
    last_seen = "last_seen"
    created_at = "created_at"
    title = "title"
    id = "id"


def create_idea(session: Session, workspace_id: int, title: str) -> Idea:
    idea = Idea(workspace_id=workspace_id, title=title)
    session.add(idea)
    session.flush()
    return idea


def titles(session: Session, idea_ids: list[int]) -> dict[int, str]:
    if not idea_ids:
        return {}
    rows = session.execute(select(Idea.id, Idea.title).where(Idea.id.in_(idea_ids)))
    return {idea_id: title for idea_id, title in rows}


def _with_counts(workspace_id: int) -> Select:
    count = func.count(FeedbackItem.id).label("item_count")
    last_seen = func.max(FeedbackItem.created_at).label("last_seen")
    return (
        select(Idea, count, last_seen)
        .outerjoin(FeedbackItem, FeedbackItem.idea_id == Idea.id)
        .where(Idea.workspace_id == workspace_id)
        .group_by(Idea.id)
    )


def list_ideas(
    session: Session, workspace_id: int, sort: IdeaSort, descending: bool, limit: int, offset: int
) -> tuple[list[tuple[Idea, int, object]], int]:
    """A page of ideas with item count and last-seen date, plus the total number of ideas."""
    query = _with_counts(workspace_id)
    columns = {
        IdeaSort.item_count: query.selected_columns.item_count,
        IdeaSort.last_seen: query.selected_columns.last_seen,
        IdeaSort.created_at: Idea.created_at,
        IdeaSort.title: Idea.title,
        IdeaSort.id: Idea.id,
    }
    key = columns[sort]
    order = key.desc() if descending else key.asc()
    rows = session.execute(query.order_by(order, Idea.id).limit(limit).offset(offset)).all()
    total = session.scalar(select(func.count(Idea.id)).where(Idea.workspace_id == workspace_id))
    return [tuple(r) for r in rows], total or 0


def get_idea(session: Session, workspace_id: int, idea_id: int) -> tuple[Idea, int, object] | None:
    row = session.execute(_with_counts(workspace_id).where(Idea.id == idea_id)).first()
    return tuple(row) if row else None
