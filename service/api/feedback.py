"""Feedback in: store and decide, in bulk, or decide only."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from models.schemas import (
    BulkFeedbackCreate,
    BulkFeedbackResult,
    DedupeRequest,
    FeedbackCreate,
    FeedbackResult,
)
from service.http.deps import ContextDep, SessionDep, WorkspaceDep

router = APIRouter(tags=["feedback"])


@router.post("/feedback", response_model=FeedbackResult, status_code=status.HTTP_201_CREATED)
def create_feedback(
    body: FeedbackCreate,
    workspace: WorkspaceDep,
    context: ContextDep,
    session: SessionDep,
    response: Response,
) -> FeedbackResult:
    """Store one item and decide: exact_duplicate, auto_merge, review or new.

    Idempotent on (source, external_id): a repeat returns the stored answer with status 200.
    """
    with context.ingestor.ingesting(session, workspace, [body]) as results:
        session.commit()  # under the workspace lock: the next decision sees this item
    result = results[0]
    if result.duplicate_request:
        response.status_code = status.HTTP_200_OK
    return result


@router.post("/feedback/bulk", response_model=BulkFeedbackResult)
def create_feedback_bulk(
    body: BulkFeedbackCreate, workspace: WorkspaceDep, context: ContextDep, session: SessionDep
) -> BulkFeedbackResult:
    """Store many items in one transaction; one answer per item, in input order."""
    with context.ingestor.ingesting(session, workspace, body.items) as results:
        session.commit()  # under the workspace lock: the next decision sees these items
    return BulkFeedbackResult(results=results)


@router.post("/dedupe", response_model=FeedbackResult)
def dedupe(
    body: DedupeRequest, workspace: WorkspaceDep, context: ContextDep, session: SessionDep
) -> FeedbackResult:
    """The decision a text would get, without storing anything."""
    return context.ingestor.decide_text(session, workspace.id, body.text)
