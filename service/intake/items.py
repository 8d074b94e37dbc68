"""Turning what a channel sent into a validated feedback item: JSON reading, HTML to text,
lenient money values, and one clear error for anything malformed."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from models.schemas import FeedbackCreate
from service.core.errors import DomainError, InvalidInput

_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/h\d)\s*/?\s*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def malformed(detail: str, **extra: Any) -> InvalidInput:
    return InvalidInput(detail, code="malformed_payload", **extra)


def read_json(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a 400 that says it is not one."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise DomainError("The body is not valid JSON.", code="invalid_json") from None
    if not isinstance(data, dict):
        raise malformed("The body must be a JSON object.")
    return data


def obj(value: Any) -> dict[str, Any]:
    """A nested object, or empty when the sender left it out (vendors omit freely)."""
    return value if isinstance(value, dict) else {}


def text_of(value: Any) -> str | None:
    """A non-empty string or number as text; anything else is absent."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def html_text(value: str | None) -> str:
    """Plain text of an HTML body (Intercom sends HTML): breaks kept, tags dropped."""
    if not value:
        return ""
    text = _TAGS.sub("", _BREAKS.sub("\n", value))
    lines = [" ".join(line.split()) for line in html.unescape(text).splitlines()]
    return "\n".join(line for line in lines if line).strip()


def money(value: Any) -> float | None:
    """A revenue figure from a number or a string like "1,200" or "$99.50"; absent otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        cleaned = re.sub(r"[^\d.\-]", "", str(value))
        try:
            number = float(cleaned)
        except ValueError:
            return None
    return number if number >= 0 and number == number and number != float("inf") else None


def epoch_time(value: Any) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 1e11:
        return datetime.fromtimestamp(value, UTC)
    return None


def build_item(**fields: Any) -> FeedbackCreate:
    """A FeedbackCreate from mapped fields (None left out), or a 422 naming what is wrong."""
    values = {k: v for k, v in fields.items() if v is not None}
    try:
        return FeedbackCreate.model_validate(values)
    except ValidationError as exc:
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg"))} for e in exc.errors()]
        raise malformed("The message does not make a feedback item.", errors=errors) from None
