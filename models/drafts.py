"""OKR drafting types: what `service` hands the drafter, and the draft with its rounds.

The request carries demand figures already measured from the database, so `drafting` never
touches storage; the result keeps every round of propose → critique → revise so a PM can see
why the final draft looks the way it does.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from models.demand import Demand
from models.metrics import ProductMetric
from models.okr import Finding, OkrSet

MAX_GOALS = 20  # the same ceiling as WorkspaceSettings.goals
GOAL_CHARS = 200
WEEKS = 12  # weekly counts cover this many weeks, oldest first
WINDOW_DAYS = 90  # "recent" accounts: those who raised it in the last quarter

Goal = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=GOAL_CHARS)]


class Provider(StrEnum):
    offline = "offline"
    openai = "openai"


class IdeaDemand(BaseModel):
    """One top idea as the drafter sees it: who asks, how often, and how much revenue."""

    id: int
    title: str
    keywords: list[str] = Field(default_factory=list)
    demand: Demand
    weekly_counts: list[int] = Field(
        default_factory=list, description=f"Items per week, the last {WEEKS} weeks, oldest first."
    )
    window_accounts: dict[str, float] = Field(
        default_factory=dict,
        description=f"Accounts that raised it in the last {WINDOW_DAYS} days -> their MRR.",
    )
    solved_accounts: list[str] = Field(
        default_factory=list,
        description="Accounts whose requesters answered 'solved' to the ship e-mail.",
    )


class WorkspaceTotals(BaseModel):
    """The denominators: how big the whole feedback stream and customer base are."""

    items: int = 0
    accounts: int = Field(default=0, description="Accounts that ever sent feedback.")
    active_accounts: int = Field(
        default=0, description=f"Accounts with feedback in the last {WINDOW_DAYS} days."
    )
    active_mrr: float = Field(default=0.0, description="MRR of those active accounts.")
    weekly_items: list[int] = Field(
        default_factory=list, description=f"All items per week, the last {WEEKS} weeks."
    )


class DraftRequest(BaseModel):
    """Everything a drafter may use: the cycle, stated goals and measured demand."""

    cycle: str
    goals: list[Goal] = Field(default_factory=list, max_length=MAX_GOALS)
    ideas: list[IdeaDemand] = Field(default_factory=list)
    totals: WorkspaceTotals = Field(default_factory=WorkspaceTotals)
    as_of: datetime
    owner: str | None = Field(default=None, description="Owner for every drafted objective.")
    window_days: int = WINDOW_DAYS
    metrics: list[ProductMetric] = Field(
        default_factory=list,
        description="Product metrics pushed from analytics that have a baseline.",
    )


class Usage(BaseModel):
    """Tokens and money one draft cost; `requests` counts HTTP attempts including retries."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    requests: int = 0
    cost_usd: float = 0.0

    def plus(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            calls=self.calls + other.calls,
            requests=self.requests + other.requests,
            cost_usd=round(self.cost_usd + other.cost_usd, 6),
        )


class DraftRound(BaseModel):
    """One step of the loop: the set as it stood, what the critic found, what changed and why."""

    number: int
    provider: str
    okr_set: OkrSet
    findings: list[Finding] = Field(default_factory=list)
    changes: list[str] = Field(default_factory=list)
    critique: str | None = None
    usage: Usage = Field(default_factory=Usage)


class DraftResult(BaseModel):
    okr_set: OkrSet
    findings: list[Finding] = Field(default_factory=list)
    rounds: list[DraftRound] = Field(default_factory=list)
    passed: bool
    provider: str = Field(description="What drafted the final set (after any fallback).")
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    fallback_reason: str | None = None


class DraftCreate(BaseModel):
    """`POST /api/v1/okrs/drafts` and `throughline draft`."""

    model_config = ConfigDict(extra="forbid")

    cycle: str = Field(max_length=20, description='A quarter, e.g. "2027-Q1".')
    goals: list[str] | None = Field(
        default=None,
        description=f"Up to {MAX_GOALS} goal lines; omitted: the workspace's stated goals.",
    )
    provider: str | None = Field(
        default=None, description='"offline" or "openai"; default: settings.'
    )
    from_retro: str | None = Field(
        default=None,
        max_length=20,
        description="A finished cycle whose retro's suggested goals are added to the goals.",
    )
    owner: str | None = Field(default=None, max_length=200)
    max_rounds: int | None = Field(default=None, ge=1, le=10)
    top_ideas: int = Field(default=15, ge=1, le=50, description="How many top ideas to draft from.")


class DraftSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    cycle_name: str
    provider: str
    model: str | None
    passed: bool
    status: str
    objectives: int
    key_results: int
    fallback_reason: str | None
    created_at: datetime


class DraftList(BaseModel):
    drafts: list[DraftSummary]
    total: int


class DraftRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    cycle_name: str
    provider: str
    model: str | None
    goals: list[str]
    okr_set: OkrSet
    findings: list[Finding]
    rounds: list[DraftRound]
    passed: bool
    usage: Usage
    fallback_reason: str | None
    status: str
    cycle_id: int | None
    created_at: datetime
    accepted_at: datetime | None

    @classmethod
    def from_row(cls, row: Any) -> DraftRead:
        return cls.model_validate(
            {name: getattr(row, name) for name in cls.model_fields if hasattr(row, name)}
        )
