"""Feedback metrics that measure a KR, computed from demand signals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from models.cycles import MetricBinding, MetricKind
from models.demand import DemandSignal
from triage.feedback_metrics import measure


def signal(day: int, source: str = "support", account: str | None = None) -> DemandSignal:
    return DemandSignal(
        source=source, account=account, created_at=datetime(2026, 8, day, 12, tzinfo=UTC)
    )


def test_weekly_items_and_unique_accounts_count_the_window_ending_that_day() -> None:
    signals = [
        signal(1, account="a"),  # outside: the window for the 14th is 8th..14th
        signal(8, account="a"),
        signal(10, account="a"),
        signal(14, account="b"),
        signal(15, account="c"),  # after the day
        signal(12),
    ]
    weekly = MetricBinding(kind=MetricKind.idea_weekly_items, idea_ids=[1])
    assert measure(weekly, signals, date(2026, 8, 14)) == 4
    accounts = MetricBinding(kind=MetricKind.idea_unique_accounts, idea_ids=[1])
    assert measure(accounts, signals, date(2026, 8, 14)) == 2
    month = MetricBinding(kind=MetricKind.idea_weekly_items, idea_ids=[1], window_days=31)
    assert measure(month, signals, date(2026, 8, 31)) == 6  # 1st..31st


def test_channel_share_is_a_percentage_or_none_without_items() -> None:
    signals = [signal(10, "slack"), signal(11, "support"), signal(12, "support")]
    share = MetricBinding(kind=MetricKind.channel_share, channel="slack")
    assert measure(share, signals, date(2026, 8, 12)) == pytest.approx(33.33)
    assert measure(share, signals, date(2026, 7, 1)) is None


def test_bindings_need_what_they_measure() -> None:
    with pytest.raises(ValidationError):
        MetricBinding(kind=MetricKind.idea_weekly_items)
    with pytest.raises(ValidationError):
        MetricBinding(kind=MetricKind.channel_share)
    with pytest.raises(ValidationError):
        MetricBinding.model_validate({"kind": "page_views", "idea_ids": [1]})
