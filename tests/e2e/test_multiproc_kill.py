"""`throughline worker` processes killed with SIGKILL mid-work: another worker takes the job
or the message within seconds, and no e-mail reaches the SMTP server twice (issue 17)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from notify_peers import SmtpSink, UnusedEmbedder, seed_shipping_idea, wait_until
from sqlalchemy import select

from models.db import unit_of_work
from models.review_tables import Notification
from models.schemas import FeedbackCreate
from models.tables import Job
from service.context import AppContext, build_context
from service.core.jobs import create_job
from service.core.settings import Settings
from service.http.app import create_app
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store
from tests.support.chat_server import ChatServer, json_reply
from tests.support.throughline_process import Process, process_env
from triage.embedder import Embedder

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
only_postgres = pytest.mark.parametrize("database_url", ["postgres"], indirect=True)

LEASE = 2.0  # seconds; a killed worker's work is free again after at most this long


class StallingSink(SmtpSink):
    """An SMTP server that holds the first recipient command until released: a worker killed
    meanwhile never got to send that message's content."""

    def __init__(self) -> None:
        super().__init__()
        self.stalled = threading.Event()
        self.release = threading.Event()

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if not self.stalled.is_set():
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"


def worker(env: dict[str, str], *flags: str) -> Process:
    """A started worker, once it says it runs (its model and database are ready)."""
    process = Process(env, "worker", *flags).start()
    wait_until(lambda: "worker running" in process.errors(), timeout=180)
    return process


@pytest.fixture
def workers() -> Iterator[list[Process]]:
    started: list[Process] = []
    yield started
    for process in started:
        if process.process is not None and process.process.poll() is None:
            process.kill()


@only_postgres
def test_a_delivery_held_by_a_killed_worker_is_sent_once_by_another(
    tmp_path: Path, database_url: str, workers: list[Process]
) -> None:
    sink = StallingSink().start()
    settings = Settings(
        data_dir=tmp_path / "app", database_url=database_url, notify_worker=False, job_worker=False
    )
    ctx = build_context(settings, UnusedEmbedder())
    try:
        with unit_of_work(ctx.factory) as session:
            seeded = seed_shipping_idea(session, "acme", requesters=3, items=3)
            ws = workspace_store.get_or_create_workspace(session, "acme")
            key = workspace_store.create_key(session, ws, "admin")
        with TestClient(create_app(context=ctx)) as client:
            shipped = client.post(
                f"/api/v1/ideas/{seeded.idea_id}/status",
                json={"status": "shipped"},
                headers={"Authorization": f"Bearer {key}"},
            )
            assert shipped.status_code == 201, shipped.text
        env = process_env(
            database_url,
            tmp_path / "workers",
            smtp_port=sink.port,
            smtp_timeout=30,
            lease_seconds=LEASE,
            notify_poll_seconds=0.2,
        )
        first = worker(env, "--no-jobs")
        workers.append(first)
        wait_until(sink.stalled.is_set, timeout=60)  # the first holds all three, mid-send
        workers.append(worker(env, "--no-jobs"))
        first.kill()
        killed_at = time.monotonic()
        sink.release.set()

        def all_sent() -> bool:
            with unit_of_work(ctx.factory) as session:
                states = session.scalars(select(Notification.state)).all()
            return len(states) == 3 and set(states) == {"sent"}

        wait_until(all_sent, timeout=30)
        assert time.monotonic() - killed_at < LEASE + 5
        assert sink.count == 3
        assert len(set(sink.recipients())) == 3  # each person once: nothing sent twice
    finally:
        ctx.close()
        sink.stop()


@only_postgres
def test_a_job_whose_worker_was_killed_is_resumed_by_another(
    tmp_path: Path, database_url: str, embedder: Embedder, workers: list[Process]
) -> None:
    chat = ChatServer().start()
    names = {"names": [{"id": 1, "title": "Audit trail"}]}
    chat.push(json_reply(names, delay=60), json_reply(names))  # the first worker dies waiting
    settings = Settings(
        data_dir=tmp_path / "app", database_url=database_url, notify_worker=False, job_worker=False
    )
    ctx: AppContext = build_context(settings, embedder)
    try:
        with unit_of_work(ctx.factory) as session:
            ws = workspace_store.get_or_create_workspace(session, "acme")
        items = [
            FeedbackCreate(text=i.text, source=i.source, external_id=i.external_id)
            for i in generate_feedback(80, seed=5)
        ]
        ctx.ingestor.ingest(ctx.factory, ws, items)
        env = process_env(
            database_url,
            tmp_path / "workers",
            llm_provider="openai",
            llm_base_url=chat.url,
            llm_model="scripted",
            llm_api_key="test",
            llm_timeout=120,
            llm_max_retries=1,
            lease_seconds=LEASE,
            job_poll_seconds=0.2,
        )
        workers.extend([worker(env, "--no-delivery"), worker(env, "--no-delivery")])
        with unit_of_work(ctx.factory) as session:
            job_id = create_job(session, ws.id, "recluster", {"seed": 0}).id

        def job() -> Job:
            with unit_of_work(ctx.factory) as session:
                found = session.get(Job, job_id)
                assert found is not None
                return found

        wait_until(lambda: bool(chat.requests), timeout=120)  # re-clustered, now naming
        holder = job().claimed_by or ""
        victim = next(w for w in workers if f":{w.pid}:" in holder)
        victim.kill()
        killed_at = time.monotonic()
        wait_until(lambda: job().claimed_by != holder, timeout=30)
        assert time.monotonic() - killed_at < LEASE + 5  # taken over within seconds
        wait_until(lambda: job().status in ("done", "failed"), timeout=120)
        finished = job()
        assert finished.status == "done", finished.error
        assert finished.attempts == 2 and finished.result["llm_named"] == 1
    finally:
        ctx.close()
        chat.stop()
