"""What an identified customer does on the portal: post a request (through the one ingest
path), vote "me too" on an idea (a feedback item that makes them one of its requesters),
comment, and subscribe to its status changes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from models.portal import CommentRead, PortalPostResult, PostState, VoteResult
from models.portal_tables import PortalSettings
from models.schemas import DecisionKind, FeedbackCreate, IdeaStatus
from models.tables import Idea, Requester, Workspace
from service.core.errors import Conflict, Unauthorized
from service.feedback import store as feedback_store
from service.feedback.ingest import Ingestor
from service.portal import store as portal_store
from service.portal.board import VOTABLE, public_ideas, shown_idea
from service.portal.identity import Visitor
from service.portal.titles import public_title

SOURCE = "portal"


def feedback_of(
    visitor: Visitor | None, text: str, external_id: str | None = None
) -> FeedbackCreate:
    """A portal request as any channel's feedback: the person, their account and its MRR."""
    return FeedbackCreate(
        text=text,
        source=SOURCE,
        external_id=external_id,
        requester=visitor.email if visitor else None,
        requester_name=visitor.name if visitor else None,
        account=visitor.account if visitor else None,
        mrr=visitor.mrr if visitor else None,
        metadata={"portal": "post"},
    )


@contextmanager
def posting(
    session: Session,
    ingestor: Ingestor,
    workspace: Workspace,
    settings: PortalSettings,
    visitor: Visitor | None,
    text: str,
) -> Iterator[PortalPostResult]:
    """Ingest an identified customer's request, or queue an anonymous one for a PM.

    Like `Ingestor.ingesting`, the caller commits inside the block."""
    if visitor is None:
        if not settings.allow_anonymous:
            raise Unauthorized("Sign in with your e-mail to post.", code="portal_sign_in_required")
        portal_store.add_post(session, workspace.id, text)
        yield PortalPostResult(state=PostState.pending, idea=None)
        return
    with ingestor.ingesting(session, workspace, [feedback_of(visitor, text)]) as results:
        yield _posted(session, results[0].idea_id)


def _posted(session: Session, idea_id: int | None) -> PortalPostResult:
    idea = None
    if idea_id is not None:
        found = portal_store.live_ideas_by_id(session, [idea_id])
        idea = public_ideas(session, found)[0] if found else None
    return PortalPostResult(state=PostState.ingested, idea=idea)


def _requester(session: Session, workspace_id: int, visitor: Visitor) -> Requester:
    lookups = feedback_store.BatchLookups(
        session,
        workspace_id,
        set(),
        {visitor.account} if visitor.account else set(),
        {visitor.email},
    )
    account_id = lookups.account(visitor.account, visitor.mrr) if visitor.account else None
    requester = session.get(Requester, lookups.requester(visitor.email, visitor.name, account_id))
    assert requester is not None  # just upserted in this transaction
    return requester


def _vote_key(idea_id: int, email: str) -> str:
    """The vote's idempotency key: one vote per person and idea, without the address in clear."""
    return f"vote:{idea_id}:{hashlib.sha256(email.encode()).hexdigest()[:40]}"


def vote(
    session: Session, workspace_id: int, idea_id: int, visitor: Visitor, comment: str | None
) -> VoteResult:
    """Make the visitor a requester of the idea ("me too"); voting twice changes nothing."""
    idea = shown_idea(session, workspace_id, idea_id)
    if idea.status not in VOTABLE:
        raise Conflict(
            f"Idea {idea.id} is {idea.status}; it takes no more votes.", code="idea_not_votable"
        )
    key = _vote_key(idea.id, visitor.email)
    new_vote = portal_store.vote_of(session, workspace_id, key) is None
    requester = _requester(session, workspace_id, visitor)
    if new_vote:
        values = _vote_values(session, idea, requester, key, comment)
        new_vote = portal_store.insert_vote(session, values)
    if comment:
        portal_store.add_comment(session, workspace_id, idea.id, requester.id, comment)
    return VoteResult(idea=public_ideas(session, [idea])[0], new_vote=new_vote)


def _vote_values(
    session: Session, idea: Idea, requester: Requester, key: str, comment: str | None
) -> dict[str, Any]:
    """The vote as a feedback item: recorded as an exact re-post of the idea's first item (it
    shares that item's vector, so re-clustering keeps it with the idea, and is never indexed)."""
    twin = portal_store.founding_item(session, idea.id)
    digest, vector = twin if twin else (hashlib.sha256(key.encode()).hexdigest(), None)
    return {
        "workspace_id": idea.workspace_id,
        "idea_id": idea.id,
        "requester_id": requester.id,
        "account_id": requester.account_id,
        "text": comment or f"Me too: {public_title(idea)}",
        "ask": None,
        "source": SOURCE,
        "external_id": key,
        "metadata": {"portal": "vote"},
        "content_hash": digest,
        "embedding": vector,
        "decision": DecisionKind.exact_duplicate.value,
    }


def comment(
    session: Session, workspace_id: int, idea_id: int, visitor: Visitor, body: str
) -> CommentRead:
    idea = shown_idea(session, workspace_id, idea_id)
    requester = _requester(session, workspace_id, visitor)
    row = portal_store.add_comment(session, workspace_id, idea.id, requester.id, body)
    return CommentRead(
        id=row.id, author=requester.name or "A customer", body=row.body, created_at=row.created_at
    )


def subscribe(session: Session, workspace_id: int, idea_id: int, visitor: Visitor) -> bool:
    """Hear about the idea's status changes by e-mail without asking for it; True if new."""
    idea = shown_idea(session, workspace_id, idea_id)
    if idea.status == IdeaStatus.shipped:
        raise Conflict(f"Idea {idea.id} has shipped already.", code="idea_shipped")
    requester = _requester(session, workspace_id, visitor)
    requester.unsubscribed_at = None  # asking for news again undoes an earlier unsubscribe
    return portal_store.subscribe(session, workspace_id, idea.id, requester.id)


def unsubscribe(session: Session, workspace_id: int, idea_id: int, visitor: Visitor) -> None:
    idea = shown_idea(session, workspace_id, idea_id)
    requester = portal_store.requester_by_key(session, workspace_id, visitor.email)
    if requester is not None:
        portal_store.unsubscribe(session, idea.id, requester.id)
