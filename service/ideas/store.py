"""Ideas: the groups of feedback that ask for the same thing."""

from __future__ import annotations

from collections import defaultdict
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from models.demand import DemandSignal
from models.tables import Account, FeedbackItem, Idea, Requester


def create_idea(session: Session, workspace_id: int, title: str) -> Idea:
    idea = Idea(workspace_id=workspace_id, title=title)
    session.add(idea)
    session.flush()
    return idea


def insert_idea(session: Session, workspace_id: int, title: str) -> int:
    """A new idea's id from one INSERT, without an ORM flush (the bulk-ingest path)."""
    table = cast(Table, Idea.__table__)
    statement = insert(table).returning(table.c.id)
    values = {"workspace_id": workspace_id, "title": title}
    return session.connection().execute(statement, values).scalar_one()


def titles(session: Session, idea_ids: list[int]) -> dict[int, str]:
    if not idea_ids:
        return {}
    rows = session.execute(select(Idea.id, Idea.title).where(Idea.id.in_(idea_ids)))
    return {idea_id: title for idea_id, title in rows}


def list_all(session: Session, workspace_id: int) -> list[Idea]:
    """The workspace's ideas, without those merged into another (they hold no items)."""
    return list(
        session.scalars(
            select(Idea).where(Idea.workspace_id == workspace_id, Idea.merged_into_id.is_(None))
        )
    )


def get_idea(session: Session, workspace_id: int, idea_id: int) -> Idea | None:
    return session.scalar(select(Idea).where(Idea.workspace_id == workspace_id, Idea.id == idea_id))


def demand_signals(
    session: Session, workspace_id: int, idea_id: int | None = None
) -> dict[int, list[DemandSignal]]:
    """Each idea's items as demand signals (one query for the whole workspace)."""
    query = (
        select(
            FeedbackItem.idea_id,
            Requester.key,
            Account.name,
            Account.mrr,
            FeedbackItem.source,
            FeedbackItem.created_at,
        )
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id.is_not(None))
    )
    if idea_id is not None:
        query = query.where(FeedbackItem.idea_id == idea_id)
    signals: dict[int, list[DemandSignal]] = defaultdict(list)
    for idea, requester, account, mrr, source, created in session.execute(query):
        signals[cast(int, idea)].append(
            DemandSignal(
                requester=requester, account=account, mrr=mrr, source=source, created_at=created
            )
        )
    return signals
