"""Notification types: channels, delivery states, the delivery log and the workspace-settings
patch, as the API and the CLI show them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from pydantic import ConfigDict, Field, field_validator

from models.schemas import IdeaStatus, Schema


class Channel(StrEnum):
    email = "email"
    webhook = "webhook"


class NotificationState(StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"  # gave up after the last retry, or the peer refused for good
    skipped = "skipped"  # the requester unsubscribed before it went out


class DeliveryAttemptRead(Schema):
    id: int
    attempted_at: datetime
    ok: bool
    error: str | None


class NotificationRead(Schema):
    id: int
    idea_id: int
    status_change_id: int
    requester_id: int
    channel: Channel
    recipient: str
    subject: str
    state: NotificationState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    sent_at: datetime | None
    created_at: datetime


class NotificationDetail(NotificationRead):
    body: str
    payload: dict[str, Any]
    delivery_attempts: list[DeliveryAttemptRead]


class NotificationPage(Schema):
    items: list[NotificationRead]
    total: int
    limit: int
    offset: int


def check_webhook_url(value: str | None) -> str | None:
    """Only absolute http(s) URLs with a host: no file:, no relative paths, no credentials."""
    if value is None or value == "":
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("webhook_url must be an absolute http:// or https:// URL")
    if parts.username or parts.password:
        raise ValueError("webhook_url must not carry credentials; use webhook_secret")
    return value


class WorkspaceSettingsUpdate(Schema):
    """A partial update: only the fields sent change; null clears the webhook."""

    model_config = ConfigDict(extra="forbid")

    notify_statuses: list[IdeaStatus] | None = None
    notify_email: bool | None = None
    webhook_url: str | None = Field(default=None, max_length=2000)
    webhook_secret: str | None = Field(default=None, min_length=16, max_length=200)
    public_roadmap: bool | None = None
    checkin_cadence_days: int | None = Field(default=None, ge=1, le=92)
    goals: list[str] | None = None
    auto_merge_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    review_threshold: float | None = Field(default=None, ge=0.0, le=1.0)

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        return check_webhook_url(value)
