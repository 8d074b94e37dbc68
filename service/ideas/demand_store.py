"""Demand per idea counted by the database: GROUP BY idea over the items a segment keeps.

A segment's board ranks every idea, so counting must not read every item into Python.
Aggregate queries give what `triage.demand.measure_demand` computes from the items:
counts, distinct people, the 30-day trend and first/last seen (one query), distinct accounts
and their MRR once each (one), and the channel mix (one, for the ideas shown); ranking asks
only for the figure its sort reads. The covering index `ix_feedback_demand` lets both
engines read them from the index alone. Over all items, the stored rows of
service.ideas.demand_row_store stand in for these counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import ColumnElement, Select, case, distinct, func, literal, null, select
from sqlalchemy.orm import Session

from models.board_tables import ItemMeta
from models.demand import Demand, DemandSignal, Trend
from models.tables import Account, FeedbackItem, Requester
from triage.demand import WINDOW

SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]  # any columns


@dataclass(frozen=True)
class ItemFilter:
    """Which items count: all filters must hold; values within one filter are alternatives.
    `meta` maps a lower-case key to lower-case values; `until` is exclusive."""

    sources: Sequence[str] = ()
    accounts: Sequence[str] = ()
    mrr_min: float | None = None
    mrr_max: float | None = None
    since: datetime | None = None
    until: datetime | None = None
    meta: dict[str, set[str]] = field(default_factory=dict)

    @property
    def needs_account(self) -> bool:
        return bool(self.accounts) or self.mrr_min is not None or self.mrr_max is not None


def narrow(
    query: SelectT, workspace_id: int, kept: ItemFilter, idea_ids: Sequence[int] | None = None
) -> SelectT:
    """Add the filter's conditions to a query over feedback_items (joined to accounts when a
    filter reads them, unless the query already is), for these ideas or every idea."""
    # An IN list alone, without "idea_id IS NOT NULL": SQLite would scan that as a range.
    ideas = (
        FeedbackItem.idea_id.is_not(None)
        if idea_ids is None
        else FeedbackItem.idea_id.in_(list(idea_ids))
    )
    query = query.where(FeedbackItem.workspace_id == workspace_id, ideas)
    if kept.sources:
        query = query.where(FeedbackItem.source.in_(list(kept.sources)))
    if kept.accounts:
        query = query.where(Account.name.in_(list(kept.accounts)))
    if kept.mrr_min is not None:
        query = query.where(Account.mrr >= kept.mrr_min)
    if kept.mrr_max is not None:
        query = query.where(Account.mrr < kept.mrr_max)
    if kept.since is not None:
        query = query.where(FeedbackItem.created_at >= kept.since)
    if kept.until is not None:
        query = query.where(FeedbackItem.created_at < kept.until)
    for key, values in sorted(kept.meta.items()):
        query = query.where(_meta_condition(workspace_id, key, values))
    return query


def _meta_condition(workspace_id: int, key: str, values: set[str]) -> ColumnElement[bool]:
    """The item has the key (any case) with one of the values (models.board_tables)."""
    holding = select(ItemMeta.item_id).where(
        ItemMeta.workspace_id == workspace_id,
        ItemMeta.key == key.casefold(),
        ItemMeta.value.in_(sorted(v.casefold() for v in values)),
    )
    return FeedbackItem.id.in_(holding)


class TrendFigures(NamedTuple):
    last_30_days: int
    previous_30_days: int
    ratio: float | None


class Figures(NamedTuple):
    """An idea's demand as plain numbers, named as in `Demand`, so every idea can be ranked
    without building a model; `demand()` makes the model for the ideas shown."""

    item_count: int
    unique_requesters: int
    unique_accounts: int
    revenue: float
    trend: TrendFigures
    first_seen: datetime | None
    last_seen: datetime | None

    def demand(self, channels: dict[str, int]) -> Demand:
        return Demand.model_construct(  # figures come typed from the database
            item_count=self.item_count,
            unique_requesters=self.unique_requesters,
            unique_accounts=self.unique_accounts,
            revenue=self.revenue,
            trend=Trend.model_construct(**self.trend._asdict()),
            channels=channels,
            first_seen=self.first_seen,
            last_seen=self.last_seen,
        )


EVERY_FIGURE = frozenset(Figures._fields)


def figures_by_idea(
    session: Session,
    workspace_id: int,
    kept: ItemFilter,
    now: datetime,
    idea_ids: Sequence[int] | None = None,
    fields: frozenset[str] = EVERY_FIGURE,
) -> dict[int, Figures]:
    """Each idea's demand figures over the items the filter keeps (ideas without any are
    absent): the numbers `measure_demand` gives for those items, channel mix aside. Only the
    `fields` named are counted (the rest are zero), so ranking by one figure costs one."""
    base = _kept_items(session, workspace_id, kept, idea_ids)
    accounts = _accounts(session, base) if fields & {"unique_accounts", "revenue"} else {}
    return {
        idea_id: Figures(
            count,
            people + anonymous,
            accounts.get(idea_id, (0, 0.0))[0],
            round(accounts.get(idea_id, (0, 0.0))[1], 2),
            TrendFigures(recent, previous, round(recent / previous, 3) if previous else None),
            first,
            last,
        )
        for idea_id, count, people, anonymous, recent, previous, first, last in _counts(
            session, base, now, fields
        )
    }


def demand_by_idea(
    session: Session,
    workspace_id: int,
    kept: ItemFilter,
    now: datetime,
    idea_ids: Sequence[int] | None = None,
) -> dict[int, Demand]:
    """Each idea's full demand (channel mix included) over the items the filter keeps."""
    figures = figures_by_idea(session, workspace_id, kept, now, idea_ids)
    mix = channel_mix(session, workspace_id, kept, idea_ids)
    return {i: f.demand(mix.get(i, {})) for i, f in figures.items()}


