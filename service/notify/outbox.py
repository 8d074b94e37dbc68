"""The notification outbox: rows written in the same transaction as the status change, so a
change is never lost and, by the uq_notify_once constraint, never queued twice."""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy.orm import Session

from models.notifications import Channel, NotificationState
from models.review_tables import IdeaStatusChange
from models.schemas import IdeaStatus, WorkspaceSettings
from models.tables import Idea, Requester, Workspace, utcnow
from service.ideas.public import public_title
from service.notify import store as notify_store
from service.workspaces import store as workspace_store

log = logging.getLogger(__name__)

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")

_HEADLINE = {
    IdeaStatus.shipped: ("Shipped", "has shipped"),
    IdeaStatus.in_progress: ("In progress", "is now in progress"),
    IdeaStatus.planned: ("Planned", "is now planned"),
    IdeaStatus.declined: ("Declined", "was declined"),
    IdeaStatus.open: ("Reopened", "is open again"),
}


def email_address(requester: Requester) -> str | None:
    """The stored address, else the identity key when it is an e-mail address."""
    for candidate in (requester.email, requester.key):
        if candidate and _EMAIL.match(candidate.strip()):
            return candidate.strip()
    return None


def enqueue_status_change(session: Session, change: IdeaStatusChange) -> int:
    """Queue one message per person behind the idea (merged ideas included) and channel.

    E-mail when the workspace sends e-mail and the person has an address and did not
    unsubscribe; a webhook call per person when a webhook URL is set. The unsubscribe link is
    added at delivery time (it needs the server's public URL and secret). Returns how many
    rows were new: enqueueing the same change again adds nothing."""
    settings = workspace_store.read_settings(session, change.workspace_id)
    idea = session.get(Idea, change.idea_id)
    workspace = session.get(Workspace, change.workspace_id)
    if idea is None or workspace is None:
        return 0
    family = notify_store.idea_family(session, change.workspace_id, change.idea_id)
    title = public_title(idea)  # the PM's title, never a customer's quote
    rows: list[dict[str, Any]] = []
    for requester in notify_store.requesters_behind(session, change.workspace_id, family):
        rows.extend(_rows_for(change, title, workspace, settings, requester))
    inserted = notify_store.insert_notifications(session, rows)
    log.info(
        "notifications queued status_change=%s idea=%s candidates=%s new=%s",
        change.id,
        change.idea_id,
        len(rows),
        inserted,
    )
    return inserted


def _rows_for(
    change: IdeaStatusChange,
    title: str,
    workspace: Workspace,
    settings: WorkspaceSettings,
    requester: Requester,
) -> list[dict[str, Any]]:
    subject, body = render_message(change, title, workspace.name, requester.name)
    now = utcnow()
    common = {
        "workspace_id": change.workspace_id,
        "status_change_id": change.id,
        "idea_id": change.idea_id,
        "requester_id": requester.id,
        "subject": subject[:300],
        "body": body,
        "payload": _payload(change, title, workspace.name, requester),
        "state": str(NotificationState.pending),
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }
    rows = []
    address = email_address(requester)
    if settings.notify_email and address and requester.unsubscribed_at is None:
        rows.append({**common, "channel": str(Channel.email), "recipient": address})
    if settings.webhook_url:
        rows.append({**common, "channel": str(Channel.webhook), "recipient": settings.webhook_url})
    return rows


def render_message(
    change: IdeaStatusChange, title: str, workspace: str, name: str | None
) -> tuple[str, str]:
    """Subject and plain-text body; the unsubscribe footer is appended when sending."""
    label, phrase = _HEADLINE.get(IdeaStatus(change.to_status), ("Update", "has an update"))
    lines = [f"Hi {name}," if name else "Hi,", ""]
    lines.append(f'You asked {workspace} for "{title}". It {phrase}.')
    if change.note:
        lines += ["", change.note]
    lines += ["", "Thank you for telling us what you need."]
    return f"{label}: {title}", "\n".join(lines)


def _payload(
    change: IdeaStatusChange, title: str, workspace: str, requester: Requester
) -> dict[str, Any]:
    """The webhook body (the notification id is added when it is sent)."""
    return {
        "event": "idea.status_changed",
        "workspace": workspace,
        "status_change_id": change.id,
        "idea": {"id": change.idea_id, "title": title},
        "from_status": change.from_status,
        "to_status": change.to_status,
        "note": change.note,
        "changed_at": (change.created_at or utcnow()).isoformat(),
        "requester": {
            "id": requester.id,
            "key": requester.key,
            "name": requester.name,
            "email": email_address(requester),
        },
    }
