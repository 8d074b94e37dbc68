"""Saved views: named board queries a workspace shares."""

from __future__ import annotations

from fastapi import APIRouter, Response

from models.shaping import SavedViewCreate, SavedViewRead
from service.http.deps import ActorDep, ReaderWorkspaceDep, SessionDep
from service.ideas import saved_views

router = APIRouter(tags=["ideas"])


@router.get("/saved-views", response_model=list[SavedViewRead])
def list_views(session: SessionDep, workspace: ReaderWorkspaceDep) -> list[SavedViewRead]:
    """The workspace's saved views by name; open one as `/ideas?<query>`."""
    return saved_views.list_views(session, workspace.id)


@router.post("/saved-views", response_model=SavedViewRead, status_code=201)
def save_view(
    body: SavedViewCreate, session: SessionDep, workspace: ReaderWorkspaceDep, actor: ActorDep
) -> SavedViewRead:
    """Save a board query (the same parameters as GET /ideas) under a name (409 if taken)."""
    return saved_views.save_view(session, workspace.id, body.name, body.query, actor)


@router.delete("/saved-views/{view_id}", status_code=204)
def delete_view(view_id: int, session: SessionDep, workspace: ReaderWorkspaceDep) -> Response:
    saved_views.delete_view(session, workspace.id, view_id)
    return Response(status_code=204)
