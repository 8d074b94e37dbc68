"""The roadmap: the signed-in view, and the public page and JSON anyone may read when the
workspace allows it (only RoadmapEntry fields: no people, accounts or revenue)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.schemas import Roadmap
from models.tables import Workspace
from service.core.errors import NotFound
from service.http.deps import SessionDep
from service.ideas import lifecycle
from service.web.board import workspace_page
from service.web.pages import page_router, render
from service.web.session import PageUserDep
from service.workspaces import store as workspace_store

router = page_router()
public_api = APIRouter(tags=["roadmap"])

COLUMNS = (("planned", "Planned"), ("in_progress", "In progress"), ("shipped", "Shipped"))


def public_roadmap(session: Session, workspace_name: str) -> Roadmap:
    """The roadmap of a workspace that publishes it; 404 otherwise (unknown looks the same)."""
    workspace = workspace_store.get_workspace(session, workspace_name)
    if workspace is None or not workspace_store.read_settings(session, workspace.id).public_roadmap:
        raise NotFound(f"No public roadmap for {workspace_name!r}.", code="roadmap_not_found")
    return lifecycle.roadmap(session, workspace)


@router.get("/roadmap", response_class=HTMLResponse)
def roadmap_page(request: Request, user: PageUserDep, session: SessionDep) -> Response:
    workspace = session.get(Workspace, user.workspace_id)
    assert workspace is not None  # the session dependency checked it
    return workspace_page(
        request,
        session,
        user,
        "web/roadmap.html",
        "roadmap",
        {
            "roadmap": lifecycle.roadmap(session, workspace),
            "columns": COLUMNS,
            "published": workspace_store.read_settings(session, workspace.id).public_roadmap,
        },
    )


@router.get("/public/{workspace_name}/roadmap", response_class=HTMLResponse)
def public_roadmap_page(workspace_name: str, request: Request, session: SessionDep) -> Response:
    roadmap = public_roadmap(session, workspace_name)
    return render(
        request,
        "web/public_roadmap.html",
        {"roadmap": roadmap, "columns": COLUMNS, "user": None},
        public=True,
    )


@public_api.get("/public/{workspace_name}/roadmap.json", response_model=Roadmap)
def public_roadmap_json(workspace_name: str, session: SessionDep) -> Roadmap:
    """The public roadmap as JSON (no authentication; 404 unless the workspace publishes it)."""
    return public_roadmap(session, workspace_name)
