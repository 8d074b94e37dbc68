"""OKR endpoints: lint a statement or a whole set against drafting/RULES.md, and draft OKRs from
demand (create, list, read)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response, status
from pydantic import Field

from drafting.critic import lint_set, lint_text
from drafting.krtext import parse_key_result
from models.drafts import DraftCreate, DraftList, DraftRead
from models.okr import Finding, KeyResult, OkrSet
from models.schemas import Schema
from service.core.errors import InvalidInput
from service.http.deps import ContextDep, ReaderWorkspaceDep, SessionDep, WorkspaceDep
from service.okrs import drafts
from service.okrs.draft_markdown import render_markdown

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


@router.post("/okrs/drafts", response_model=DraftRead, status_code=status.HTTP_201_CREATED)
def create_draft(
    body: DraftCreate, workspace: ReaderWorkspaceDep, session: SessionDep, context: ContextDep
) -> DraftRead:
    """Draft 1-3 objectives from the top ideas by demand: propose, critique, revise; stored."""
    return drafts.create_draft(session, workspace, body, context.settings)


@router.get("/okrs/drafts", response_model=DraftList)
def list_drafts(
    workspace: ReaderWorkspaceDep,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> DraftList:
    """The workspace's drafts, newest first."""
    return drafts.list_drafts(session, workspace.id, limit, offset)


@router.get(
    "/okrs/drafts/{draft_id}",
    response_model=DraftRead,
    responses={200: {"content": {"text/markdown": {}}}},
)
def read_draft(
    draft_id: int,
    workspace: ReaderWorkspaceDep,
    session: SessionDep,
    format: Annotated[Literal["json", "markdown"], Query()] = "json",  # noqa: A002
) -> DraftRead | Response:
    """One draft with every round; `format=markdown` gives the readable version."""
    draft = drafts.read_draft(session, workspace.id, draft_id)
    if format == "markdown":
        return Response(render_markdown(draft), media_type="text/markdown; charset=utf-8")
    return draft
