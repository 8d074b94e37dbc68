"""The delivery worker against a real SMTP server and a real HTTP receiver: retries with
backoff, nothing lost when a peer is down, nothing sent twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from notify_peers import (
    Clock,
    SmtpSink,
    UnusedEmbedder,
    WebhookReceiver,
    seed_shipping_idea,
    wait_until,
)
from sqlalchemy import select

from models.db import unit_of_work
from models.review_tables import DeliveryAttempt, Notification
from models.schemas import IdeaStatus, WorkspaceSettings
from models.tables import Requester, utcnow
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.ideas import lifecycle
from service.notify.worker import DeliveryWorker
from service.workspaces import store as workspace_store


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


def make_context(tmp_path: Path, database_url: str, port: int, **extra: Any) -> AppContext:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        smtp_port=port,
        smtp_timeout=5,
        notify_worker=False,
        notify_retry_base_seconds=10,
        public_url="https://feedback.example.com",
        secret_key="test-secret-key",
        mail_from="Acme Product <product@acme.test>",
        **extra,
    )
    return build_context(settings, UnusedEmbedder())


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, sink: SmtpSink) -> Iterator[AppContext]:
    context = make_context(tmp_path, database_url, sink.port)
    yield context
    context.close()


def ship(ctx: AppContext, requesters: int, items: int, workspace: str = "acme") -> int:
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, workspace, requesters=requesters, items=items)
        lifecycle.change_status(
            session, seeded.workspace_id, seeded.idea_id, IdeaStatus.shipped, "Live now.", "pm"
        )
    return seeded.workspace_id


def states(ctx: AppContext) -> dict[str, int]:
    with unit_of_work(ctx.factory) as session:
        result: dict[str, int] = {}
        for n in session.scalars(select(Notification)):
            result[n.state] = result.get(n.state, 0) + 1
        return result


def test_every_requester_gets_exactly_one_email_and_reruns_send_nothing(
    ctx: AppContext, sink: SmtpSink
) -> None:
    ship(ctx, requesters=50, items=60)
    worker = DeliveryWorker(ctx)
    assert worker.run_once().sent == 50
    assert sink.count == 50
    assert sorted(sink.recipients()) == sorted(f"person{i}@example.com" for i in range(50))
    assert worker.run_once().tried == 0
    assert sink.count == 50
    assert states(ctx) == {"sent": 50}

    message = sink.messages[0]
    assert message["Subject"] == "Shipped: Export invoices to CSV"
    assert message["From"] == "Acme Product <product@acme.test>"
    with unit_of_work(ctx.factory) as session:
        first = session.scalar(select(Notification).where(Notification.recipient == message["To"]))
        assert first is not None and first.sent_at is not None and first.attempts == 1
        expected_id = f"<throughline.n{first.id}.c{first.status_change_id}@acme.test>"
        log = session.scalars(select(DeliveryAttempt)).all()
    assert message["Message-ID"] == expected_id
    assert len(log) == 50 and all(a.ok for a in log)
    link = message["List-Unsubscribe"].strip("<>")
    assert link.startswith("https://feedback.example.com/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = message.get_content()
    assert "Live now." in text and link in text


def test_smtp_outage_mid_delivery_loses_nothing_and_duplicates_nothing(
    ctx: AppContext, sink: SmtpSink
) -> None:
    ship(ctx, requesters=50, items=60)
    clock = Clock()
    worker = DeliveryWorker(ctx, clock=clock)
    assert worker.run_once(limit=20).sent == 20
    sink.stop()  # the mail server goes away with 30 messages still to send

    down = worker.run_once()
    assert down.sent == 0 and down.retrying == 3 and down.deferred == 27
    assert states(ctx) == {"sent": 20, "pending": 30}
    clock.advance(5)
    still_down = worker.run_once()  # three more tries fail, the rest wait untried
    assert (still_down.retrying, still_down.deferred) == (3, 24)

    sink.start()  # back on the same port
    assert worker.run_once().sent == 24  # the untried ones were due all along
    clock.advance(20)  # the six that failed wait out their backoff
    assert worker.run_once().sent == 6
    assert sink.count == 50
    assert sorted(sink.recipients()) == sorted(f"person{i}@example.com" for i in range(50))
    assert states(ctx) == {"sent": 50}
    assert worker.run_once().tried == 0


def test_retries_back_off_exponentially_then_fail(tmp_path: Path, database_url: str) -> None:
    port = SmtpSink().port  # nothing listens there
    ctx = make_context(tmp_path, database_url, port, notify_max_attempts=3)
    try:
        ship(ctx, requesters=1, items=1)
        clock = Clock()
        worker = DeliveryWorker(ctx, clock=clock)
        start = clock.now
        waits = []
        for _ in range(3):
            assert worker.run_once().tried == 1
            with unit_of_work(ctx.factory) as session:
                n = session.scalars(select(Notification)).one()
            waits.append((n.next_attempt_at - start).total_seconds())
            clock.now = n.next_attempt_at
            start = n.next_attempt_at
        assert waits[:2] == [10.0, 20.0]
        assert n.state == "failed" and n.attempts == 3 and "Connection" in (n.last_error or "")
        clock.advance(3600)
        assert worker.run_once().tried == 0  # failed rows wait for a person to retry them
    finally:
        ctx.close()


class RefusingHandler:
    """A mail server that refuses one mailbox for good (550) and takes the rest."""

    def __init__(self) -> None:
        self.accepted: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802, ANN001, ANN201
        if address.startswith("person0@"):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        self.accepted.extend(envelope.rcpt_tos)
        return "250 OK"


def test_a_permanently_refused_address_fails_at_once(tmp_path: Path, database_url: str) -> None:
    handler = RefusingHandler()
    port = SmtpSink().port
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    ctx = make_context(tmp_path, database_url, port)
    try:
        ship(ctx, requesters=3, items=3)
        result = DeliveryWorker(ctx).run_once()
        assert (result.sent, result.failed) == (2, 1)
        assert sorted(handler.accepted) == ["person1@example.com", "person2@example.com"]
        with unit_of_work(ctx.factory) as session:
            failed = session.scalars(select(Notification).where(Notification.state == "failed"))
            assert [n.recipient for n in failed] == ["person0@example.com"]
    finally:
        controller.stop()
        ctx.close()


def test_webhook_retries_until_the_receiver_accepts_and_is_signed(
    ctx: AppContext, sink: SmtpSink
) -> None:
    receiver = WebhookReceiver(secret="whsec-" + "x" * 26, fail_first=2)
    try:
        with unit_of_work(ctx.factory) as session:
            seeded = seed_shipping_idea(session, "acme", requesters=2, items=3)
            workspace_store.write_settings(
                session,
                seeded.workspace_id,
                WorkspaceSettings(
                    notify_email=False, webhook_url=receiver.url, webhook_secret=receiver.secret
                ),
            )
            lifecycle.change_status(
                session, seeded.workspace_id, seeded.idea_id, IdeaStatus.shipped, None, "pm"
            )
        clock = Clock()
        worker = DeliveryWorker(ctx, clock=clock)
        first = worker.run_once()
        assert (first.sent, first.retrying) == (0, 2)  # both calls got 503
        clock.advance(10)
        assert worker.run_once().sent == 2
        assert worker.run_once().tried == 0
        assert receiver.calls == 4 and len(receiver.received) == 2
        assert all(r.signed_ok for r in receiver.received)
        with unit_of_work(ctx.factory) as session:
            rows = {n.id: n for n in session.scalars(select(Notification))}
            attempts = session.scalars(select(DeliveryAttempt)).all()
        assert {int(r.headers["X-Throughline-Delivery"]) for r in receiver.received} == set(rows)
        # the delivery id is the receiver's idempotency key, under both names
        assert all(
            r.headers["Idempotency-Key"] == r.headers["X-Throughline-Delivery"]
            for r in receiver.received
        )
        assert [a.ok for a in attempts].count(False) == 2
        assert all("HTTP 503" in (a.error or "") for a in attempts if not a.ok)
        payload = receiver.payloads()[0]
        assert payload["to_status"] == "shipped" and payload["notification_id"] in rows
        assert sink.count == 0
    finally:
        receiver.close()


def test_a_tampered_signature_does_not_verify(ctx: AppContext) -> None:
    from service.notify.webhook import sign, verify

    signature = sign("secret-one", "1767225600", b'{"a":1}')
    assert verify("secret-one", "1767225600", b'{"a":1}', signature)
    assert not verify("secret-one", "1767225601", b'{"a":1}', signature)
    assert not verify("secret-one", "1767225600", b'{"a":2}', signature)
    assert not verify("secret-two", "1767225600", b'{"a":1}', signature)


def test_unsubscribing_after_queueing_skips_the_email(ctx: AppContext, sink: SmtpSink) -> None:
    ship(ctx, requesters=3, items=3)
    with unit_of_work(ctx.factory) as session:
        person = session.scalars(select(Requester).order_by(Requester.id)).first()
        assert person is not None
        person.unsubscribed_at = utcnow()
    result = DeliveryWorker(ctx).run_once()
    assert (result.sent, result.skipped) == (2, 1)
    assert "person0@example.com" not in sink.recipients()
    assert states(ctx) == {"sent": 2, "skipped": 1}


def test_concurrent_workers_never_send_the_same_row_twice(ctx: AppContext, sink: SmtpSink) -> None:
    ship(ctx, requesters=40, items=40)
    workers = [DeliveryWorker(ctx, batch_size=5) for _ in range(3)]
    threads = [threading.Thread(target=w.run_once) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sink.count == 40 and len(set(sink.recipients())) == 40
    assert states(ctx) == {"sent": 40}


def test_background_thread_delivers_and_stops(ctx: AppContext, sink: SmtpSink) -> None:
    ctx.settings.notify_poll_seconds = 0.05
    worker = DeliveryWorker(ctx)
    worker.start()
    try:
        ship(ctx, requesters=5, items=6)
        wait_until(lambda: sink.count == 5)
    finally:
        worker.stop()
    assert states(ctx) == {"sent": 5}
