"""Feedback metrics that can measure a key result by themselves (issue 6, "KRs measured by
feedback"): weekly items for ideas, unique accounts behind them, a channel's share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from models.cycles import MetricBinding, MetricKind
from models.demand import DemandSignal


def window(day: date, days: int) -> tuple[datetime, datetime]:
    """[start, end) in UTC for the `days` days that end with `day` (inclusive)."""
    end = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)
    return end - timedelta(days=days), end


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def measure(
    binding: MetricBinding,
    signals: Iterable[DemandSignal],
    day: date,
) -> float | None:
    """The metric's value on `day`, over the binding's window ending that day.

    Args:
        binding: what to measure.
        signals: the items the metric looks at: the bound ideas' items, or for a
            `channel_share` without ideas every item of the workspace. Items outside the
            window are ignored, so a caller may pass more.
        day: the measuring day (its whole day counts).

    Returns:
        A count for the idea metrics; a percentage (0–100, 2 decimals) for `channel_share`,
        None when the window holds no item at all.
    """
    start, end = window(day, binding.window_days)
    inside = [s for s in signals if start <= _aware(s.created_at) < end]
    if binding.kind == MetricKind.idea_weekly_items:
        return float(len(inside))
    if binding.kind == MetricKind.idea_unique_accounts:
        return float(len({s.account for s in inside if s.account}))
    if not inside:
        return None
    hits = sum(1 for s in inside if s.source == binding.channel)
    return round(100.0 * hits / len(inside), 2)
