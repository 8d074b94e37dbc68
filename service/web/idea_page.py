"""One idea: its demand, items and people, its status history, and the forms that change it
(status with a public note, merge into another idea, split items out, unmerge one item)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.db import unit_of_work
from models.demand import Demand
from models.schemas import IdeaStatus
from models.shaping import IdeaShapeUpdate
from service.core.errors import Conflict, DomainError, InvalidInput, NotFound
from service.http.deps import ContextDep, SessionDep
from service.ideas import lifecycle, shaping, theme_store, themes
from service.ideas import store as idea_store
from service.ideas.people import PeopleSort, people_of_idea
from service.ideas.views import idea_detail
from service.notify import verdicts
from service.review import actions as review
from service.review import siblings
from service.review import store as review_store
from service.web.board import workspace_page
from service.web.pages import STATUS_LABELS, page_router, see_other
from service.web.session import FormUserDep, PageUser, PageUserDep
from service.workspaces import store as workspace_store
from service.workspaces.people import actor_names
from triage.dedupe import ThresholdPair
from triage.demand import weekly_counts

router = page_router()

ITEMS_PER_PAGE = 25
PEOPLE_SHOWN = 25  # the rest behind "Show all", so a big idea's page stays short


def idea_page(
    request: Request,
    session: Session,
    user: PageUser,
    idea_id: int,
    alert: str | None = None,
    status: int = 200,
    ship_anyway: bool = False,
) -> Response:
    """Render the idea page, optionally with an alert from a failed action (and, after a ship
    refused for open siblings, the button that ships anyway). `page` and `people` in the URL
    choose the page of items and how the people table is sorted."""
    now = datetime.now(UTC)
    page = _page_number(request.query_params.get("page", "1"))
    order = request.query_params.get("people", "items")
    people_sort = PeopleSort(order) if order in set(PeopleSort) else PeopleSort.items
    offset = (page - 1) * ITEMS_PER_PAGE
    detail = idea_detail(session, user.workspace_id, idea_id, ITEMS_PER_PAGE, now, offset)
    pages = max(1, -(-detail.item_count // ITEMS_PER_PAGE))
    if page > pages:  # past the end (items moved away since the link was made): the last page
        page, offset = pages, (pages - 1) * ITEMS_PER_PAGE
        detail = idea_detail(session, user.workspace_id, idea_id, ITEMS_PER_PAGE, now, offset)
    idea = idea_store.get_idea(session, user.workspace_id, idea_id)
    assert idea is not None  # idea_detail raised NotFound otherwise
    signals = idea_store.demand_signals(session, user.workspace_id, idea_id).get(idea_id, [])
    behind = people_of_idea(session, user.workspace_id, idea_id, people_sort)
    shape = None if idea.merged_into_id else shaping.read_shape(session, user.workspace_id, idea_id)
    settings = workspace_store.read_settings(session, user.workspace_id)
    history = lifecycle.history(session, user.workspace_id, idea_id)
    return workspace_page(
        request,
        session,
        user,
        "web/idea.html",
        "ideas",
        {
            "idea": detail,
            "merged_into": idea.merged_into_id,
            "weeks": weekly_counts(signals, now),
            "people": behind.people,
            "accounts": behind.accounts,
            "people_shown": None if request.query_params.get("everyone") else PEOPLE_SHOWN,
            "anonymous": behind.anonymous,
            "people_sort": people_sort,
            "page": page,
            "pages": pages,
            "offset": offset,
            "shape": shape,
            "shown_title": shape.pm_title if shape and shape.pm_title else detail.title,
            "history": history,
            "actor_names": actor_names(session, [c.actor for c in history]),
            "notify_statuses": [str(s) for s in settings.notify_statuses],
            "status_labels": STATUS_LABELS,
            "alert": alert,
            "ship_anyway": ship_anyway,
            "theme_id": idea.theme_id,
            "all_themes": theme_store.themes(session, user.workspace_id),
            "verdicts": verdicts.summary(session, user.workspace_id, idea_id),
        },
        status,
    )


def _page_number(value: str) -> int:
    return max(int(value), 1) if value.isdigit() and len(value) < 7 else 1


@router.get("/ideas/{idea_id}", response_class=HTMLResponse)
def show(idea_id: int, request: Request, user: PageUserDep, session: SessionDep) -> Response:
    return idea_page(request, session, user, idea_id)


@router.post("/ideas/{idea_id}/shape", response_class=HTMLResponse)
def shape(
    idea_id: int,
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    title: Annotated[str, Form(max_length=200)] = "",
    description: Annotated[str, Form(max_length=20_000)] = "",
    notes: Annotated[str, Form(max_length=20_000)] = "",
    tags: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Save the PM's title, description, notes and tags (comma-separated) in one go."""
    try:
        change = _shape_update(title, description, notes, tags)
        shaped = shaping.shape_idea(session, user.workspace_id, idea_id, change, user.actor)
    except DomainError as exc:
        return idea_page(request, session, user, idea_id, exc.detail, exc.status)
    message = "Saved." + (" The roadmap and e-mails use this title." if shaped.pm_title else "")
    return see_other(request, f"/ideas/{idea_id}", message)


def _shape_update(title: str, description: str, notes: str, tags: str) -> IdeaShapeUpdate:
    values = {
        "title": title,
        "description": description,
        "notes": notes,
        "tags": [t for t in tags.split(",") if t.strip()],
    }
    try:
        return IdeaShapeUpdate.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"][:1])
        raise InvalidInput(f"{field}: {first['msg']}", code="invalid_shape") from None


