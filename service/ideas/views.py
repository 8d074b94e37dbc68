"""Ideas as the API and pages show them: each with its demand, sortable by any figure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from models.demand import Demand
from models.schemas import FeedbackRead, IdeaDetail, IdeaPage, IdeaSummary
from models.tables import Idea
from service.core.errors import NotFound
from service.feedback import store as feedback_store
from service.ideas import store as idea_store
from triage.demand import measure_demand


class IdeaSort(StrEnum):
    item_count = "item_count"
    unique_requesters = "unique_requesters"
    unique_accounts = "unique_accounts"
    revenue = "revenue"
    trend = "trend"  # items in the last 30 days
    trend_ratio = "trend_ratio"
    last_seen = "last_seen"
    first_seen = "first_seen"
    created_at = "created_at"
    title = "title"  # type: ignore[assignment]  # shadows str.title, on purpose
    id = "id"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SORT_KEYS: dict[IdeaSort, Callable[[IdeaSummary], Any]] = {
    IdeaSort.item_count: lambda s: s.item_count,
    IdeaSort.unique_requesters: lambda s: s.demand.unique_requesters,
    IdeaSort.unique_accounts: lambda s: s.demand.unique_accounts,
    IdeaSort.revenue: lambda s: s.demand.revenue,
    IdeaSort.trend: lambda s: s.demand.trend.last_30_days,
    IdeaSort.trend_ratio: lambda s: s.demand.trend.ratio or 0.0,
    IdeaSort.last_seen: lambda s: s.demand.last_seen or _EPOCH,
    IdeaSort.first_seen: lambda s: s.demand.first_seen or _EPOCH,
    IdeaSort.created_at: lambda s: s.created_at,
    IdeaSort.title: lambda s: s.title.casefold(),
    IdeaSort.id: lambda s: s.id,
}


def _summary(idea: Idea, demand: Demand) -> IdeaSummary:
    return IdeaSummary(
        id=idea.id,
        title=idea.title,
        status=idea.status,
        created_at=idea.created_at,
        item_count=demand.item_count,
        demand=demand,
    )


def list_ideas(
    session: Session,
    workspace_id: int,
    sort: IdeaSort = IdeaSort.item_count,
    descending: bool = True,
    limit: int = 50,
    offset: int = 0,
    now: datetime | None = None,
) -> IdeaPage:
    """A page of ideas with demand; ties are broken by idea id so pages are stable."""
    now = now or datetime.now(UTC)
    signals = idea_store.demand_signals(session, workspace_id)
    summaries = [
        _summary(idea, measure_demand(signals.get(idea.id, []), now))
        for idea in idea_store.list_all(session, workspace_id)
    ]
    summaries.sort(key=lambda s: s.id)
    summaries.sort(key=_SORT_KEYS[sort], reverse=descending)
    return IdeaPage(ideas=summaries[offset : offset + limit], total=len(summaries))


def idea_detail(
    session: Session, workspace_id: int, idea_id: int, items: int, now: datetime | None = None
) -> IdeaDetail:
    """One idea with its demand and its newest items."""
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    if idea is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    signals = idea_store.demand_signals(session, workspace_id, idea_id).get(idea_id, [])
    demand = measure_demand(signals, now or datetime.now(UTC))
    members = [
        FeedbackRead(
            id=item.id,
            idea_id=item.idea_id,
            text=item.text,
            source=item.source,
            external_id=item.external_id,
            created_at=item.created_at,
            decision=item.decision,
            requester=requester,
            account=account,
        )
        for item, requester, account in feedback_store.items_of_idea(
            session, workspace_id, idea_id, items
        )
    ]
    return IdeaDetail(**_summary(idea, demand).model_dump(), items=members)
