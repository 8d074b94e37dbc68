"""\"One request?\": sibling ideas that are probably the same request, to merge with one key
(m) or keep apart (d); a merge is one audited action, so u (or the Undo button) takes it back."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from service.core.errors import DomainError, InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.review import actions as review
from service.review import siblings
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import FormUserDep, PageUserDep

router = page_router()

GROUPS_SHOWN = 20


@router.get("/review/siblings", response_class=HTMLResponse)
def siblings_page(
    request: Request, user: PageUserDep, session: SessionDep, context: ContextDep
) -> Response:
    centres, review = context.ingestor.idea_centres(session, user.workspace_id)
    groups = siblings.sibling_groups(session, user.workspace_id, centres, review, GROUPS_SHOWN)
    return workspace_page(request, session, user, "web/siblings.html", "review", {"groups": groups})


@router.post("/review/siblings/merge", response_class=HTMLResponse)
def merge(
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    idea_ids: Annotated[list[int], Form()],
    into_idea_id: Annotated[int, Form()],
) -> Response:
    """Fold the group into its biggest idea in one undoable action."""
    try:
        with context.membership_change(user.workspace_id) as writing:
            done = review.merge_siblings(
                writing, user.workspace_id, idea_ids, into_idea_id, user.actor
            )
    except DomainError as exc:
        return see_other(request, "/review/siblings", exc.detail, "error")
    moved = len(done.moved_item_ids)
    return see_other(
        request,
        "/review/siblings",
        f"Merged into idea #{into_idea_id} ({moved} items moved). Press u to undo.",
    )


@router.post("/review/siblings/dismiss", response_class=HTMLResponse)
def dismiss(
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    idea_ids: Annotated[list[int], Form()],
) -> Response:
    """Different requests: never offer this group again."""
    try:
        if len(idea_ids) < 2:
            raise InvalidInput("Nothing to keep apart.", code="unknown_ideas")
        siblings.dismiss(session, user.workspace_id, idea_ids, user.actor)
    except DomainError as exc:
        return see_other(request, "/review/siblings", exc.detail, "error")
    return see_other(request, "/review/siblings", "Kept apart; they will not be offered again.")
