"""The board's fast paths agree with a plain recomputation: demand counted by the database
equals `measure_demand` over the items a brute-force filter keeps, metadata filters read the
trigger-kept rows, and cached idea centroids follow new items, merges and splits."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import numpy as np
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from models.db import unit_of_work
from models.demand import DemandSignal
from models.tables import Account, FeedbackItem, Idea, Requester
from service.context import AppContext
from service.workspaces import store as workspace_store
from triage.demand import measure_demand

API = "/api/v1"
SOURCES = ["slack", "email", "support", "app_review"]
ACCOUNTS = {"BigCo": 5000.0, "MidCo": 1500.0, "TinyCo": 100.0, "FreeCo": None}
# Metadata as importers write it: keys and values in any case, padded text, numbers, flags.
PLANS = ["Enterprise", " pro ", "STARTER", "pro"]
REGIONS = ["eu", "US", "us "]


def _item_meta(rng: random.Random) -> dict[str, Any]:
    meta: dict[str, Any] = {rng.choice(["plan", "Plan"]): rng.choice(PLANS)}
    if rng.random() < 0.7:
        meta["region"] = rng.choice(REGIONS)
    if rng.random() < 0.5:
        meta["seats"] = rng.choice([5, 5.0, 12, 2.5])
    if rng.random() < 0.3:
        meta["beta"] = rng.choice([True, False])
    if rng.random() < 0.2:
        meta["tags"] = ["ui"]  # never matches a filter
    return meta


def store_random_backlog(context: AppContext, seed: int = 7) -> int:
    """Six ideas, 150 items: people with and without accounts, anonymous items, accounts
    without MRR, items across 100 days. Returns the workspace id."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        session.flush()
        accounts = [Account(workspace_id=ws.id, name=n, mrr=m) for n, m in ACCOUNTS.items()]
        people = [Requester(workspace_id=ws.id, key=f"p{n}@example.com") for n in range(25)]
        ideas = [Idea(workspace_id=ws.id, title=f"idea {n}") for n in range(6)]
        session.add_all([*accounts, *people, *ideas])
        session.flush()
        for n in range(150):
            person = rng.choice([None, *people])
            account = rng.choice([None, *accounts]) if person is not None else None
            text = f"request {n} about {rng.choice(['export', 'okta', 'dark mode'])}"
            session.add(
                FeedbackItem(
                    workspace_id=ws.id,
                    idea_id=rng.choice(ideas).id,
                    requester_id=person.id if person else None,
                    account_id=account.id if account else None,
                    text=text,
                    source=rng.choice(SOURCES),
                    external_id=f"r-{n}",
                    created_at=now - timedelta(days=rng.uniform(0, 100)),
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    decision="new",
                    meta=_item_meta(rng),
                )
            )
        return ws.id


def _plain(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _keeps(row: dict[str, Any], params: dict[str, Any]) -> bool:
    """The brute-force filter: the documented meaning of each parameter, item by item."""
    if params.get("source") and row["source"] not in params["source"]:
        return False
    if params.get("account") and row["account"] not in params["account"]:
        return False
    if "mrr_min" in params and (row["mrr"] is None or row["mrr"] < params["mrr_min"]):
        return False
    if "mrr_max" in params and (row["mrr"] is None or row["mrr"] >= params["mrr_max"]):
        return False
    day = row["created_at"].date()
    if "since" in params and day < params["since"]:
        return False
    if "until" in params and day > params["until"]:
        return False
    wanted: dict[str, set[str]] = {}
    for pair in params.get("meta", []):
        key, value = pair.split(":", 1)
        wanted.setdefault(key.strip(), set()).add(value.strip().casefold())  # keys as typed
    meta = {str(k).casefold(): v for k, v in row["meta"].items()}
    return all(
        key.casefold() in meta
        and not isinstance(meta[key.casefold()], dict | list)
        and _plain(meta[key.casefold()]).strip().casefold() in values
        for key, values in wanted.items()
    )


def _rows(context: AppContext, workspace_id: int) -> list[dict[str, Any]]:
    query = (
        select(FeedbackItem, Requester.key, Account.name, Account.mrr)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id.is_not(None))
    )
    with unit_of_work(context.factory) as session:
        return [
            {
                "idea_id": cast(int, item.idea_id),
                "requester": requester,
                "account": account,
                "mrr": mrr,
                "source": item.source,
                "created_at": item.created_at,
                "meta": item.meta or {},
            }
            for item, requester, account, mrr in session.execute(query)
        ]


def _expected(rows: list[dict[str, Any]], params: dict[str, Any]) -> dict[int, dict[str, Any]]:
    signals: dict[int, list[DemandSignal]] = {}
    for row in rows:
        if _keeps(row, params):
            signals.setdefault(row["idea_id"], []).append(
                DemandSignal(
                    requester=row["requester"],
                    account=row["account"],
                    mrr=row["mrr"],
                    source=row["source"],
                    created_at=row["created_at"],
                )
            )
    now = datetime.now(UTC)
    return {i: measure_demand(s, now).model_dump(mode="json") for i, s in signals.items()}


