"""The change feed is pruned, and a process left behind the pruned rows rebuilds instead of
missing items (issue 17). Two contexts on one database stand for two processes."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from models.change_feed import Change
from models.db import unit_of_work
from models.schemas import FeedbackCreate
from models.tables import Workspace, utcnow
from service.context import AppContext, build_context
from service.core import change_store
from service.core.change_pruner import ChangePruner
from service.core.settings import Settings
from service.worker import Background
from service.workspaces import store as workspace_store
from triage.embedder import Embedder

TEXTS = [
    "Add SAML single sign-on",
    "Dashboard takes forever to load",
    "Recurring invoices for monthly clients",
    "Export the monthly report as CSV",
    "A dark theme for the editor",
]


def later(hours: float = 2.0):  # type: ignore[no-untyped-def]
    """A clock `hours` ahead: every row written now is older than an hour by it."""
    return lambda: utcnow() + timedelta(hours=hours)


def workspace(context: AppContext) -> Workspace:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        session.expunge(ws)
    return ws


def ingest_each(context: AppContext, ws: Workspace, texts: list[str]) -> list[int]:
    """One call per text, so each text is one change; returns the new items' ids."""
    ids = []
    for text in texts:
        result = context.ingestor.ingest(context.factory, ws, [FeedbackCreate(text=text)])[0]
        assert result.id is not None
        ids.append(result.id)
    return ids


def seqs(context: AppContext, ws: Workspace) -> list[int]:
    with unit_of_work(context.factory) as session:
        query = select(Change.seq).where(Change.workspace_id == ws.id).order_by(Change.seq)
        return list(session.scalars(query))


@pytest.fixture
def other(settings: Settings, embedder: Embedder) -> Iterator[AppContext]:
    """A second process: same database, its own index folder and in-memory indexes."""
    ctx = build_context(
        settings.model_copy(update={"data_dir": settings.data_dir / "other"}), embedder
    )
    yield ctx
    ctx.close()


def test_prune_drops_old_rows_but_keeps_recent_ones_and_the_newest(context: AppContext) -> None:
    ws = workspace(context)
    ingest_each(context, ws, TEXTS)
    assert seqs(context, ws) == [1, 2, 3, 4, 5]

    assert ChangePruner(context.factory, retention_seconds=3600, keep=2, every=60).run_once() == 0
    assert seqs(context, ws) == [1, 2, 3, 4, 5]  # all younger than an hour

    pruner = ChangePruner(context.factory, retention_seconds=3600, keep=2, every=60, clock=later())
    assert pruner.run_once() == 3
    assert seqs(context, ws) == [4, 5]
    # keep=0 still leaves the newest row, which numbering goes on from
    gone = ChangePruner(context.factory, retention_seconds=0, keep=0, every=60).run_once()
    assert gone == 1 and seqs(context, ws) == [5]
    ingest_each(context, ws, ["Slack alerts when a deal closes"])
    assert seqs(context, ws) == [5, 6]


def test_process_behind_the_pruned_feed_rebuilds_and_decides_like_the_writer(
    context: AppContext, other: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    ws = workspace(context)
    ingest_each(context, ws, TEXTS[:2])
    with unit_of_work(other.factory) as session:  # the other process is at the feed's end
        assert len(other.registry.current(session, ws.id).index) == 2
    invoices, *_ = ingest_each(context, ws, TEXTS[2:])  # seq 3, 4, 5: the other misses them
    pruner = ChangePruner(context.factory, retention_seconds=3600, keep=1, every=60, clock=later())
    assert pruner.run_once() == 4
    assert seqs(context, ws) == [5]  # the invoices item's change (seq 3) is gone

    question = "monthly recurring invoices"
    with caplog.at_level(logging.INFO, logger="service.feedback.vectors"):
        with unit_of_work(other.factory) as session:
            behind = other.ingestor.decide_text(session, ws.id, question)
            size = len(other.registry.current(session, ws.id).index)
    assert "reason=feed_pruned" in caplog.text
    assert size == len(TEXTS)
    with unit_of_work(context.factory) as session:
        writer = context.ingestor.decide_text(session, ws.id, question)
    assert behind == writer
    assert behind.matches[0].title == "Recurring invoices for monthly clients"
    with unit_of_work(context.factory) as session:
        assert change_store.last_seq(session, ws.id) == 5
    # and it goes on catching up from the feed, without another rebuild
    caplog.clear()
    (export_again,) = ingest_each(context, ws, ["Please let me export my report to CSV"])
    with caplog.at_level(logging.INFO, logger="service.feedback.vectors"):
        with unit_of_work(other.factory) as session:
            state = other.registry.current(session, ws.id)
    assert "rebuild" not in caplog.text
    assert export_again in state.ids and invoices in state.ids


def test_the_worker_loop_prunes(settings: Settings, embedder: Embedder) -> None:
    update = {"change_retention_seconds": 0.0, "change_keep": 2, "change_prune_seconds": 0.1}
    context = build_context(settings.model_copy(update=update), embedder)
    try:
        ws = workspace(context)
        ingest_each(context, ws, TEXTS[:4])
        background = Background(context, jobs=True, delivery=False)
        background.start()
        try:
            deadline = time.monotonic() + 10
            while seqs(context, ws) != [3, 4] and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            background.stop()
        assert seqs(context, ws) == [3, 4]
        with unit_of_work(context.factory) as session:
            assert session.scalar(select(func.count()).select_from(Change)) == 2
    finally:
        context.close()
