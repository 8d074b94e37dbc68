"""E-mail in: a message sent or forwarded to `<workspace>@<domain>` becomes an item. The item
keeps the message as written (subject and body, quote included); ingest reduces it to the ask
with triage's envelope rules, so a reply counts for its new lines, not the quoted thread.
Idempotent on Message-ID; a reply names its thread's first message in the item's metadata."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from models.channels import ChannelKind
from models.schemas import FeedbackCreate
from service.intake.items import build_item, html_text, malformed
from triage.envelope_rules import FORWARD_MARKER

_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")
_FROM_LINE = re.compile(r"^\s*\*?from:\*?\s*(?P<who>.+)$", re.IGNORECASE)
HEADER_LINES = 8  # how far below a forward marker its From: line may be


@dataclass(frozen=True)
class MailItem:
    """A parsed message: the item, or None with the reason it is not feedback."""

    item: FeedbackCreate | None
    reason: str = ""


def workspace_of(address: str, domain: str | None) -> str | None:
    """The workspace an envelope recipient names, or None if it is for another domain."""
    local, at, host = address.strip().strip("<>").rpartition("@")
    if not at or not local:
        return None
    if domain and host.casefold() != domain.casefold():
        return None
    return local.split("+", 1)[0]  # ws+anything@ reaches ws: for mail filters


def _body(message: EmailMessage) -> str:
    """The plain-text body, else the HTML one as text."""
    part = message.get_body(preferencelist=("plain",))
    if part is not None:
        return str(part.get_content()).strip()
    part = message.get_body(preferencelist=("html",))
    return html_text(str(part.get_content())) if part is not None else ""


def _ids(value: str | None) -> list[str]:
    return _MESSAGE_ID.findall(value or "")


def _thread(message: EmailMessage) -> str | None:
    """The first message of the thread a reply belongs to (References, else In-Reply-To)."""
    chain = _ids(message.get("References")) or _ids(message.get("In-Reply-To"))
    return chain[0] if chain else None


def _address(value: str) -> tuple[str | None, str | None]:
    for name, email in getaddresses([value]):
        if "@" in email:
            return email.casefold(), name or None
    return None, None


def _sender(message: EmailMessage) -> tuple[str | None, str | None]:
    return _address(str(message.get("Reply-To") or message.get("From") or ""))


def _forwarded_sender(body: str) -> tuple[str | None, str | None]:
    """Who wrote a forwarded message: the From: line under the first forward marker. A
    colleague forwarding a customer's mail is not the one asking."""
    lines = body.splitlines()
    for n, line in enumerate(lines):
        if FORWARD_MARKER.match(line):
            for below in lines[n + 1 : n + 1 + HEADER_LINES]:
                if match := _FROM_LINE.match(below):
                    return _address(match["who"])
            return None, None
    return None, None


def _attached(message: EmailMessage) -> EmailMessage | None:
    """A message forwarded as an attachment (message/rfc822), if any."""
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                return inner
    return None


def _when(message: EmailMessage) -> Any:
    try:
        return parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        return None


def _origin(
    message: EmailMessage,
) -> tuple[str, tuple[str | None, str | None], str | None]:
    """The body, who asked (e-mail, name) and who forwarded it, if someone did: inline or as
    an attachment, a forward's original author is the requester."""
    body = _body(message)
    sender = _sender(message)
    if (inner := _attached(message)) is not None:
        parts = (body, f"Subject: {inner['Subject'] or ''}", _body(inner))
        return "\n\n".join(p for p in parts if p), _sender(inner), sender[0]
    original = _forwarded_sender(body)
    if original[0]:
        return body, original, sender[0]
    return body, sender, None


def parse_mail(raw: bytes) -> MailItem:
    """The item for a message; automatic replies and empty messages are not feedback."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    if str(message.get("Auto-Submitted", "no")).casefold() != "no":
        return MailItem(None, "An automatic reply (Auto-Submitted).")
    subject = str(message.get("Subject") or "").strip()
    body, (email, name), forwarded_by = _origin(message)
    if not body and not subject:
        raise malformed("The message has neither subject nor body.")
    ids = _ids(message.get("Message-ID"))
    # Without a Message-ID the content itself identifies a resent copy.
    message_id = ids[0] if ids else "sha256:" + hashlib.sha256(raw).hexdigest()
    text = f"Subject: {subject}\n\n{body}" if subject and body else body or subject
    thread = _thread(message)
    return MailItem(
        build_item(
            text=text,
            source=ChannelKind.email.value,
            external_id=message_id[:200],
            requester=email,
            requester_name=name,
            account=_company(email),
            created_at=_when(message),
            metadata={
                "email": {"subject": subject[:300], "thread": thread, "forwarded_by": forwarded_by}
            },
        )
    )


# Mailbox providers: the sender's domain says nothing about their company.
_PERSONAL = {
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
    "me.com", "live.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "web.de",
}  # fmt: skip


def _company(email: str | None) -> str | None:
    """A work address names its company by domain (acme.com); a personal mailbox names none."""
    if not email:
        return None
    domain = email.rpartition("@")[2].casefold()
    return domain if domain and domain not in _PERSONAL else None