def _served(client: TestClient, auth: dict[str, str], params: dict[str, Any]) -> dict[int, Any]:
    query = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in params.items()}
    answer = client.get(f"{API}/ideas", params={**query, "limit": 500}, headers=auth)
    assert answer.status_code == 200, answer.text
    return {i["id"]: i["demand"] for i in answer.json()["ideas"]}


def _same(served: dict[int, Any], expected: dict[int, Any]) -> None:
    assert served.keys() == expected.keys()
    for idea_id, demand in expected.items():
        got = served[idea_id]
        assert list(got["channels"].items()) == list(demand["channels"].items()), idea_id
        for name in ("first_seen", "last_seen"):  # JSON spells the instant either way
            assert datetime.fromisoformat(got.pop(name)) == datetime.fromisoformat(demand[name])
        assert got == {k: v for k, v in demand.items() if k not in ("first_seen", "last_seen")}


def test_segment_demand_equals_a_count_over_the_items(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    workspace_id = store_random_backlog(context)
    rows = _rows(context, workspace_id)
    today = datetime.now(UTC).date()
    slices: list[dict[str, Any]] = [
        {"meta": ["plan:pro"]},
        {"meta": ["plan:enterprise", "plan:Starter"]},
        {"meta": ["PLAN:enterprise", "plan:Starter"]},  # two keys as typed: both must hold
        {"meta": ["plan:pro", "region:us"]},
        {"meta": ["seats:5"]},
        {"meta": ["seats:2.5", "beta:true"]},
        {"meta": ["tags:ui"]},
        {"source": ["support", "email"]},
        {"account": ["BigCo", "FreeCo"]},
        {"mrr_min": 1000},
        {"mrr_min": 100, "mrr_max": 1500},
        {"since": today - timedelta(days=45)},
        {"since": today - timedelta(days=70), "until": today - timedelta(days=20)},
        {"source": ["slack"], "meta": ["region:eu"], "mrr_max": 5000},
    ]
    unfiltered = _served(client, auth, {})
    assert len(unfiltered) == 6
    _same(unfiltered, _expected(rows, {}))
    for params in slices:
        _same(_served(client, auth, params), _expected(rows, params))
    assert _served(client, auth, {"meta": ["tags:ui"]}) == {}  # lists never match
    # A search counts demand for what it finds only; the figures are the same.
    segment = {"meta": ["plan:pro"], "source": ["email", "slack"]}
    searched = _served(client, auth, {**segment, "q": "export"})
    expected = _expected(rows, segment)
    assert searched and searched.keys() <= expected.keys()
    _same(searched, {i: expected[i] for i in searched})


def test_sorting_and_paging_rank_every_idea_by_its_figures(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    workspace_id = store_random_backlog(context, seed=11)
    expected = _expected(_rows(context, workspace_id), {"source": ["support"]})
    ranked = sorted(expected, key=lambda i: (-expected[i]["revenue"], i))
    pages = [
        client.get(
            f"{API}/ideas",
            params={"source": "support", "sort": "revenue", "limit": 2, "offset": offset},
            headers=auth,
        ).json()
        for offset in (0, 2, 4)
    ]
    assert [i["id"] for page in pages for i in page["ideas"]] == ranked
    assert all(page["total"] == len(ranked) for page in pages)


def test_metadata_rows_follow_an_items_metadata(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    workspace_id = store_random_backlog(context, seed=3)
    with unit_of_work(context.factory) as session:
        first = session.scalars(
            select(FeedbackItem).where(FeedbackItem.workspace_id == workspace_id).limit(1)
        ).one()
        item_id, idea_id = first.id, cast(int, first.idea_id)
        session.execute(
            update(FeedbackItem).where(FeedbackItem.id == item_id).values(meta={"plan": "Gold"})
        )
    gold = _served(client, auth, {"meta": ["plan:gold"]})
    assert list(gold) == [idea_id] and gold[idea_id]["item_count"] == 1
    with unit_of_work(context.factory) as session:
        session.execute(update(FeedbackItem).where(FeedbackItem.id == item_id).values(meta={}))
    assert _served(client, auth, {"meta": ["plan:gold"]}) == {}
    pro = {"meta": ["plan:pro"]}
    _same(_served(client, auth, pro), _expected(_rows(context, workspace_id), pro))


def _centroid_cosine(context: AppContext, idea_id: int, query: np.ndarray) -> float:
    """The cosine of the query to the mean of the idea's first 32 stored embeddings."""
    with unit_of_work(context.factory) as session:
        blobs = session.scalars(
            select(FeedbackItem.embedding)
            .where(FeedbackItem.idea_id == idea_id, FeedbackItem.embedding.is_not(None))
            .order_by(FeedbackItem.id)
            .limit(32)
        ).all()
    centre = np.sum([np.frombuffer(cast(bytes, b), dtype=np.float32) for b in blobs], axis=0)
    centre /= np.linalg.norm(centre)
    return float(centre @ (query / np.linalg.norm(query)))


def _similarity(client: TestClient, auth: dict[str, str]) -> dict[int, float]:
    found = client.get(f"{API}/ideas:search", params={"q": SEARCH, "limit": 50}, headers=auth)
    assert found.status_code == 200, found.text
    return {c["id"]: c["similarity"] for c in found.json()}


def _items_of(context: AppContext, idea_id: int) -> list[int]:
    with unit_of_work(context.factory) as session:
        query = select(FeedbackItem.id).where(FeedbackItem.idea_id == idea_id)
        return sorted(session.scalars(query))


SEARCH = "feature"  # a word every item holds: each idea is found, with its cosine
SAID = {
    "dark": ["Feature: please add a dark mode", "Feature request, dark theme for the app"],
    "okta": ["Feature: single sign-on with Okta", "Feature request, SSO through Okta"],
}


def test_demand_and_search_follow_new_items_merges_and_splits(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    ideas: dict[str, int] = {}
    for n, (topic, said) in enumerate((t, s) for t, group in SAID.items() for s in group):
        body = {
            "text": said,
            "source": "email",
            "requester": f"p{n}@example.com",
            "account": "BigCo",
            "mrr": 5000,
            "metadata": {"plan": "Enterprise"},
        }
        stored = client.post(f"{API}/feedback", json=body, headers=auth).json()
        ideas.setdefault(topic, stored["idea_id"])
        if stored["idea_id"] != ideas[topic]:  # the model kept them apart: merge as a PM would
            into = {"into_idea_id": ideas[topic]}
            merged = client.post(f"{API}/ideas/{stored['idea_id']}/merge", json=into, headers=auth)
            assert merged.status_code == 200, merged.text
    dark, okta = ideas["dark"], ideas["okta"]
    assert dark != okta
    dark_items = _items_of(context, dark)
    query = context.registry.embedder.embed([SEARCH])[0]

    def check() -> dict[int, float]:
        """Figures and centroid cosines as served equal a recount from the stored items."""
        rows = _rows(context, _workspace_id(context))
        board = _served(client, auth, {})
        _same(board, _expected(rows, {}))
        enterprise = {"meta": ["plan:enterprise"]}
        _same(_served(client, auth, enterprise), _expected(rows, enterprise))
        similar = _similarity(client, auth)
        assert similar.keys() == board.keys()
        for idea_id, cosine in similar.items():
            assert abs(cosine - _centroid_cosine(context, idea_id, query)) < 1e-3
        return similar

    check()
    body = {"text": "Feature: Okta SAML login", "source": "slack", "metadata": {"plan": "pro"}}
    assert client.post(f"{API}/feedback", json=body, headers=auth).status_code == 201
    before = check()
    merged = client.post(f"{API}/ideas/{okta}/merge", json={"into_idea_id": dark}, headers=auth)
    assert merged.status_code == 200, merged.text
    after_merge = check()
    assert okta not in after_merge and after_merge[dark] != before[dark]
    moved = [i for i in _items_of(context, dark) if i not in dark_items]
    split = client.post(f"{API}/ideas/{dark}/split", json={"item_ids": moved}, headers=auth)
    assert split.status_code == 200, split.text
    assert check()[dark] == before[dark]


def _workspace_id(context: AppContext) -> int:
    with unit_of_work(context.factory) as session:
        return workspace_store.get_or_create_workspace(session, "acme").id


def _word_matches(client: TestClient, auth: dict[str, str], text: str) -> set[int]:
    found = client.get(f"{API}/ideas:search", params={"q": text, "limit": 50}, headers=auth)
    assert found.status_code == 200, found.text
    return {c["id"] for c in found.json() if c["word_match"]}


def _holding(context: AppContext, workspace_id: int, words: list[str]) -> set[int]:
    """Ideas where every word is in one of its items' texts (titles here hold none)."""
    texts: dict[int, str] = {}
    with unit_of_work(context.factory) as session:
        query = select(FeedbackItem.idea_id, FeedbackItem.text).where(
            FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id.is_not(None)
        )
        for idea_id, text in session.execute(query):
            texts[cast(int, idea_id)] = texts.get(cast(int, idea_id), "") + " " + text.lower()
    return {i for i, joined in texts.items() if all(w in joined for w in words)}


def test_word_search_follows_items_into_other_ideas(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    workspace_id = store_random_backlog(context, seed=5)
    words = ["request", "127"]  # one item holds 127
    found = _word_matches(client, auth, " ".join(words))
    assert found == _holding(context, workspace_id, words) and found
    source = min(found)
    into = next(i for i in _served(client, auth, {}) if i not in found)
    merged = client.post(f"{API}/ideas/{source}/merge", json={"into_idea_id": into}, headers=auth)
    assert merged.status_code == 200, merged.text
    moved = _word_matches(client, auth, " ".join(words))
    assert moved == _holding(context, workspace_id, words) and into in moved
    assert source not in moved
