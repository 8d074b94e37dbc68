"""OKR cycles over HTTP: accept a draft, build a cycle by hand, revise and bind KRs, check in,
and read scores, the progress view, exports and the retro."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from models.cycles import (
    CheckInCreate,
    CheckInRead,
    CycleCreate,
    CycleRead,
    CycleSummary,
    CycleView,
    DraftAccept,
    KeyResultCreate,
    KeyResultRead,
    KeyResultRevise,
    MetricBinding,
    ObjectiveCreate,
    ObjectiveRead,
    Retro,
    ScoreTable,
)
from models.okr_editing import AcceptResult
from service.http.deps import ActorDep, ReaderWorkspaceDep, SessionDep
from service.okrs import accepting, checkins, cycles
from service.okrs import scores as cycle_scores
from service.okrs.export import ExportFormat, export
from service.okrs.retro import build_retro

router = APIRouter(tags=["cycles"])

AsOf = Annotated[date | None, Query(description="Read the cycle as of this day (default today).")]
_MEDIA = {ExportFormat.md: "text/markdown; charset=utf-8", ExportFormat.csv: "text/csv"}


@router.get("/cycles", response_model=list[CycleSummary])
def list_cycles(workspace: ReaderWorkspaceDep, session: SessionDep) -> list[CycleSummary]:
    """Every cycle of the workspace, oldest first, with how many objectives and KRs it has."""
    return cycles.list_cycles(session, workspace.id)


@router.post("/cycles", response_model=CycleRead, status_code=status.HTTP_201_CREATED)
def create_cycle(
    body: CycleCreate, workspace: ReaderWorkspaceDep, actor: ActorDep, session: SessionDep
) -> CycleRead:
    """A new, empty cycle; "2027-Q1"-style names get the quarter's dates."""
    cycle = cycles.create_cycle(session, workspace.id, body, actor)
    return cycles.read_cycle(session, workspace.id, cycle.name)


@router.post(
    "/okrs/drafts/{draft_id}/accept",
    response_model=AcceptResult,
    status_code=status.HTTP_201_CREATED,
)
def accept_draft(
    draft_id: int,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
    body: DraftAccept | None = None,
) -> AcceptResult:
    """Turn a draft into its cycle's objectives and KRs; 409 `draft_accepted` the second time,
    409 `cycle_not_empty` when the cycle has objectives and no `mode` (merge or replace)."""
    body = body or DraftAccept()
    done = accepting.accept_draft(
        session, workspace.id, draft_id, actor, body.owners, body.scoring, body.mode
    )
    read = cycles.read_cycle(session, workspace.id, done.cycle.name)
    return AcceptResult(
        **read.model_dump(),
        mode=done.mode,
        quarter_left=done.outlook.quarter_left,
        warnings=done.outlook.warnings,
    )


@router.get("/cycles/{name}", response_model=CycleRead)
def read_cycle(name: str, workspace: ReaderWorkspaceDep, session: SessionDep) -> CycleRead:
    """The cycle's objectives and KRs, each KR with its current revision and full history."""
    return cycles.read_cycle(session, workspace.id, name)


