"""Demand figures for an idea: how many people and how much revenue really stand behind it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from models.demand import Demand, DemandSignal, Trend

WINDOW = timedelta(days=30)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def measure_demand(signals: Iterable[DemandSignal], now: datetime) -> Demand:
    """Compute an idea's demand from its items.

    Merged duplicates count once per person: unique requesters are distinct requester keys,
    and an item without a requester counts as its own person (an anonymous app review is
    still somebody). Revenue sums each distinct account's latest-seen MRR once.

    Args:
        signals: the idea's items (including items of ideas merged into it).
        now: the end of the trend window (normally the current time).

    Returns:
        Counts, revenue, a 30-day-vs-previous-30-days trend, channel mix, first/last seen.
    """
    now = _aware(now)
    people: set[str] = set()
    anonymous = 0
    account_mrr: dict[str, float] = {}
    channels: Counter[str] = Counter()
    recent = previous = count = 0
    first: datetime | None = None
    last: datetime | None = None
    for signal in sorted(signals, key=lambda s: _aware(s.created_at)):
        count += 1
        created = _aware(signal.created_at)
        if signal.requester:
            people.add(signal.requester)
        else:
            anonymous += 1
        if signal.account:
            account_mrr[signal.account] = signal.mrr or account_mrr.get(signal.account, 0.0)
        channels[signal.source] += 1
        age = now - created
        if timedelta(0) <= age < WINDOW:
            recent += 1
        elif WINDOW <= age < 2 * WINDOW:
            previous += 1
        first = first or created
        last = created
    return Demand(
        item_count=count,
        unique_requesters=len(people) + anonymous,
        unique_accounts=len(account_mrr),
        revenue=round(sum(account_mrr.values()), 2),
        trend=Trend(
            last_30_days=recent,
            previous_30_days=previous,
            ratio=round(recent / previous, 3) if previous else None,
        ),
        channels=dict(channels.most_common()),
        first_seen=first,
        last_seen=last,
    )


def weekly_counts(signals: Iterable[DemandSignal], now: datetime, weeks: int = 12) -> list[int]:
    """Items per week for the last `weeks` weeks, oldest first (for trend sparklines)."""
    now = _aware(now)
    counts = [0] * weeks
    for signal in signals:
        age_weeks = (now - _aware(signal.created_at)).days // 7
        if 0 <= age_weeks < weeks:
            counts[weeks - 1 - age_weeks] += 1
    return counts
