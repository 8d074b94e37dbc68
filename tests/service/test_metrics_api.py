"""Product metrics in: points pushed over HTTP or imported from CSV (API and CLI), a baseline
that one surge cannot move, bad input as 4xx problems, and KRs whose check-ins follow a
pushed metric."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from notify_peers import UnusedEmbedder, seed_shipping_idea
from typer.testing import CliRunner

from models.db import unit_of_work
from models.demand import Demand, Trend
from models.drafts import DraftRequest, IdeaDemand
from models.metrics_tables import VerdictRow
from models.okr import cycle_dates
from service.cli.main import app
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.okrs.drafts import with_outcome_data
from service.workspaces import store as workspace_store

API = "/api/v1"
TODAY = datetime.now(UTC).date()
# Ten weekly values, the eighth a surge (a launch-day spike, an outage, a bot).
WEEKLY = [30.0, 31.0, 29.0, 30.0, 32.0, 31.0, 30.0, 300.0, 29.0, 31.0]


@pytest.fixture
def ctx(tmp_path: Path, database_url: str) -> Iterator[AppContext]:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, notify_worker=False)
    context = build_context(settings, UnusedEmbedder())
    yield context
    context.close()


@pytest.fixture
def client(ctx: AppContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=ctx), raise_server_exceptions=False) as test_client:
        yield test_client


def key(ctx: AppContext, role: str = "admin") -> dict[str, str]:
    with unit_of_work(ctx.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        return {"Authorization": f"Bearer {workspace_store.create_key(session, ws, role)}"}


def weekly_points(values: list[float], end: date = TODAY) -> list[dict[str, object]]:
    """One value a week, the last on `end`."""
    n = len(values)
    return [
        {"at": (end - timedelta(weeks=n - 1 - i)).isoformat(), "value": v}
        for i, v in enumerate(values)
    ]


def test_pushed_points_give_a_median_baseline_with_its_window(
    client: TestClient, ctx: AppContext
) -> None:
    auth = key(ctx, "ingest")  # an analytics pipeline's key may push
    body = {"points": weekly_points(WEEKLY), "name": "weekly SSO sign-ins", "unit": "count"}
    pushed = client.post(f"{API}/metrics/sso-sign-ins/points", json=body, headers=auth)
    assert pushed.status_code == 201, pushed.text
    result = pushed.json()
    assert (result["received"], result["stored"]) == (10, 10)
    baseline = result["metric"]["baseline"]
    # the median of the ten weekly values; their mean (57.3) would be carried off by the surge
    assert baseline["value"] == 30.5 and baseline["weeks"] == 10
    assert baseline["statistic"] == "median of weekly means"
    assert baseline["ends_on"] == TODAY.isoformat()
    assert baseline["starts_on"] == (TODAY - timedelta(weeks=9, days=6)).isoformat()
    # pushing a day again replaces its value instead of adding a point
    again = client.post(
        f"{API}/metrics/sso-sign-ins/points",
        json={"points": [{"at": TODAY.isoformat(), "value": 33}]},
        headers=auth,
    ).json()
    assert (again["stored"], again["metric"]["points"]) == (0, 10)
    assert again["metric"]["name"] == "weekly SSO sign-ins"
    reader = key(ctx)
    listed = client.get(f"{API}/metrics", headers=reader).json()["metrics"]
    assert [m["key"] for m in listed] == ["sso-sign-ins"]
    assert client.get(f"{API}/metrics/sso-sign-ins", headers=reader).json()["points"] == 10


def test_fewer_than_eight_weeks_give_no_baseline(client: TestClient, ctx: AppContext) -> None:
    body = {"points": weekly_points(WEEKLY[:7])}
    metric = client.post(f"{API}/metrics/short/points", json=body, headers=key(ctx)).json()
    assert metric["metric"]["points"] == 7 and metric["metric"]["baseline"] is None


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/metrics/Bad Key!/points", {"points": [{"at": "2026-01-01", "value": 1}]}, None),
        ("/metrics/x/points", {"points": []}, "invalid_input"),
        ("/metrics/x/points", {"points": [{"at": "someday", "value": 1}]}, "invalid_input"),
        ("/metrics/x/points", {"points": [{"at": "2026-01-01", "value": "NaN"}]}, None),
        ("/metrics/x/points", {"points": [{"at": "2026-01-01", "value": 1}], "x": 1}, None),
    ],
)
def test_bad_points_are_a_422_problem(
    client: TestClient, ctx: AppContext, path: str, body: dict[str, object], code: str | None
) -> None:
    answer = client.post(f"{API}{path}", json=body, headers=key(ctx))
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    if code:
        assert answer.json()["code"] == code


def test_csv_import_over_http_and_its_errors(client: TestClient, ctx: AppContext) -> None:
    auth = key(ctx)
    rows = "".join(
        f"{name},{p['at']},{p['value']}\n"
        for name in ("exports-weekly-use", "export-errors")
        for p in weekly_points(WEEKLY[:8])
    )
    imported = client.post(
        f"{API}/metrics/import",
        content="metric,date,value\n" + rows,
        headers={**auth, "Content-Type": "text/csv"},
    )
    assert imported.status_code == 201, imported.text
    assert [(r["key"], r["stored"]) for r in imported.json()] == [
        ("exports-weekly-use", 8),
        ("export-errors", 8),
    ]
    single = client.post(
        f"{API}/metrics/import?key=nps",
        content="date,value\n2026-11-02,31\n2026-11-09,33\n",
        headers={**auth, "Content-Type": "text/csv"},
    )
    assert single.status_code == 201 and single.json()[0]["stored"] == 2
    for text, code in [
        ("day,amount\n2026-11-02,3\n", "invalid_metric_csv"),
        ("metric,date,value\nnps,yesterday,3\n", "invalid_metric_csv"),
        ("metric,date,value\n", "invalid_metric_csv"),
        ("metric,date,value\nNo Good,2026-11-02,3\n", "invalid_metric_key"),
    ]:
        refused = client.post(
            f"{API}/metrics/import", content=text, headers={**auth, "Content-Type": "text/csv"}
        )
        assert refused.status_code == 422, text
        assert refused.json()["code"] == code
    missing = client.get(f"{API}/metrics/nothing-here", headers=auth)
    assert missing.status_code == 404 and missing.json()["code"] == "metric_not_found"


def test_a_kr_bound_to_a_pushed_metric_follows_it(client: TestClient, ctx: AppContext) -> None:
    auth = key(ctx)
    cycle = f"{TODAY.year}-Q{(TODAY.month - 1) // 3 + 1}"
    client.post(f"{API}/cycles", json={"name": cycle}, headers=auth)
    objective = client.post(
        f"{API}/cycles/{cycle}/objectives",
        json={"title": "Make exports something finance teams rely on"},
        headers=auth,
    ).json()
    kr = client.post(
        f"{API}/objectives/{objective['id']}/key-results",
        json={"text": "Raise weekly export use among requesting accounts from 30% to 45%"},
        headers=auth,
    ).json()
    binding = {"kind": "product_metric", "metric_key": "exports-weekly-use"}
    early = client.put(f"{API}/key-results/{kr['id']}/binding", json=binding, headers=auth)
    assert early.status_code == 422 and early.json()["code"] == "metric_not_found"
    start = cycle_dates(cycle)[0]
    points = [{"at": (start + timedelta(days=d)).isoformat(), "value": 30} for d in (0, 1)]
    client.post(f"{API}/metrics/exports-weekly-use/points", json={"points": points}, headers=auth)
    bound = client.put(f"{API}/key-results/{kr['id']}/binding", json=binding, headers=auth)
    assert bound.status_code == 200, bound.text

    def latest() -> float:
        rows = client.get(f"{API}/key-results/{kr['id']}/check-ins", headers=auth).json()
        return max(rows, key=lambda r: r["checked_on"])["value"]

    assert latest() == 30.0  # measured from the points at the start of the cycle
    client.post(
        f"{API}/metrics/exports-weekly-use/points",
        json={"points": [{"at": TODAY.isoformat(), "value": 41}]},
        headers=auth,
    )
    assert latest() == 41.0  # the push re-measured the KR
    rows = client.get(f"{API}/key-results/{kr['id']}/check-ins", headers=auth).json()
    assert {r["note"] for r in rows} == {"measured from the pushed product metric"}


def test_the_cli_imports_a_csv_file(
    tmp_path: Path, cli_env: str, ctx: AppContext, client: TestClient
) -> None:
    key(ctx)  # the workspace exists
    file = tmp_path / "usage.csv"
    lines = [f"{p['at']},{p['value']}" for p in weekly_points(WEEKLY)]
    file.write_text("date,value\n" + "\n".join(lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        app, ["metrics", "import", str(file), "--key", "sso-sign-ins", "--workspace", "acme"]
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "sso-sign-ins: 10 values, 10 new" in result.stderr
    assert "baseline 30.5 (median of weekly means, 10 weeks" in result.stderr
    bad = runner.invoke(app, ["metrics", "import", str(file), "--workspace", "acme"])
    assert bad.exit_code == 2 and "invalid_metric_csv" in bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr
    listed = client.get(f"{API}/metrics", headers=key(ctx)).json()["metrics"]
    assert listed[0]["baseline"]["value"] == 30.5


def test_drafts_see_solved_answers_and_pushed_metrics(client: TestClient, ctx: AppContext) -> None:
    auth = key(ctx)
    client.post(
        f"{API}/metrics/invoice-csv-exports/points",
        json={"points": weekly_points(WEEKLY), "name": "weekly CSV invoice exports"},
        headers=auth,
    )
    with unit_of_work(ctx.factory) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=6, items=8)
        session.add(
            VerdictRow(
                workspace_id=seeded.workspace_id,
                idea_id=seeded.idea_id,
                requester_id=seeded.requester_ids[2],
                verdict="solved",
            )
        )
        session.flush()
        demand = Demand(
            item_count=8,
            unique_requesters=6,
            unique_accounts=5,
            revenue=7500.0,
            trend=Trend(last_30_days=8, previous_30_days=0, ratio=None),
            channels={"support": 8},
            first_seen=None,
            last_seen=None,
        )
        request = DraftRequest(
            cycle="2027-Q1",
            ideas=[IdeaDemand(id=seeded.idea_id, title="Export invoices to CSV", demand=demand)],
            as_of=datetime.now(UTC),
        )
        enriched = with_outcome_data(session, seeded.workspace_id, request)
    assert enriched.ideas[0].solved_accounts == ["acme-account-2"]
    assert [m.key for m in enriched.metrics] == ["invoice-csv-exports"]
    assert enriched.metrics[0].baseline.value == 30.5