@router.post("/ideas/{idea_id}/status", response_class=HTMLResponse)
def change_status(
    idea_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    status: Annotated[str, Form(max_length=20)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    ship_with_open_siblings: Annotated[bool, Form()] = False,
) -> Response:
    """Move the idea along its lifecycle; statuses the workspace notifies on queue messages.
    Shipping while probable duplicates are still open asks first."""
    try:
        target = _status(status)
        if target == IdeaStatus.shipped and not ship_with_open_siblings:
            centres, review = context.ingestor.idea_centres(session, user.workspace_id)
            siblings.guard_ship(session, user.workspace_id, idea_id, centres, review)
        with unit_of_work(context.factory) as writing:
            lifecycle.change_status(writing, user.workspace_id, idea_id, target, note, user.actor)
            notifies = (
                target in workspace_store.read_settings(writing, user.workspace_id).notify_statuses
            )
    except DomainError as exc:
        ship_anyway = exc.code == "open_siblings"
        return idea_page(request, session, user, idea_id, exc.detail, exc.status, ship_anyway)
    message = f"Marked as {STATUS_LABELS[target]}."
    if notifies:
        message += " Everyone who asked for it will be notified."
    return see_other(request, f"/ideas/{idea_id}", message)


def _status(value: str) -> IdeaStatus:
    try:
        return IdeaStatus(value)
    except ValueError:
        raise InvalidInput(f"Unknown status {value!r}.", code="invalid_status") from None


@router.post("/ideas/{idea_id}/merge", response_class=HTMLResponse)
def merge(
    idea_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    into_idea_id: Annotated[int | None, Form()] = None,
    into_idea_number: Annotated[int | None, Form()] = None,
) -> Response:
    """Fold this idea into another one (picked from a search or typed as its number)."""
    into_idea_id = into_idea_id or into_idea_number
    try:
        if into_idea_id is None:
            raise InvalidInput("Pick the idea to merge into.", code="no_target")
        with context.membership_change(user.workspace_id, session) as writing:
            review.merge_ideas(writing, user.workspace_id, idea_id, into_idea_id, user.actor)
    except DomainError as exc:
        return idea_page(request, session, user, idea_id, exc.detail, exc.status)
    return see_other(
        request, f"/ideas/{into_idea_id}", f"Idea #{idea_id} was merged into this one."
    )


@router.post("/ideas/{idea_id}/split", response_class=HTMLResponse)
def split(
    idea_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    item_ids: Annotated[list[int] | None, Form()] = None,
    title: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Move the ticked items into a new idea."""
    try:
        if not item_ids:
            raise InvalidInput("Tick the items to split out first.", code="no_items")
        with context.membership_change(user.workspace_id, session) as writing:
            result = review.split_items(
                writing, user.workspace_id, idea_id, item_ids, user.actor, title.strip() or None
            )
    except DomainError as exc:
        return idea_page(request, session, user, idea_id, exc.detail, exc.status)
    count = len(result.moved_item_ids)
    return see_other(
        request,
        f"/ideas/{result.idea_id}",
        f"{count} item{'' if count == 1 else 's'} split out of idea #{idea_id} into this new idea.",
    )


@router.post("/ideas/{idea_id}/items/{item_id}/unmerge", response_class=HTMLResponse)
def unmerge(
    idea_id: int,
    item_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
) -> Response:
    """Take one item out of this idea (undo an automatic merge), showing the demand change."""
    try:
        with context.membership_change(user.workspace_id, session) as writing:
            message = unmerge_item(writing, user, item_id, context.settings.thresholds())
    except DomainError as exc:
        return idea_page(request, session, user, idea_id, exc.detail, exc.status)
    return see_other(request, f"/ideas/{idea_id}", message)


def unmerge_item(session: Session, user: PageUser, item_id: int, defaults: ThresholdPair) -> str:
    """Unmerge an item; the message gives its old idea's demand before and after."""
    ideas = review_store.item_ideas(session, user.workspace_id, [item_id])
    if item_id not in ideas:
        raise NotFound(f"No feedback item {item_id} here.", code="item_not_found")
    idea_id = ideas[item_id]
    if idea_id is None:
        raise Conflict(f"Item {item_id} is not merged with anything.", code="not_merged")
    before = idea_detail(session, user.workspace_id, idea_id, 0).demand
    result = review.unmerge_item(session, user.workspace_id, item_id, user.actor, defaults)
    session.flush()
    after = idea_detail(session, user.workspace_id, idea_id, 0).demand
    return (
        f"Item #{item_id} left idea #{idea_id} and now stands as idea #{result.idea_id}. "
        f"Idea #{idea_id}: {demand_change(before, after)}."
    )


def demand_change(before: Demand, after: Demand) -> str:
    """'people 5 → 4, accounts 3 → 2, MRR $900 → $600, items 6 → 5'."""
    return ", ".join(
        f"{label} {fmt(getattr(before, name))} → {fmt(getattr(after, name))}"
        for label, name, fmt in (
            ("people", "unique_requesters", str),
            ("accounts", "unique_accounts", str),
            ("MRR", "revenue", lambda v: f"${v:,.0f}"),
            ("items", "item_count", str),
        )
    )


@router.post("/ideas/{idea_id}/theme", response_class=HTMLResponse)
def move_to_theme(
    idea_id: int,
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    theme_id: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    """Put the idea in another theme, or one of its own ("new"); re-clustering keeps it."""
    try:
        target = None if theme_id in ("", "new") else _number(theme_id)
        moved = themes.move_idea(session, user.workspace_id, idea_id, target, user.actor)
    except DomainError as exc:
        return idea_page(request, session, user, idea_id, exc.detail, exc.status)
    return see_other(request, f"/ideas/{idea_id}", f"Moved to the theme “{moved.title}”.")


def _number(value: str) -> int:
    if not value.isdigit():
        raise InvalidInput(f"Unknown theme {value!r}.", code="theme_not_found")
    return int(value)
