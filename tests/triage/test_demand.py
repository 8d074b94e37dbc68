"""Demand figures on hand-made items, each formula checked against a hand count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.demand import DemandSignal
from triage.demand import measure_demand

NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def signal(
    days_ago: float,
    requester: str | None,
    account: str | None = None,
    mrr: float | None = None,
    source: str = "support",
) -> DemandSignal:
    return DemandSignal(
        requester=requester,
        account=account,
        mrr=mrr,
        source=source,
        created_at=NOW - timedelta(days=days_ago),
    )


def test_people_and_accounts_count_once_and_revenue_sums_each_account_once() -> None:
    demand = measure_demand(
        [
            signal(1, "ann@a.io", "Acme", 1000),
            signal(2, "ann@a.io", "Acme", 1000),  # same person asking again
            signal(3, "bob@a.io", "Acme", 1200),  # same account, an older MRR figure
            signal(40, "cy@b.io", "Beta", 300, "slack"),
            signal(50, None, None, None, "app_review"),  # anonymous review: still one person
        ],
        NOW,
    )
    assert demand.item_count == 5
    assert demand.unique_requesters == 4
    assert demand.unique_accounts == 2
    # items are read oldest first, so Acme's latest figure is the 1-day-old 1000
    assert demand.revenue == 1300
    assert demand.channels == {"support": 3, "slack": 1, "app_review": 1}
    assert demand.first_seen == NOW - timedelta(days=50)
    assert demand.last_seen == NOW - timedelta(days=1)


def test_trend_compares_the_last_30_days_with_the_30_before() -> None:
    demand = measure_demand([signal(d, f"p{d}") for d in (1, 5, 29.9, 30, 45, 59.9, 60, 90)], NOW)
    assert (demand.trend.last_30_days, demand.trend.previous_30_days) == (3, 3)
    assert demand.trend.ratio == 1.0
    rising = measure_demand([signal(1, "a"), signal(2, "b"), signal(31, "c")], NOW)
    assert rising.trend.ratio == 2.0
    fresh = measure_demand([signal(1, "a")], NOW)
    assert fresh.trend.ratio is None  # nothing before: no ratio rather than infinity


def test_no_items_means_zero_demand() -> None:
    demand = measure_demand([], NOW)
    assert demand.item_count == demand.unique_requesters == demand.revenue == 0
    assert demand.first_seen is None and demand.channels == {}


def test_weekly_counts_put_each_item_in_its_week_oldest_first() -> None:
    from triage.demand import weekly_counts

    counts = weekly_counts([signal(d, "p") for d in (0, 1, 6.9, 7, 20, 83, 84, 200)], NOW, 12)
    assert counts == [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 3]
