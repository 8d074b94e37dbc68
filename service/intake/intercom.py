"""Intercom: a webhook notification about a conversation; it becomes an item once the
conversation carries the channel's product-feedback tag (e.g. topic conversation_part.tag.created).
"""

from __future__ import annotations

from typing import Any

from models.channels import ChannelKind
from models.schemas import FeedbackCreate
from service.intake.items import (
    build_item,
    epoch_time,
    html_text,
    malformed,
    money,
    obj,
    read_json,
    text_of,
)


def _tags(conversation: dict[str, Any]) -> set[str]:
    """The conversation's tags, with those just added (tag notifications carry `tags_added`)."""
    names: set[str] = set()
    for key in ("tags", "tags_added"):
        tags = conversation.get(key)
        listed = obj(tags).get("tags") if isinstance(tags, dict) else tags
        for tag in listed if isinstance(listed, list) else []:
            if name := text_of(obj(tag).get("name")):
                names.add(name.casefold())
    return names


def _customer_text(conversation: dict[str, Any]) -> str:
    """The conversation's opening message, else the first part a customer wrote."""
    source = obj(conversation.get("source"))
    text = html_text(text_of(source.get("body")))
    if text:
        subject = html_text(text_of(source.get("subject")))
        return f"{subject}\n{text}" if subject and subject not in text else text
    parts = obj(conversation.get("conversation_parts")).get("conversation_parts")
    for part in parts if isinstance(parts, list) else []:
        part = obj(part)
        if obj(part.get("author")).get("type") in ("user", "lead", "contact"):
            if text := html_text(text_of(part.get("body"))):
                return text
    return ""


def _company(conversation: dict[str, Any]) -> dict[str, Any]:
    """The customer's company where the notification carries one: on the conversation or on its
    first contact (Intercom's `monthly_spend` is the company's revenue)."""
    if company := obj(conversation.get("company")):
        return company
    contacts = obj(conversation.get("contacts")).get("contacts")
    for contact in contacts if isinstance(contacts, list) else []:
        companies = obj(contact).get("companies")
        listed = obj(companies).get("data") if isinstance(companies, dict) else companies
        for company in listed if isinstance(listed, list) else []:
            if text_of(obj(company).get("name")):
                return obj(company)
    return {}


def intercom_item(body: bytes, tag: str | None) -> FeedbackCreate | None:
    """The item for a tagged conversation; None for a ping, another object or no tag."""
    data = read_json(body)
    if data.get("type") != "notification_event" or not text_of(data.get("topic")):
        raise malformed("An Intercom notification has type notification_event and a topic.")
    if data["topic"] == "ping":
        return None
    conversation = obj(obj(data.get("data")).get("item"))
    if conversation.get("type") != "conversation":
        return None
    conversation_id = text_of(conversation.get("id"))
    if not conversation_id:
        raise malformed("The conversation has no id.")
    if tag and tag.casefold() not in _tags(conversation):
        return None
    author = obj(obj(conversation.get("source")).get("author"))
    company = _company(conversation)
    custom = obj(company.get("custom_attributes"))
    return build_item(
        text=_customer_text(conversation),
        source=ChannelKind.intercom.value,
        external_id=conversation_id,
        requester=text_of(author.get("email")) or text_of(author.get("id")),
        requester_name=text_of(author.get("name")),
        account=text_of(company.get("name")),
        mrr=money(company.get("monthly_spend")) or money(custom.get("mrr")),
        created_at=epoch_time(conversation.get("created_at")),
        metadata={"intercom": {"topic": data["topic"], "notification": data.get("id")}},
    )
