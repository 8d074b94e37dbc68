"""Review queue types: suggestions a PM answers, the audit log, and calibration figures."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field

from models.schemas import DecisionSpace, FeedbackRead, IdeaSummary, Schema, ShortStr


class SuggestionStatus(StrEnum):
    pending = "pending"
    accepted = "accepted"  # the item joined the candidate idea
    rejected = "rejected"  # "not a duplicate": remembered for the pair
    redirected = "redirected"  # the item joined another idea the PM chose
    new_idea = "new_idea"  # the item stands as an idea of its own


class SuggestionOrigin(StrEnum):
    ingest = "ingest"  # a `review` decision on arrival
    cluster = "cluster"  # a low-confidence membership after re-clustering


class CloseItem(Schema):
    id: int
    text: str
    similarity: float


class SuggestionRead(Schema):
    id: int
    status: SuggestionStatus
    origin: SuggestionOrigin
    score: float = Field(description="Cosine similarity of the item to the candidate idea.")
    created_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    item: FeedbackRead
    idea: IdeaSummary = Field(description="The candidate idea, with its demand.")
    closest_items: list[CloseItem] = Field(description="The candidate's items nearest the item.")


class SuggestionPage(Schema):
    suggestions: list[SuggestionRead]
    total: int


class RedirectRequest(Schema):
    idea_id: int


class NewIdeaRequest(Schema):
    title: ShortStr | None = None


class BulkAcceptRequest(Schema):
    suggestion_ids: list[int] = Field(min_length=1, max_length=500)


class MergeRequest(Schema):
    into_idea_id: int


class SplitRequest(Schema):
    item_ids: list[int] = Field(min_length=1, max_length=1000)
    title: ShortStr | None = None


class AuditRead(Schema):
    id: int
    actor: str
    action: str
    target_type: str
    target_id: int | None
    before: dict[str, Any]
    after: dict[str, Any]
    created_at: datetime
    undone_by_id: int | None
    undoable: bool


class ActionResult(Schema):
    """What a PM action did: where items went, and the audit entry that can undo it."""

    audit_id: int
    idea_id: int | None = Field(description="The idea the items ended up in.")
    moved_item_ids: list[int]


class ThresholdFigures(Schema):
    auto_merge: float
    review: float
    source: str = Field(description='"default" or "learned"')
    space: DecisionSpace = Field(
        default=DecisionSpace.raw, description="raw embeddings, or the workspace's whitened ones"
    )
    similar_merges: bool = Field(
        default=True,
        description="False where the workspace reads like an issue tracker and has no auto-merge "
        "cut-off of its own: nothing merges on similarity alone, it waits for review.",
    )


class ReviewStats(Schema):
    pending: int
    accepted: int
    rejected: int
    redirected: int
    new_idea: int
    auto_merges: int
    auto_merges_undone: int = Field(description="Auto-merges a PM took apart again.")
    auto_merge_precision: float | None = Field(
        description="Share of auto-merges the PMs kept (not undone); null before any."
    )
    judged_pairs: int = Field(description="Item–idea pairs with a PM verdict and a score.")
    current: ThresholdFigures
    recommended: ThresholdFigures | None = Field(
        description="Thresholds learned from PM verdicts; null while too few."
    )


class AutoMergeRead(Schema):
    """A recent automatic merge, for a PM to check (and undo)."""

    item: FeedbackRead
    idea_id: int | None
    idea_title: str | None
    score: float | None


class IdeaChoice(Schema):
    id: int
    title: str
    status: str
    item_count: int
    similarity: float | None = Field(
        default=None, description="Cosine of the query to the idea's centroid (by meaning)."
    )
    word_match: bool = Field(
        default=False, description="Every word of the query is in its title, keywords or items."
    )
