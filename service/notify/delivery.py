"""What a delivery channel receives and the small protocol every channel implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from models.notifications import Channel


@dataclass(frozen=True)
class Delivery:
    """One outbox row, ready to send: everything a channel needs and nothing it must look up."""

    notification_id: int
    status_change_id: int
    workspace_id: int
    requester_id: int
    channel: Channel
    recipient: str
    subject: str
    body: str
    payload: dict[str, Any] = field(default_factory=dict)
    unsubscribe_url: str | None = None
    webhook_secret: str | None = None
    # a ship e-mail's "Did it solve it?" links: answer -> signed URL (notify.verdict_tokens)
    verdict_urls: dict[str, str] = field(default_factory=dict)
    # set by senders that are not outbox rows (the PM digest), so ids never collide
    message_id: str | None = None


class DeliveryError(Exception):
    """The peer did not accept the message; `permanent` means retrying cannot help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Notifier(Protocol):
    """A delivery channel: returns once the peer accepted the message, else raises
    DeliveryError. May keep a connection open between sends until close()."""

    channel: Channel

    def send(self, delivery: Delivery) -> None: ...

    def close(self) -> None: ...
