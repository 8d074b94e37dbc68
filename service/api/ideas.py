"""Ideas: the deduplicated groups, with their demand; sliced, searched and shaped."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from models.schemas import IdeaDetail
from models.shaping import IdeaShapeRead, IdeaShapeUpdate, ShapedIdeaPage
from service.http.deps import ActorDep, ContextDep, ReaderWorkspaceDep, SessionDep
from service.ideas import shaping, slices
from service.ideas import views as idea_views
from service.ideas.views import IdeaSort

router = APIRouter(tags=["ideas"])

Values = Annotated[list[str] | None, Query(max_length=200)]


@router.get("/ideas", response_model=ShapedIdeaPage)
def list_ideas(
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    sort: IdeaSort = IdeaSort.item_count,
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    q: Annotated[str | None, Query(max_length=200)] = None,
    status: Values = None,
    tag: Values = None,
    source: Values = None,
    account: Values = None,
    meta: Annotated[
        list[str] | None,
        Query(max_length=200, description="Item metadata, `key:value`, e.g. plan:pro."),
    ] = None,
    mrr_min: Annotated[float | None, Query(ge=0, description="Account MRR from (incl.)")] = None,
    mrr_max: Annotated[float | None, Query(ge=0, description="Account MRR below")] = None,
    since: date | None = None,
    until: Annotated[date | None, Query(description="Last day included.")] = None,
) -> ShapedIdeaPage:
    """Ideas with item counts and demand (people, accounts, revenue, trend, channels).

    `q` finds ideas by meaning or words (titles, PM wording, items), best match first (`sort`
    is then ignored). `status` and `tag` choose ideas; `source`, `account`, `meta`, the MRR
    band and the date range make a segment: demand is recomputed over matching items only and
    ideas without any drop out. Repeat a filter for alternatives; different filters combine."""
    query = slices.IdeaSlice(
        q=q or "",
        status=status or [],
        tag=tag or [],
        source=source or [],
        account=account or [],
        meta=meta or [],
        mrr_min=mrr_min,
        mrr_max=mrr_max,
        since=since,
        until=until,
    )
    embedder = context.registry.embedder
    result = slices.slice_ideas(
        session, workspace.id, query, embedder, sort, order == "desc", limit, offset
    )
    return result.page


@router.get("/ideas/{idea_id}", response_model=IdeaDetail)
def get_idea(
    idea_id: int,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    items: Annotated[int, Query(ge=0, le=1000)] = 100,
) -> IdeaDetail:
    """One idea with its demand and its newest items (up to `items`)."""
    return idea_views.idea_detail(session, workspace.id, idea_id, items)


@router.get("/ideas/{idea_id}/shape", response_model=IdeaShapeRead)
def read_shape(idea_id: int, session: SessionDep, workspace: ReaderWorkspaceDep) -> IdeaShapeRead:
    """The PM's title, description, tags and notes for the idea."""
    return shaping.read_shape(session, workspace.id, idea_id)


@router.patch("/ideas/{idea_id}", response_model=IdeaShapeRead)
def shape_idea(
    idea_id: int,
    body: IdeaShapeUpdate,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> IdeaShapeRead:
    """Set the idea's public title and Markdown description, its tags and internal notes.
    Fields left out stay; an empty string clears one. Re-clustering keeps them."""
    return shaping.shape_idea(session, workspace.id, idea_id, body, actor)
