"""Ship an idea with 50 people behind 60 items (two ideas merged into one) and count the
e-mails a real SMTP server receives: exactly 50, even when the server goes down mid-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from notify_peers import SmtpSink, UnusedEmbedder, free_port, seed_shipping_idea, wait_until
from sqlalchemy import func, select

from models.db import make_engine, make_session_factory, unit_of_work
from models.review_tables import DeliveryAttempt, IdeaStatusChange
from models.tables import FeedbackItem, Idea, Requester
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.notify import outbox
from service.notify.worker import DeliveryWorker
from service.workspaces import store as workspace_store

EVERYONE = sorted(f"person{i}@example.com" for i in range(50))


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink(delay=0.02).start()  # ~1 s for 50 messages: time to pull the plug
    yield server
    server.stop()


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, sink: SmtpSink) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        smtp_port=sink.port,
        smtp_timeout=5,
        notify_worker=False,  # started by hand below, to stop the mail server mid-way
        notify_poll_seconds=0.05,
        notify_retry_base_seconds=0.2,
        public_url="http://testserver",
    )
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


def headers(ctx: AppContext, workspace: str) -> dict[str, str]:
    with unit_of_work(ctx.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        return {"Authorization": f"Bearer {workspace_store.create_key(session, ws, 'admin')}"}


def test_ship_to_fifty_people_through_an_smtp_outage(ctx: AppContext, sink: SmtpSink) -> None:
    with unit_of_work(ctx.factory) as session:
        acme = seed_shipping_idea(session, "acme", requesters=50, items=60)
        seed_shipping_idea(session, "globex", requesters=7, items=9, domain="globex.test")
        assert (
            session.scalar(
                select(func.count(FeedbackItem.id)).where(FeedbackItem.idea_id == acme.idea_id)
            )
            == 60
        )
    acme_key, globex_key = headers(ctx, "acme"), headers(ctx, "globex")
    worker = DeliveryWorker(ctx)
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as client:
        merged = client.post(
            f"/api/v1/ideas/{acme.merged_idea_id}/status",
            json={"status": "shipped"},
            headers=acme_key,
        )
        assert merged.status_code == 409 and merged.json()["code"] == "idea_merged"
        shipped = client.post(
            f"/api/v1/ideas/{acme.idea_id}/status",
            json={"status": "shipped", "note": "CSV export is live for every plan."},
            headers=acme_key,
        )
        assert shipped.status_code == 201, shipped.text

        worker.start()
        try:
            wait_until(lambda: sink.count >= 20)
            sink.stop()  # the mail server dies mid-delivery...
            time.sleep(0.6)  # ...long enough for the worker to fail and back off
            assert sink.count < 50
            sink.start()  # ...and comes back on the same port
            wait_until(
                lambda: (
                    client.get("/api/v1/notifications?state=sent", headers=acme_key).json()["total"]
                    == 50
                )
            )
        finally:
            worker.stop()
        assert sink.count == 50
        assert sorted(sink.recipients()) == EVERYONE  # nobody twice, nobody missing
        assert sorted(r for env in sink.envelopes for r in env) == EVERYONE

        # Enqueueing the change again and running the worker again send nothing more.
        with unit_of_work(ctx.factory) as session:
            change = session.scalars(select(IdeaStatusChange)).one()
            assert outbox.enqueue_status_change(session, change) == 0
        assert worker.run_once().tried == 0
        assert sink.count == 50

        # The delivery log shows every try, the failed ones included.
        log = client.get("/api/v1/notifications?limit=500", headers=acme_key).json()
        assert log["total"] == 50 and {n["state"] for n in log["items"]} == {"sent"}
        with unit_of_work(ctx.factory) as session:
            failures = session.scalar(
                select(func.count(DeliveryAttempt.id)).where(DeliveryAttempt.ok.is_(False))
            )
        assert failures >= 1
        retried = next(n for n in log["items"] if n["attempts"] > 1)
        detail = client.get(f"/api/v1/notifications/{retried['id']}", headers=acme_key).json()
        assert [a["ok"] for a in detail["delivery_attempts"]][-1] is True

        # Another workspace's key sees none of it and can change none of it.
        assert client.get("/api/v1/notifications", headers=globex_key).json()["total"] == 0
        other = client.get(f"/api/v1/notifications/{retried['id']}", headers=globex_key)
        assert other.status_code == 404
        assert (
            client.post(
                f"/api/v1/ideas/{acme.idea_id}/status",
                json={"status": "planned"},
                headers=globex_key,
            ).status_code
            == 404
        )

        # The unsubscribe link in a received e-mail, followed over HTTP, stops further mail.
        message = next(m for m in sink.messages if m["To"] == "person3@example.com")
        link = urlsplit(message["List-Unsubscribe"].strip("<>"))
        assert link.path in message.get_content()
        assert "<button" in client.get(link.path).text
        assert client.post(link.path, content="List-Unsubscribe=One-Click").status_code == 200

        with unit_of_work(ctx.factory) as session:
            follow_up = Idea(workspace_id=acme.workspace_id, title="Scheduled CSV exports")
            session.add(follow_up)
            session.flush()
            for n, person in enumerate(
                session.scalars(
                    select(Requester)
                    .where(Requester.workspace_id == acme.workspace_id)
                    .order_by(Requester.id)
                    .limit(5)
                )
            ):
                session.add(
                    FeedbackItem(
                        workspace_id=acme.workspace_id,
                        idea_id=follow_up.id,
                        requester_id=person.id,
                        text=f"schedule the export {n}",
                        source="support",
                        content_hash=f"follow-{n}",
                        decision="new",
                    )
                )
        assert (
            client.post(
                f"/api/v1/ideas/{follow_up.id}/status", json={"status": "shipped"}, headers=acme_key
            ).status_code
            == 201
        )
        assert worker.run_once().sent == 4
        latest = sorted(sink.recipients()[50:])
        assert latest == [
            "person0@example.com",
            "person1@example.com",
            "person2@example.com",
            "person4@example.com",
        ]


BIN = Path(sys.executable).parent / "throughline"


@pytest.mark.slow
def test_live_server_delivers_exactly_fifty_through_an_outage(
    tmp_path: Path, database_url: str
) -> None:
    """`throughline serve` with its built-in worker, shipping over HTTP."""
    sink = SmtpSink(delay=0.02).start()
    port = free_port()
    env = {
        **os.environ,
        "THROUGHLINE_DATA_DIR": str(tmp_path / "data"),
        "THROUGHLINE_DATABASE_URL": database_url,
        "THROUGHLINE_SMTP_PORT": str(sink.port),
        "THROUGHLINE_NOTIFY_POLL_SECONDS": "0.1",
        "THROUGHLINE_NOTIFY_RETRY_BASE_SECONDS": "0.2",
        "THROUGHLINE_PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    key = subprocess.run(
        [str(BIN), "keys", "create", "--workspace", "acme"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    engine = make_engine(
        Settings(data_dir=tmp_path / "data", database_url=database_url).resolved_database_url()
    )
    with unit_of_work(make_session_factory(engine)) as session:
        acme = seed_shipping_idea(session, "acme", requesters=50, items=60)
    engine.dispose()

    server_log = (tmp_path / "server.log").open("wb")  # a file: a full pipe would block it
    server = subprocess.Popen(
        [str(BIN), "serve", "--port", str(port)],
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    auth = {"Authorization": f"Bearer {key}"}
    try:
        wait_until(lambda: _healthy(base), timeout=120)
        shipped = httpx.post(
            f"{base}/api/v1/ideas/{acme.idea_id}/status", json={"status": "shipped"}, headers=auth
        )
        assert shipped.status_code == 201, shipped.text
        wait_until(lambda: sink.count >= 20)
        sink.stop()
        time.sleep(1.0)
        sink.start()
        wait_until(
            lambda: (
                httpx.get(f"{base}/api/v1/notifications?state=sent", headers=auth).json()["total"]
                == 50
            ),
            timeout=60,
        )
        time.sleep(0.5)  # a duplicate, if any, would arrive now
        assert sorted(sink.recipients()) == EVERYONE
        link = urlsplit(sink.messages[0]["List-Unsubscribe"].strip("<>"))
        assert httpx.post(f"{base}{link.path}").status_code == 200
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        server_log.close()
        sink.stop()


def _healthy(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
