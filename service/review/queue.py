"""What the review queue shows: each suggestion with its item, the candidate idea's demand
and the candidate's items closest to the new one."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from sqlalchemy.orm import Session

from models.review import (
    AutoMergeRead,
    CloseItem,
    SuggestionPage,
    SuggestionRead,
    SuggestionStatus,
)
from models.review_tables import Suggestion
from models.schemas import FeedbackRead, IdeaSummary
from models.tables import Idea
from service.core.errors import NotFound
from service.feedback import store as feedback_store
from service.ideas import store as idea_store
from service.ideas.views import feedback_read
from service.review import store as review_store
from triage.demand import measure_demand
from triage.normalise import normalise

CLOSEST = 3


def list_queue(
    session: Session,
    workspace_id: int,
    status: SuggestionStatus = SuggestionStatus.pending,
    limit: int = 50,
    offset: int = 0,
) -> SuggestionPage:
    rows, total = review_store.suggestions(session, workspace_id, status, limit, offset)
    now = datetime.now(UTC)
    return SuggestionPage(
        suggestions=[_read(session, workspace_id, row, now) for row in rows], total=total
    )


def get_suggestion(session: Session, workspace_id: int, suggestion_id: int) -> SuggestionRead:
    row = review_store.get_suggestion(session, workspace_id, suggestion_id)
    if row is None:
        raise NotFound(f"No suggestion {suggestion_id} here.", code="suggestion_not_found")
    return _read(session, workspace_id, row, datetime.now(UTC))


def _read(session: Session, workspace_id: int, row: Suggestion, now: datetime) -> SuggestionRead:
    idea = review_store.live_idea(session, workspace_id, row.idea_id) or session.get(
        Idea, row.idea_id
    )
    assert idea is not None  # suggestions cascade with their idea
    item = _feedback(session, [row.item_id])[0]
    signals = idea_store.demand_signals(session, workspace_id, idea.id).get(idea.id, [])
    demand = measure_demand(signals, now)
    return SuggestionRead(
        id=row.id,
        status=SuggestionStatus(row.status),
        origin=row.origin,
        score=round(row.score, 4),
        created_at=row.created_at,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
        item=item,
        idea=IdeaSummary(
            id=idea.id,
            title=idea.title,
            status=idea.status,
            created_at=idea.created_at,
            item_count=demand.item_count,
            demand=demand,
        ),
        closest_items=_closest(session, item, idea.id),
    )


def _closest(session: Session, item: FeedbackRead, idea_id: int) -> list[CloseItem]:
    """The candidate's CLOSEST nearest items, each a different text and none the item's own:
    re-posts of one text (or of the item) would repeat a quote instead of showing the idea."""
    vector = feedback_store.embedding_of(session, item.id)
    rows = review_store.closest_candidates(session, idea_id, item.id)
    if vector is None or not rows:
        return []
    query = np.frombuffer(vector, dtype=np.float32)
    matrix = np.stack([np.frombuffer(r.embedding, dtype=np.float32) for r in rows])
    scores = matrix @ query
    seen = {normalise(item.text), review_store.item_hash(session, item.id)}
    closest: list[CloseItem] = []
    for n in np.argsort(-scores, kind="stable"):
        row = rows[n]
        keys = {normalise(row.text), row.content_hash}
        if keys & seen:
            continue
        seen |= keys
        closest.append(CloseItem(id=row.id, text=row.text, similarity=round(float(scores[n]), 4)))
        if len(closest) == CLOSEST:
            break
    return closest


def _feedback(session: Session, item_ids: list[int]) -> list[FeedbackRead]:
    rows = feedback_store.items_with_people(session, item_ids)
    by_id = {item.id: feedback_read(item, requester, account) for item, requester, account in rows}
    return [by_id[i] for i in item_ids if i in by_id]


def recent_auto_merges(session: Session, workspace_id: int, limit: int = 20) -> list[AutoMergeRead]:
    """The newest automatic merges still in place, so a PM can check and undo them."""
    rows = review_store.recent_auto_merges(session, workspace_id, limit)
    items = {f.id: f for f in _feedback(session, [r[0] for r in rows])}
    return [
        AutoMergeRead(
            item=items[item_id],
            idea_id=idea_id,
            idea_title=title,
            score=round(score, 4) if score is not None else None,
        )
        for item_id, idea_id, title, score in rows
        if review_store.has_other_members(session, idea_id, item_id)  # still merged
    ]
