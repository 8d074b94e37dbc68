"""Feedback items, requesters, accounts and the decision log."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.tables import Account, FeedbackItem, Requester


def find_by_external_id(
    session: Session, workspace_id: int, source: str, external_id: str
) -> FeedbackItem | None:
    return session.scalar(
        select(FeedbackItem).where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.source == source,
            FeedbackItem.external_id == external_id,
        )
    )


def find_by_hash(session: Session, workspace_id: int, digest: str) -> FeedbackItem | None:
    """The earliest item with this normalised text that still belongs to an idea."""
    return session.scalar(
        select(FeedbackItem)
        .where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.content_hash == digest,
            FeedbackItem.idea_id.is_not(None),
        )
        .order_by(FeedbackItem.id)
        .limit(1)
    )


def known_hashes(session: Session, workspace_id: int, digests: list[str]) -> set[str]:
    """Which of these normalised-text hashes already have an item that belongs to an idea."""
    rows = session.scalars(
        select(FeedbackItem.content_hash).where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.content_hash.in_(set(digests)),
            FeedbackItem.idea_id.is_not(None),
        )
    )
    return set(rows)


def upsert_account(session: Session, workspace_id: int, name: str, mrr: float | None) -> Account:
    account = session.scalar(
        select(Account).where(Account.workspace_id == workspace_id, Account.name == name)
    )
    if account is None:
        account = Account(workspace_id=workspace_id, name=name, mrr=mrr)
        session.add(account)
        session.flush()
    elif mrr is not None and account.mrr != mrr:
        account.mrr = mrr  # the newest figure wins: MRR changes over time
    return account


def upsert_requester(
    session: Session, workspace_id: int, key: str, name: str | None, account_id: int | None
) -> Requester:
    requester = session.scalar(
        select(Requester).where(Requester.workspace_id == workspace_id, Requester.key == key)
    )
    if requester is None:
        email = key if "@" in key else None
        requester = Requester(
            workspace_id=workspace_id, key=key, name=name, email=email, account_id=account_id
        )
        session.add(requester)
        session.flush()
    else:
        requester.name = name or requester.name
        requester.account_id = account_id or requester.account_id
    return requester


def max_item_id(session: Session, workspace_id: int) -> int:
    return (
        session.scalar(
            select(func.max(FeedbackItem.id)).where(FeedbackItem.workspace_id == workspace_id)
        )
        or 0
    )


def _indexed(workspace_id: int) -> list:
    """Items that belong in the vector index: exact re-posts would only crowd the neighbours."""
    return [
        FeedbackItem.workspace_id == workspace_id,
        FeedbackItem.embedding.is_not(None),
        FeedbackItem.decision != "exact_duplicate",
    ]


def count_indexed_upto(session: Session, workspace_id: int, max_id: int) -> int:
    query = select(func.count(FeedbackItem.id)).where(
        *_indexed(workspace_id), FeedbackItem.id <= max_id
    )
    return session.scalar(query) or 0


def embeddings_after(
    session: Session, workspace_id: int, after_id: int, dim: int
) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of indexable items with id > after_id, in id order."""
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.embedding)
        .where(*_indexed(workspace_id), FeedbackItem.id > after_id)
        .order_by(FeedbackItem.id)
    ).all()
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    vectors = np.zeros((len(rows), dim), dtype=np.float32)
    for i, row in enumerate(rows):
        vectors[i] = np.frombuffer(row[1], dtype=np.float32)
    return ids, vectors


def idea_assignments(session: Session, workspace_id: int) -> dict[int, int]:
    """item id -> idea id for every assigned item of the workspace."""
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.idea_id).where(
            FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id.is_not(None)
        )
    )
    return {item_id: idea_id for item_id, idea_id in rows}


def iter_items(session: Session, workspace_id: int, batch: int = 2000) -> Iterator[tuple]:
    """(item, requester key, account name) in id order, streamed for exports of any size."""
    query = (
        select(FeedbackItem, Requester.key, Account.name)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.workspace_id == workspace_id)
        .order_by(FeedbackItem.id)
        .execution_options(yield_per=batch)
    )
    yield from session.execute(query)


def items_of_idea(session: Session, workspace_id: int, idea_id: int, limit: int) -> list[tuple]:
    query = (
        select(FeedbackItem, Requester.key, Account.name)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id == idea_id)
        .order_by(FeedbackItem.created_at.desc(), FeedbackItem.id.desc())
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(query)]
