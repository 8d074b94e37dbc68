"""Real peers for notification tests: an SMTP server (aiosmtpd) and an HTTP receiver on
loopback, a clock tests move by hand, and a realistic "idea with requesters" factory."""

from __future__ import annotations

import asyncio
import email
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Account, FeedbackItem, Idea, Requester, Workspace, utcnow
from service.notify.webhook import verify


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


class SmtpSink:
    """An SMTP server on 127.0.0.1 that keeps every accepted message; stop() and start()
    again on the same port to simulate an outage."""

    def __init__(self, delay: float = 0.0) -> None:
        self.port = free_port()
        self.delay = delay
        self.messages: list[EmailMessage] = []
        self.envelopes: list[list[str]] = []
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.delay:
            await asyncio.sleep(self.delay)
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        with self._lock:
            self.messages.append(message)  # type: ignore[arg-type]
            self.envelopes.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"

    def start(self) -> SmtpSink:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.messages)

    def recipients(self) -> list[str]:
        with self._lock:
            return [str(m["To"]) for m in self.messages]


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    signed_ok: bool


@dataclass
class WebhookReceiver:
    """A real HTTP server that answers 503 to the first `fail_first` calls, then 204, and
    checks each call's signature with `secret`."""

    secret: str
    fail_first: int = 0
    calls: int = 0
    received: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver._lock:
                    receiver.calls += 1
                    failing = receiver.calls <= receiver.fail_first
                    if not failing:
                        signed_ok = verify(
                            receiver.secret,
                            self.headers.get("X-Throughline-Timestamp", ""),
                            body,
                            self.headers.get("X-Throughline-Signature", ""),
                        )
                        receiver.received.append(Received(dict(self.headers), body, signed_ok))
                self.send_response(503 if failing else 204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hooks/throughline"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def payloads(self) -> list[dict[str, Any]]:
        return [json.loads(r.body) for r in self.received]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class Clock:
    """Time the worker sees; starts now and moves only when told."""

    def __init__(self) -> None:
        self.now: datetime = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class UnusedEmbedder:
    """These tests never embed feedback: the app's start-up warm-up call is all that reaches
    an embedder, so the real model need not load."""

    name = "unused"
    dim = 384

    def embed(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        vectors[:, 0] = 1.0
        return vectors


@dataclass
class Seeded:
    workspace_id: int
    idea_id: int
    merged_idea_id: int
    requester_ids: list[int]


def seed_shipping_idea(
    session: Session,
    workspace: str,
    requesters: int = 50,
    items: int = 60,
    domain: str = "example.com",
) -> Seeded:
    """Two ideas about the same ask; the second is merged into the first the way a PM merge
    leaves it (items moved, merged_into_id set). `items` items from `requesters` people at
    a handful of accounts, so some people asked more than once, in both ideas."""
    ws = session.scalar(select(Workspace).where(Workspace.name == workspace))
    if ws is None:
        ws = Workspace(name=workspace)
        session.add(ws)
        session.flush()
    accounts = [
        Account(workspace_id=ws.id, name=f"{workspace}-account-{i}", mrr=500.0 * (i + 1))
        for i in range(5)
    ]
    session.add_all(accounts)
    session.flush()
    people = [
        Requester(
            workspace_id=ws.id,
            key=f"person{i}@{domain}",
            name=f"Person {i}",
            email=f"person{i}@{domain}",
            account_id=accounts[i % len(accounts)].id,
        )
        for i in range(requesters)
    ]
    session.add_all(people)
    keeper = Idea(workspace_id=ws.id, title="Export invoices to CSV")
    merged = Idea(workspace_id=ws.id, title="CSV export for invoices")
    session.add_all([keeper, merged])
    session.flush()
    for i in range(items):
        person = people[i % requesters]
        session.add(
            FeedbackItem(
                workspace_id=ws.id,
                idea_id=merged.id if i % 2 else keeper.id,
                requester_id=person.id,
                account_id=person.account_id,
                text=f"Please let us export invoices as CSV (ask {i})",
                source="support",
                external_id=f"{workspace}-{i}",
                content_hash=f"{workspace}-hash-{i}",
                decision="new",
            )
        )
    session.flush()
    # The PM merge: items move to the keeper, the merged idea points at it.
    for item in session.scalars(select(FeedbackItem).where(FeedbackItem.idea_id == merged.id)):
        item.idea_id = keeper.id
    merged.merged_into_id = keeper.id
    session.flush()
    return Seeded(ws.id, keeper.id, merged.id, [p.id for p in people])
