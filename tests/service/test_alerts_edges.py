"""The PM digest's edges: the API (settings, send-now, problems), the admin settings page with
CSRF, and `throughline alerts send`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from notify_peers import SmtpSink, UnusedEmbedder
from typer.testing import CliRunner

from models.db import unit_of_work
from models.tables import utcnow
from service.cli.main import app as cli
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.workspaces import store as workspace_store
from tests.support.alerts_seed import AlertsSeed, seed_alerts
from tests.support.web_client import sign_in

API = "/api/v1"


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, sink: SmtpSink) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data", database_url=database_url, smtp_port=sink.port,
        smtp_timeout=5, notify_worker=False,
    )  # fmt: skip
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


@pytest.fixture
def seed(ctx: AppContext) -> AlertsSeed:
    with unit_of_work(ctx.factory) as session:
        return seed_alerts(session, "acme", utcnow())


@pytest.fixture
def web(ctx: AppContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as client:
        yield client


def key(ctx: AppContext, role: str = "admin") -> str:
    with unit_of_work(ctx.factory) as session:
        return workspace_store.create_key(
            session, workspace_store.get_or_create_workspace(session, "acme"), role
        )


def bearer(ctx: AppContext, role: str = "admin") -> dict[str, str]:
    return {"Authorization": f"Bearer {key(ctx, role)}"}


def test_the_api_sets_the_schedule_and_sends_now(
    web: TestClient, ctx: AppContext, seed: AlertsSeed, sink: SmtpSink
) -> None:
    auth = bearer(ctx)
    fresh = web.get(f"{API}/alert-settings", headers=auth).json()
    assert (fresh["schedule"], fresh["next_send_at"], fresh["recent_digests"]) == ("off", None, [])
    refused = web.post(f"{API}/alerts:send-now", headers=auth)
    assert refused.status_code == 409 and refused.json()["code"] == "no_alert_recipients"
    body = {"schedule": "weekly", "weekday": 4, "hour_utc": 9, "mrr_bar": 2000,
            "emails": ["pm@acme.test"], "webhook_url": None}  # fmt: skip
    saved = web.put(f"{API}/alert-settings", json=body, headers=auth)
    assert saved.status_code == 200, saved.text
    next_at = datetime.fromisoformat(saved.json()["next_send_at"])
    assert (next_at.weekday(), next_at.hour, next_at.minute) == (4, 9, 0)  # Friday 09:00 UTC
    assert timedelta(0) < next_at - utcnow() <= timedelta(days=7)
    dry = web.post(f"{API}/alerts:send-now", json={"dry_run": True}, headers=auth).json()
    assert dry["digest"] is None and "Bulk edit tickets" in dry["text"] and sink.count == 0
    sent = web.post(f"{API}/alerts:send-now", headers=auth)
    assert sent.status_code == 200 and sent.json()["digest"]["state"] == "sent"
    assert sink.recipients() == ["pm@acme.test"]
    listed = web.get(f"{API}/alert-settings", headers=auth).json()["recent_digests"]
    assert [(d["kind"], d["state"]) for d in listed] == [("manual", "sent")]


@pytest.mark.parametrize(
    "change, field",
    [
        ({"webhook_url": "ftp://hooks.example.com/x"}, "webhook_url"),
        ({"webhook_url": "not a url"}, "webhook_url"),
        ({"schedule": "hourly"}, "schedule"),
        ({"hour_utc": 24}, "hour_utc"),
        ({"emails": ["nobody"]}, "emails"),
    ],
)
def test_bad_settings_are_a_422_problem(
    web: TestClient, ctx: AppContext, change: dict[str, object], field: str
) -> None:
    response = web.put(f"{API}/alert-settings", json={"schedule": "daily", **change},
                       headers=bearer(ctx))  # fmt: skip
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "invalid_input" and field in problem["errors"][0]["loc"]


def test_only_admins_change_alerts_and_openapi_documents_it(
    web: TestClient, ctx: AppContext
) -> None:
    member = web.put(f"{API}/alert-settings", json={}, headers=bearer(ctx, "member"))
    assert member.status_code == 403 and member.json()["code"] == "insufficient_role"
    paths = web.get("/openapi.json").json()["paths"]
    for path, method in (("/alert-settings", "put"), ("/alerts:send-now", "post")):
        responses = paths[f"{API}{path}"][method]["responses"]
        assert {"200", "401", "403", "409", "422"} <= set(responses)
        assert "application/problem+json" in responses["422"]["content"]


def test_the_settings_page_saves_with_csrf_and_sends_a_test(
    web: TestClient, ctx: AppContext, seed: AlertsSeed, sink: SmtpSink
) -> None:
    assert sign_in(web, key(ctx), "/settings/alerts").status_code == 303  # type: ignore[attr-defined]
    page = web.get("/settings/alerts")
    assert page.status_code == 200 and "Send a test digest now" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    form = {"schedule": "daily", "hour_utc": "7", "weekday": "0", "mrr_bar": "1500",
            "emails": "pm@acme.test\nlead@acme.test", "webhook_url": ""}  # fmt: skip
    forged = web.post("/settings/alerts", data=form, follow_redirects=False)
    assert forged.status_code == 403
    bad = web.post("/settings/alerts", data={**form, "csrf_token": token,
                   "webhook_url": "javascript:alert(1)"})  # fmt: skip
    assert bad.status_code == 422 and "webhook_url" in bad.text
    assert "lead@acme.test" in bad.text  # what was typed stays in the form
    saved = web.post("/settings/alerts", data={**form, "csrf_token": token}, follow_redirects=False)
    assert saved.status_code == 303
    shown = web.get("/settings/alerts").text
    assert "Digest settings saved" in shown and 'value="7" selected' in shown
    assert 'name="mrr_bar" inputmode="decimal" value="1500"' in shown
    sent = web.post("/settings/alerts/send-now", data={"csrf_token": token})
    assert sent.status_code == 200 and "Test digest: sent." in sent.text
    assert sorted(sink.recipients()) == ["lead@acme.test", "pm@acme.test"]
    assert re.search(r"<strong>sent</strong> · test", sent.text)


def test_members_do_not_see_the_alerts_page(web: TestClient, ctx: AppContext) -> None:
    sign_in(web, key(ctx, "member"), "/settings/alerts")
    assert web.get("/settings/alerts").status_code == 403


def test_the_cli_prints_the_digest_without_sending(
    cli_env: str, ctx: AppContext, seed: AlertsSeed, sink: SmtpSink
) -> None:
    result = CliRunner().invoke(
        cli, ["alerts", "send", "--workspace", "acme", "--dry-run", "--json"]
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["digest"] is None and "Bulk edit tickets" in printed["text"]
    refused = CliRunner().invoke(cli, ["alerts", "send", "--workspace", "acme"])
    assert refused.exit_code == 2 and "no_alert_recipients" in refused.output
    assert sink.count == 0
