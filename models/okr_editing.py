"""Types for editing OKRs after they were drafted: changes to a draft's or a cycle's objectives
and key results, how a draft joins a cycle that already has objectives, and what accepting says
back (issue 18)."""

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from models.cycles import AcceptMode, CycleRead, ScoringMethod
from models.okr import Finding, KeyResult
from models.schemas import Schema

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
KrText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
# An empty owner clears it; a PATCH that leaves `owner` out keeps it.
OwnerEdit = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class ObjectiveUpdate(Schema):
    """`PATCH` an objective of a draft or a cycle: only the fields sent change."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    owner: OwnerEdit | None = Field(default=None, description='A person or team; "" clears it.')
    parent_id: int | None = Field(
        default=None, description="The objective this one supports; null clears the alignment."
    )
    weight: float | None = Field(default=None, gt=0, le=100, description="Cycles only.")


class DraftKeyResultUpdate(Schema):
    """`PATCH` a drafted KR: its new sentence (targets and baseline are read from it) or
    structured fields. The drafted evidence stays with the KR."""

    model_config = ConfigDict(extra="forbid")

    text: KrText | None = None
    key_result: KeyResult | None = None

    @model_validator(mode="after")
    def _something(self) -> DraftKeyResultUpdate:
        if self.text is None and self.key_result is None:
            raise ValueError("send `text` or `key_result`")
        return self


class KeyResultUpdate(Schema):
    """`PATCH` a cycle's KR: a changed sentence becomes a new revision with its reason."""

    model_config = ConfigDict(extra="forbid")

    text: KrText | None = None
    key_result: KeyResult | None = None
    reason: KrText = Field(default="edited on the page", description="Why it changed.")
    weight: float | None = Field(default=None, gt=0, le=100)
    scoring: ScoringMethod | None = None


class Critique(Schema):
    """What the critic says about an edited draft or statement, for the page's live findings."""

    findings: list[Finding]
    blocking: int
    passes: bool
    lines: dict[str, str] = Field(
        default_factory=dict,
        description='What each edited KR reads as (baseline → target), by "objective.kr".',
    )


class AcceptResult(CycleRead):
    """The cycle after accepting a draft, with how much of it is left and any warnings."""

    mode: AcceptMode | None = Field(description="How the draft joined a non-empty cycle.")
    quarter_left: float = Field(description="Share of the cycle still ahead on accepting, 0–1.")
    warnings: list[str] = Field(default_factory=list)
