"""The PM's queue of anonymous portal posts: approve (the post enters the normal ingest path
as portal feedback without a requester) or reject (it stays out, kept for the record)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from models.portal import ModerationPage, ModerationPost, PostState
from models.portal_tables import PortalPost
from models.tables import Workspace, utcnow
from service.core.errors import Conflict, NotFound
from service.feedback.ingest import Ingestor
from service.portal import store as portal_store
from service.portal.participation import feedback_of


def queue(
    session: Session, workspace_id: int, state: PostState, limit: int, offset: int
) -> ModerationPage:
    rows, total = portal_store.posts(session, workspace_id, str(state), limit, offset)
    return ModerationPage(items=[ModerationPost.model_validate(r) for r in rows], total=total)


def _pending(session: Session, workspace_id: int, post_id: int) -> PortalPost:
    post = portal_store.get_post(session, workspace_id, post_id)
    if post is None:
        raise NotFound(f"No portal post {post_id} in this workspace.", code="post_not_found")
    if post.state != PostState.pending:
        raise Conflict(f"Post {post_id} was {post.state} already.", code="post_decided")
    return post


@contextmanager
def approving(
    session: Session, ingestor: Ingestor, workspace: Workspace, post_id: int, actor: str
) -> Iterator[ModerationPost]:
    """Approve and ingest the post; the caller commits inside the block (as with ingesting)."""
    post = _pending(session, workspace.id, post_id)
    portal_store.decided(post, str(PostState.approved), actor, utcnow())
    item = feedback_of(None, post.text, external_id=f"post:{post.id}")
    with ingestor.ingesting(session, workspace, [item]) as results:
        post.item_id = results[0].id
        session.flush()
        yield ModerationPost.model_validate(post)


def reject(session: Session, workspace_id: int, post_id: int, actor: str) -> ModerationPost:
    post = _pending(session, workspace_id, post_id)
    portal_store.decided(post, str(PostState.rejected), actor, utcnow())
    session.flush()
    return ModerationPost.model_validate(post)
