"""Rows written straight into the database for drafting and cycle tests: the demo sample as
ideas (one per theme), without embedding every item first, and OKR drafts."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.okr import KeyResult, Objective, OkrSet
from models.okr_tables import OkrDraft
from models.tables import Account, FeedbackItem, Idea, Requester
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store


def store_sample(factory: sessionmaker[Session], workspace: str, n: int = 600) -> int:
    """Write the demo sample's items straight into ideas (one per theme): fast, real rows."""
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        session.flush()
        accounts: dict[str, Account] = {}
        people: dict[str, Requester] = {}
        ideas: dict[str, Idea] = {}
        for number, item in enumerate(generate_feedback(n, seed=11, end=datetime.now(UTC).date())):
            if item.theme is None:
                continue
            if item.theme not in ideas:
                ideas[item.theme] = Idea(workspace_id=ws.id, title=item.theme, keywords=[])
                session.add(ideas[item.theme])
            account = accounts.get(item.account or "")
            if item.account and account is None:
                account = accounts[item.account] = Account(
                    workspace_id=ws.id, name=item.account, mrr=item.mrr
                )
                session.add(account)
            person = people.get(item.requester_email or "")
            if item.requester_email and person is None:
                person = people[item.requester_email] = Requester(
                    workspace_id=ws.id, key=item.requester_email
                )
                session.add(person)
            session.flush()
            session.add(
                FeedbackItem(
                    workspace_id=ws.id,
                    idea_id=ideas[item.theme].id,
                    requester_id=person.id if person else None,
                    account_id=account.id if account else None,
                    text=item.text,
                    source=item.source,
                    external_id=f"{item.external_id}-{number}",
                    created_at=item.created_at,
                    content_hash=hashlib.sha256(f"{number}{item.text}".encode()).hexdigest(),
                    decision="new",
                )
            )
        return ws.id


def store_draft(factory: sessionmaker[Session], workspace: str, okr_set: OkrSet) -> int:
    """An offline draft of `okr_set` that passed the critic, as the drafting code stores one."""
    assert okr_set.cycle is not None
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        draft = OkrDraft(
            workspace_id=ws.id,
            cycle_name=okr_set.cycle,
            provider="offline",
            okr_set=okr_set.model_dump(mode="json"),
            passed=True,
        )
        session.add(draft)
        session.flush()
        return draft.id


def checkout_objective(owner: str, metric: str | None = None) -> Objective:
    """One objective with a rising and a falling KR, the pair the cycle tests score by hand."""
    return Objective(
        title="Make paying for our product a no-brainer",
        owner=owner,
        key_results=[
            KeyResult(
                text="Raise self-serve upgrades from 140 to 260 a month",
                metric=metric,
                direction="increase",
                baseline=140,
                target=260,
            ),
            KeyResult(
                text="Cut checkout p95 latency from 2.4 s to 0.9 s",
                direction="decrease",
                baseline=2.4,
                target=0.9,
                unit="s",
            ),
        ],
    )
