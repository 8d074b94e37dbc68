"""The OKR critic through the API and the CLI."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.cli.main import app


def codes(body: dict) -> set[str]:
    return {f["code"] for f in body["findings"]}


def test_lint_endpoint_flags_a_task_and_passes_a_good_kr(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    bad = client.post(
        "/api/v1/okrs/lint", json={"text": "Release the billing page rewrite"}, headers=auth
    )
    assert bad.status_code == 200
    assert "task_not_outcome" in codes(bad.json()) and bad.json()["blocking"] is True
    good = client.post(
        "/api/v1/okrs/lint",
        headers=auth,
        json={"text": "Raise self-serve upgrades from 140 to 260 a month", "in_cycle": True},
    )
    assert good.json()["findings"] == [] and good.json()["blocking"] is False
    parsed = good.json()["parsed"]
    assert (parsed["baseline"], parsed["target"], parsed["direction"]) == (140, 260, "increase")
    objective = client.post(
        "/api/v1/okrs/lint",
        headers=auth,
        json={"text": "Reach 40k paying users", "objective": True},
    )
    assert codes(objective.json()) == {"quantitative_objective"}


def test_lint_endpoint_checks_whole_sets_and_rejects_nothing(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    okr_set = {
        "cycle": "2027-Q1",
        "objectives": [
            {
                "title": "Make first-week setup painless for admins",
                "owner": None,
                "key_results": [{"text": "Cut setup time from 3 days to 1 day"}],
            }
        ],
    }
    body = client.post("/api/v1/okrs/lint", json={"okr_set": okr_set}, headers=auth).json()
    assert {"kr_count", "no_owner"} <= codes(body)
    empty = client.post("/api/v1/okrs/lint", json={}, headers=auth)
    assert empty.status_code == 422 and empty.json()["code"] == "nothing_to_lint"
    assert client.post("/api/v1/okrs/lint", json={"text": "x"}).status_code == 401


def test_lint_cli_exit_status_follows_blocking_findings() -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["lint", "Cut checkout p95 latency from 2.4 s to 0.9 s by end of Q3"])
    assert ok.exit_code == 0 and "no findings" in ok.stderr
    bad = runner.invoke(app, ["lint", "Keep error rate under 0.5%", "--json"])
    found = {f["code"] for f in json.loads(bad.stdout)["findings"]}
    assert found == {"kpi_not_okr", "missing_deadline"}
    assert bad.exit_code == 0  # a warning only
    vague = runner.invoke(app, ["lint", "Improve the app", "--objective", "--json"])
    assert vague.exit_code == 1 and json.loads(vague.stdout)["blocking"] is True
