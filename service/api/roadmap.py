"""The public roadmap as JSON: no authentication, only RoadmapEntry fields."""

from __future__ import annotations

from fastapi import APIRouter

from models.schemas import Roadmap
from service.http.deps import SessionDep
from service.ideas import lifecycle

router = APIRouter(tags=["roadmap"])


@router.get("/public/{workspace_name}/roadmap.json", response_model=Roadmap)
def public_roadmap_json(workspace_name: str, session: SessionDep) -> Roadmap:
    """The public roadmap (404 unless the workspace publishes it)."""
    return lifecycle.public_roadmap(session, workspace_name)
