"""When digests go out: the slot (period) a moment falls in, its key, and the window it covers.

A daily digest's slot is the day's hour_utc; a weekly one's is weekday at hour_utc. The key
names the slot ("daily:2026-12-04", "weekly:2026-W49"): the unique (workspace, key) row is the
claim, so a period goes out once however many workers look."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from models.alerts import AlertSchedule

DAY = timedelta(days=1)


@dataclass(frozen=True)
class Slot:
    key: str
    at: datetime  # when it is due
    since: datetime  # the window it reports on: [since, at)


def length(schedule: AlertSchedule) -> timedelta:
    """How much time one digest covers (a manual send with the digest off covers a week)."""
    return DAY if schedule == AlertSchedule.daily else 7 * DAY


def current_slot(schedule: AlertSchedule, hour: int, weekday: int, now: datetime) -> Slot | None:
    """The latest slot at or before `now`; None when the digest is off."""
    if schedule == AlertSchedule.off:
        return None
    at = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if schedule == AlertSchedule.daily:
        if at > now:
            at -= DAY
        return Slot(f"daily:{at.date().isoformat()}", at, at - DAY)
    at -= DAY * ((at.weekday() - weekday) % 7)
    if at > now:
        at -= 7 * DAY
    year, week, _ = at.isocalendar()
    return Slot(f"weekly:{year}-W{week:02d}", at, at - 7 * DAY)


def next_slot_at(
    schedule: AlertSchedule, hour: int, weekday: int, now: datetime
) -> datetime | None:
    """When the next digest is due (strictly after now)."""
    slot = current_slot(schedule, hour, weekday, now)
    return None if slot is None else slot.at + length(schedule)
