"""Concurrent requests over real HTTP share model calls and get the decisions and stored
vectors of a process that embeds one request at a time (issue 17)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import numpy as np
from sqlalchemy import select

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from models.tables import FeedbackItem
from service.context import build_context
from service.core.settings import Settings
from service.workspaces import store as workspace_store
from tests.support.live_server import LiveServer, new_key
from triage.batching import BatchingEmbedder
from triage.embedder import Embedder

STORED = [
    "Add SAML single sign-on",
    "Dashboard takes forever to load",
    "Recurring invoices for monthly clients",
    "Export the monthly report as CSV",
    "A dark theme for the editor",
    "Two-factor login with an authenticator app",
]
ASKED = [
    "Please support SAML SSO login",
    "The dashboard loads really slowly",
    "Monthly recurring invoices please",
    "CSV export of reports",
    "Dark mode",
    "2FA with Google Authenticator",
    "Let us bulk delete tickets",
    "Slack alerts when a deal closes",
    "An API to create invoices",
    "Sort the board by revenue",
    "Mobile app for iPad",
    "Single sign-on via Okta",
]


def post_all(url: str, key: str, path: str, texts: list[str]) -> list[dict[str, Any]]:
    """Every text in its own request, all sent at once."""
    start = threading.Barrier(len(texts))

    def send(n: int) -> dict[str, Any]:
        with httpx.Client(base_url=url, timeout=60) as client:
            start.wait()
            answer = client.post(
                path, json={"text": texts[n]}, headers={"Authorization": f"Bearer {key}"}
            )
        assert answer.status_code in (200, 201), answer.text
        return dict(answer.json())

    with ThreadPoolExecutor(len(texts)) as pool:
        return list(pool.map(send, range(len(texts))))


def test_concurrent_requests_batch_and_match_one_at_a_time(
    settings: Settings, embedder: Embedder
) -> None:
    batched = build_context(settings.model_copy(update={"embedding_batch_ms": 10.0}), embedder)
    alone_settings = settings.model_copy(
        update={"embedding_batching": False, "data_dir": settings.data_dir / "alone"}
    )
    alone = build_context(alone_settings, embedder)
    try:
        batcher = batched.registry.embedder
        assert isinstance(batcher, BatchingEmbedder)
        assert not isinstance(alone.registry.embedder, BatchingEmbedder)
        key = new_key(batched, "acme")
        with unit_of_work(batched.factory) as session:
            ws = workspace_store.get_or_create_workspace(session, "acme")
            session.expunge(ws)
        batched.ingestor.ingest(batched.factory, ws, [FeedbackCreate(text=t) for t in STORED])

        with LiveServer(batched) as server:
            before = batcher.calls, batcher.texts
            decided = post_all(server.url, key, "/api/v1/dedupe", ASKED)
            calls, texts = batcher.calls - before[0], batcher.texts - before[1]
            assert texts == len(ASKED) and calls < texts  # requests shared model calls
            with unit_of_work(alone.factory) as session:
                expected = [alone.ingestor.decide_text(session, ws.id, t) for t in ASKED]
            assert decided == [e.model_dump(mode="json") for e in expected]
            assert any(d["decision"] != "new" for d in decided)  # the comparison has teeth

            stored = post_all(server.url, key, "/api/v1/feedback", ASKED)
        ids = [s["id"] for s in stored]
        with unit_of_work(batched.factory) as session:
            rows = session.execute(
                select(
                    FeedbackItem.id, FeedbackItem.text, FeedbackItem.ask, FeedbackItem.embedding
                ).where(FeedbackItem.id.in_(ids))
            ).all()
        assert len(rows) == len(ASKED)
        for _, text, ask, vector in rows:
            assert vector is not None
            one = alone.registry.embedder.embed([ask or text])[0]
            np.testing.assert_array_equal(np.frombuffer(vector, dtype=np.float32), one)
    finally:
        alone.close()
        batched.close()
