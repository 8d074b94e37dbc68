"""Two real `throughline serve` processes on one PostgreSQL schema, sent the same texts,
accounts, requesters and external ids at the same moment: one truth, never a 5xx, and the
same duplicate decisions as a process started afresh (issue 17)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from service.sampledata.backlog import SampleItem, generate_feedback
from tests.support.throughline_process import Server, cli, process_env

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

# Only PostgreSQL runs more than one process; indirect parametrisation picks that engine.
only_postgres = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)


@pytest.fixture
def servers(tmp_path: Path, database_url: str) -> Iterator[tuple[Server, Server, str]]:
    env = process_env(database_url, tmp_path / "keys")
    key = cli(env, "keys", "create", "--workspace", "acme")
    started: list[Server] = []
    try:
        started.append(Server(process_env(database_url, tmp_path / "a")).start())
        # the second is itself two uvicorn processes, which leave background work to others
        started.append(Server(process_env(database_url, tmp_path / "b"), "--workers", "2").start())
        yield started[0], started[1], key
    finally:
        for server in started:
            server.stop()


def body(item: SampleItem, with_external_id: bool) -> dict[str, Any]:
    return {
        "text": item.text,
        "source": item.source,
        "external_id": item.external_id if with_external_id else None,
        "requester": item.requester_email,
        "requester_name": item.requester_name,
        "account": item.account,
        "mrr": item.mrr,
    }


def at_once(*calls: Callable[[], httpx.Response]) -> list[httpx.Response]:
    """Run the calls in threads released together by a barrier."""
    barrier = threading.Barrier(len(calls))
    answers: list[httpx.Response | None] = [None] * len(calls)

    def run(n: int) -> None:
        barrier.wait()
        answers[n] = calls[n]()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [a for a in answers if a is not None]


def decisions(client: httpx.Client, url: str, probes: list[str]) -> list[tuple[str, int | None]]:
    found = []
    for probe in probes:
        answer = client.post(f"{url}/api/v1/dedupe", json={"text": probe})
        assert answer.status_code == 200, answer.text
        found.append((answer.json()["decision"], answer.json()["idea_id"]))
    return found


def change_membership(client: httpx.Client, one: str, other: str) -> None:
    """Re-cluster through one server (polled on the other), then merge the two biggest
    ideas through the other: both must reach every process's index."""
    job = client.post(f"{one}/api/v1/ideas:recluster")
    assert job.status_code == 202, job.text
    deadline = time.monotonic() + 120
    while (state := client.get(f"{other}/api/v1/jobs/{job.json()['id']}").json())["status"] not in (
        "done",
        "failed",
    ):
        assert time.monotonic() < deadline, state
        time.sleep(0.2)
    assert state["status"] == "done", state
    ideas = client.get(f"{other}/api/v1/ideas", params={"limit": 100}).json()["ideas"]
    biggest = sorted(ideas, key=lambda idea: -idea["item_count"])[:2]
    merged = client.post(
        f"{other}/api/v1/ideas/{biggest[1]['id']}/merge", json={"into_idea_id": biggest[0]["id"]}
    )
    assert merged.status_code == 200, merged.text


@only_postgres
def test_two_servers_keep_one_truth(
    servers: tuple[Server, Server, str], tmp_path: Path, database_url: str
) -> None:
    a, b, key = servers
    items = generate_feedback(200, seed=11)
    singles, bulk = items[:140], items[140:]
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(headers=headers, timeout=120) as client:

        def post(url: str, path: str, payload: dict[str, Any]) -> Callable[[], httpx.Response]:
            return lambda: client.post(f"{url}/api/v1/{path}", json=payload)

        def pair(n: int) -> list[httpx.Response]:
            payload = body(singles[n], with_external_id=n % 2 == 0)
            return at_once(post(a.url, "feedback", payload), post(b.url, "feedback", payload))

        def bulk_pair(n: int) -> list[httpx.Response]:
            chunk = bulk[n * 20 : (n + 1) * 20]
            payload = {"items": [body(item, with_external_id=n % 2 == 0) for item in chunk]}
            return at_once(
                post(a.url, "feedback/bulk", payload), post(b.url, "feedback/bulk", payload)
            )

        with ThreadPoolExecutor(max_workers=4) as pool:
            answers = [r for rs in pool.map(pair, range(len(singles))) for r in rs]
            bulk_answers = [r for rs in pool.map(bulk_pair, range(3)) for r in rs]

        assert [r.status_code for r in answers + bulk_answers if r.status_code >= 300] == []
        for n in range(0, len(singles), 2):  # the same external id: one item, said twice
            first, second = answers[2 * n].json(), answers[2 * n + 1].json()
            assert first["id"] == second["id"]
            assert first["duplicate_request"] != second["duplicate_request"]

        probes = [item.text for item in generate_feedback(60, seed=12)[:30]]
        decisions(client, a.url, probes)  # both indexes are warm before the changes below
        decisions(client, b.url, probes)
        change_membership(client, a.url, b.url)
        running = [decisions(client, a.url, probes), decisions(client, b.url, probes)]
        fresh = Server(process_env(database_url, tmp_path / "fresh")).start()
        try:
            assert decisions(client, fresh.url, probes) == running[0] == running[1]
        finally:
            fresh.stop()

    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        split = connection.execute(
            text("SELECT text FROM feedback_items GROUP BY text HAVING count(DISTINCT idea_id) > 1")
        ).all()
        counts = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM accounts),"
                " (SELECT count(DISTINCT name) FROM accounts),"
                " (SELECT count(*) FROM requesters), (SELECT count(*) FROM feedback_items)"
            )
        ).one()
    engine.dispose()
    assert split == []  # no text in two ideas
    assert counts[0] == counts[1] == len({i.account for i in items if i.account})
    assert counts[2] == len({i.requester_email for i in items if i.requester_email})
    # each text twice, except the 130 sent twice with one external id (stored once)
    assert counts[3] == 2 * len(items) - 70 - 40