@router.post(
    "/cycles/{name}/objectives", response_model=ObjectiveRead, status_code=status.HTTP_201_CREATED
)
def add_objective(
    name: str,
    body: ObjectiveCreate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> ObjectiveRead:
    """An objective with an owner (person or team) and optional parent objective."""
    row = cycles.add_objective(session, workspace.id, name, body, actor)
    return cycles.read_objective(session, row)


@router.post(
    "/objectives/{objective_id}/key-results",
    response_model=KeyResultRead,
    status_code=status.HTTP_201_CREATED,
)
def add_key_result(
    objective_id: int,
    body: KeyResultCreate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> KeyResultRead:
    """A KR from its sentence (`text`) or structured fields (`key_result`), at revision 1."""
    row = cycles.add_key_result(session, workspace.id, objective_id, body, actor)
    return cycles.read_key_result(session, workspace.id, row.id)


@router.get("/key-results/{kr_id}", response_model=KeyResultRead)
def read_key_result(
    kr_id: int, workspace: ReaderWorkspaceDep, session: SessionDep
) -> KeyResultRead:
    return cycles.read_key_result(session, workspace.id, kr_id)


@router.post(
    "/key-results/{kr_id}/revisions",
    response_model=KeyResultRead,
    status_code=status.HTTP_201_CREATED,
)
def revise_key_result(
    kr_id: int,
    body: KeyResultRevise,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> KeyResultRead:
    """Change a KR as a new revision with a reason; the history keeps every earlier one."""
    cycles.revise_key_result(session, workspace.id, kr_id, body, actor)
    return cycles.read_key_result(session, workspace.id, kr_id)


@router.put("/key-results/{kr_id}/binding", response_model=KeyResultRead)
def bind_key_result(
    kr_id: int,
    body: MetricBinding,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> KeyResultRead:
    """Measure the KR by a feedback metric from now on (and back to the cycle's start)."""
    checkins.bind_key_result(session, workspace.id, kr_id, body, actor)
    return cycles.read_key_result(session, workspace.id, kr_id)


@router.delete("/key-results/{kr_id}/binding", response_model=KeyResultRead)
def unbind_key_result(
    kr_id: int, workspace: ReaderWorkspaceDep, actor: ActorDep, session: SessionDep
) -> KeyResultRead:
    """Stop measuring the KR from feedback; its measured check-ins stay."""
    checkins.bind_key_result(session, workspace.id, kr_id, None, actor)
    return cycles.read_key_result(session, workspace.id, kr_id)


@router.post(
    "/key-results/{kr_id}/check-ins",
    response_model=CheckInRead,
    status_code=status.HTTP_201_CREATED,
)
def check_in(
    kr_id: int,
    body: CheckInCreate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> CheckInRead:
    """Value, confidence (0–10 or low/medium/high), note; `checked_on` may be in the past."""
    row = checkins.check_in(session, workspace.id, kr_id, body, actor)
    return CheckInRead.model_validate(row)


@router.get("/key-results/{kr_id}/check-ins", response_model=list[CheckInRead])
def list_check_ins(
    kr_id: int, workspace: ReaderWorkspaceDep, session: SessionDep
) -> list[CheckInRead]:
    """The KR's check-ins, oldest first (manual and measured from feedback)."""
    return checkins.list_check_ins(session, workspace.id, kr_id)


@router.get("/cycles/{name}/scores", response_model=ScoreTable)
def scores(
    name: str, workspace: ReaderWorkspaceDep, session: SessionDep, as_of: AsOf = None
) -> ScoreTable:
    """Every KR's score, each objective's (weighted) mean, the cycle's grade and notes."""
    return cycle_scores.score_cycle(session, workspace.id, name, as_of)


@router.get("/cycles/{name}/view", response_model=CycleView)
def view(
    name: str, workspace: ReaderWorkspaceDep, session: SessionDep, as_of: AsOf = None
) -> CycleView:
    """The progress view model: scores, trajectories, confidence trends, stale KRs, alignment."""
    return cycle_scores.cycle_view(session, workspace.id, name, as_of)


@router.get("/cycles/{name}/export", response_class=Response)
def export_cycle(
    name: str,
    workspace: ReaderWorkspaceDep,
    session: SessionDep,
    format: ExportFormat = ExportFormat.md,
    as_of: AsOf = None,
) -> Response:
    """The cycle as Markdown or CSV (one row per KR)."""
    text = export(cycle_scores.cycle_view(session, workspace.id, name, as_of), format)
    return Response(text, media_type=_MEDIA[format])


@router.get("/cycles/{name}/retro", response_model=Retro)
def retro(
    name: str, workspace: ReaderWorkspaceDep, session: SessionDep, as_of: AsOf = None
) -> Retro:
    """Scores, what moved and what did not, shipped ideas' feedback volume, next goals."""
    return build_retro(session, workspace.id, name, as_of)
