"""E-mail over SMTP (plain, STARTTLS or implicit TLS; login when credentials are set)."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from models.metrics import VERDICT_LABELS, Verdict
from models.notifications import Channel
from service.core.settings import Settings
from service.notify.delivery import Delivery, DeliveryError

log = logging.getLogger(__name__)


def message_domain(mail_from: str) -> str:
    address = parseaddr(mail_from)[1]
    return address.rpartition("@")[2] or "throughline.invalid"


def build_message(delivery: Delivery, mail_from: str) -> EmailMessage:
    """The e-mail for one outbox row. The Message-ID is derived from the row, so a copy that
    goes out twice (a crash right after the server accepted) can be dropped by id."""
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = delivery.recipient
    message["Subject"] = delivery.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = delivery.message_id or (
        f"<throughline.n{delivery.notification_id}.c{delivery.status_change_id}"
        f"@{message_domain(mail_from)}>"
    )
    message["Auto-Submitted"] = "auto-generated"
    body = delivery.body + verdict_block(delivery.verdict_urls)
    if delivery.unsubscribe_url:
        # RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs here.
        message["List-Unsubscribe"] = f"<{delivery.unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        body += f"\n\n--\nNo more updates like this: {delivery.unsubscribe_url}\n"
    message.set_content(body)
    return message


def verdict_block(urls: dict[str, str]) -> str:
    """The ship e-mail's one-click answers, in plain text (every mail client shows links)."""
    if not urls:
        return ""
    lines = ["", "", "Did it solve it? One click answers:"]
    lines += [f"  {VERDICT_LABELS[Verdict(answer)]}: {url}" for answer, url in urls.items()]
    return "\n".join(lines)


class SmtpNotifier:
    """Sends through one SMTP connection, opened on first use and reused until close() or
    an error (after which the next send reconnects)."""

    channel = Channel.email

    def __init__(self, settings: Settings, ssl_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.ssl_context = ssl_context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        smtp: smtplib.SMTP
        if s.smtp_security == "ssl":
            smtp = smtplib.SMTP_SSL(
                s.smtp_host, s.smtp_port, timeout=s.smtp_timeout, context=self.ssl_context
            )
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
        try:
            smtp.ehlo()
            if s.smtp_security == "starttls":
                smtp.starttls(context=self.ssl_context)
                smtp.ehlo()
            if s.smtp_username:
                smtp.login(s.smtp_username, s.smtp_password)
        except BaseException:
            _quietly_close(smtp)
            raise
        return smtp

    def send(self, delivery: Delivery) -> None:
        message = build_message(delivery, self.settings.mail_from)
        envelope_from = parseaddr(self.settings.mail_from)[1] or None
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            self._smtp.send_message(message, from_addr=envelope_from, to_addrs=[delivery.recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryError(
                f"recipient refused: {exc.recipients}", permanent=all(c >= 500 for c in codes)
            ) from exc
        except smtplib.SMTPDataError as exc:
            self.close()
            raise DeliveryError(
                f"message refused: {exc.smtp_code} {_text(exc.smtp_error)}",
                permanent=exc.smtp_code >= 500,
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            # Unreachable, disconnected, TLS or login trouble: worth another try later.
            self.close()
            raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        if self._smtp is not None:
            _quietly_close(self._smtp)
            self._smtp = None


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _quietly_close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()
