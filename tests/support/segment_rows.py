"""A small backlog written straight into the database for slicing tests: three ideas titled by
a customer's words, people in accounts of known MRR, and items with plan and region metadata."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.tables import Account, FeedbackItem, Idea, Requester
from service.workspaces import store as workspace_store

ACCOUNTS = {"BigCo": 5000.0, "MidCo": 1500.0, "TinyCo": 100.0}
PEOPLE = {
    "ann@big.example": "BigCo",
    "bob@big.example": "BigCo",
    "cat@mid.example": "MidCo",
    "dan@tiny.example": "TinyCo",
    "eve@tiny.example": "TinyCo",
}
PLAN = {"BigCo": "enterprise", "MidCo": "pro", "TinyCo": "starter"}
# idea -> (person, source, days ago, region, text)
BACKLOG = {
    "okta": [
        ("ann@big.example", "slack", 10, "eu", "can we get okta login pls"),
        ("bob@big.example", "email", 40, "us", "Okta single sign-on for our staff"),
        ("cat@mid.example", "support", 5, "eu", "SAML login via Okta"),
        ("dan@tiny.example", "support", 3, "us", "okta sso"),
    ],
    "dark": [
        ("eve@tiny.example", "app_review", 2, "eu", "dark mode!!!"),
        ("dan@tiny.example", "app_review", 20, "us", "my eyes hurt, dark theme please"),
        ("cat@mid.example", "slack", 60, "eu", "a night mode for late shifts"),
    ],
    "csv": [("ann@big.example", "email", 8, "eu", "export csv")],
}


@dataclass
class Backlog:
    workspace_id: int
    ideas: dict[str, int]


def store_segment_backlog(
    factory: sessionmaker[Session], workspace: str, extra_items: int = 0
) -> Backlog:
    """Write the backlog; `extra_items` more anonymous items join the okta idea (paging)."""
    now = datetime.now(UTC)
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        session.flush()
        accounts = {n: Account(workspace_id=ws.id, name=n, mrr=m) for n, m in ACCOUNTS.items()}
        people = {k: Requester(workspace_id=ws.id, key=k) for k in PEOPLE}
        session.add_all([*accounts.values(), *people.values()])
        ideas = {name: Idea(workspace_id=ws.id, title=rows[0][4]) for name, rows in BACKLOG.items()}
        session.add_all(ideas.values())
        session.flush()
        number = 0
        for name, rows in BACKLOG.items():
            for person, source, days, region, text in rows:
                account = accounts[PEOPLE[person]]
                item = _item(ws.id, ideas[name].id, number, text, source, now - timedelta(days))
                item.requester_id, item.account_id = people[person].id, account.id
                item.meta = {"plan": PLAN[account.name], "region": region}
                session.add(item)
                number += 1
        for n in range(extra_items):
            when = now - timedelta(days=90, minutes=n)
            text = f"okta please ({n})"
            session.add(_item(ws.id, ideas["okta"].id, 1000 + n, text, "app_review", when))
        session.flush()
        return Backlog(ws.id, {name: idea.id for name, idea in ideas.items()})


def _item(
    workspace_id: int, idea_id: int, number: int, text: str, source: str, when: datetime
) -> FeedbackItem:
    return FeedbackItem(
        workspace_id=workspace_id,
        idea_id=idea_id,
        text=text,
        source=source,
        external_id=f"seg-{number}",
        created_at=when,
        content_hash=hashlib.sha256(f"{number}{text}".encode()).hexdigest(),
        decision="new",
        meta={},
    )
