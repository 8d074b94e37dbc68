"""The signed generic webhook: any tool posts a small JSON object (see models.channels)."""

from __future__ import annotations

from pydantic import ValidationError

from models.channels import ChannelKind, WebhookPayload
from models.schemas import FeedbackCreate
from service.intake.items import build_item, malformed, read_json


def webhook_item(body: bytes) -> FeedbackCreate:
    data = read_json(body)
    try:
        payload = WebhookPayload.model_validate(data)
    except ValidationError as exc:
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg"))} for e in exc.errors()]
        raise malformed("The body does not match the webhook format.", errors=errors) from None
    return build_item(
        text=payload.text,
        source=ChannelKind.webhook.value,
        external_id=payload.id,
        requester=payload.email,
        requester_name=payload.name,
        account=payload.company,
        mrr=payload.mrr,
        created_at=payload.created_at,
        metadata=payload.metadata,
    )
