"""Types for OKR cycles that run themselves: the API, the CLI's JSON and the web pages' view
models (issue 6). Scoring rules live in `drafting.scoring`; the tables in `models.okr_tables`."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from models.okr import KeyResult
from models.schemas import Schema

CYCLE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")

# Words people use for confidence, on the 0–10 scale check-ins store.
CONFIDENCE_WORDS: dict[str, float] = {"low": 3.0, "medium": 5.0, "high": 8.0}


class ScoringMethod(StrEnum):
    linear = "linear"  # progress from baseline to target, clamped to [0, 1]
    binary = "binary"  # 1.0 if the target was reached, else 0.0
    threshold = "threshold"  # progress mapped through a step table


class AcceptMode(StrEnum):
    merge = "merge"  # keep the cycle's objectives; add only what the draft brings that is new
    replace_all = "replace"  # archive the cycle's objectives, then add the draft's


class MetricKind(StrEnum):
    idea_weekly_items = "idea_weekly_items"  # items for the ideas in the window
    idea_unique_accounts = "idea_unique_accounts"  # distinct accounts behind those items
    channel_share = "channel_share"  # % of the window's items that came from a channel
    product_metric = "product_metric"  # a metric pushed from analytics, by `metric_key`
    verdict_solved_share = "verdict_solved_share"  # % of requesting accounts answering "solved"
    reasks = "reasks"  # requesters who raised the ideas again within 30 days of shipping


class CheckInSource(StrEnum):
    manual = "manual"
    feedback = "feedback"


class Grade(StrEnum):
    success = "success"  # ≥ 0.7: a stretch goal met
    progress = "progress"  # between 0.3 and 0.7
    review = "review"  # ≤ 0.3: review the goal, the execution or the assumptions
    unscored = "unscored"  # nothing measured yet


def parse_confidence(value: Any) -> Any:
    """Accept 0–10 or low/medium/high; words become numbers on the stored 0–10 scale."""
    if isinstance(value, str):
        word = value.strip().lower()
        if word in CONFIDENCE_WORDS:
            return CONFIDENCE_WORDS[word]
        try:
            return float(word)
        except ValueError:
            raise ValueError("confidence is 0–10 or one of low, medium, high") from None
    return value


Confidence = Annotated[float, BeforeValidator(parse_confidence), Field(ge=0.0, le=10.0)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
Owner = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class MetricBinding(BaseModel):
    """A metric that measures a KR by itself, so it needs no manual check-in: one Throughline
    computes from feedback or verdicts, or one the team pushes (`product_metric`).

    Every kind is measured over the `window_days` days that end on the measuring day, except
    the verdict kinds, which count every answer (or re-ask) up to that day.
    `channel_share` is a percentage (0–100) of the window's items; with `idea_ids` it is the
    share among those ideas' items, else among all the workspace's items.
    """

    model_config = ConfigDict(extra="forbid")

    kind: MetricKind
    idea_ids: list[int] = Field(default_factory=list, max_length=100)
    channel: str | None = Field(default=None, max_length=50)
    metric_key: str | None = Field(
        default=None, max_length=80, description="For product_metric: the pushed metric's key."
    )
    window_days: int = Field(default=7, ge=1, le=365)

    @model_validator(mode="after")
    def _complete(self) -> MetricBinding:
        if self.kind == MetricKind.product_metric:
            if not self.metric_key:
                raise ValueError("product_metric needs a metric_key")
            return self
        if self.kind != MetricKind.channel_share and not self.idea_ids:
            raise ValueError(f"{self.kind} needs idea_ids")
        if self.kind == MetricKind.channel_share and not self.channel:
            raise ValueError("channel_share needs a channel")
        return self


class CycleCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=20, description='"2027-Q1", or any name with both dates.')
    starts_on: date | None = None
    ends_on: date | None = None


class ObjectiveCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    owner: Owner | None = Field(default=None, description="A person or a team.")
    parent_id: int | None = Field(default=None, description="The objective this one supports.")
    weight: float = Field(default=1.0, gt=0, le=100)


class KeyResultCreate(Schema):
    """A KR from its sentence (parsed like `throughline lint`) or from structured fields."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None
    key_result: KeyResult | None = None
    scoring: ScoringMethod = ScoringMethod.linear
    weight: float = Field(default=1.0, gt=0, le=100)


