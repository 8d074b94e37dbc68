"""What every drafter gives the loop, and the protocol the loop drives."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field

from models.drafts import DraftRequest, Usage
from models.okr import Finding, OkrSet


class Proposal(BaseModel):
    """A drafter's set for one round, with what it changed and (for an LLM) its own critique."""

    okr_set: OkrSet
    changes: list[str] = Field(default_factory=list)
    critique: str | None = None
    usage: Usage = Field(default_factory=Usage)


class DrafterUnavailable(Exception):
    """The drafter cannot answer (unreachable, keeps answering invalid JSON): fall back."""

    def __init__(self, reason: str, usage: Usage | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.usage = usage or Usage()


class NothingToDraft(Exception):
    """The request holds too little measured demand for even one objective."""


class Drafter(Protocol):
    """Proposes a first set, then revises a set given the critic's findings."""

    provider: str
    model: str | None

    def propose(self, request: DraftRequest) -> Proposal: ...

    def revise(
        self, request: DraftRequest, okr_set: OkrSet, findings: list[Finding]
    ) -> Proposal: ...