def channel_mix(
    session: Session, workspace_id: int, kept: ItemFilter, idea_ids: Sequence[int] | None
) -> dict[int, dict[str, int]]:
    """Each idea's kept items per channel, most first (of these ideas, or of all)."""
    return _channels(session, _kept_items(session, workspace_id, kept, idea_ids))


def _kept_items(
    session: Session, workspace_id: int, kept: ItemFilter, idea_ids: Sequence[int] | None
) -> Select[Any]:
    base = select(FeedbackItem.idea_id)
    if kept.needs_account:
        base = base.join(Account, Account.id == FeedbackItem.account_id)
    return narrow(base, workspace_id, kept, idea_ids)


def _counts(
    session: Session, base: Select[Any], now: datetime, fields: frozenset[str]
) -> list[tuple[Any, ...]]:
    """(idea, items, people, anonymous items, recent, previous, first, last) per idea; a
    figure not in `fields` is a constant, so the database does not compute it."""
    created = FeedbackItem.created_at
    recent = (created > now - WINDOW) & (created <= now)
    previous = (created > now - 2 * WINDOW) & (created <= now - WINDOW)
    zero, none = literal(0), null()
    people = "unique_requesters" in fields
    trend = "trend" in fields
    query = base.with_only_columns(
        FeedbackItem.idea_id,
        func.count(),
        func.count(distinct(FeedbackItem.requester_id)) if people else zero,
        func.sum(case((FeedbackItem.requester_id.is_(None), 1), else_=0)) if people else zero,
        func.sum(case((recent, 1), else_=0)) if trend else zero,
        func.sum(case((previous, 1), else_=0)) if trend else zero,
        func.min(created) if "first_seen" in fields else none,
        func.max(created) if "last_seen" in fields else none,
        maintain_column_froms=True,
    ).group_by(FeedbackItem.idea_id)
    return [tuple(row) for row in session.execute(query)]


def _accounts(session: Session, base: Select[Any]) -> dict[int, tuple[int, float]]:
    """(distinct accounts, their MRR summed once each) per idea: (idea, account) pairs in the
    index's order, then one sum per idea."""
    pairs = (
        base.with_only_columns(
            FeedbackItem.idea_id, FeedbackItem.account_id, maintain_column_froms=True
        )
        .where(FeedbackItem.account_id.is_not(None))
        .group_by(FeedbackItem.idea_id, FeedbackItem.account_id)
        .subquery()
    )
    query = (
        select(pairs.c.idea_id, func.count(), func.sum(func.coalesce(Account.mrr, 0.0)))
        .join(Account, Account.id == pairs.c.account_id)
        .group_by(pairs.c.idea_id)
    )
    return {cast(int, i): (n, float(m or 0.0)) for i, n, m in session.execute(query)}


def _channels(session: Session, base: Select[Any]) -> dict[int, dict[str, int]]:
    """Items per channel, most first; ties in the order the channels first appeared."""
    query = base.with_only_columns(
        FeedbackItem.idea_id,
        FeedbackItem.source,
        func.count(),
        func.min(FeedbackItem.created_at),
        maintain_column_froms=True,
    ).group_by(FeedbackItem.idea_id, FeedbackItem.source)
    rows: dict[int, list[tuple[int, datetime, str]]] = defaultdict(list)
    for idea_id, source, count, first in session.execute(query):
        rows[cast(int, idea_id)].append((-count, first, source))
    return {i: {s: -c for c, _, s in sorted(mix)} for i, mix in rows.items()}


def signals_of(
    session: Session, workspace_id: int, kept: ItemFilter, idea_ids: Sequence[int] | None
) -> dict[int, list[DemandSignal]]:
    """The kept items of these ideas (None: of every idea) as demand signals: a page's
    sparklines, or what `triage.demand.measure_demand` reads, not a ranking."""
    if idea_ids is not None and not idea_ids:
        return {}
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
    )
    query = narrow(query, workspace_id, kept, idea_ids)
    signals: dict[int, list[DemandSignal]] = defaultdict(list)
    for idea_id, requester, account, mrr, source, created in session.execute(query):
        signals[cast(int, idea_id)].append(  # rows come typed from the database: skip re-validating
            DemandSignal.model_construct(
                requester=requester, account=account, mrr=mrr, source=source, created_at=created
            )
        )
    return signals
