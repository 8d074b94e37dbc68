"""Unsubscribing from the link in an e-mail: no login, the signed token is the proof."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.tables import Requester, utcnow
from service.core.errors import InvalidInput
from service.notify import store as notify_store
from service.notify.outbox import email_address
from service.notify.tokens import verify_token

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Subscription:
    address: str | None
    unsubscribed: bool
    skipped: int = 0  # queued e-mails that will now not be sent


def _requester(session: Session, secret: str, token: str) -> Requester:
    target = verify_token(secret, token)
    requester = (
        notify_store.get_requester(session, target.workspace_id, target.requester_id)
        if target
        else None
    )
    if requester is None:
        raise InvalidInput("This unsubscribe link is not valid.", code="invalid_unsubscribe_token")
    return requester


def describe(session: Session, secret: str, token: str) -> Subscription:
    requester = _requester(session, secret, token)
    return Subscription(email_address(requester), requester.unsubscribed_at is not None)


def unsubscribe(session: Session, secret: str, token: str) -> Subscription:
    """Stop all further e-mail to this person, queued ones included; repeating is harmless."""
    requester = _requester(session, secret, token)
    if requester.unsubscribed_at is None:
        requester.unsubscribed_at = utcnow()
    skipped = notify_store.skip_pending_email(session, requester.workspace_id, requester.id)
    log.info("unsubscribed requester=%s skipped=%s", requester.id, skipped)
    return Subscription(email_address(requester), True, skipped)
