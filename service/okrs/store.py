"""Cycles, objectives, key results (with revisions), check-ins and drafts: every query of the
OKR aggregate, always scoped to one workspace."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.demand import DemandSignal
from models.okr_tables import (
    CheckIn,
    Cycle,
    KeyResultRevision,
    KeyResultRow,
    ObjectiveRow,
    OkrDraft,
)
from models.review_tables import AuditEntry, IdeaStatusChange
from models.tables import Account, FeedbackItem, Idea, Requester

ARCHIVE, RESTORE = "objective_archive", "objective_restore"  # audit actions


def get_cycle(session: Session, workspace_id: int, name: str) -> Cycle | None:
    return session.scalar(
        select(Cycle).where(Cycle.workspace_id == workspace_id, Cycle.name == name)
    )


def list_cycles(session: Session, workspace_id: int) -> list[Cycle]:
    return list(
        session.scalars(
            select(Cycle).where(Cycle.workspace_id == workspace_id).order_by(Cycle.starts_on)
        )
    )


def create_cycle(
    session: Session, workspace_id: int, name: str, starts_on: date, ends_on: date
) -> Cycle:
    cycle = Cycle(workspace_id=workspace_id, name=name, starts_on=starts_on, ends_on=ends_on)
    session.add(cycle)
    session.flush()
    return cycle


def get_draft(session: Session, workspace_id: int, draft_id: int) -> OkrDraft | None:
    return session.scalar(
        select(OkrDraft).where(OkrDraft.workspace_id == workspace_id, OkrDraft.id == draft_id)
    )


def lock_draft(session: Session, workspace_id: int, draft_id: int) -> OkrDraft | None:
    """The draft, locked for update on PostgreSQL so two accepts cannot both pass."""
    return session.scalar(
        select(OkrDraft)
        .where(OkrDraft.workspace_id == workspace_id, OkrDraft.id == draft_id)
        .with_for_update()
    )


def objectives(session: Session, cycle_id: int, archived: bool = False) -> list[ObjectiveRow]:
    """The cycle's objectives in order: the live ones, or with `archived` the archived ones."""
    hidden = archived_objectives(session, cycle_id)
    return [
        row
        for row in session.scalars(
            select(ObjectiveRow)
            .where(ObjectiveRow.cycle_id == cycle_id)
            .order_by(ObjectiveRow.position, ObjectiveRow.id)
        )
        if (row.id in hidden) == archived
    ]


def live_objectives(session: Session, workspace_id: int) -> list[tuple[ObjectiveRow, str]]:
    """Every objective of the workspace not archived, with its cycle's name, newest cycle first."""
    found = []
    for cycle in reversed(list_cycles(session, workspace_id)):
        found += [(row, cycle.name) for row in objectives(session, cycle.id)]
    return found


def archived_objectives(session: Session, cycle_id: int) -> set[int]:
    """Objectives of the cycle whose latest archive/restore audit entry archived them.

    The audit log is the record of this state (no column holds it), so an archive keeps who
    did it and when, and a restore is just the next entry.
    """
    latest = (
        select(func.max(AuditEntry.id))
        .join(ObjectiveRow, ObjectiveRow.id == AuditEntry.target_id)
        .where(
            AuditEntry.target_type == "objective",
            AuditEntry.action.in_((ARCHIVE, RESTORE)),
            ObjectiveRow.cycle_id == cycle_id,
        )
        .group_by(AuditEntry.target_id)
    )
    return {
        target
        for target in session.scalars(
            select(AuditEntry.target_id).where(
                AuditEntry.id.in_(latest), AuditEntry.action == ARCHIVE
            )
        )
        if target is not None
    }


def get_objective(session: Session, workspace_id: int, objective_id: int) -> ObjectiveRow | None:
    return session.scalar(
        select(ObjectiveRow).where(
            ObjectiveRow.workspace_id == workspace_id, ObjectiveRow.id == objective_id
        )
    )


def next_objective_position(session: Session, cycle_id: int) -> int:
    last = session.scalar(
        select(func.max(ObjectiveRow.position)).where(ObjectiveRow.cycle_id == cycle_id)
    )
    return 0 if last is None else last + 1


def key_results(session: Session, objective_ids: list[int]) -> list[KeyResultRow]:
    if not objective_ids:
        return []
    return list(
        session.scalars(
            select(KeyResultRow)
            .where(KeyResultRow.objective_id.in_(objective_ids))
            .order_by(KeyResultRow.objective_id, KeyResultRow.position, KeyResultRow.id)
        )
    )


def get_key_result(session: Session, workspace_id: int, kr_id: int) -> KeyResultRow | None:
    return session.scalar(
        select(KeyResultRow).where(
            KeyResultRow.workspace_id == workspace_id, KeyResultRow.id == kr_id
        )
    )


def next_kr_position(session: Session, objective_id: int) -> int:
    last = session.scalar(
        select(func.max(KeyResultRow.position)).where(KeyResultRow.objective_id == objective_id)
    )
    return 0 if last is None else last + 1


