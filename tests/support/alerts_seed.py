"""A workspace whose digest has something to say: a surging idea and quiet ones, requests
from a rich and a small account, and a failed and a sent ship notification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models.review_tables import DeliveryAttempt, IdeaStatusChange, Notification
from models.tables import Account, FeedbackItem, Idea, Requester, Workspace


@dataclass
class AlertsSeed:
    workspace_id: int
    surging_id: int
    quiet_id: int
    steady_id: int
    failed_notification_id: int
    sent_notification_id: int


class _Items:
    def __init__(self, session: Session, workspace: Workspace) -> None:
        self.session, self.workspace, self.n = session, workspace, 0

    def add(self, idea: Idea, person: Requester, at: datetime, text: str) -> None:
        self.n += 1
        self.session.add(
            FeedbackItem(
                workspace_id=self.workspace.id, idea_id=idea.id, requester_id=person.id,
                account_id=person.account_id, text=text, source="api",
                external_id=f"seed-{self.n}", content_hash=f"hash-{self.n}", decision="new",
                created_at=at, received_at=at,
            )
        )  # fmt: skip


def seed_alerts(session: Session, name: str, now: datetime) -> AlertsSeed:
    """Weekly demand is counted back from `now`: the surging idea had 1 person a week for
    8 weeks and 6 this week; the quiet one 4 every week; the steady one 10 every week."""
    ws = Workspace(name=name)
    session.add(ws)
    session.flush()
    globex = Account(workspace_id=ws.id, name="Globex", mrr=5000.0)
    tiny = Account(workspace_id=ws.id, name="Tiny Shop", mrr=49.0)
    session.add_all([globex, tiny])
    session.flush()
    people = [
        Requester(workspace_id=ws.id, key=f"p{i}@{name}.test", email=f"p{i}@{name}.test")
        for i in range(40)
    ]
    session.add_all(people)
    surging = Idea(workspace_id=ws.id, title="Bulk edit tickets")
    quiet = Idea(workspace_id=ws.id, title="Dark mode")
    steady = Idea(workspace_id=ws.id, title="SSO with Okta")
    session.add_all([surging, quiet, steady])
    session.flush()
    items = _Items(session, ws)
    for week in range(9):
        start = now - timedelta(days=7 * week, hours=12)
        for i in range(6 if week == 0 else 1):
            items.add(surging, people[i], start - timedelta(hours=i), "Let me edit many at once")
        for i in range(4):
            items.add(quiet, people[10 + i], start - timedelta(hours=i), "A dark theme please")
        for i in range(10):
            items.add(steady, people[20 + i], start - timedelta(hours=i), "Okta SSO")
    rich = Requester(workspace_id=ws.id, key="cto@globex.test", account_id=globex.id)
    small = Requester(workspace_id=ws.id, key="owner@tiny.test", account_id=tiny.id)
    session.add_all([rich, small])
    session.flush()
    items.add(quiet, rich, now - timedelta(hours=3), "Globex needs a dark theme for the NOC")
    items.add(quiet, small, now - timedelta(hours=2), "Tiny Shop would like dark mode too")
    items.add(steady, rich, now - timedelta(days=20), "Globex asked for Okta long ago")
    change = IdeaStatusChange(
        workspace_id=ws.id, idea_id=quiet.id, from_status="planned", to_status="shipped",
        actor="pm", created_at=now - timedelta(days=1),
    )  # fmt: skip
    session.add(change)
    session.flush()
    notes = []
    for person, state, error in (
        (people[10], "failed", "HTTP 503: down"),
        (people[11], "sent", None),
    ):
        note = Notification(
            workspace_id=ws.id, status_change_id=change.id, idea_id=quiet.id,
            requester_id=person.id, channel="webhook", recipient="https://hooks.acme.test/in",
            subject="Shipped: Dark mode", body="Shipped", state=state, attempts=8,
            last_error=error, created_at=now - timedelta(days=1),
        )  # fmt: skip
        session.add(note)
        session.flush()
        session.add(
            DeliveryAttempt(
                notification_id=note.id, attempted_at=now - timedelta(hours=5),
                ok=error is None, error=error,
            )
        )  # fmt: skip
        notes.append(note.id)
    session.flush()
    return AlertsSeed(ws.id, surging.id, quiet.id, steady.id, notes[0], notes[1])
