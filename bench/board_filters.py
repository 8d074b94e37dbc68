"""Benchmark finding and slicing the board at scale: the server time of GET /api/v1/ideas
unfiltered, by search, and by segments (plan, channel, MRR band, date range) that recompute
demand over matching items.

Items are written straight to the database (real sample texts, accounts and people; plan and
region as imported metadata). Their vectors are real embeddings of up to 2,000 distinct
sample texts, jittered and re-normalised: embedding every text would take longer than the
benchmark, and the search cost does not depend on what the vectors say. Requests go through
the real app in-process (FastAPI TestClient), so the time is the server's, without a network.

Usage: python bench/board_filters.py [--items 100000] [--repeat 5]
(a 10k run takes a minute or two; 100k is meant for a quiet machine).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from models.db import unit_of_work
from models.tables import Account, FeedbackItem, Idea, Requester
from service.context import build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store
from triage.embedder import default_embedder
from triage.normalise import content_hash

ITEMS_PER_IDEA = 20
QUERIES = {
    "unfiltered": {},
    "search 'SSO'": {"q": "SSO"},
    "plan = enterprise": {"meta": "plan:enterprise"},
    "channel + MRR band": {"source": "support", "mrr_min": 2000, "mrr_max": 10000},
    "last 30 days": {"since": (datetime.now(UTC) - timedelta(days=30)).date().isoformat()},
    "search + plan + status": {"q": "export", "meta": "plan:pro", "status": "open"},
}


def machine() -> str:
    cpu = "unknown cpu"
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def plan_of(mrr: float | None) -> str:
    return "enterprise" if (mrr or 0) >= 2000 else "pro" if (mrr or 0) >= 500 else "starter"


def populate(factory, count: int, vectors: np.ndarray) -> str:  # type: ignore[no-untyped-def]
    """Write `count` items in ideas of ITEMS_PER_IDEA, with people and accounts; a key back."""
    items = generate_feedback(count, seed=5)
    rng = np.random.default_rng(0)
    regions = random.Random(0)
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "bench")
        key = workspace_store.create_key(session, ws, "admin")
        names = {i.account: i.mrr for i in items if i.account}
        session.execute(
            insert(Account),
            [{"workspace_id": ws.id, "name": n, "mrr": m} for n, m in names.items()],
        )
        people = {i.requester_email for i in items if i.requester_email}
        session.execute(insert(Requester), [{"workspace_id": ws.id, "key": p} for p in people])
        accounts = dict(session.execute(select(Account.name, Account.id)).all())
        persons = dict(session.execute(select(Requester.key, Requester.id)).all())
        titles = [
            {"workspace_id": ws.id, "title": items[n].text[:200]}
            for n in range(0, count, ITEMS_PER_IDEA)
        ]
        session.execute(insert(Idea), titles)
        first = session.scalars(select(Idea.id).order_by(Idea.id)).first()
        assert first is not None
        rows = []
        for n, item in enumerate(items):
            vector = vectors[n % len(vectors)] + rng.normal(0, 0.02, vectors.shape[1])
            vector /= np.linalg.norm(vector)
            rows.append(
                {
                    "workspace_id": ws.id,
                    "idea_id": first + n // ITEMS_PER_IDEA,
                    "requester_id": persons.get(item.requester_email or ""),
                    "account_id": accounts.get(item.account or ""),
                    "text": item.text,
                    "source": item.source,
                    "external_id": f"bench-{n}",
                    "content_hash": content_hash(f"{item.text} #{n}"),
                    "decision": "new",
                    "embedding": vector.astype(np.float32).tobytes(),
                    "meta": {"plan": plan_of(item.mrr), "region": regions.choice(["eu", "us"])},
                    "created_at": item.created_at,
                }
            )
            if len(rows) == 5000:
                session.execute(insert(FeedbackItem), rows)
                rows = []
        if rows:
            session.execute(insert(FeedbackItem), rows)
    return key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; items: {args.items:,}")
    embedder = default_embedder("onnx")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        settings = Settings(data_dir=Path(folder) / "data", database_url=url, notify_worker=False)
        context = build_context(settings, embedder)
        texts = list(
            dict.fromkeys(i.text for i in generate_feedback(min(args.items, 2000), seed=5))
        )
        start = time.perf_counter()
        key = populate(context.factory, args.items, embedder.embed(texts))
        print(f"populated in {time.perf_counter() - start:.1f} s")
        auth = {"Authorization": f"Bearer {key}"}
        with TestClient(create_app(context=context)) as client:
            for name, params in QUERIES.items():
                timings, total = [], 0
                for _ in range(args.repeat):
                    began = time.perf_counter()
                    answer = client.get("/api/v1/ideas", params=params, headers=auth)
                    timings.append((time.perf_counter() - began) * 1000)
                    answer.raise_for_status()
                    total = answer.json()["total"]
                print(
                    f"{name:<24} {statistics.median(timings):8.0f} ms median "
                    f"{max(timings):8.0f} ms max   {total:>6,} ideas"
                )
        context.close()


if __name__ == "__main__":
    main()
