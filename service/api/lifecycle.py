"""Idea lifecycle: status changes with public notes, their history, and the roadmap."""

from __future__ import annotations

from fastapi import APIRouter

from models.schemas import IdeaStatus, Roadmap, StatusChangeCreate, StatusChangeRead
from service.core.errors import NotFound
from service.http.deps import ActorDep, ContextDep, ReaderWorkspaceDep, SessionDep
from service.ideas import lifecycle
from service.ideas import store as idea_store
from service.review import siblings

router = APIRouter(tags=["lifecycle"])


@router.post("/ideas/{idea_id}/status", response_model=StatusChangeRead, status_code=201)
def change_status(
    idea_id: int,
    body: StatusChangeCreate,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
    context: ContextDep,
) -> StatusChangeRead:
    """Move an idea along open → planned → in_progress → shipped (or declined).

    Reaching a status the workspace notifies on (shipped by default) queues one message per
    person behind the idea, merged duplicates included. Shipping while sibling ideas that are
    probably the same request are still open answers 409 open_siblings, unless
    ship_with_open_siblings is set.
    """
    if body.status == IdeaStatus.shipped and not body.ship_with_open_siblings:
        centres, review = context.ingestor.idea_centres(session, workspace.id)
        siblings.guard_ship(session, workspace.id, idea_id, centres, review)
    change = lifecycle.change_status(session, workspace.id, idea_id, body.status, body.note, actor)
    return StatusChangeRead.model_validate(change)


@router.get("/ideas/{idea_id}/history", response_model=list[StatusChangeRead])
def history(
    idea_id: int, session: SessionDep, workspace: ReaderWorkspaceDep
) -> list[StatusChangeRead]:
    if idea_store.get_idea(session, workspace.id, idea_id) is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    return [
        StatusChangeRead.model_validate(c)
        for c in lifecycle.history(session, workspace.id, idea_id)
    ]


@router.get("/roadmap", response_model=Roadmap)
def roadmap(session: SessionDep, workspace: ReaderWorkspaceDep) -> Roadmap:
    """Planned, in-progress and shipped ideas, as the public roadmap shows them."""
    return lifecycle.roadmap(session, workspace)
