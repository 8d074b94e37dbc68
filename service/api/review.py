"""The PM review queue, merges, splits, undo and the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from models.review import (
    ActionResult,
    AuditRead,
    AutoMergeRead,
    BulkAcceptRequest,
    IdeaChoice,
    MergeRequest,
    NewIdeaRequest,
    RedirectRequest,
    ReviewStats,
    SplitRequest,
    SuggestionPage,
    SuggestionRead,
    SuggestionStatus,
)
from service.core import audit_store
from service.feedback import calibration
from service.http.deps import ActorDep, ContextDep, ReaderWorkspaceDep, SessionDep
from service.ideas import views as idea_views
from service.review import actions as review
from service.review import queue as review_queue
from service.review.changes import UNDOABLE

router = APIRouter(tags=["review"])
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


@router.get("/review", response_model=SuggestionPage)
def list_queue(
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    status: SuggestionStatus = SuggestionStatus.pending,
    limit: Limit = 50,
    offset: Offset = 0,
) -> SuggestionPage:
    """Suggestions, likeliest duplicates first, each with the candidate idea's demand."""
    return review_queue.list_queue(session, workspace.id, status, limit, offset)


@router.get("/review/stats", response_model=ReviewStats)
def stats(context: ContextDep, session: SessionDep, workspace: ReaderWorkspaceDep) -> ReviewStats:
    """PM verdicts so far, auto-merge precision against them, and the learned thresholds."""
    merges = context.ingestor.merges_on_similarity(session, workspace.id)
    return calibration.stats(session, workspace.id, context.settings.thresholds(), merges)


@router.get("/review/auto-merges", response_model=list[AutoMergeRead])
def auto_merges(
    session: SessionDep, workspace: ReaderWorkspaceDep, limit: Limit = 20
) -> list[AutoMergeRead]:
    """The newest automatic merges still in place (undo one with POST /feedback/{id}/unmerge)."""
    return review_queue.recent_auto_merges(session, workspace.id, limit)


@router.get("/review/{suggestion_id}", response_model=SuggestionRead)
def get_suggestion(
    suggestion_id: int, session: SessionDep, workspace: ReaderWorkspaceDep
) -> SuggestionRead:
    return review_queue.get_suggestion(session, workspace.id, suggestion_id)


@router.post("/review/{suggestion_id}/accept", response_model=ActionResult)
def accept(
    suggestion_id: int,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """A duplicate: the item joins the suggested idea."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.accept(session, workspace.id, suggestion_id, actor, defaults)


@router.post("/review/{suggestion_id}/reject", response_model=ActionResult)
def reject(
    suggestion_id: int,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """Not a duplicate: never suggested again for this pair."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.reject(session, workspace.id, suggestion_id, actor, defaults)


@router.post("/review/{suggestion_id}/redirect", response_model=ActionResult)
def redirect(
    suggestion_id: int,
    body: RedirectRequest,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """A duplicate of another idea (find one with GET /ideas:search)."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.redirect(session, workspace.id, suggestion_id, body.idea_id, actor, defaults)


@router.post("/review/{suggestion_id}/new-idea", response_model=ActionResult)
def new_idea(
    suggestion_id: int,
    body: NewIdeaRequest,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """Something new: the item becomes an idea of its own."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.new_idea(session, workspace.id, suggestion_id, actor, defaults, body.title)


@router.post("/review:bulk-accept", response_model=list[ActionResult])
def bulk_accept(
    body: BulkAcceptRequest,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> list[ActionResult]:
    """Accept many; all or nothing (409 if any was already answered)."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.bulk_accept(session, workspace.id, body.suggestion_ids, actor, defaults)


@router.post("/review:undo-last", response_model=ActionResult)
def undo_last(
    context: ContextDep, session: SessionDep, workspace: ReaderWorkspaceDep, actor: ActorDep
) -> ActionResult:
    """Undo your own most recent action (the queue's `u` key)."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.undo_last(session, workspace.id, actor, defaults)


@router.get("/ideas:search", response_model=list[IdeaChoice])
def search_ideas(
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[IdeaChoice]:
    """Ideas by meaning and by words (title, keywords, items' texts), best first."""
    return idea_views.search_ideas(session, workspace.id, q, context.registry.embedder, limit)


@router.post("/ideas/{idea_id}/merge", response_model=ActionResult)
def merge(
    idea_id: int,
    body: MergeRequest,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """Merge this idea into another: its items, people and demand move there."""
    with context.membership_change(workspace.id, session):
        return review.merge_ideas(session, workspace.id, idea_id, body.into_idea_id, actor)


@router.post("/ideas/{idea_id}/split", response_model=ActionResult)
def split(
    idea_id: int,
    body: SplitRequest,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """Move some of an idea's items into a new idea."""
    with context.membership_change(workspace.id, session):
        return review.split_items(session, workspace.id, idea_id, body.item_ids, actor, body.title)


@router.post("/feedback/{item_id}/unmerge", response_model=ActionResult)
def unmerge(
    item_id: int,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """Undo a merge of one item (automatic or not): it becomes an idea of its own."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.unmerge_item(session, workspace.id, item_id, actor, defaults)


@router.get("/audit", response_model=list[AuditRead])
def audit_log(
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    target_type: str | None = None,
    target_id: int | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> list[AuditRead]:
    """Every change, newest first: who, when, what, before and after."""
    target = (target_type, target_id) if target_type and target_id is not None else None
    return [
        AuditRead.model_validate(
            {
                **{c: getattr(e, c) for c in AuditRead.model_fields if c != "undoable"},
                "undoable": e.action in UNDOABLE and e.undone_by_id is None,
            }
        )
        for e in audit_store.entries(
            session, workspace.id, target=target, limit=limit, offset=offset
        )
    ]


@router.post("/audit/{entry_id}/undo", response_model=ActionResult)
def undo(
    entry_id: int,
    context: ContextDep,
    session: SessionDep,
    workspace: ReaderWorkspaceDep,
    actor: ActorDep,
) -> ActionResult:
    """Put back exactly the state before that change (409 if items moved since)."""
    defaults = context.settings.thresholds()
    with context.membership_change(workspace.id, session):
        return review.undo(session, workspace.id, entry_id, actor, defaults)
