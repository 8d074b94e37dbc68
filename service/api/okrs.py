"""OKR endpoints: lint a statement or a whole set against OKR_RULES.md."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import Field

from drafting.critic import lint_set, lint_text
from drafting.krtext import parse_key_result
from models.okr import Finding, KeyResult, OkrSet
from models.schemas import Schema
from service.api.deps import WorkspaceDep
from service.errors import InvalidInput

router = APIRouter(tags=["okrs"])


class LintRequest(Schema):
    text: Annotated[str, Field(min_length=1, max_length=2000)] | None = None
    objective: bool = Field(default=False, description="Lint `text` as an objective.")
    in_cycle: bool = Field(default=False, description="The KR inherits a cycle's deadline.")
    draft: bool = Field(default=False, description="Apply the drafted-OKR rules (evidence).")
    okr_set: OkrSet | None = Field(default=None, description="Lint a whole set instead.")


class LintResult(Schema):
    findings: list[Finding]
    blocking: bool
    parsed: KeyResult | None = None


@router.post("/okrs/lint", response_model=LintResult)
def lint(body: LintRequest, _workspace: WorkspaceDep) -> LintResult:
    """Findings (code, severity, span, suggestion) for one KR or objective, or a whole set."""
    if body.okr_set is not None:
        findings = lint_set(body.okr_set, draft=body.draft)
        parsed = None
    elif body.text is not None and body.text.strip():
        findings = lint_text(
            body.text, objective=body.objective, in_cycle=body.in_cycle, draft=body.draft
        )
        parsed = None if body.objective else parse_key_result(body.text)
    else:
        raise InvalidInput("Send `text` or `okr_set`.", code="nothing_to_lint")
    return LintResult(
        findings=findings, blocking=any(f.severity == "block" for f in findings), parsed=parsed
    )
