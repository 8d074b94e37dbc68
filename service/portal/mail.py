"""The magic-link e-mail: sent at once through the notifier's SMTP connection (a link that
arrives after the outbox's next pass would be a worse sign-in), signed and expiring."""

from __future__ import annotations

import logging
import secrets
import time
from urllib.parse import quote

from models.notifications import Channel
from models.tables import Workspace
from service.core.errors import DomainError
from service.core.settings import Settings
from service.notify.delivery import Delivery, DeliveryError
from service.notify.email import SmtpNotifier
from service.portal.identity import LINK_SECONDS, Visitor, link_token

log = logging.getLogger(__name__)


class MailUnavailable(DomainError):
    status = 503
    code = "mail_unavailable"


def sign_in_url(settings: Settings, workspace: Workspace, visitor: Visitor, now: float) -> str:
    token = link_token(settings.resolved_secret_key(), workspace.id, visitor, now)
    base = settings.public_url.rstrip("/")
    return f"{base}/portal/{quote(workspace.name, safe='')}/sign-in?t={token}"


def send_sign_in_link(settings: Settings, workspace: Workspace, visitor: Visitor) -> None:
    """E-mail the link; MailUnavailable (503) when the mail server does not take it."""
    url = sign_in_url(settings, workspace, visitor, time.time())
    greeting = f"Hi {visitor.name}," if visitor.name else "Hi,"
    body = "\n".join(
        [
            greeting,
            "",
            f"Open this link to post and vote on the {workspace.name} feedback portal:",
            "",
            url,
            "",
            f"It works for {LINK_SECONDS // 60} minutes. If you did not ask for it, ignore it.",
        ]
    )
    delivery = Delivery(
        notification_id=secrets.randbits(48),  # no outbox row: only makes the Message-ID unique
        status_change_id=0,
        workspace_id=workspace.id,
        requester_id=0,
        channel=Channel.email,
        recipient=visitor.email,
        subject=f"Your sign-in link for {workspace.name}",
        body=body,
    )
    notifier = SmtpNotifier(settings)
    try:
        notifier.send(delivery)
    except DeliveryError as exc:
        log.warning("portal sign-in mail failed workspace=%s error=%s", workspace.id, exc)
        raise MailUnavailable("The sign-in e-mail could not be sent; try again later.") from exc
    finally:
        notifier.close()
