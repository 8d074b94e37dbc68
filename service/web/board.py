"""The ideas board: every idea ranked by demand, with trend sparklines and status badges."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.review import SuggestionStatus
from service.http.deps import SessionDep
from service.ideas import store as idea_store
from service.ideas import themes
from service.ideas.views import IdeaSort, list_ideas
from service.review import store as review_store
from service.web.pages import page_router, render
from service.web.session import PageUser, PageUserDep
from triage.demand import weekly_counts

router = page_router()

PAGE_SIZE = 50
# The columns a PM ranks by, in the order the board shows them.
BOARD_SORTS = {
    IdeaSort.unique_requesters: "People",
    IdeaSort.unique_accounts: "Accounts",
    IdeaSort.revenue: "MRR",
    IdeaSort.item_count: "Items",
    IdeaSort.trend: "Last 30 days",
}


def pending_reviews(session: Session, workspace_id: int) -> int:
    """How many suggestions wait in the queue (shown in the navigation)."""
    return review_store.suggestions(session, workspace_id, SuggestionStatus.pending, 1, 0)[1]


def workspace_page(
    request: Request,
    session: Session,
    user: PageUser,
    name: str,
    nav: str,
    values: dict[str, Any],
    status: int = 200,
) -> HTMLResponse:
    """A signed-in page: its navigation tab lit and the review queue's count in the badge."""
    pending = pending_reviews(session, user.workspace_id)
    return render(request, name, {**values, "pending": pending, "nav": nav}, status)


@router.get("/ideas", response_class=HTMLResponse)
def board(
    request: Request,
    user: PageUserDep,
    session: SessionDep,
    sort: str = IdeaSort.unique_requesters,
    page: int = 1,
    view: str = "ideas",
) -> Response:
    if view == "themes":
        return theme_board(request, user, session)
    page = max(page, 1)
    ranking = IdeaSort(sort) if sort in BOARD_SORTS else IdeaSort.unique_requesters
    now = datetime.now(UTC)
    ideas = list_ideas(
        session, user.workspace_id, ranking, True, PAGE_SIZE, (page - 1) * PAGE_SIZE, now
    )
    signals = idea_store.demand_signals(session, user.workspace_id)
    rows = [
        {"idea": idea, "weeks": weekly_counts(signals.get(idea.id, []), now)}
        for idea in ideas.ideas
    ]
    return workspace_page(
        request,
        session,
        user,
        "web/board.html",
        "ideas",
        {
            "rows": rows,
            "total": ideas.total,
            "sort": ranking,
            "sorts": BOARD_SORTS,
            "page": page,
            "pages": max(1, -(-ideas.total // PAGE_SIZE)),
            "offset": (page - 1) * PAGE_SIZE,
        },
    )


def theme_board(request: Request, user: PageUser, session: Session) -> Response:
    """Themes with the demand of all their ideas (each person counted once), expandable."""
    page = themes.list_themes(session, user.workspace_id)
    return workspace_page(
        request, session, user, "web/themes.html", "ideas", {"themes": page.themes}
    )
