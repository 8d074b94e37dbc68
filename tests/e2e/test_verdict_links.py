""" "Did it solve it?" end to end: ship an idea, the worker sends the e-mail through a real SMTP
server on loopback, a requester follows the "solved" link over HTTP to a live server, and the
verdict is stored, shown on the idea page and moves the KR bound to it. Forged and expired
links get a clear 4xx page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from notify_peers import SmtpSink, UnusedEmbedder, seed_shipping_idea
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.metrics_tables import VerdictRow
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.notify.verdict_tokens import make_token
from service.notify.worker import DeliveryWorker
from tests.support.live_server import LiveServer, new_key

LINK = re.compile(r"^\s*(Solved it|Not yet|Not for me): (\S+)\s*$", re.M)


@dataclass
class Runtime:
    """The worker's view of the app, with the live server's address for links in e-mails."""

    settings: Settings
    factory: sessionmaker[Session]


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, sink: SmtpSink) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        smtp_port=sink.port,
        smtp_timeout=5,
        notify_worker=False,
    )
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


def this_quarter() -> str:
    today = datetime.now(UTC).date()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def links_in(message: object) -> dict[str, str]:
    body = message.get_content()  # type: ignore[attr-defined]
    assert "Did it solve it?" in body
    return dict(LINK.findall(body))


@pytest.mark.slow
def test_the_solved_link_stores_the_verdict_and_moves_the_bound_kr(
    ctx: AppContext, sink: SmtpSink
) -> None:
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=6, items=8)
    auth = {"Authorization": f"Bearer {new_key(ctx, 'acme')}"}
    with LiveServer(ctx) as server, httpx.Client(base_url=server.url, headers=auth) as api:
        runtime = Runtime(ctx.settings.model_copy(update={"public_url": server.url}), ctx.factory)
        cycle = this_quarter()
        assert api.post("/api/v1/cycles", json={"name": cycle}).status_code == 201
        objective = api.post(
            f"/api/v1/cycles/{cycle}/objectives",
            json={"title": "Make invoice exports painless for finance teams"},
        ).json()
        kr = api.post(
            f"/api/v1/objectives/{objective['id']}/key-results",
            json={
                "text": "Raise the share of the 5 accounts that asked for CSV exports that "
                "confirm it solved their need from 0% to 70%"
            },
        ).json()
        bound = api.put(
            f"/api/v1/key-results/{kr['id']}/binding",
            json={"kind": "verdict_solved_share", "idea_ids": [seeded.idea_id]},
        )
        assert bound.status_code == 200, bound.text

        shipped = api.post(f"/api/v1/ideas/{seeded.idea_id}/status", json={"status": "shipped"})
        assert shipped.status_code == 201, shipped.text
        assert DeliveryWorker(runtime).run_once().sent == 6
        assert sink.count == 6
        message = next(m for m in sink.messages if m["To"] == "person0@example.com")
        links = links_in(message)
        assert set(links) == {"Solved it", "Not yet", "Not for me"}
        assert all(url.startswith(f"{server.url}/verdict/") for url in links.values())

        def kr_value() -> float:
            rows = api.get(f"/api/v1/key-results/{kr['id']}/check-ins").json()
            return [r for r in rows if r["source"] == "feedback"][-1]["value"]

        assert kr_value() == 0.0
        # The requester clicks "Solved it" in the e-mail: a plain GET, no login.
        answered = httpx.get(links["Solved it"])
        assert answered.status_code == 200
        assert "You answered <strong>Solved it</strong>" in answered.text
        assert "Export invoices to CSV" in answered.text
        with unit_of_work(ctx.factory) as session:
            row = session.scalars(select(VerdictRow)).one()
            assert (row.idea_id, row.requester_id, row.verdict) == (
                seeded.idea_id,
                seeded.requester_ids[0],
                "solved",
            )
        # 1 of the 5 requesting accounts confirmed: the bound KR moved from 0% to 20%.
        assert kr_value() == 20.0
        counts = api.get(f"/api/v1/ideas/{seeded.idea_id}/verdicts").json()
        assert counts["solved"] == 1 and counts["requesters"] == 6
        # Clicking again changes nothing; changing the answer replaces it.
        assert httpx.get(links["Solved it"]).status_code == 200
        assert httpx.get(links["Not yet"]).status_code == 200
        assert kr_value() == 0.0
        assert httpx.get(links["Solved it"]).status_code == 200
        assert kr_value() == 20.0

        # The idea page shows the answers.
        page = httpx.Client(base_url=server.url)
        form = page.get("/sign-in", params={"next": f"/ideas/{seeded.idea_id}"})
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None
        page.post(
            "/sign-in",
            data={
                "api_key": auth["Authorization"].removeprefix("Bearer "),
                "csrf_token": token.group(1),
                "next": f"/ideas/{seeded.idea_id}",
            },
        )
        idea_page = page.get(f"/ideas/{seeded.idea_id}").text
        assert "Did it solve it?" in idea_page
        assert re.search(r"Solved it: <strong>1</strong>", idea_page)

        # Forged, expired and nonsense links get a clear page with a 4xx status.
        good = links["Solved it"]
        forged = good[: good.rindex("/") - 3] + "AAA/solved"
        refused = httpx.get(forged)
        assert refused.status_code == 400 and "not valid" in refused.text
        secret = ctx.settings.resolved_secret_key()
        yesterday = datetime.now(UTC).date() - timedelta(days=1)
        old = make_token(
            secret, seeded.workspace_id, seeded.idea_id, seeded.requester_ids[1], yesterday
        )
        expired = httpx.get(f"{server.url}/verdict/{old}/solved")
        assert expired.status_code == 410 and "expired" in expired.text
        nonsense = httpx.get(good.rsplit("/", 1)[0] + "/maybe")
        assert nonsense.status_code == 404 and "not an answer" in nonsense.text
        other = make_token(secret, seeded.workspace_id, 999_999, seeded.requester_ids[1], yesterday)
        assert httpx.get(f"{server.url}/verdict/{other}/solved").status_code == 400
        with unit_of_work(ctx.factory) as session:
            assert len(session.scalars(select(VerdictRow)).all()) == 1
