"""The ideas board: every idea ranked by demand, found and sliced by one search box and
filters that combine, with saved views and a CSV of what is on screen."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.review import SuggestionStatus
from models.shaping import ShapedIdea
from service.core.errors import DomainError
from service.http.deps import ContextDep, SessionDep
from service.ideas import saved_views, shape_store, shaping, themes
from service.ideas.slices import IdeaSlice, slice_from_pairs, slice_ideas
from service.ideas.views import IdeaSort
from service.review import store as review_store
from service.web.pages import PRIVATE_HEADERS, page_router, render, see_other
from service.web.session import FormUserDep, PageUser, PageUserDep
from triage.demand import weekly_counts
from triage.embedder import Embedder

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
# Preset MRR bands the filter offers (from, below); any other band works in the URL.
MRR_BANDS = (
    ("", "any"),
    ("0-500", "under $500"),
    ("500-2000", "$500–2k"),
    ("2000-10000", "$2k–10k"),
    ("10000-", "$10k and more"),
)


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


def board_query(request: Request) -> tuple[IdeaSlice, IdeaSort]:
    """The slice and ranking the URL asks for; a preset band sets both MRR bounds."""
    pairs = list(request.query_params.multi_items())
    key, value = (request.query_params.get(f"meta_{n}", "").strip() for n in ("key", "value"))
    if key and value:  # the form's two fields for one metadata filter
        pairs.append(("meta", f"{key}:{value}"))
    band = request.query_params.get("mrr_band", "")
    if band and "-" in band:
        low, high = band.split("-", 1)
        pairs = [(k, v) for k, v in pairs if k not in ("mrr_min", "mrr_max")]
        pairs += [("mrr_min", low), ("mrr_max", high)]
    sort = request.query_params.get("sort", "")
    ranking = IdeaSort(sort) if sort in BOARD_SORTS else IdeaSort.unique_requesters
    return slice_from_pairs(pairs), ranking


@router.get("/ideas", response_class=HTMLResponse)
def board(
    request: Request,
    user: PageUserDep,
    session: SessionDep,
    context: ContextDep,
    page: int = 1,
    view: str = "ideas",
) -> Response:
    if view == "themes":
        return theme_board(request, user, session)
    page = max(page, 1)
    try:
        query, ranking = board_query(request)
    except DomainError as exc:
        query, ranking = IdeaSlice(), IdeaSort.unique_requesters
        return _board(
            request,
            user,
            session,
            context.registry.embedder,
            query,
            ranking,
            1,
            exc.detail,
            exc.status,
        )
    return _board(request, user, session, context.registry.embedder, query, ranking, page)


def _board(
    request: Request,
    user: PageUser,
    session: Session,
    embedder: Embedder,
    query: IdeaSlice,
    ranking: IdeaSort,
    page: int,
    alert: str | None = None,
    status: int = 200,
) -> Response:
    now = datetime.now(UTC)
    result = slice_ideas(
        session,
        user.workspace_id,
        query,
        embedder,
        ranking,
        True,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
        now,
        with_signals=True,
    )
    ideas = result.page
    rows = [
        {"idea": idea, "weeks": weekly_counts(result.signals.get(idea.id, []), now)}
        for idea in ideas.ideas
    ]
    filters = query.to_query()
    low, high = (f"{v:g}" if v is not None else "" for v in (query.mrr_min, query.mrr_max))
    chips = [
        (_chip_label(name, value), urlencode([p for p in query.pairs() if p != (name, value)]))
        for name, value in query.pairs()
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
            "segment": ideas.segment,
            "query": query,
            "filters": filters,
            "chips": chips,
            "sort": ranking,
            "sorts": BOARD_SORTS,
            "page": page,
            "pages": max(1, -(-ideas.total // PAGE_SIZE)),
            "offset": (page - 1) * PAGE_SIZE,
            "options": _options(session, user.workspace_id),
            "bands": MRR_BANDS,
            "band": f"{low}-{high}" if low or high else "",
            "views": saved_views.list_views(session, user.workspace_id),
            "alert": alert,
        },
        status,
    )


def _chip_label(name: str, value: str) -> str:
    labels = {"q": "search", "mrr_min": "MRR from $", "mrr_max": "MRR below $"}
    if name == "meta":
        return value.replace(":", ": ", 1)
    if name in ("mrr_min", "mrr_max"):
        return f"{labels[name]}{value}"
    return f"{labels.get(name, name)}: {value}"


def _options(session: Session, workspace_id: int) -> dict[str, list[str]]:
    """What the filter menus offer: tags, channels and metadata columns in use."""
    return {
        "tags": shaping.workspace_tags(session, workspace_id),
        "sources": shape_store.channels(session, workspace_id),
        "meta_keys": shape_store.metadata_keys(session, workspace_id),
    }


CSV_COLUMNS = (
    "id",
    "title",
    "customer_title",
    "status",
    "tags",
    "people",
    "accounts",
    "mrr",
    "items",
    "last_30_days",
    "first_seen",
    "last_seen",
)


@router.get("/ideas.csv")
def board_csv(
    request: Request, user: PageUserDep, session: SessionDep, context: ContextDep
) -> Response:
    """Every idea the board's query keeps (all pages), with the segment's demand figures."""
    query, ranking = board_query(request)
    result = slice_ideas(
        session, user.workspace_id, query, context.registry.embedder, ranking, True, None
    )
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for idea in result.page.ideas:
        writer.writerow(_csv_row(idea))
    headers = {**PRIVATE_HEADERS, "Content-Disposition": 'attachment; filename="ideas.csv"'}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _csv_row(idea: ShapedIdea) -> list[object]:
    d = idea.demand
    return [
        idea.id,
        _cell(idea.title),
        _cell(idea.quote_title),
        idea.status,
        " ".join(idea.tags),
        d.unique_requesters,
        d.unique_accounts,
        round(d.revenue, 2),
        d.item_count,
        d.trend.last_30_days,
        d.first_seen.date().isoformat() if d.first_seen else "",
        d.last_seen.date().isoformat() if d.last_seen else "",
    ]


def _cell(text: str) -> str:
    """Keep a spreadsheet from running a cell that starts like a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@router.post("/ideas/views", response_class=HTMLResponse)
def save_view(
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    context: ContextDep,
    name: Annotated[str, Form(max_length=100)] = "",
    query: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Save the board's current query under a name for the whole workspace."""
    try:
        view = saved_views.save_view(session, user.workspace_id, name, query, user.actor)
    except DomainError as exc:
        current = slice_from_pairs(parse_qsl(query))
        ranking = IdeaSort.unique_requesters
        return _board(
            request,
            user,
            session,
            context.registry.embedder,
            current,
            ranking,
            1,
            exc.detail,
            exc.status,
        )
    return see_other(request, f"/ideas?{view.query}", f"Saved the view “{view.name}”.")


@router.post("/ideas/views/{view_id}/delete", response_class=HTMLResponse)
def delete_view(view_id: int, request: Request, user: FormUserDep, session: SessionDep) -> Response:
    saved_views.delete_view(session, user.workspace_id, view_id)
    return see_other(request, "/ideas", "The saved view was deleted.")


def theme_board(request: Request, user: PageUser, session: Session) -> Response:
    """Themes with the demand of all their ideas (each person counted once), expandable."""
    page = themes.list_themes(session, user.workspace_id)
    return workspace_page(
        request, session, user, "web/themes.html", "ideas", {"themes": page.themes}
    )
