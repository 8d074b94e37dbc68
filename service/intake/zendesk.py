"""Zendesk: a webhook for a ticket tagged as product feedback. Two bodies are read: the JSON a
trigger sends (the README gives the body to paste, with the organization and its MRR) and
Zendesk's own ticket event (`detail`), which names the organization only by id."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.channels import ChannelKind
from models.schemas import FeedbackCreate
from service.intake.items import build_item, malformed, money, obj, read_json, text_of


def _tags(value: Any) -> set[str]:
    if isinstance(value, str):  # a trigger's {{ticket.tags}} is space separated
        return {t.casefold() for t in value.split()}
    if isinstance(value, list):
        return {t.casefold() for t in (text_of(v) for v in value) if t}
    return set()


def _when(value: Any) -> datetime | None:
    text = text_of(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _ticket_text(ticket: dict[str, Any]) -> str:
    subject = text_of(ticket.get("subject")) or text_of(ticket.get("title")) or ""
    description = text_of(ticket.get("description")) or ""
    if subject and subject not in description:
        return f"{subject}\n{description}".strip()
    return description or subject


def _user_ref(ticket: dict[str, Any]) -> str | None:
    user = text_of(ticket.get("requester_id"))
    return f"zendesk-user:{user}" if user else None


def _org_ref(ticket: dict[str, Any]) -> str | None:
    """A ticket event names the organization by id only (0: none)."""
    org = text_of(ticket.get("organization_id"))
    return f"zendesk-org:{org}" if org and org != "0" else None


def zendesk_item(body: bytes, tag: str | None) -> FeedbackCreate | None:
    """The item for a tagged ticket; None when the ticket lacks the tag."""
    data = read_json(body)
    event = isinstance(data.get("detail"), dict)
    ticket = obj(data.get("detail")) if event else obj(data.get("ticket"))
    ticket_id = text_of(ticket.get("id"))
    if not ticket_id:
        raise malformed("Send a `ticket` object (or a Zendesk ticket event) with its id.")
    if tag and tag.casefold() not in _tags(ticket.get("tags")):
        return None
    requester, organization = obj(ticket.get("requester")), obj(ticket.get("organization"))
    org_fields = obj(organization.get("custom_fields"))
    return build_item(
        text=_ticket_text(ticket),
        source=ChannelKind.zendesk.value,
        external_id=ticket_id,
        requester=text_of(requester.get("email")) or _user_ref(ticket),
        requester_name=text_of(requester.get("name")),
        account=text_of(organization.get("name")) or _org_ref(ticket),
        mrr=money(organization.get("mrr")) or money(org_fields.get("mrr")),
        created_at=_when(ticket.get("created_at")),
        metadata={"zendesk": {"event": text_of(data.get("type")), "ticket": ticket_id}},
    )
