"""Editing OKRs over HTTP: PATCH a draft's objectives and KRs (the critic runs again), PATCH a
cycle's objectives and KRs (a changed KR sentence is a new revision), archive and restore."""

from __future__ import annotations

from fastapi import APIRouter

from models.cycles import KeyResultRead, ObjectiveRead
from models.drafts import DraftRead
from models.okr_editing import DraftKeyResultUpdate, KeyResultUpdate, ObjectiveUpdate
from service.http.deps import ActorDep, ReaderWorkspaceDep, SessionDep
from service.okrs import cycles, draft_editing, editing

router = APIRouter(tags=["okr editing"])


@router.patch("/okrs/drafts/{draft_id}/objectives/{index}", response_model=DraftRead)
def edit_draft_objective(
    draft_id: int,
    index: int,
    body: ObjectiveUpdate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> DraftRead:
    """Change a drafted objective (0-based index): title, owner, parent; findings recomputed.
    409 `draft_accepted` once the draft is a cycle's plan."""
    return draft_editing.edit_objective(session, workspace.id, draft_id, index, body, actor)


@router.patch(
    "/okrs/drafts/{draft_id}/objectives/{index}/key-results/{kr_index}", response_model=DraftRead
)
def edit_draft_key_result(
    draft_id: int,
    index: int,
    kr_index: int,
    body: DraftKeyResultUpdate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> DraftRead:
    """Change a drafted KR's sentence (targets are read from it); findings recomputed."""
    place = (index, kr_index)
    return draft_editing.edit_key_result(session, workspace.id, draft_id, place, body, actor)


@router.patch("/objectives/{objective_id}", response_model=ObjectiveRead)
def edit_objective(
    objective_id: int,
    body: ObjectiveUpdate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> ObjectiveRead:
    """Change a cycle's objective: title, owner ("" clears), parent (null clears), weight."""
    row = editing.update_objective(session, workspace.id, objective_id, body, actor)
    return cycles.read_objective(session, row)


@router.post("/objectives/{objective_id}/archive", response_model=ObjectiveRead)
def archive_objective(
    objective_id: int, workspace: ReaderWorkspaceDep, actor: ActorDep, session: SessionDep
) -> ObjectiveRead:
    """Take an objective out of its cycle's page, scores and exports; its KRs are kept."""
    row = editing.set_archived(session, workspace.id, objective_id, True, actor)
    return cycles.read_objective(session, row)


@router.delete("/objectives/{objective_id}/archive", response_model=ObjectiveRead)
def restore_objective(
    objective_id: int, workspace: ReaderWorkspaceDep, actor: ActorDep, session: SessionDep
) -> ObjectiveRead:
    """Bring an archived objective back, with its KRs and check-ins."""
    row = editing.set_archived(session, workspace.id, objective_id, False, actor)
    return cycles.read_objective(session, row)


@router.patch("/key-results/{kr_id}", response_model=KeyResultRead)
def edit_key_result(
    kr_id: int,
    body: KeyResultUpdate,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    session: SessionDep,
) -> KeyResultRead:
    """Change a cycle's KR: a new sentence is a new revision (with `reason`); weight and
    scoring change in place."""
    editing.update_key_result(session, workspace.id, kr_id, body, actor)
    return cycles.read_key_result(session, workspace.id, kr_id)
