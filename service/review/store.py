"""Review queue storage: suggestions, "not a duplicate" verdicts, item memberships."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnElement, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from models.review_tables import NotDuplicate, Suggestion
from models.schemas import DecisionKind
from models.tables import DecisionLog, FeedbackItem, Idea


def suggest(
    session: Session,
    workspace_id: int,
    item_id: int,
    idea_id: int,
    score: float,
    origin: str,
) -> Suggestion | None:
    """Queue a suggestion unless a PM already said this pair is not a duplicate."""
    if is_not_duplicate(session, workspace_id, item_id, idea_id):
        return None
    suggestion = Suggestion(
        workspace_id=workspace_id, item_id=item_id, idea_id=idea_id, score=score, origin=origin
    )
    session.add(suggestion)
    return suggestion


def suggest_new_items(
    session: Session, workspace_id: int, pairs: list[tuple[int, int, float]]
) -> None:
    """Queue ingest suggestions for a batch's new items: (item, candidate idea, score) each.

    No PM has seen these items yet, so no "not a duplicate" answer can apply to them."""
    if pairs:
        common = {"workspace_id": workspace_id, "origin": "ingest"}
        rows = [{**common, "item_id": i, "idea_id": d, "score": s} for i, d, s in pairs]
        session.execute(insert(Suggestion), rows)


def is_not_duplicate(session: Session, workspace_id: int, item_id: int, idea_id: int) -> bool:
    found = session.scalar(
        select(NotDuplicate.id).where(
            NotDuplicate.workspace_id == workspace_id,
            NotDuplicate.item_id == item_id,
            NotDuplicate.idea_id == idea_id,
        )
    )
    return found is not None


def not_duplicate_pairs(session: Session, workspace_id: int) -> list[tuple[int, int]]:
    """(item, anchor item) pairs a PM kept apart, for re-clustering's cannot-link."""
    rows = session.execute(
        select(NotDuplicate.item_id, NotDuplicate.anchor_item_id).where(
            NotDuplicate.workspace_id == workspace_id, NotDuplicate.anchor_item_id.is_not(None)
        )
    )
    return [(a, cast(int, b)) for a, b in rows]


def get_suggestion(session: Session, workspace_id: int, suggestion_id: int) -> Suggestion | None:
    return session.scalar(
        select(Suggestion).where(
            Suggestion.workspace_id == workspace_id, Suggestion.id == suggestion_id
        )
    )


def _open_question() -> ColumnElement[bool]:
    """A suggestion that still asks something: its item is not already in the suggested idea
    (nor in the idea that one was merged into). Membership changes on many roads (ingest,
    re-clustering, accept, merge, split, undo), so the queue checks it when it reads instead of
    each road retiring suggestions; an undo that takes the item out again brings it back."""
    target = aliased(Idea)
    inside = (
        select(FeedbackItem.id)
        .where(
            FeedbackItem.id == Suggestion.item_id,
            target.id == Suggestion.idea_id,
            or_(
                FeedbackItem.idea_id == Suggestion.idea_id,
                FeedbackItem.idea_id == target.merged_into_id,
            ),
        )
        .correlate(Suggestion)
    )
    return ~inside.exists()


def _listed(workspace_id: int, status: str) -> list[ColumnElement[bool]]:
    where = [Suggestion.workspace_id == workspace_id, Suggestion.status == status]
    return where + [_open_question()] if status == "pending" else where


