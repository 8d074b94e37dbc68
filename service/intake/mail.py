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

_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


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


def _sender(message: EmailMessage) -> tuple[str | None, str | None]:
    pairs = getaddresses([str(message.get("Reply-To") or message.get("From") or "")])
    for name, email in pairs:
        if "@" in email:
            return email.casefold(), name or None
    return None, None


def _when(message: EmailMessage) -> Any:
    try:
        return parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        return None


def parse_mail(raw: bytes) -> MailItem:
    """The item for a message; automatic replies and empty messages are not feedback."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    if str(message.get("Auto-Submitted", "no")).casefold() != "no":
        return MailItem(None, "An automatic reply (Auto-Submitted).")
    subject = str(message.get("Subject") or "").strip()
    body = _body(message)
    if not body and not subject:
        raise malformed("The message has neither subject nor body.")
    ids = _ids(message.get("Message-ID"))
    # Without a Message-ID the content itself identifies a resent copy.
    message_id = ids[0] if ids else "sha256:" + hashlib.sha256(raw).hexdigest()
    email, name = _sender(message)
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
            metadata={"email": {"subject": subject[:300], "thread": thread}},
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
