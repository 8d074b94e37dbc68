"""Slack: the `/throughline <text>` slash command and the "Send to Throughline" message
shortcut, read from Slack's form-encoded requests, and answers in Slack's message format."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from models.channels import ChannelKind, IntakeResult
from models.schemas import FeedbackCreate
from service.core.errors import DomainError
from service.intake.items import build_item, malformed, obj, text_of

log = logging.getLogger(__name__)

RESPONSE_TIMEOUT = 5.0
USAGE = "Send feedback with `/throughline <what the customer asked for>`."


@dataclass(frozen=True)
class SlackRequest:
    """A slash command or message shortcut, as an item (or None: nothing to store)."""

    item: FeedbackCreate | None
    response_url: str | None


def _form(body: bytes) -> dict[str, str]:
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise malformed("The body is not form-encoded text.") from None
    return {k: v[0] for k, v in fields.items() if v}


def _requester(team: str, user: str) -> str:
    return f"slack:{team}:{user}"


def is_ssl_check(body: bytes) -> bool:
    """Slack's certificate check on a slash command URL (`ssl_check=1`, no command)."""
    try:
        form = _form(body)
    except DomainError:
        return False
    return form.get("ssl_check") == "1" and "command" not in form


def command_request(body: bytes) -> SlackRequest:
    """`/throughline <text>`: the person who typed it asks; the trigger id is unique per use."""
    form = _form(body)
    team, user, trigger = form.get("team_id"), form.get("user_id"), form.get("trigger_id")
    if not (team and user and trigger and form.get("command")):
        raise malformed("A slash command needs command, team_id, user_id and trigger_id.")
    text = form.get("text", "").strip()
    if not text:
        return SlackRequest(None, form.get("response_url"))
    item = build_item(
        text=text,
        source=ChannelKind.slack.value,
        external_id=f"command:{trigger}"[:200],
        requester=_requester(team, user),
        requester_name=text_of(form.get("user_name")),
        metadata={"slack": {"team": team, "channel": form.get("channel_id"), "kind": "command"}},
    )
    return SlackRequest(item, form.get("response_url"))


def shortcut_request(body: bytes) -> SlackRequest:
    """A message shortcut: the message's author asks; one item per message, whoever sends it."""
    raw = _form(body).get("payload")
    if not raw:
        raise malformed("An interactive request carries a `payload` field.")
    try:
        payload = json.loads(raw)
    except ValueError:
        raise malformed("The payload field is not JSON.") from None
    if not isinstance(payload, dict) or payload.get("type") != "message_action":
        raise malformed("Only message shortcuts (type message_action) are handled here.")
    message, team = obj(payload.get("message")), obj(payload.get("team"))
    channel, user = obj(payload.get("channel")), obj(payload.get("user"))
    team_id, ts = text_of(team.get("id")), text_of(message.get("ts"))
    if not (team_id and ts and channel.get("id")):
        raise malformed("A message shortcut needs team.id, channel.id and message.ts.")
    author = text_of(message.get("user")) or text_of(user.get("id")) or "unknown"
    profile = obj(message.get("user_profile"))
    item = build_item(
        text=text_of(message.get("text")) or "",
        source=ChannelKind.slack.value,
        external_id=f"message:{channel['id']}:{ts}"[:200],
        requester=_requester(team_id, author),
        requester_name=text_of(profile.get("real_name")) or text_of(profile.get("name")),
        account=_external_team(message, team_id),
        metadata={
            "slack": {"team": team_id, "channel": channel.get("id"), "ts": ts, "kind": "shortcut"},
            "sent_by": text_of(user.get("id")),
        },
    )
    return SlackRequest(item, text_of(payload.get("response_url")))


def _external_team(message: dict[str, Any], team_id: str) -> str | None:
    """In a Slack Connect channel a customer's message carries their own team: that's the
    account. Our own team's messages name no account."""
    other = text_of(message.get("user_team"))
    return f"slack-team:{other}" if other and other != team_id else None


def slack_answer(result: IntakeResult | None) -> dict[str, Any]:
    """An ephemeral message (only the sender sees it) saying what happened."""
    return {"response_type": "ephemeral", "text": result.message if result else USAGE}


def post_response(response_url: str, answer: dict[str, Any]) -> None:
    """Tell the sender what happened through the request's response_url: Slack shows a message
    shortcut's answer only this way (its HTTP answer is just an acknowledgement). The URL is
    trusted because the request that carried it passed Slack's signature check."""
    if urlsplit(response_url).scheme not in ("http", "https"):
        return
    try:
        with httpx.Client(timeout=RESPONSE_TIMEOUT, follow_redirects=False) as client:
            reply = client.post(response_url, json=answer)
        if not reply.is_success:
            log.warning("slack response_url answered %s", reply.status_code)
    except httpx.HTTPError as exc:  # the item is stored; only the courtesy message is lost
        log.warning("slack response_url failed: %s", exc)
