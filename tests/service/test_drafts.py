"""OKR drafts through the API and the CLI, on SQLite and PostgreSQL, from stored feedback."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.schemas import WorkspaceSettings
from service.cli.main import app
from service.context import AppContext
from service.core.settings import Settings, get_settings
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store
from tests.support.chat_server import ChatServer, json_reply
from tests.support.draft_checks import assert_good_draft
from tests.support.llm_answers import llm_answer
from tests.support.stored_sample import store_sample

TODAY = datetime.now(UTC).date()


@pytest.fixture
def settings(settings: Settings, chat_server: ChatServer) -> Settings:
    """The shared settings, with the LLM pointed at the scripted server (offline by default)."""
    return settings.model_copy(
        update={
            "llm_base_url": chat_server.url,
            "llm_model": "scripted",
            "llm_timeout": 2.0,
            "llm_max_retries": 1,
            "llm_input_price": 1.0,
            "llm_output_price": 4.0,
        }
    )


def test_draft_from_stored_feedback_is_stored_listed_and_readable(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    store_sample(context.factory, "acme")
    auth = key_for("acme")
    made = client.post(
        "/api/v1/okrs/drafts", json={"cycle": "2027-Q1", "owner": "Product team"}, headers=auth
    )
    assert made.status_code == 201, made.text
    draft = made.json()
    assert draft["passed"] is True and draft["provider"] == "offline"
    assert draft["status"] == "draft" and draft["cycle_name"] == "2027-Q1"
    from models.okr import OkrSet

    assert_good_draft(OkrSet.model_validate(draft["okr_set"]), "2027-Q1")
    assert draft["rounds"][0]["okr_set"] == draft["okr_set"]
    assert not [f for f in draft["findings"] if f["severity"] == "block"]

    listed = client.get("/api/v1/okrs/drafts", headers=auth).json()
    assert listed["total"] == 1 and listed["drafts"][0]["id"] == draft["id"]
    assert listed["drafts"][0]["objectives"] == len(draft["okr_set"]["objectives"])
    assert client.get(f"/api/v1/okrs/drafts/{draft['id']}", headers=auth).json() == draft

    page = client.get(f"/api/v1/okrs/drafts/{draft['id']}?format=markdown", headers=auth)
    assert page.headers["content-type"].startswith("text/markdown")
    text = page.text
    assert draft["okr_set"]["objectives"][0]["title"] in text
    assert "baseline" in text and "evidence: #" in text and "### Round 1 (offline)" in text

    other = key_for("globex")
    assert client.get(f"/api/v1/okrs/drafts/{draft['id']}", headers=other).status_code == 404
    assert client.get("/api/v1/okrs/drafts", headers=other).json()["total"] == 0


def test_goals_default_to_the_workspace_goals(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    ws_id = store_sample(context.factory, "acme")
    goals = ["Make invoicing painless for finance teams"]
    with unit_of_work(context.factory) as session:
        workspace_store.write_settings(session, ws_id, WorkspaceSettings(goals=goals))
    body = client.post("/api/v1/okrs/drafts", json={"cycle": "2027-Q1"}, headers=key_for("acme"))
    draft = body.json()
    assert draft["goals"] == goals
    assert draft["okr_set"]["objectives"][0]["title"] == goals[0]


def test_bad_input_is_problem_json(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    auth = key_for("acme")
    cases = [
        ({"cycle": "2027-Q1"}, 422, "nothing_to_draft"),  # nothing stored yet
        ({"cycle": "2027-Q5"}, 422, "invalid_cycle"),
        ({"cycle": "2027-Q1", "goals": [f"goal {i}" for i in range(21)]}, 422, "too_many_goals"),
        ({"cycle": "2027-Q1", "goals": [" "]}, 422, "invalid_goal"),
        ({"cycle": "2027-Q1", "provider": "gpt"}, 422, "unknown_provider"),
        ({"cycle": "2027-Q1", "max_rounds": 0}, 422, "invalid_input"),
        ({"cycle": "2027-Q1", "colour": "red"}, 422, "invalid_input"),
    ]
    for body, status, code in cases:
        answer = client.post("/api/v1/okrs/drafts", json=body, headers=auth)
        assert (answer.status_code, answer.json()["code"]) == (status, code), body
        assert answer.headers["content-type"] == "application/problem+json"
    missing = client.get("/api/v1/okrs/drafts/999", headers=auth)
    assert (missing.status_code, missing.json()["code"]) == (404, "draft_not_found")
    ingest = {"Authorization": f"Bearer {make_ingest_key(context)}"}
    assert client.get("/api/v1/okrs/drafts", headers=ingest).status_code == 403


def make_ingest_key(context: AppContext) -> str:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        return workspace_store.create_key(session, ws, "ingest")


def test_openai_provider_drafts_through_the_llm_and_falls_back(
    client: TestClient,
    context: AppContext,
    key_for: Callable[[str], dict[str, str]],
    chat_server: ChatServer,
) -> None:
    store_sample(context.factory, "acme")
    auth = key_for("acme")
    # The answer must cite this workspace's measures: build it from the same request.
    from models.drafts import DraftCreate
    from service.okrs.drafts import build_request

    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_workspace(session, "acme")
        request = build_request(session, ws, DraftCreate(cycle="2027-Q2"), datetime.now(UTC))
    chat_server.push(json_reply(llm_answer(request), prompt_tokens=1000, completion_tokens=500))
    made = client.post(
        "/api/v1/okrs/drafts", json={"cycle": "2027-Q2", "provider": "openai"}, headers=auth
    ).json()
    assert (made["provider"], made["model"], made["passed"]) == ("openai", "scripted", True)
    assert made["usage"]["calls"] == 1
    assert made["usage"]["cost_usd"] == pytest.approx((1000 * 1.0 + 500 * 4.0) / 1e6)
    assert made["rounds"][0]["critique"] == "Targets are a stretch."

    chat_server.push(json_reply({"nope": 1}), json_reply({"nope": 2}))
    fallback = client.post(
        "/api/v1/okrs/drafts", json={"cycle": "2027-Q2", "provider": "openai"}, headers=auth
    ).json()
    assert fallback["provider"] == "offline" and fallback["passed"] is True
    assert "invalid JSON" in fallback["fallback_reason"]
    listed = client.get("/api/v1/okrs/drafts", headers=auth).json()["drafts"]
    assert [d["provider"] for d in listed] == ["offline", "openai"]  # newest first


def test_unconfigured_llm_is_refused(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    context.settings = context.settings.model_copy(update={"llm_base_url": ""})
    answer = client.post(
        "/api/v1/okrs/drafts",
        json={"cycle": "2027-Q1", "provider": "openai"},
        headers=key_for("acme"),
    )
    assert (answer.status_code, answer.json()["code"]) == (422, "llm_not_configured")


def test_draft_from_feedback_ingested_through_the_api(
    client: TestClient, key_for: Callable[[str], dict[str, str]]
) -> None:
    """The whole path: real embedding and duplicate decisions, then a draft from those ideas."""
    auth = key_for("acme")
    items = [
        {
            "text": item.text,
            "source": item.source,
            "external_id": item.external_id,
            "requester": item.requester_email,
            "account": item.account,
            "mrr": item.mrr,
            "created_at": item.created_at.isoformat(),
        }
        for item in generate_feedback(120, seed=5, end=TODAY)
    ]
    stored = client.post("/api/v1/feedback/bulk", json={"items": items}, headers=auth)
    assert stored.status_code == 200, stored.text
    made = client.post("/api/v1/okrs/drafts", json={"cycle": "2027-Q1"}, headers=auth)
    assert made.status_code == 201, made.text
    from models.okr import OkrSet

    assert made.json()["passed"] is True
    assert_good_draft(OkrSet.model_validate(made.json()["okr_set"]), "2027-Q1")


@pytest.fixture
def cli_env(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("THROUGHLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("THROUGHLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("THROUGHLINE_LLM_PROVIDER", "offline")
    get_settings.cache_clear()
    yield database_url
    get_settings.cache_clear()


def test_cli_draft(cli_env: str) -> None:
    engine = make_engine(cli_env)
    migrate(engine)
    store_sample(make_session_factory(engine), "acme", n=400)
    engine.dispose()
    runner = CliRunner()
    ok = runner.invoke(app, ["draft", "--cycle", "2027-Q1", "--workspace", "acme", "--json"])
    assert ok.exit_code == 0, ok.stderr
    draft = json.loads(ok.stdout)
    assert draft["passed"] and "stored draft" in ok.stderr
    goals = ["--goal", "Make invoicing painless for finance teams", "--goal", "Open in Lima"]
    md = runner.invoke(
        app, ["draft", "--cycle", "2027-Q1", "--workspace", "acme", "--markdown", *goals]
    )
    assert md.exit_code == 0, md.stderr
    assert md.stdout.startswith(f"# OKR draft {draft['id'] + 1} for 2027-Q1")
    assert "Objective 1: Make invoicing painless for finance teams" in md.stdout
    assert "'Open in Lima' matches no theme" in md.stdout
    for args, message in [
        (["--cycle", "2027-Q9"], "invalid_cycle"),
        (["--cycle", "2027-Q1", "--provider", "gpt"], "unknown_provider"),
        (["--cycle", "2027-Q1", "--workspace", "nobody"], "no workspace named"),
        (["--cycle", "2027-Q1", "--rounds", "0"], "max_rounds"),
    ]:
        bad = runner.invoke(app, ["draft", "--workspace", "acme", *args])
        assert bad.exit_code == 2 and message in bad.stderr, (args, bad.stderr)
        assert "Traceback" not in bad.stderr + bad.stdout
