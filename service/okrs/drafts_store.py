"""OKR drafts: store a drafted set with its rounds, list and read them (one workspace at a time)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.drafts import DraftRequest, DraftResult
from models.okr import Finding, OkrSet
from models.okr_tables import OkrDraft


def add_draft(
    session: Session, workspace_id: int, request: DraftRequest, result: DraftResult
) -> OkrDraft:
    row = OkrDraft(
        workspace_id=workspace_id,
        cycle_name=request.cycle,
        provider=result.provider,
        model=result.model,
        goals=list(request.goals),
        okr_set=result.okr_set.model_dump(mode="json"),
        findings=[f.model_dump(mode="json") for f in result.findings],
        rounds=[r.model_dump(mode="json") for r in result.rounds],
        passed=result.passed,
        usage=result.usage.model_dump(mode="json"),
        fallback_reason=result.fallback_reason,
    )
    session.add(row)
    session.flush()
    return row


def get_draft(session: Session, workspace_id: int, draft_id: int) -> OkrDraft | None:
    return session.scalar(
        select(OkrDraft).where(OkrDraft.workspace_id == workspace_id, OkrDraft.id == draft_id)
    )


def list_drafts(
    session: Session, workspace_id: int, limit: int, offset: int
) -> tuple[list[OkrDraft], int]:
    """A page of drafts, newest first, and how many there are in all."""
    total = session.scalar(
        select(func.count(OkrDraft.id)).where(OkrDraft.workspace_id == workspace_id)
    )
    rows = session.scalars(
        select(OkrDraft)
        .where(OkrDraft.workspace_id == workspace_id)
        .order_by(OkrDraft.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total or 0


def save_edit(
    session: Session, row: OkrDraft, okr_set: OkrSet, findings: list[Finding], passed: bool
) -> OkrDraft:
    """A draft as a PM edited it, with the critic's findings on the edited text."""
    row.okr_set = okr_set.model_dump(mode="json")
    row.findings = [f.model_dump(mode="json") for f in findings]
    row.passed = passed
    session.flush()
    return row
