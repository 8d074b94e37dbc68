"""Pydantic types that cross boundaries: the HTTP API, CLI JSON, and library calls."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from models.demand import Demand

# Documented in the README: longer texts are rejected with 413-like `text_too_long`.
MAX_TEXT_CHARS = 10_000
MAX_BULK_ITEMS = 1_000


class DecisionKind(StrEnum):
    exact_duplicate = "exact_duplicate"
    auto_merge = "auto_merge"
    review = "review"
    new = "new"


class DecisionSpace(StrEnum):
    """Where a decision compared vectors: raw embeddings, or the workspace's whitened ones."""

    raw = "raw"
    whitened = "whitened"


class Role(StrEnum):
    admin = "admin"
    member = "member"
    ingest = "ingest"  # may only post feedback


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store NUL in text; refuse it up front instead of failing on write.
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    # A lone surrogate (JSON "\ud800") is no Unicode text: it cannot be stored or embedded.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains an unpaired surrogate, which is not valid Unicode") from None
    return value


ShortStr = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=200), AfterValidator(_no_nul)
]
SourceStr = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=50),
    AfterValidator(_no_nul),
]


def _check_text(value: str) -> str:
    _no_nul(value)
    if not value.strip():
        raise ValueError("text is empty or only whitespace")
    if not any(c.isalnum() for c in value):
        # Zero-width characters, punctuation or emoji alone normalise to nothing: every such
        # text would be an exact re-post of every other.
        raise ValueError("text has no letters or digits")
    if len(value) > MAX_TEXT_CHARS:
        raise ValueError(f"text is longer than {MAX_TEXT_CHARS} characters")
    return value


FeedbackText = Annotated[
    str,
    AfterValidator(_check_text),
    Field(description=f"The feedback itself, 1 to {MAX_TEXT_CHARS} characters."),
]


class FeedbackCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    text: FeedbackText
    source: SourceStr = Field(default="api", description="Channel, e.g. support (≤ 50 chars).")
    external_id: ShortStr | None = Field(
        default=None, description="Id in the source system; (source, external_id) is idempotent."
    )
    requester: ShortStr | None = Field(default=None, description="Email or stable person id.")
    requester_name: ShortStr | None = None
    account: ShortStr | None = Field(default=None, description="Company or account name.")
    mrr: float | None = Field(
        default=None, ge=0, allow_inf_nan=False, description="The account's monthly revenue."
    )
    created_at: datetime | None = Field(default=None, description="When it was said (ISO 8601).")
    metadata: dict[str, Any] = Field(default_factory=dict)


class DedupeRequest(Schema):
    model_config = ConfigDict(extra="forbid")

    text: FeedbackText


class BulkFeedbackCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    items: list[FeedbackCreate] = Field(min_length=1, max_length=MAX_BULK_ITEMS)


class Match(Schema):
    idea_id: int
    title: str
    score: float


class FeedbackResult(Schema):
    id: int | None = Field(description="Stored item id; null for /dedupe, which stores nothing.")
    idea_id: int | None
    decision: DecisionKind
    matches: list[Match]
    duplicate_request: bool = Field(
        default=False, description="True when (source, external_id) was already stored."
    )


class BulkFeedbackResult(Schema):
    results: list[FeedbackResult]


class FeedbackRead(Schema):
    id: int
    idea_id: int | None
    text: str
    source: str
    external_id: str | None
    created_at: datetime
    decision: DecisionKind
    requester: str | None = None
    account: str | None = None


class IdeaSummary(Schema):
    id: int
    title: str
    status: str
    created_at: datetime
    item_count: int
    demand: Demand


class IdeaDetail(IdeaSummary):
    items: list[FeedbackRead]


class IdeaPage(Schema):
    ideas: list[IdeaSummary]
    total: int


class IdeaStatus(StrEnum):
    open = "open"
    planned = "planned"
    in_progress = "in_progress"
    shipped = "shipped"
    declined = "declined"


class WorkspaceSettings(Schema):
    """Per-workspace preferences, stored as JSON on the workspace row."""

    notify_statuses: list[IdeaStatus] = Field(
        default=[IdeaStatus.shipped],
        description="Statuses that notify every requester behind the idea.",
    )
    notify_email: bool = True
    webhook_url: str | None = Field(default=None, max_length=2000)
    webhook_secret: str | None = Field(default=None, max_length=200)
    public_roadmap: bool = Field(default=True, description="Serve /public/{workspace}/roadmap.")
    checkin_cadence_days: int = Field(default=7, ge=1, le=92)
    goals: list[ShortStr] = Field(default_factory=list, max_length=20)
    # Learned from PM decisions (service.feedback.calibration); None means the server-wide default.
    auto_merge_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    review_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    # The space those two were set in; they apply only there (None: raw, as before whitening).
    thresholds_space: DecisionSpace | None = None


class StatusChangeCreate(Schema):
    status: IdeaStatus
    note: str | None = Field(
        default=None, max_length=2000, description="Public: shown on the roadmap and in e-mails."
    )
    ship_with_open_siblings: bool = Field(
        default=False,
        description="Ship even though sibling ideas that are probably the same request are "
        "still open (otherwise 409 open_siblings lists them).",
    )


class StatusChangeRead(Schema):
    id: int
    idea_id: int
    from_status: IdeaStatus
    to_status: IdeaStatus
    note: str | None
    actor: str
    created_at: datetime


class RoadmapEntry(Schema):
    """An idea as the public sees it: no people, no accounts, no revenue."""

    id: int
    title: str
    status: IdeaStatus
    status_changed_at: datetime | None
    note: str | None
    votes: int = Field(description="Unique people who asked for it.")
    description: str | None = Field(default=None, description="The PM's public Markdown.")


class Roadmap(Schema):
    workspace: str
    planned: list[RoadmapEntry]
    in_progress: list[RoadmapEntry]
    shipped: list[RoadmapEntry]


class Problem(BaseModel):
    """Every error the API answers: RFC 9457 problem details with a stable `code`."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="about:blank#<code>")
    title: str
    status: int
    code: str = Field(description="Stable, machine-readable: e.g. invalid_api_key, idea_not_found.")
    detail: str


class ApiKeyRead(Schema):
    id: int
    prefix: str = Field(description="The key's first characters, safe to show.")
    role: Role
    created_at: datetime
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyRead):
    key: str = Field(description="The key itself: shown this once, only its hash is stored.")


class ApiKeyCreate(Schema):
    model_config = ConfigDict(extra="forbid")

    role: Role = Role.member
