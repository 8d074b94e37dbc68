"""The review queue: answer suggestions (accept, reject, new idea, another idea), bulk accept,
undo, and check recent automatic merges. Actions answer htmx with the re-rendered queue and
plain form posts with a redirect, so the page works with and without JavaScript."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Form, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.review import ActionResult
from service.context import AppContext
from service.core.errors import DomainError, InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.ideas.views import search_ideas
from service.review import actions as review
from service.review import queue as review_queue
from service.web.idea_page import unmerge_item
from service.web.pages import is_htmx, page_router, render, see_other
from service.web.session import FormUserDep, PageUser, PageUserDep

router = page_router()

QUEUE_SIZE = 50
AUTO_MERGES_SHOWN = 10
CHOICE_FIELDS = {"idea_id", "into_idea_id"}  # form fields the idea search may fill


# Feedback newer than a week reads as an age, older as its date.
RECENT = (("minute", 60, 3600), ("hour", 3600, 86400), ("day", 86400, 7 * 86400))


def arrived(when: datetime, now: datetime) -> str:
    """When feedback arrived, as a PM reads it: "2 hours ago" within a week, else the date."""
    seconds = (now - (when if when.tzinfo else when.replace(tzinfo=UTC))).total_seconds()
    if seconds < 60:
        return "just now"
    for unit, size, within in RECENT:
        if seconds < within:
            count = int(seconds // size)
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    return f"{when.day} {when:%b %Y}"


def queue_context(session: Session, user: PageUser) -> dict[str, Any]:
    page = review_queue.list_queue(session, user.workspace_id, limit=QUEUE_SIZE)
    now = datetime.now(UTC)
    return {
        "suggestions": page.suggestions,
        "arrived": {s.id: arrived(s.item.created_at, now) for s in page.suggestions},
        "pending": page.total,
        "auto_merges": review_queue.recent_auto_merges(
            session, user.workspace_id, AUTO_MERGES_SHOWN
        ),
        "nav": "review",
    }


@router.get("/review", response_class=HTMLResponse)
def queue_page(
    request: Request, user: PageUserDep, session: SessionDep, context: ContextDep
) -> Response:
    merges = context.ingestor.merges_on_similarity(session, user.workspace_id)
    return render(
        request, "web/review.html", queue_context(session, user) | {"similar_merges": merges}
    )


@router.get("/review/ideas", response_class=HTMLResponse)
def idea_choices(
    request: Request,
    user: PageUserDep,
    session: SessionDep,
    context: ContextDep,
    q: Annotated[str, Query(max_length=200)] = "",
    field: str = "idea_id",
    exclude: int | None = None,
    suggestion: int | None = None,
) -> Response:
    """Ideas matching what was typed (by meaning or words), as radio buttons for a redirect or
    merge form."""
    embedder = context.registry.embedder
    found = search_ideas(session, user.workspace_id, q, embedder, 11) if q.strip() else []
    return render(
        request,
        "web/_idea_choices.html",
        {
            "choices": [c for c in found if c.id != exclude][:10],
            "field": field if field in CHOICE_FIELDS else "idea_id",
            "prefix": f"s{suggestion}" if suggestion else "m",
            "q": q.strip(),
        },
    )


Action = Callable[[Session], str]


def _act(
    request: Request, context: AppContext, session: Session, user: PageUser, action: Action
) -> Response:
    """Run one queue action through the request's session, committed under the workspace
    lock, and answer with the queue or a redirect."""
    try:
        with context.membership_change(user.workspace_id, session) as writing:
            message = action(writing)
    except DomainError as exc:
        return _after(request, session, user, exc.detail, "error", exc.status)
    if is_htmx(request):
        return _after(request, session, user, message, "ok", 200)
    return see_other(request, "/review", message)


def _after(
    request: Request, session: Session, user: PageUser, notice: str, kind: str, status: int
) -> Response:
    """The queue as the action left it: a fragment for htmx, else the whole page."""
    values = queue_context(session, user)
    if is_htmx(request):
        values |= {"notice": notice, "notice_kind": kind, "oob": True}
        return render(request, "web/_queue.html", values, status)
    return render(request, "web/review.html", {**values, "alert": notice}, status)


def _answered(session: Session, user: PageUser, suggestion_id: int) -> tuple[str, str]:
    """The item's text and the candidate idea's title, for the message after an action."""
    suggestion = review_queue.get_suggestion(session, user.workspace_id, suggestion_id)
    text = suggestion.item.text
    return (text if len(text) <= 80 else text[:77] + "…"), suggestion.idea.title


@router.post("/review/{suggestion_id}/accept", response_class=HTMLResponse)
def accept(
    suggestion_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
) -> Response:
    def action(writing: Session) -> str:
        text, title = _answered(writing, user, suggestion_id)
        review.accept(
            writing, user.workspace_id, suggestion_id, user.actor, context.settings.thresholds()
        )
        return f"Accepted: “{text}” joined “{title}”."

    return _act(request, context, session, user, action)


@router.post("/review/{suggestion_id}/reject", response_class=HTMLResponse)
def reject(
    suggestion_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
) -> Response:
    def action(writing: Session) -> str:
        text, title = _answered(writing, user, suggestion_id)
        review.reject(
            writing, user.workspace_id, suggestion_id, user.actor, context.settings.thresholds()
        )
        return f"Rejected: “{text}” is not “{title}”; it will not be suggested again."

    return _act(request, context, session, user, action)


@router.post("/review/{suggestion_id}/new-idea", response_class=HTMLResponse)
def new_idea(
    suggestion_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    title: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    def action(writing: Session) -> str:
        text, _ = _answered(writing, user, suggestion_id)
        result = review.new_idea(
            writing,
            user.workspace_id,
            suggestion_id,
            user.actor,
            context.settings.thresholds(),
            title.strip() or None,
        )
        return f"“{text}” now stands as idea #{result.idea_id}."

    return _act(request, context, session, user, action)


@router.post("/review/{suggestion_id}/redirect", response_class=HTMLResponse)
def redirect(
    suggestion_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    idea_id: Annotated[int | None, Form()] = None,
) -> Response:
    def action(writing: Session) -> str:
        if idea_id is None:
            raise InvalidInput("Pick the idea this feedback belongs to.", code="no_target")
        text, _ = _answered(writing, user, suggestion_id)
        review.redirect(
            writing,
            user.workspace_id,
            suggestion_id,
            idea_id,
            user.actor,
            context.settings.thresholds(),
        )
        return f"Moved: “{text}” joined idea #{idea_id}."

    return _act(request, context, session, user, action)


@router.post("/review/bulk-accept", response_class=HTMLResponse)
def bulk_accept(
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    suggestion_ids: Annotated[list[int] | None, Form()] = None,
) -> Response:
    def action(writing: Session) -> str:
        if not suggestion_ids:
            raise InvalidInput("Tick the suggestions to accept first.", code="no_suggestions")
        done = review.bulk_accept(
            writing, user.workspace_id, suggestion_ids, user.actor, context.settings.thresholds()
        )
        return f"Accepted {len(done)} suggestion{'' if len(done) == 1 else 's'}."

    return _act(request, context, session, user, action)


@router.post("/review/undo", response_class=HTMLResponse)
def undo_last(
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
) -> Response:
    def action(writing: Session) -> str:
        return "Undone. " + _moved(
            review.undo_last(writing, user.workspace_id, user.actor, context.settings.thresholds())
        )

    return _act(request, context, session, user, action)


def _moved(result: ActionResult) -> str:
    if not result.moved_item_ids:
        return "No feedback moved; the answer is back in the queue."
    items = ", ".join(f"#{i}" for i in result.moved_item_ids)
    where = f" back to idea #{result.idea_id}" if result.idea_id else " back"
    return f"Item{'' if len(result.moved_item_ids) == 1 else 's'} {items} moved{where}."


@router.post("/review/auto-merges/{item_id}/undo", response_class=HTMLResponse)
def undo_auto_merge(
    item_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
) -> Response:
    """Take an automatically merged item out of its idea again."""
    return _act(
        request,
        context,
        session,
        user,
        lambda writing: unmerge_item(writing, user, item_id, context.settings.thresholds()),
    )