class KeyResultRevise(Schema):
    """A changed KR is a new revision with its reason; the old ones stay in the history."""

    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None = None
    key_result: KeyResult | None = None
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class CheckInCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    value: float = Field(allow_inf_nan=False)
    confidence: Confidence | None = Field(
        default=None, description="0–10, or low (3), medium (5), high (8)."
    )
    note: Note | None = None
    checked_on: date | None = Field(default=None, description="Default: today (UTC).")

    @field_validator("value", mode="before")
    @classmethod
    def _numeric(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("value must be a number")
        return value


class CheckInRead(Schema):
    id: int
    key_result_id: int
    value: float
    confidence: float | None
    note: str | None
    author: str
    checked_on: date
    source: CheckInSource
    created_at: datetime


class RevisionRead(Schema):
    number: int
    key_result: KeyResult
    reason: str
    author: str
    created_at: datetime


class KeyResultRead(Schema):
    id: int
    objective_id: int
    position: int
    weight: float
    scoring: ScoringMethod
    binding: MetricBinding | None
    revision: int = Field(description="The current revision's number.")
    current: KeyResult = Field(description="What the KR says now (its latest revision).")
    history: list[RevisionRead] = Field(description="Every revision, oldest first.")


class ObjectiveRead(Schema):
    id: int
    cycle_id: int
    parent_id: int | None
    title: str
    owner: str | None
    weight: float
    position: int
    key_results: list[KeyResultRead] = Field(default_factory=list)
    archived: bool = Field(default=False, description="Out of the cycle's scores; restorable.")


class CycleRead(Schema):
    id: int
    name: str
    starts_on: date
    ends_on: date
    objectives: list[ObjectiveRead] = Field(default_factory=list)
    archived: list[ObjectiveRead] = Field(
        default_factory=list, description="Archived objectives: out of scores, restorable."
    )


class CycleSummary(Schema):
    id: int
    name: str
    starts_on: date
    ends_on: date
    objectives: int
    key_results: int


class DraftAccept(Schema):
    model_config = ConfigDict(extra="forbid")

    owners: dict[int, Owner] = Field(
        default_factory=dict, description="Objective index in the draft → owner (overrides)."
    )
    scoring: ScoringMethod = ScoringMethod.linear
    mode: AcceptMode | None = Field(
        default=None, description="Needed when the cycle already has objectives (else 409)."
    )


class KeyResultScore(Schema):
    key_result_id: int
    objective_id: int
    text: str
    scoring: ScoringMethod
    weight: float
    baseline: float | None = Field(description="The revision's baseline, else the first value.")
    target: float | None
    current: float | None = Field(description="The latest value checked in on or before as_of.")
    score: float | None = Field(description="0.0–1.0; null when nothing can be measured.")
    confidence: float | None
    last_checked_on: date | None
    stale: bool
    source: CheckInSource | None


class ObjectiveScore(Schema):
    objective_id: int
    title: str
    owner: str | None
    parent_id: int | None
    weight: float
    score: float | None
    key_results: list[KeyResultScore]


class ScoreTable(Schema):
    cycle: str
    starts_on: date
    ends_on: date
    as_of: date
    score: float | None = Field(description="Weighted mean of the objectives' scores.")
    grade: Grade
    notes: list[str] = Field(description="Readings: 0.7 is success; 1.0 always, or ≤ 0.3.")
    objectives: list[ObjectiveScore]


class TrajectoryPoint(Schema):
    on: date
    expected: float | None = Field(description="The straight line from baseline to target.")
    actual: float | None = Field(description="The value checked in that day, if any.")


class ConfidencePoint(Schema):
    on: date
    confidence: float


class KeyResultView(KeyResultScore):
    unit: str | None
    direction: str | None
    revision: int
    revisions: list[RevisionRead]
    binding: MetricBinding | None
    trajectory: list[TrajectoryPoint]
    confidence_trend: list[ConfidencePoint]
    check_ins: list[CheckInRead]


class AlignmentNode(Schema):
    objective_id: int
    title: str
    owner: str | None
    score: float | None
    children: list[AlignmentNode] = Field(default_factory=list)


class ObjectiveView(Schema):
    objective_id: int
    title: str
    owner: str | None
    parent_id: int | None
    weight: float
    score: float | None
    stale_key_results: int
    key_results: list[KeyResultView]


class CycleView(Schema):
    """Everything a cycle page shows; the HTML only lays it out."""

    cycle: str
    starts_on: date
    ends_on: date
    as_of: date
    cadence_days: int
    elapsed: float = Field(description="Share of the cycle gone by on as_of, 0–1.")
    score: float | None
    grade: Grade
    notes: list[str]
    objectives: list[ObjectiveView]
    alignment: list[AlignmentNode] = Field(description="Roots (objectives without a parent).")


class KrMovement(Schema):
    key_result_id: int
    text: str
    first: float | None
    last: float | None
    change: float | None
    score: float | None
    moved: bool


class ShippedIdeaImpact(Schema):
    idea_id: int
    title: str
    shipped_on: date
    window_days: int
    items_before: int
    items_after: int
    change: float | None = Field(description="after / before − 1; null when before is 0.")


class Retro(Schema):
    """The end-of-cycle look back, also the seed for the next cycle's draft."""

    cycle: str
    next_cycle: str | None
    scores: ScoreTable
    moved: list[KrMovement]
    did_not_move: list[KrMovement]
    shipped_ideas: list[ShippedIdeaImpact]
    suggested_goals: list[str] = Field(description="Goal lines for the next cycle's draft.")
    summary: str
