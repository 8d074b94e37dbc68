"""Ideas: the deduplicated groups, with counts."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from models.schemas import FeedbackRead, IdeaDetail, IdeaPage, IdeaSummary
from service.api.deps import SessionDep, WorkspaceDep
from service.errors import NotFound
from service.store import feedback as feedback_store
from service.store import ideas as idea_store
from service.store.ideas import IdeaSort

router = APIRouter(tags=["ideas"])


def _summary(row: tuple) -> IdeaSummary:
    idea, count, last_seen = row
    return IdeaSummary(
        id=idea.id,
        title=idea.title,
        status=idea.status,
        item_count=count,
        created_at=idea.created_at,
        last_seen=last_seen,
    )


@router.get("/ideas", response_model=IdeaPage)
def list_ideas(
    session: SessionDep,
    workspace: WorkspaceDep,
    sort: IdeaSort = IdeaSort.item_count,
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> IdeaPage:
    """Ideas with their item counts, sorted by any column."""
    rows, total = idea_store.list_ideas(session, workspace.id, sort, order == "desc", limit, offset)
    return IdeaPage(ideas=[_summary(r) for r in rows], total=total)


@router.get("/ideas/{idea_id}", response_model=IdeaDetail)
def get_idea(
    idea_id: int,
    session: SessionDep,
    workspace: WorkspaceDep,
    items: Annotated[int, Query(ge=0, le=1000)] = 100,
) -> IdeaDetail:
    """One idea with its newest items (up to `items`)."""
    row = idea_store.get_idea(session, workspace.id, idea_id)
    if row is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    members = [
        FeedbackRead(
            id=item.id,
            idea_id=item.idea_id,
            text=item.text,
            source=item.source,
            external_id=item.external_id,
            created_at=item.created_at,
            decision=item.decision,
            requester=requester,
            account=account,
        )
        for item, requester, account in feedback_store.items_of_idea(
            session, workspace.id, idea_id, items
        )
    ]
    return IdeaDetail(**_summary(row).model_dump(), items=members)
