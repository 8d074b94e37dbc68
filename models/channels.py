"""Intake channel types: which channels exist, what became of a delivery, and the body of the
signed generic webhook."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import ConfigDict, Field

from models.schemas import FeedbackText, Schema, ShortStr


class ChannelKind(StrEnum):
    webhook = "webhook"
    slack = "slack"
    intercom = "intercom"
    zendesk = "zendesk"
    email = "email"


class DeliveryStatus(StrEnum):
    new = "new"  # a new idea
    merged = "merged"  # joined an existing idea
    review = "review"  # waits for a PM in the review queue
    repeat = "repeat"  # the channel sent this message id before: nothing new stored
    ignored = "ignored"  # valid, but not feedback (untagged ticket, a ping)
    rejected = "rejected"  # refused: bad signature, stale, malformed


class WebhookPayload(Schema):
    """What any tool posts to the generic webhook; `id` is its own message id."""

    model_config = ConfigDict(extra="forbid")

    id: ShortStr = Field(min_length=1, description="The sender's id for this message.")
    text: FeedbackText
    email: ShortStr | None = Field(default=None, description="Who asked: e-mail or person id.")
    name: ShortStr | None = None
    company: ShortStr | None = Field(default=None, description="The account (company) name.")
    mrr: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    created_at: datetime | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class IntakeResult(Schema):
    """The answer of every connector: what became of the message."""

    status: DeliveryStatus
    item_id: int | None = None
    idea_id: int | None = None
    idea_title: str | None = None
    message: str = Field(description="The same in words, as Slack shows it.")
