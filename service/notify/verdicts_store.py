"""SQL for requesters' verdicts on shipped ideas and the re-asks that follow shipping."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.metrics_tables import VerdictRow
from models.review_tables import IdeaStatusChange
from models.tables import Account, FeedbackItem, Requester, utcnow


def get_verdict(
    session: Session, workspace_id: int, idea_id: int, requester_id: int
) -> VerdictRow | None:
    return session.scalars(
        select(VerdictRow).where(
            VerdictRow.workspace_id == workspace_id,
            VerdictRow.idea_id == idea_id,
            VerdictRow.requester_id == requester_id,
        )
    ).one_or_none()


def counts(session: Session, workspace_id: int, idea_ids: list[int]) -> dict[str, int]:
    """Answers per verdict for these ideas, each person's latest answer once."""
    rows = session.execute(
        select(VerdictRow.verdict, func.count(VerdictRow.id))
        .where(VerdictRow.workspace_id == workspace_id, VerdictRow.idea_id.in_(idea_ids))
        .group_by(VerdictRow.verdict)
    )
    return {verdict: int(n) for verdict, n in rows}


def _units(session: Session, query: Select[int, str]) -> set[str]:
    """Accounts by name, and a person without one as a unit of their own."""
    return {name or f"requester:{rid}" for rid, name in session.execute(query)}


def _people() -> Select[int, str]:
    return select(Requester.id, Account.name).outerjoin(Account, Account.id == Requester.account_id)


def answered_units(
    session: Session, workspace_id: int, idea_ids: list[int], verdict: str, until: datetime
) -> set[str]:
    """Who answered `verdict` by `until`, as accounts (a person without one counts alone)."""
    query = _people().join(VerdictRow, VerdictRow.requester_id == Requester.id)
    return _units(
        session,
        query.where(
            VerdictRow.workspace_id == workspace_id,
            VerdictRow.idea_id.in_(idea_ids),
            VerdictRow.verdict == verdict,
            VerdictRow.answered_at <= until,
        ),
    )


def requesting_units(
    session: Session, workspace_id: int, idea_ids: list[int], until: datetime
) -> set[str]:
    """The accounts (or lone people) behind these ideas' items up to `until`."""
    query = _people().join(FeedbackItem, FeedbackItem.requester_id == Requester.id)
    return _units(
        session,
        query.where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.idea_id.in_(idea_ids),
            FeedbackItem.created_at <= until,
        ),
    )


def shipped_at(session: Session, workspace_id: int, idea_ids: list[int]) -> datetime | None:
    """When the first of these ideas was last moved to shipped, if ever."""
    return session.scalar(
        select(func.max(IdeaStatusChange.created_at)).where(
            IdeaStatusChange.workspace_id == workspace_id,
            IdeaStatusChange.idea_id.in_(idea_ids),
            IdeaStatusChange.to_status == "shipped",
        )
    )


def asked_between(
    session: Session,
    workspace_id: int,
    idea_ids: list[int],
    since: datetime | None,
    until: datetime,
) -> set[int]:
    """People with an item in these ideas created in (since, until] (since None: ever)."""
    query = select(FeedbackItem.requester_id).where(
        FeedbackItem.workspace_id == workspace_id,
        FeedbackItem.idea_id.in_(idea_ids),
        FeedbackItem.requester_id.is_not(None),
        FeedbackItem.created_at <= until,
    )
    if since is not None:
        query = query.where(FeedbackItem.created_at > since)
    return {rid for rid in session.scalars(query) if rid is not None}


def solved_accounts_by_idea(
    session: Session, workspace_id: int, idea_ids: list[int]
) -> dict[int, set[str]]:
    """For the drafter: per idea, the accounts whose requesters answered "solved"."""
    rows = session.execute(
        select(VerdictRow.idea_id, Account.name)
        .join(Requester, Requester.id == VerdictRow.requester_id)
        .join(Account, Account.id == Requester.account_id)
        .where(
            VerdictRow.workspace_id == workspace_id,
            VerdictRow.idea_id.in_(idea_ids),
            VerdictRow.verdict == "solved",
        )
    )
    out: dict[int, set[str]] = {}
    for idea_id, name in rows:
        out.setdefault(idea_id, set()).add(name)
    return out


def upsert_verdict(
    session: Session, workspace_id: int, idea_id: int, requester_id: int, verdict: str
) -> None:
    """Insert the answer or replace the person's earlier one in one statement, so two clicks
    arriving together cannot collide on the unique key."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]  # same API
    else:  # pragma: no cover - the two supported engines are handled above
        raise NotImplementedError(f"no upsert for {dialect}")
    now = utcnow()
    statement = insert(VerdictRow).values(
        workspace_id=workspace_id,
        idea_id=idea_id,
        requester_id=requester_id,
        verdict=verdict,
        answered_at=now,
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["workspace_id", "idea_id", "requester_id"],
            set_={"verdict": verdict, "answered_at": now},
        )
    )
