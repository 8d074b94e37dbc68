"""Account e-mails (invitations, password resets): queued in the request's transaction and
sent after it commits through the same SMTP path as ship notifications."""

from __future__ import annotations

import logging
import threading

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.notifications import Channel
from models.tables import utcnow
from service.core.settings import Settings
from service.notify.delivery import Delivery, DeliveryError
from service.notify.email import SmtpNotifier
from service.workspaces import people_store as store

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
_sending = threading.Lock()  # one pass at a time in this process, so nothing goes out twice


def queue(session: Session, recipient: str, subject: str, body: str) -> int:
    return store.add_mail(session, recipient, subject, body).id


def send_pending(factory: sessionmaker[Session], settings: Settings) -> int:
    """Send every account e-mail not sent yet; failures stay queued for the next pass.
    Returns how many went out."""
    sent = 0
    with _sending:
        with unit_of_work(factory) as session:
            due = [
                (m.id, m.recipient, m.subject, m.body)
                for m in store.due_mail(session, MAX_ATTEMPTS)
            ]
        notifier = SmtpNotifier(settings)
        try:
            for mail_id, recipient, subject, body in due:
                error = _send(notifier, mail_id, recipient, subject, body)
                with unit_of_work(factory) as session:
                    store.record_mail_attempt(session, mail_id, utcnow(), error)
                sent += error is None
        finally:
            notifier.close()
    return sent


def _send(
    notifier: SmtpNotifier, mail_id: int, recipient: str, subject: str, body: str
) -> str | None:
    # status_change_id 0 keeps the Message-ID apart from ship notifications (theirs are > 0).
    delivery = Delivery(
        notification_id=mail_id,
        status_change_id=0,
        workspace_id=0,
        requester_id=0,
        channel=Channel.email,
        recipient=recipient,
        subject=subject,
        body=body,
    )
    try:
        notifier.send(delivery)
    except DeliveryError as exc:
        log.warning("account mail not sent id=%s error=%s", mail_id, exc)
        return str(exc)[:2000]
    log.info("account mail sent id=%s", mail_id)
    return None
