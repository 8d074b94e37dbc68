"""Sending a digest: e-mail through the ship notifications' SMTP sender, and a JSON POST of
`{"text": ...}` to a Slack-compatible incoming webhook."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import httpx

from models.alerts import DigestState
from models.notifications import Channel
from service.core.settings import Settings
from service.notify.delivery import Delivery, DeliveryError
from service.notify.email import SmtpNotifier, message_domain

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipients:
    emails: list[str] = field(default_factory=list)
    webhook_url: str | None = None

    @property
    def count(self) -> int:
        return len(self.emails) + (1 if self.webhook_url else 0)


@dataclass
class Outcome:
    """Which recipients accepted the digest, and why the others did not."""

    accepted: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def state(self) -> DigestState:
        if not self.errors:
            return DigestState.sent
        return DigestState.partial if self.accepted else DigestState.failed

    def error_text(self) -> str | None:
        return "; ".join(f"{who}: {why}" for who, why in self.errors.items()) or None


def post_to_webhook(url: str, text: str, timeout: float) -> None:
    """Slack incoming-webhook format; any 2xx is accepted."""
    try:
        response = httpx.post(
            url,
            json={"text": text},
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": "Throughline-Digest/1"},
        )
    except httpx.HTTPError as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
    if not response.is_success:
        raise DeliveryError(f"HTTP {response.status_code}: {response.text[:200]}")


def send(
    settings: Settings,
    recipients: Recipients,
    reference: str,
    workspace_id: int,
    subject: str,
    email_body: str,
    slack_body: str,
) -> Outcome:
    """Try every recipient once; failures are reported, not retried (the next digest comes)."""
    outcome = Outcome()
    if recipients.emails:
        notifier = SmtpNotifier(settings)
        domain = message_domain(settings.mail_from)
        try:
            for position, address in enumerate(recipients.emails):
                delivery = Delivery(
                    notification_id=0,
                    status_change_id=0,
                    workspace_id=workspace_id,
                    requester_id=0,
                    channel=Channel.email,
                    recipient=address,
                    subject=subject,
                    body=email_body,
                    message_id=f"<throughline.digest-{reference}.{position}@{domain}>",
                )
                _try(outcome, address, partial(notifier.send, delivery))
        finally:
            notifier.close()
    if recipients.webhook_url:
        url = recipients.webhook_url
        _try(outcome, "webhook", lambda: post_to_webhook(url, slack_body, settings.smtp_timeout))
    return outcome


def _try(outcome: Outcome, who: str, call: Callable[[], None]) -> None:
    try:
        call()
    except DeliveryError as exc:
        log.warning("digest not accepted recipient=%s error=%s", who, exc)
        outcome.errors[who] = str(exc)
    except Exception as exc:  # an odd peer must not stop the others
        log.exception("digest send failed recipient=%s", who)
        outcome.errors[who] = f"{type(exc).__name__}: {exc}"
    else:
        outcome.accepted.append(who)
