"""Running a digest: build it, send it to the workspace's recipients, record the run.

Scheduled runs claim their period in the database before anything is sent (see
`scheduler.py`); a manual run ("Send a test digest now") is recorded after it was sent, so
the request never holds a write lock while a mail server answers."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from models.alerts import AlertSettingsUpdate, Digest, DigestRead, DigestSent
from service.alerts import digest, message, schedule, store
from service.alerts.preferences import current, recipients_of
from service.alerts.sending import Outcome, send
from service.core.errors import Conflict
from service.core.settings import Settings


@dataclass(frozen=True)
class Rendered:
    digest: Digest
    subject: str
    email: str
    slack: str


def render(settings: Settings, built: Digest) -> Rendered:
    return Rendered(
        built,
        message.subject(built),
        message.email_text(built, settings.public_url),
        message.slack_text(built, settings.public_url),
    )


def build_now(
    session: Session, settings: Settings, workspace_id: int, values: AlertSettingsUpdate,
    now: datetime,
) -> Rendered:  # fmt: skip
    """The digest a manual send would send now: the schedule's window up to now."""
    since = now - schedule.length(values.schedule)
    return render(settings, digest.build(session, workspace_id, values.mrr_bar, since, now))


def deliver(settings: Settings, values: AlertSettingsUpdate, reference: str, workspace_id: int,
            rendered: Rendered) -> Outcome:  # fmt: skip
    return send(
        settings, recipients_of(values), reference, workspace_id,
        rendered.subject, rendered.email, rendered.slack,
    )  # fmt: skip


def summary_of(rendered: Rendered, outcome: Outcome) -> dict[str, int]:
    d = rendered.digest
    return {
        "surging": len(d.surging),
        "high_value": len(d.high_value),
        "failed_deliveries": len(d.failed),
        "recipients": len(outcome.accepted) + len(outcome.errors),
        "accepted": len(outcome.accepted),
    }


def send_now(
    session: Session, settings: Settings, workspace_id: int, now: datetime, dry_run: bool = False
) -> DigestSent:
    """Build the digest and send it now to the saved recipients (409 when there are none);
    a dry run only returns its text."""
    values = current(session, workspace_id)
    rendered = build_now(session, settings, workspace_id, values, now)
    if dry_run:
        return DigestSent(digest=None, text=rendered.slack)
    if recipients_of(values).count == 0:
        raise Conflict(
            "Add an e-mail address or a webhook URL before sending a digest.",
            code="no_alert_recipients",
        )
    outcome = deliver(settings, values, f"m{secrets.token_hex(6)}", workspace_id, rendered)
    row = store.add_manual(session, workspace_id, now)
    store.finish(
        session, row.id, str(outcome.state), summary_of(rendered, outcome),
        outcome.error_text(), now,
    )  # fmt: skip
    session.refresh(row)
    return DigestSent(digest=DigestRead.model_validate(row), text=rendered.slack)
