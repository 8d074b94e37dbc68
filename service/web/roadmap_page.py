"""The roadmap: the signed-in view, and the public page anyone may read when the workspace
allows it (only RoadmapEntry fields: no people, accounts or revenue)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from models.tables import Workspace
from service.http.deps import SessionDep
from service.ideas import lifecycle
from service.web.board import workspace_page
from service.web.pages import page_router, render
from service.web.session import PageUserDep
from service.workspaces import store as workspace_store

router = page_router()

COLUMNS = (("planned", "Planned"), ("in_progress", "In progress"), ("shipped", "Shipped"))


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
    roadmap = lifecycle.public_roadmap(session, workspace_name)
    return render(
        request,
        "web/public_roadmap.html",
        {"roadmap": roadmap, "columns": COLUMNS, "user": None},
        public=True,
    )
