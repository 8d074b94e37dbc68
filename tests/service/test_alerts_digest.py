"""The PM digest on a real database: what it lists, sending it through a real SMTP server and
to a real HTTP receiver on loopback, and the schedule sending each period once, even with two
schedulers racing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from notify_peers import Clock, SmtpSink, UnusedEmbedder, WebhookReceiver
from sqlalchemy import select

from models.alerts import AlertSchedule, AlertSettingsUpdate, DigestState
from models.alerts_tables import AlertDigest
from models.db import unit_of_work
from service.alerts import digest, preferences, runs, schedule
from service.alerts.scheduler import DigestScheduler
from service.context import AppContext, build_context
from service.core.settings import Settings
from tests.support.alerts_seed import AlertsSeed, seed_alerts

MONDAY_8 = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(secret="unused")
    yield receiver
    receiver.close()


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, sink: SmtpSink) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        smtp_port=sink.port,
        smtp_timeout=5,
        notify_worker=False,
        public_url="https://feedback.example.com",
        mail_from="Throughline <digest@acme.test>",
    )
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


def seeded(ctx: AppContext, now: datetime = MONDAY_8) -> AlertsSeed:
    with unit_of_work(ctx.factory) as session:
        return seed_alerts(session, "acme", now)


def configure(ctx: AppContext, workspace_id: int, at: datetime, **values: object) -> None:
    body = AlertSettingsUpdate.model_validate(values)
    with unit_of_work(ctx.factory) as session:
        preferences.update(session, workspace_id, body, at)


def test_the_digest_lists_surges_rich_requests_and_failed_deliveries(ctx: AppContext) -> None:
    seed = seeded(ctx)
    with unit_of_work(ctx.factory) as session:
        built = digest.build(
            session, seed.workspace_id, 1000.0, MONDAY_8 - timedelta(days=1), MONDAY_8
        )
    assert [(s.idea_id, s.recent, s.baseline) for s in built.surging] == [(seed.surging_id, 6, 1.0)]
    # the quiet idea (4 a week, 6 now) and the steady one (10 a week) did not surge
    assert {s.idea_id for s in built.surging}.isdisjoint({seed.quiet_id, seed.steady_id})
    assert [(r.account, r.mrr, r.idea_id) for r in built.high_value] == [
        ("Globex", 5000.0, seed.quiet_id)
    ]  # not Tiny Shop (under the bar), not Globex's request from 20 days ago
    assert [f.notification_id for f in built.failed] == [seed.failed_notification_id]
    assert built.failed[0].error == "HTTP 503: down"
    text = runs.render(ctx.settings, built).slack
    assert f"<https://feedback.example.com/ideas/{seed.surging_id}|Bulk edit tickets>" in text
    assert "*Globex* ($5,000)" in text and "Tiny Shop" not in text


def test_slots_name_each_period_once() -> None:
    daily = schedule.current_slot(AlertSchedule.daily, 8, 0, MONDAY_8 + timedelta(hours=3))
    assert daily == schedule.Slot("daily:2026-12-07", MONDAY_8, MONDAY_8 - timedelta(days=1))
    before = schedule.current_slot(AlertSchedule.daily, 8, 0, MONDAY_8 - timedelta(minutes=1))
    assert before is not None and before.key == "daily:2026-12-06"
    weekly = schedule.current_slot(AlertSchedule.weekly, 8, 0, MONDAY_8 + timedelta(days=6))
    assert weekly is not None and (weekly.key, weekly.at) == ("weekly:2026-W50", MONDAY_8)
    assert schedule.current_slot(AlertSchedule.off, 8, 0, MONDAY_8) is None


def test_a_test_send_reaches_smtp_and_the_webhook(
    ctx: AppContext, sink: SmtpSink, hook: WebhookReceiver
) -> None:
    seed = seeded(ctx)
    configure(ctx, seed.workspace_id, MONDAY_8, emails=["pm@acme.test", "lead@acme.test"],
              webhook_url=hook.url, schedule="daily")  # fmt: skip
    with unit_of_work(ctx.factory) as session:
        sent = runs.send_now(session, ctx.settings, seed.workspace_id, MONDAY_8)
    assert sent.digest is not None and sent.digest.state == DigestState.sent
    assert sorted(sink.recipients()) == ["lead@acme.test", "pm@acme.test"]
    mail = sink.messages[0]
    assert "1 surging, 1 high-MRR, 1 failed" in str(mail["Subject"])
    assert f"https://feedback.example.com/ideas/{seed.surging_id}" in mail.get_content()
    assert mail["Message-ID"] != sink.messages[1]["Message-ID"]
    [payload] = hook.payloads()
    assert list(payload) == ["text"] and "*Surging ideas*" in payload["text"]
    assert hook.received[0].headers["Content-Type"] == "application/json"


def test_a_refusing_webhook_makes_the_run_partial(ctx: AppContext, sink: SmtpSink) -> None:
    seed = seeded(ctx)
    refusing = WebhookReceiver(secret="unused", fail_first=100)
    try:
        configure(
            ctx, seed.workspace_id, MONDAY_8, emails=["pm@acme.test"], webhook_url=refusing.url
        )
        with unit_of_work(ctx.factory) as session:
            sent = runs.send_now(session, ctx.settings, seed.workspace_id, MONDAY_8)
    finally:
        refusing.close()
    assert sent.digest is not None and sent.digest.state == DigestState.partial
    assert "webhook: HTTP 503" in (sent.digest.error or "") and sink.count == 1


def test_the_schedule_sends_each_period_once_even_with_two_schedulers(
    ctx: AppContext, sink: SmtpSink, hook: WebhookReceiver
) -> None:
    seed = seeded(ctx)
    configure(ctx, seed.workspace_id, MONDAY_8 - timedelta(hours=1), schedule="daily",
              hour_utc=8, emails=["pm@acme.test"], webhook_url=hook.url)  # fmt: skip
    clock = Clock()
    clock.now = MONDAY_8 - timedelta(minutes=1)
    first = DigestScheduler(ctx.factory, ctx.settings, clock=clock)
    second = DigestScheduler(ctx.factory, ctx.settings, clock=clock)
    assert first.run_once() == []  # Sunday's slot passed before the schedule was set
    clock.now = MONDAY_8 + timedelta(seconds=30)
    assert len(first.run_once()) == 1
    assert first.run_once() == [] and second.run_once() == []  # the same period: claimed
    assert sink.count == 1 and len(hook.received) == 1
    assert "Bulk edit tickets" in hook.payloads()[0]["text"]

    clock.now = MONDAY_8 + timedelta(days=1, seconds=5)  # Tuesday: both race for it
    made: list[list[int]] = []
    start = threading.Barrier(2)

    def race(scheduler: DigestScheduler) -> None:
        start.wait()
        made.append(scheduler.run_once())

    threads = [threading.Thread(target=race, args=(s,)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(len(m) for m in made) == [0, 1]
    assert sink.count == 2 and len(hook.received) == 2
    with unit_of_work(ctx.factory) as session:
        rows = session.scalars(select(AlertDigest).order_by(AlertDigest.id)).all()
        assert [(r.period, r.state) for r in rows] == [
            ("daily:2026-12-07", "sent"),
            ("daily:2026-12-08", "sent"),
        ]
        assert rows[0].summary["surging"] == 1 and rows[1].summary["accepted"] == 2


def test_a_digest_that_is_off_never_goes_out(ctx: AppContext, sink: SmtpSink) -> None:
    seed = seeded(ctx)
    configure(ctx, seed.workspace_id, MONDAY_8 - timedelta(days=3), emails=["pm@acme.test"])
    clock = Clock()
    clock.now = MONDAY_8 + timedelta(hours=1)
    assert DigestScheduler(ctx.factory, ctx.settings, clock=clock).run_once() == []
    assert sink.count == 0
