"""Live duplicate suggestions while a customer types: the same decision ingest makes (embed
the draft, search the workspace's index), without storing anything."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.portal import Suggestion, SuggestResult
from models.schemas import DecisionKind
from service.core.errors import NotFound
from service.feedback.ingest import Ingestor
from service.feedback.vectors import decision_space
from service.ideas import store as idea_store
from service.portal.board import public_ideas, shown_idea

MAX_SUGGESTIONS = 3
# Below the PM review cut-off on purpose: a customer choosing between a few titles is cheaper
# than a duplicate a PM must find later, and a draft is often only half typed.
SUGGEST_MARGIN = 0.15
_LIKELY = {DecisionKind.exact_duplicate, DecisionKind.auto_merge}


def suggest(session: Session, ingestor: Ingestor, workspace_id: int, text: str) -> SuggestResult:
    """The existing ideas the draft most likely duplicates, best first."""
    result = ingestor.decide_text(session, workspace_id, text)
    space = decision_space(session, workspace_id)
    floor = ingestor.thresholds_for(session, workspace_id, space).review - SUGGEST_MARGIN
    scored: list[tuple[int, float]] = [(m.idea_id, m.score) for m in result.matches]
    if result.decision == DecisionKind.exact_duplicate and result.idea_id is not None:
        scored.insert(0, (result.idea_id, 1.0))
    picked: dict[int, float] = {}
    for idea_id, score in scored:
        if score < floor:
            continue
        try:
            idea = shown_idea(session, workspace_id, idea_id)
        except NotFound:  # declined or gone: nothing to vote for
            continue
        picked.setdefault(idea.id, score)
        if len(picked) == MAX_SUGGESTIONS:
            break
    ideas = idea_store.ideas_by_id(session, list(picked))
    shown = public_ideas(session, [ideas[i] for i in picked if i in ideas])
    suggestions = [Suggestion(**p.model_dump(), score=round(picked[p.id], 4)) for p in shown]
    likely = bool(suggestions) and result.decision in _LIKELY
    return SuggestResult(suggestions=suggestions, likely_duplicate=likely)
