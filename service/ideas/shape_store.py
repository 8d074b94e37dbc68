"""The queries behind shaped ideas and saved views (service.ideas.public, shaping, slices)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, null, select
from sqlalchemy.orm import Session

from models.shaping_tables import IdeaShape, SavedView
from models.tables import Account, FeedbackItem, Requester


def shape_of(session: Session, idea_id: int) -> IdeaShape | None:
    return session.get(IdeaShape, idea_id)


def shapes_of(session: Session, idea_ids: Iterable[int]) -> dict[int, IdeaShape]:
    ids = list(idea_ids)
    if not ids:
        return {}
    query = select(IdeaShape).where(IdeaShape.idea_id.in_(ids))
    return {s.idea_id: s for s in session.scalars(query)}


def workspace_shapes(session: Session, workspace_id: int) -> dict[int, IdeaShape]:
    query = select(IdeaShape).where(IdeaShape.workspace_id == workspace_id)
    return {s.idea_id: s for s in session.scalars(query)}


def upsert_shape(session: Session, workspace_id: int, idea_id: int) -> IdeaShape:
    shape = session.get(IdeaShape, idea_id)
    if shape is None:
        shape = IdeaShape(idea_id=idea_id, workspace_id=workspace_id, tags=[])
        session.add(shape)
    return shape


class ItemRow(NamedTuple):
    """One item as slicing sees it."""

    id: int
    idea_id: int
    requester: str | None
    requester_name: str | None
    account: str | None
    mrr: float | None
    source: str
    created_at: datetime
    meta: dict[str, Any] | None


def item_rows(
    session: Session,
    workspace_id: int,
    *,
    idea_id: int | None = None,
    sources: list[str] | None = None,
    accounts: list[str] | None = None,
    mrr_min: float | None = None,
    mrr_max: float | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    with_meta: bool = False,
) -> list[ItemRow]:
    """Items in ideas, narrowed by the filters SQL can apply on both engines; metadata is
    only read when asked for (it is the widest column)."""
    meta = FeedbackItem.meta if with_meta else null()
    query = (
        select(
            FeedbackItem.id,
            FeedbackItem.idea_id,
            Requester.key,
            Requester.name,
            Account.name,
            Account.mrr,
            FeedbackItem.source,
            FeedbackItem.created_at,
            meta,
        )
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id.is_not(None))
    )
    if idea_id is not None:
        query = query.where(FeedbackItem.idea_id == idea_id)
    if sources:
        query = query.where(FeedbackItem.source.in_(sources))
    if accounts:
        query = query.where(Account.name.in_(accounts))
    if mrr_min is not None:
        query = query.where(Account.mrr >= mrr_min)
    if mrr_max is not None:
        query = query.where(Account.mrr < mrr_max)
    if since is not None:
        query = query.where(FeedbackItem.created_at >= since)
    if until is not None:
        query = query.where(FeedbackItem.created_at < until)
    rows = session.execute(query)
    return [
        ItemRow(i, d, r, rn, a, m, s, c, x if with_meta and isinstance(x, dict) else None)
        for i, d, r, rn, a, m, s, c, x in rows
    ]


def metadata_keys(session: Session, workspace_id: int, sample: int = 2000) -> list[str]:
    """Metadata columns seen on the workspace's newest items (what the filter offers)."""
    query = (
        select(FeedbackItem.meta)
        .where(FeedbackItem.workspace_id == workspace_id)
        .order_by(FeedbackItem.id.desc())
        .limit(sample)
    )
    keys: set[str] = set()
    for meta in session.scalars(query):
        if isinstance(meta, dict):
            keys.update(k for k, v in meta.items() if isinstance(v, str | int | float))
    return sorted(keys)


def channels(session: Session, workspace_id: int) -> list[str]:
    query = select(FeedbackItem.source).where(FeedbackItem.workspace_id == workspace_id).distinct()
    return sorted(session.scalars(query))


def saved_views(session: Session, workspace_id: int) -> list[SavedView]:
    query = select(SavedView).where(SavedView.workspace_id == workspace_id).order_by(SavedView.name)
    return list(session.scalars(query))


def saved_view(session: Session, workspace_id: int, view_id: int) -> SavedView | None:
    view = session.get(SavedView, view_id)
    return view if view is not None and view.workspace_id == workspace_id else None


def saved_view_named(session: Session, workspace_id: int, name: str) -> SavedView | None:
    query = select(SavedView).where(SavedView.workspace_id == workspace_id, SavedView.name == name)
    return session.scalar(query)


def add_saved_view(
    session: Session, workspace_id: int, name: str, query: str, actor: str
) -> SavedView:
    view = SavedView(workspace_id=workspace_id, name=name, query=query, created_by=actor)
    session.add(view)
    session.flush()
    return view


def delete_saved_view(session: Session, view_id: int) -> None:
    session.execute(delete(SavedView).where(SavedView.id == view_id))
