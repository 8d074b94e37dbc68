"""Each idea's stored demand row (service.ideas.demand_row_store) equals a recount from its items
after every kind of change: ingest, merge, undo, split, re-clustering, an account's new MRR,
and a write made outside the service, which readers must not trust until it is recounted."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select, text

from models.board_tables import IdeaDemand
from models.db import unit_of_work
from models.demand import DemandSignal
from models.tables import Account, FeedbackItem, Requester
from service.context import AppContext
from triage.demand import measure_demand

API = "/api/v1"
ASKED = {
    "dark": ["Please add a dark mode", "Dark theme for the app", "Night mode would be great"],
    "csv": ["Export reports to CSV", "Let me download a CSV export", "CSV export of the table"],
    "okta": ["Single sign-on with Okta", "SSO through Okta please", "Log in with our Okta"],
}
PEOPLE: list[tuple[str | None, str | None, float | None]] = [
    ("ann@big.example", "BigCo", 5000),
    ("bob@big.example", "BigCo", 5000),
    ("cy@mid.example", "MidCo", 1500),
    (None, None, None),  # anonymous
]


def _stored(context: AppContext) -> dict[int, tuple[Any, ...]]:
    with unit_of_work(context.factory) as session:
        rows = session.scalars(select(IdeaDemand)).all()
        return {r.idea_id: _row(r) for r in rows}


def _row(r: IdeaDemand) -> tuple[Any, ...]:
    figures = (r.item_count, r.unique_requesters, r.unique_accounts, round(r.revenue, 2))
    marks = (r.embedded_items, r.embedded_id_sum, r.embedded_id_squares)
    return (r.stale, *figures, r.first_seen, r.last_seen, *marks)


def _recount(context: AppContext) -> dict[int, tuple[Any, ...]]:
    """The same figures from the items one by one, by `measure_demand` and plain sums."""
    signals: dict[int, list[DemandSignal]] = defaultdict(list)
    embedded: dict[int, list[int]] = defaultdict(list)
    query = (
        select(FeedbackItem, Requester.key, Account.name, Account.mrr)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.idea_id.is_not(None))
    )
    with unit_of_work(context.factory) as session:
        for item, person, account, mrr in session.execute(query):
            idea_id = int(item.idea_id or 0)
            signals[idea_id].append(
                DemandSignal(
                    requester=person,
                    account=account,
                    mrr=mrr,
                    source=item.source,
                    created_at=item.created_at,
                )
            )
            if item.embedding is not None:
                embedded[idea_id].append(item.id)
    now = datetime.now(UTC)
    counted = {}
    for idea_id, found in signals.items():
        d = measure_demand(found, now)
        ids = embedded[idea_id]
        marks = (len(ids), sum(ids), sum(i * i for i in ids))
        figures = (d.item_count, d.unique_requesters, d.unique_accounts, round(d.revenue, 2))
        counted[idea_id] = (False, *figures, d.first_seen, d.last_seen, *marks)
    return counted


def _board(client: TestClient, auth: dict[str, str], **params: Any) -> dict[int, dict[str, Any]]:
    answer = client.get(f"{API}/ideas", params={"limit": 500, **params}, headers=auth)
    assert answer.status_code == 200, answer.text
    return {i["id"]: i["demand"] for i in answer.json()["ideas"]}


def _agrees(context: AppContext, client: TestClient, auth: dict[str, str]) -> None:
    """Stored rows are current (none stale) and equal the recount; the board serves them."""
    recount = _recount(context)
    assert _stored(context) == recount
    board = _board(client, auth, sort="unique_requesters")
    assert board.keys() >= recount.keys()
    for idea_id, demand in board.items():  # an idea left without items shows zeros
        expected = recount[idea_id][1:5] if idea_id in recount else (0, 0, 0, 0.0)
        served = (demand["item_count"], demand["unique_requesters"], demand["unique_accounts"])
        assert (*served, demand["revenue"]) == expected


def _post(client: TestClient, auth: dict[str, str], said: str, n: int, mrr: float | None) -> int:
    person, account, default_mrr = PEOPLE[n % len(PEOPLE)]
    body: dict[str, Any] = {"text": said, "source": ["email", "slack"][n % 2]}
    if person:
        body |= {"requester": person, "account": account, "mrr": mrr or default_mrr}
    answer = client.post(f"{API}/feedback", json=body, headers=auth)
    assert answer.status_code == 201, answer.text
    return int(answer.json()["idea_id"])


def test_stored_rows_follow_ingest_merge_undo_split_mrr_and_recluster(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    topics: dict[str, set[int]] = defaultdict(set)
    for n, (topic, said) in enumerate((t, s) for t, group in ASKED.items() for s in group):
        topics[topic].add(_post(client, auth, said, n, None))
    _agrees(context, client, auth)
    dark, csv = min(topics["dark"]), min(topics["csv"])
    before = _stored(context)[dark]

    merged = client.post(f"{API}/ideas/{csv}/merge", json={"into_idea_id": dark}, headers=auth)
    assert merged.status_code == 200, merged.text
    _agrees(context, client, auth)
    assert csv not in _stored(context) and _stored(context)[dark][1] > before[1]

    undone = client.post(f"{API}/audit/{merged.json()['audit_id']}/undo", headers=auth)
    assert undone.status_code == 200, undone.text
    _agrees(context, client, auth)
    assert _stored(context)[dark] == before

    again = client.post(f"{API}/ideas/{csv}/merge", json={"into_idea_id": dark}, headers=auth)
    assert again.status_code == 200, again.text
    moved = again.json()["moved_item_ids"][:1]
    split = client.post(f"{API}/ideas/{dark}/split", json={"item_ids": moved}, headers=auth)
    assert split.status_code == 200, split.text
    _agrees(context, client, auth)

    revenue = _board(client, auth)[dark]["revenue"]
    _post(client, auth, "Please add a dark mode", 0, 7000)  # BigCo's MRR moves to 7,000
    _agrees(context, client, auth)
    assert any(d["revenue"] > revenue for d in _board(client, auth).values())

    started = client.post(f"{API}/ideas:recluster", headers=auth)
    assert started.status_code == 202, started.text
    for _ in range(300):
        job = client.get(f"{API}/jobs/{started.json()['id']}", headers=auth).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert job["status"] == "done", job
    _agrees(context, client, auth)


def test_a_write_outside_the_service_is_counted_until_recounted(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    ideas = [_post(client, auth, group[0], n, None) for n, group in enumerate(ASKED.values())]
    first, second = ideas[0], ideas[1]
    with unit_of_work(context.factory) as session:
        item = session.scalars(select(FeedbackItem.id).where(FeedbackItem.idea_id == first)).one()
    with context.engine.begin() as connection:  # no session: nothing recounts on commit
        connection.execute(
            text("UPDATE feedback_items SET idea_id = :to WHERE id = :item"),
            {"to": second, "item": item},
        )
    with context.engine.connect() as connection:
        stale = set(connection.scalars(text("SELECT idea_id FROM idea_demand WHERE stale")))
    assert stale == {first, second}
    # Readers count stale ideas themselves: the board and a search already show the move.
    board = _board(client, auth)
    assert board[first]["item_count"] == 0 and board[second]["item_count"] == 2
    ranked = _board(client, auth, sort="item_count")
    assert next(iter(ranked)) == second
    found = client.get(f"{API}/ideas:search", params={"q": "dark"}, headers=auth).json()
    assert {c["id"]: c["item_count"] for c in found}.get(second) == 2
    with unit_of_work(context.factory):
        pass  # any commit of the service recounts what is stale
    _agrees(context, client, auth)
