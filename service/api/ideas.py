"""Ideas: the deduplicated groups, with their demand."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from models.schemas import IdeaDetail, IdeaPage
from service.http.deps import ContextDep, ReaderWorkspaceDep, SessionDep
from service.ideas import views as idea_views
from service.ideas.views import IdeaSort

router = APIRouter(tags=["ideas"])


@router.get("/ideas", response_model=IdeaPage)
def list_ideas(
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    sort: IdeaSort = IdeaSort.item_count,
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> IdeaPage:
    """Ideas with item counts and demand (people, accounts, revenue, trend, channels); with
    `q`, only those matching it by meaning or words, best match first (`sort` is ignored)."""
    if q and q.strip():
        embedder = context.registry.embedder
        return idea_views.search_page(session, workspace.id, q, embedder, limit, offset)
    return idea_views.list_ideas(session, workspace.id, sort, order == "desc", limit, offset)


@router.get("/ideas/{idea_id}", response_model=IdeaDetail)
def get_idea(
    idea_id: int,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    items: Annotated[int, Query(ge=0, le=1000)] = 100,
) -> IdeaDetail:
    """One idea with its demand and its newest items (up to `items`)."""
    return idea_views.idea_detail(session, workspace.id, idea_id, items)
