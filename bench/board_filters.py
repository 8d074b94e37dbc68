"""Benchmark finding and slicing the board at scale: the server time of GET /api/v1/ideas
unfiltered, by search (words, meaning) and by segments (plan, channel, MRR band, date range,
combined) that recompute demand over matching items. Prints p50 and p99 per kind.

Items are written straight to the database in bulk (real sample texts, accounts and people;
plan and region as imported metadata). Their vectors are real embeddings of up to 2,000
distinct sample texts, jittered and re-normalised: embedding every text would take longer
than the benchmark, and the search cost does not depend on what the vectors say. Requests go
through the real app in-process (FastAPI TestClient), so the time is the server's, without a
network. The first search after start fills the process's centroid cache; it is timed apart.

Usage: python bench/board_filters.py [--items 100000] [--repeat 30] [--postgres URL]
(100k items: about two minutes to write, then a few seconds per kind). Run with
PYTHONPATH pointing at an older checkout to time that code as the peer.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, insert, select, text

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
SCHEMA = "bench_board"
DAY = timedelta(days=1)
QUERIES: dict[str, dict[str, str | int]] = {
    "unfiltered": {},
    "search words": {"q": "export"},
    "search meaning": {"q": "log in through our identity provider"},
    "plan filter": {"meta": "plan:enterprise"},
    "channel filter": {"source": "support"},
    "MRR band": {"mrr_min": 2000, "mrr_max": 10000},
    "date range": {"since": (datetime.now(UTC) - 30 * DAY).date().isoformat()},
    "combined": {"q": "export", "meta": "plan:pro", "status": "open", "source": "support"},
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


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (with 30 samples, p99 is the slowest)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def admin(postgres: str) -> Engine:
    return create_engine(postgres.replace("postgresql://", "postgresql+psycopg://", 1))


def database(folder: Path, postgres: str | None) -> str:
    """A SQLite file, or a fresh schema on the PostgreSQL server (dropped at the end)."""
    if not postgres:
        return f"sqlite:///{folder / 'bench.db'}"
    drop_schema(postgres)
    with admin(postgres).begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{SCHEMA}"'))
    return f"{postgres}?options=-csearch_path%3D{SCHEMA}"


def drop_schema(postgres: str) -> None:
    with admin(postgres).begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{SCHEMA}" CASCADE'))


def settle(factory) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL: what autovacuum would do after a bulk load (statistics, visibility map)."""
    with factory() as session:
        if session.get_bind().dialect.name == "postgresql":
            with session.get_bind().connect() as connection:
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
                connection.execute(text("VACUUM ANALYZE"))


def time_kinds(client: TestClient, auth: dict[str, str], repeat: int) -> None:
    """Each kind `repeat` times, round robin, so a noisy moment hits every kind alike."""
    began = time.perf_counter()
    client.get("/api/v1/ideas", params={"q": "dark mode"}, headers=auth).raise_for_status()
    print(f"first search after start (fills caches): {(time.perf_counter() - began) * 1000:.0f} ms")
    timings: dict[str, list[float]] = {name: [] for name in QUERIES}
    cpu: dict[str, list[float]] = {name: [] for name in QUERIES}
    totals: dict[str, int] = {}
    for _ in range(repeat):
        for name, params in QUERIES.items():
            began, used = time.perf_counter(), time.process_time()
            answer = client.get("/api/v1/ideas", params=params, headers=auth)
            timings[name].append((time.perf_counter() - began) * 1000)
            cpu[name].append((time.process_time() - used) * 1000)
            answer.raise_for_status()
            totals[name] = answer.json()["total"]
    # CPU time is this process's (server and client threads): on a shared machine it shows
    # the work a request costs when other processes stretch its wall time.
    print(f"{'kind':<16} {'p50 ms':>8} {'p99 ms':>8} {'CPU p50':>8} {'ideas':>7}   (x{repeat})")
    for name, values in timings.items():
        print(
            f"{name:<16} {percentile(values, 0.5):8.0f} {percentile(values, 0.99):8.0f} "
            f"{percentile(cpu[name], 0.5):8.0f} {totals[name]:>7,}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--postgres", help="a PostgreSQL URL (default: a SQLite file)")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    engine = "PostgreSQL" if args.postgres else "SQLite"
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; items: {args.items:,}; {engine}")
    embedder = default_embedder("onnx")
    with tempfile.TemporaryDirectory() as folder:
        url = database(Path(folder), args.postgres)
        settings = Settings(data_dir=Path(folder) / "data", database_url=url, notify_worker=False)
        context = build_context(settings, embedder)
        texts = list(
            dict.fromkeys(i.text for i in generate_feedback(min(args.items, 2000), seed=5))
        )
        start = time.perf_counter()
        key = populate(context.factory, args.items, embedder.embed(texts))
        settle(context.factory)
        print(f"populated in {time.perf_counter() - start:.1f} s")
        auth = {"Authorization": f"Bearer {key}"}
        with TestClient(create_app(context=context)) as client:
            time_kinds(client, auth, args.repeat)
        context.close()
        if args.postgres:
            drop_schema(args.postgres)


if __name__ == "__main__":
    main()