def cycle_of(session: Session, kr: KeyResultRow) -> Cycle:
    return session.scalars(
        select(Cycle)
        .join(ObjectiveRow, ObjectiveRow.cycle_id == Cycle.id)
        .where(ObjectiveRow.id == kr.objective_id)
    ).one()


def bound_key_results(session: Session, workspace_id: int) -> list[tuple[KeyResultRow, Cycle]]:
    """Every KR measured by a feedback metric, with its cycle."""
    rows = session.execute(
        select(KeyResultRow, Cycle)
        .join(ObjectiveRow, ObjectiveRow.id == KeyResultRow.objective_id)
        .join(Cycle, Cycle.id == ObjectiveRow.cycle_id)
        .where(KeyResultRow.workspace_id == workspace_id, KeyResultRow.binding.is_not(None))
    )
    return [(kr, cycle) for kr, cycle in rows if kr.binding]


def revisions(session: Session, kr_ids: list[int]) -> dict[int, list[KeyResultRevision]]:
    """Each KR's revisions, oldest first."""
    found: dict[int, list[KeyResultRevision]] = defaultdict(list)
    if not kr_ids:
        return found
    for revision in session.scalars(
        select(KeyResultRevision)
        .where(KeyResultRevision.key_result_id.in_(kr_ids))
        .order_by(KeyResultRevision.key_result_id, KeyResultRevision.number)
    ):
        found[revision.key_result_id].append(revision)
    return found


def add_revision(
    session: Session, kr_id: int, key_result: dict, reason: str, author: str
) -> KeyResultRevision:
    number = session.scalar(
        select(func.max(KeyResultRevision.number)).where(KeyResultRevision.key_result_id == kr_id)
    )
    revision = KeyResultRevision(
        key_result_id=kr_id,
        number=(number or 0) + 1,
        key_result=key_result,
        reason=reason,
        author=author,
    )
    session.add(revision)
    session.flush()
    return revision


def check_ins(
    session: Session, kr_ids: list[int], until: date | None = None
) -> dict[int, list[CheckIn]]:
    """Each KR's check-ins in date order (then entry order), optionally up to a day."""
    found: dict[int, list[CheckIn]] = defaultdict(list)
    if not kr_ids:
        return found
    query = select(CheckIn).where(CheckIn.key_result_id.in_(kr_ids))
    if until is not None:
        query = query.where(CheckIn.checked_on <= until)
    for row in session.scalars(query.order_by(CheckIn.checked_on, CheckIn.id)):
        found[row.key_result_id].append(row)
    return found


def feedback_check_in(session: Session, kr_id: int, day: date) -> CheckIn | None:
    return session.scalar(
        select(CheckIn).where(
            CheckIn.key_result_id == kr_id,
            CheckIn.checked_on == day,
            CheckIn.source == "feedback",
        )
    )


def existing_ideas(session: Session, workspace_id: int, idea_ids: list[int]) -> set[int]:
    if not idea_ids:
        return set()
    return set(
        session.scalars(
            select(Idea.id).where(Idea.workspace_id == workspace_id, Idea.id.in_(idea_ids))
        )
    )


def signals(
    session: Session,
    workspace_id: int,
    idea_ids: list[int] | None,
    since: datetime,
    until: datetime,
) -> list[DemandSignal]:
    """Items created in [since, until) as demand signals, of some ideas or of all."""
    query = (
        select(
            Requester.key, Account.name, Account.mrr, FeedbackItem.source, FeedbackItem.created_at
        )
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.created_at >= since,
            FeedbackItem.created_at < until,
        )
    )
    if idea_ids is not None:
        query = query.where(FeedbackItem.idea_id.in_(idea_ids))
    return [
        DemandSignal(requester=r, account=a, mrr=m, source=s, created_at=c)
        for r, a, m, s, c in session.execute(query)
    ]


def count_items(
    session: Session, workspace_id: int, idea_id: int, since: datetime, until: datetime
) -> int:
    return (
        session.scalar(
            select(func.count(FeedbackItem.id)).where(
                FeedbackItem.workspace_id == workspace_id,
                FeedbackItem.idea_id == idea_id,
                FeedbackItem.created_at >= since,
                FeedbackItem.created_at < until,
            )
        )
        or 0
    )


def shipped_ideas(
    session: Session, workspace_id: int, since: datetime, until: datetime
) -> list[tuple[Idea, datetime]]:
    """Ideas now shipped, with the latest time they moved to shipped inside [since, until)."""
    rows = session.execute(
        select(Idea, func.max(IdeaStatusChange.created_at))
        .join(IdeaStatusChange, IdeaStatusChange.idea_id == Idea.id)
        .where(
            Idea.workspace_id == workspace_id,
            Idea.status == "shipped",
            IdeaStatusChange.to_status == "shipped",
            IdeaStatusChange.created_at >= since,
            IdeaStatusChange.created_at < until,
        )
        .group_by(Idea.id)
        .order_by(Idea.id)
    )
    return [(idea, shipped) for idea, shipped in rows]