def suggestions(
    session: Session, workspace_id: int, status: str, limit: int, offset: int
) -> tuple[list[Suggestion], int]:
    """A page of suggestions, likeliest duplicates first, and the total; pending ones only
    while they still ask a question."""
    where = _listed(workspace_id, status)
    total = session.scalar(select(func.count(Suggestion.id)).where(*where)) or 0
    rows = session.scalars(
        select(Suggestion)
        .where(*where)
        .order_by(Suggestion.score.desc(), Suggestion.id)
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total


def pending_for_idea(session: Session, idea_id: int) -> list[Suggestion]:
    query = select(Suggestion).where(Suggestion.idea_id == idea_id, Suggestion.status == "pending")
    return list(session.scalars(query))


def answered_ingest_suggestions(session: Session, workspace_id: int) -> list[tuple[int, str]]:
    """(item id, status) of every ingest suggestion a PM answered."""
    query = select(Suggestion.item_id, Suggestion.status).where(
        Suggestion.workspace_id == workspace_id,
        Suggestion.origin == "ingest",
        Suggestion.status != "pending",
    )
    return [(item_id, status) for item_id, status in session.execute(query)]


def count_by_status(session: Session, workspace_id: int) -> dict[str, int]:
    """Suggestions per status; pending counts only those the queue shows."""
    query = (
        select(Suggestion.status, func.count(Suggestion.id))
        .where(
            Suggestion.workspace_id == workspace_id,
            or_(Suggestion.status != "pending", _open_question()),
        )
        .group_by(Suggestion.status)
    )
    return {status: count for status, count in session.execute(query)}


def clear_pending_cluster_suggestions(session: Session, workspace_id: int) -> None:
    """Drop the previous re-cluster's unanswered suggestions (each run makes fresh ones)."""
    session.execute(
        delete(Suggestion).where(
            Suggestion.workspace_id == workspace_id,
            Suggestion.origin == "cluster",
            Suggestion.status == "pending",
        )
    )


def delete_not_duplicates(session: Session, ids: list[int]) -> None:
    if ids:
        session.execute(delete(NotDuplicate).where(NotDuplicate.id.in_(ids)))


def pending_for_items(session: Session, workspace_id: int, item_ids: list[int]) -> list[Suggestion]:
    if not item_ids:
        return []
    return list(
        session.scalars(
            select(Suggestion).where(
                Suggestion.workspace_id == workspace_id,
                Suggestion.status == "pending",
                Suggestion.item_id.in_(item_ids),
            )
        )
    )


def item_ideas(session: Session, workspace_id: int, item_ids: list[int]) -> dict[int, int | None]:
    if not item_ids:
        return {}
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.idea_id).where(
            FeedbackItem.workspace_id == workspace_id, FeedbackItem.id.in_(item_ids)
        )
    )
    return {item_id: idea_id for item_id, idea_id in rows}


def member_ids(session: Session, workspace_id: int, idea_id: int) -> list[int]:
    return list(
        session.scalars(
            select(FeedbackItem.id)
            .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id == idea_id)
            .order_by(FeedbackItem.id)
        )
    )


def has_other_members(session: Session, idea_id: int, item_id: int) -> bool:
    """Whether the idea holds items besides this one."""
    others = session.scalar(
        select(func.count(FeedbackItem.id)).where(
            FeedbackItem.idea_id == idea_id, FeedbackItem.id != item_id
        )
    )
    return bool(others)


def recent_auto_merges(
    session: Session, workspace_id: int, limit: int
) -> list[tuple[int, int, str, float | None]]:
    """(item id, idea id, idea title, best score) of the newest auto-merged items."""
    query = (
        select(FeedbackItem.id, Idea.id, Idea.title, DecisionLog.best_score)
        .join(Idea, Idea.id == FeedbackItem.idea_id)
        .outerjoin(DecisionLog, DecisionLog.item_id == FeedbackItem.id)
        .where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.decision == DecisionKind.auto_merge,
        )
        .order_by(FeedbackItem.id.desc())
        .limit(limit)
    )
    return [(item, idea, title, score) for item, idea, title, score in session.execute(query)]


def move_items(session: Session, moves: dict[int, int | None]) -> None:
    """Point each item at its new idea (one UPDATE per destination)."""
    by_idea: dict[int | None, list[int]] = {}
    for item_id, idea_id in moves.items():
        by_idea.setdefault(idea_id, []).append(item_id)
    for idea_id, item_ids in by_idea.items():
        session.execute(
            update(FeedbackItem).where(FeedbackItem.id.in_(item_ids)).values(idea_id=idea_id)
        )


def live_idea(session: Session, workspace_id: int, idea_id: int) -> Idea | None:
    """The idea, or the idea it was merged into (followed to the end of the chain)."""
    seen: set[int] = set()
    idea = session.get(Idea, idea_id)
    while idea is not None and idea.merged_into_id is not None and idea.id not in seen:
        seen.add(idea.id)
        idea = session.get(Idea, idea.merged_into_id)
    if idea is None or idea.workspace_id != workspace_id:
        return None
    return idea


def closest_candidates(session: Session, idea_id: int, except_item: int) -> list[Any]:
    """(id, text, content_hash, embedding) of the idea's other embedded items, by id."""
    query = (
        select(
            FeedbackItem.id, FeedbackItem.text, FeedbackItem.content_hash, FeedbackItem.embedding
        )
        .where(
            FeedbackItem.idea_id == idea_id,
            FeedbackItem.id != except_item,
            FeedbackItem.embedding.is_not(None),
        )
        .order_by(FeedbackItem.id)
    )
    return list(session.execute(query).all())


def item_hash(session: Session, item_id: int) -> str | None:
    return session.scalar(select(FeedbackItem.content_hash).where(FeedbackItem.id == item_id))
