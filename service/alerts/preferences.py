"""Reading and changing a workspace's digest settings (the page, the API and the CLI share it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.alerts import AlertSchedule, AlertSettingsRead, AlertSettingsUpdate, DigestRead
from models.alerts_tables import AlertSettings
from service.alerts import schedule, store
from service.alerts.sending import Recipients

DEFAULTS = AlertSettingsUpdate()


def current(session: Session, workspace_id: int) -> AlertSettingsUpdate:
    """The stored settings, or the defaults (digest off) when none were ever saved."""
    row = store.get_settings(session, workspace_id)
    return DEFAULTS if row is None else _from_row(row)


def _from_row(row: AlertSettings) -> AlertSettingsUpdate:
    return AlertSettingsUpdate(
        schedule=AlertSchedule(row.schedule),
        hour_utc=row.hour_utc,
        weekday=row.weekday,
        mrr_bar=row.mrr_bar,
        emails=list(row.emails or []),
        webhook_url=row.webhook_url,
    )


def recipients_of(values: AlertSettingsUpdate) -> Recipients:
    return Recipients(emails=list(values.emails), webhook_url=values.webhook_url)


def read(session: Session, workspace_id: int, now: datetime) -> AlertSettingsRead:
    values = current(session, workspace_id)
    return AlertSettingsRead(
        **values.model_dump(),
        next_send_at=schedule.next_slot_at(values.schedule, values.hour_utc, values.weekday, now),
        recent_digests=[
            DigestRead.model_validate(d) for d in store.recent_digests(session, workspace_id)
        ],
    )


def update(
    session: Session, workspace_id: int, body: AlertSettingsUpdate, now: datetime
) -> AlertSettingsRead:
    """Replace the settings. A changed schedule starts counting from now, so a slot that
    passed before it was set is not sent late."""
    before = current(session, workspace_id)
    values = body.model_dump()
    timing = ("schedule", "hour_utc", "weekday")
    if store.get_settings(session, workspace_id) is None or any(
        getattr(before, name) != getattr(body, name) for name in timing
    ):
        values["active_since"] = now
    values["schedule"] = str(body.schedule)
    store.save_settings(session, workspace_id, values)
    return read(session, workspace_id, now)
