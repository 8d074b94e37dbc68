"""Types of the PM digest: its schedule settings, what a digest holds, and its runs."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, Field, field_validator

from models.notifications import check_webhook_url
from models.schemas import Schema

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
MAX_RECIPIENTS = 50


class AlertSchedule(StrEnum):
    off = "off"
    daily = "daily"
    weekly = "weekly"


class DigestState(StrEnum):
    sending = "sending"  # claimed; stays so if its process died mid-send (never re-sent)
    sent = "sent"  # every recipient accepted
    partial = "partial"  # some recipients accepted, some did not
    failed = "failed"  # no recipient accepted


class DigestKind(StrEnum):
    scheduled = "scheduled"
    manual = "manual"  # "Send a test digest now", the API or the CLI


class AlertSettingsUpdate(Schema):
    """The whole digest configuration (PUT replaces it)."""

    model_config = ConfigDict(extra="forbid")

    schedule: AlertSchedule = AlertSchedule.off
    hour_utc: int = Field(default=8, ge=0, le=23, description="Hour of day (UTC) it goes out.")
    weekday: int = Field(default=0, ge=0, le=6, description="Weekly: 0 = Monday … 6 = Sunday.")
    mrr_bar: float = Field(
        default=1000.0, ge=0, le=1e12, description="Requests from accounts at or above this MRR."
    )
    emails: list[str] = Field(default_factory=list, max_length=MAX_RECIPIENTS)
    webhook_url: str | None = Field(
        default=None, max_length=2000, description="A Slack-compatible incoming webhook."
    )

    @field_validator("emails")
    @classmethod
    def _emails(cls, values: list[str]) -> list[str]:
        cleaned: list[str] = []
        for value in (v.strip() for v in values):
            if not _EMAIL.match(value) or len(value) > 320:
                raise ValueError(f"{value!r} is not an e-mail address")
            if value.lower() not in {c.lower() for c in cleaned}:
                cleaned.append(value)
        return cleaned

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        return check_webhook_url(value.strip() if value else value)


class DigestRead(Schema):
    """One digest run as the settings page and the API list it."""

    id: int
    kind: DigestKind
    period: str | None
    state: DigestState
    summary: dict[str, Any]
    error: str | None
    created_at: datetime
    finished_at: datetime | None


class AlertSettingsRead(AlertSettingsUpdate):
    next_send_at: datetime | None = Field(description="The next scheduled digest; null when off.")
    recent_digests: list[DigestRead]


class SurgingIdea(Schema):
    idea_id: int
    title: str
    recent: int = Field(description="People who asked in the last 7 days.")
    baseline: float = Field(description="Median people per week over the 8 weeks before.")


class HighValueRequest(Schema):
    item_id: int
    idea_id: int | None
    idea_title: str | None
    account: str
    mrr: float
    text: str
    created_at: datetime


class FailedDelivery(Schema):
    notification_id: int
    idea_id: int
    channel: str
    recipient: str
    error: str | None


class Digest(Schema):
    """What a digest says, before it is rendered for e-mail or Slack."""

    workspace: str
    since: datetime
    until: datetime
    mrr_bar: float
    surging: list[SurgingIdea]
    high_value: list[HighValueRequest]
    failed: list[FailedDelivery]


class DigestSent(Schema):
    digest: DigestRead | None = Field(description="The run recorded; null for a dry run.")
    text: str = Field(description="The digest as sent to Slack (mrkdwn).")
