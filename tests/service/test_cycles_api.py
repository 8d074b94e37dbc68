"""OKR cycles through the API: accept a draft, check in over simulated weeks, revise, bind a
KR to feedback, and recompute every score by hand from the stored values."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.okr import KeyResult, Objective, OkrSet
from models.okr_tables import CheckIn, KeyResultRevision, KeyResultRow
from service.context import AppContext
from service.workspaces import store as workspace_store
from tests.support.stored_sample import checkout_objective, store_draft

API = "/api/v1"
CYCLE = "2026-Q3"  # 2026-07-01 … 2026-09-30, in the past: every check-in date is real


def make_draft(context: AppContext, workspace: str, cycle: str = CYCLE) -> int:
    """An OkrDraft row as the drafting engineer's code writes it."""
    okr_set = OkrSet(
        cycle=cycle,
        objectives=[
            checkout_objective("Leadership", metric="self-serve upgrades"),
            Objective(
                title="Make the dashboard comfortable at night",
                key_results=[
                    KeyResult(
                        text="Reduce weekly dark mode requests from 6 to 1",
                        direction="decrease",
                        baseline=6,
                        target=1,
                    )
                ],
            ),
        ],
    )
    return store_draft(context.factory, workspace, okr_set)


def hand_score(method: str, current: float | None, baseline: float, target: float) -> float:
    """drafting/RULES.md scoring, written out again independently of drafting.scoring."""
    value = baseline if current is None else current
    if method == "binary":
        return 1.0 if (value >= target if target > baseline else value <= target) else 0.0
    fraction = min(1.0, max(0.0, (value - baseline) / (target - baseline)))
    if method == "threshold":
        return 1.0 if fraction >= 1 else 0.7 if fraction >= 0.7 else 0.5 if fraction >= 0.3 else 0.0
    return fraction


def recompute(context: AppContext, kr_id: int, as_of: date) -> float:
    """A KR's score from what is stored: its latest revision and latest check-in."""
    with unit_of_work(context.factory) as session:
        row = session.get(KeyResultRow, kr_id)
        assert row is not None
        revision = session.scalars(
            select(KeyResultRevision)
            .where(KeyResultRevision.key_result_id == kr_id)
            .order_by(KeyResultRevision.number.desc())
        ).first()
        assert revision is not None
        last = session.scalars(
            select(CheckIn)
            .where(CheckIn.key_result_id == kr_id, CheckIn.checked_on <= as_of)
            .order_by(CheckIn.checked_on.desc(), CheckIn.id.desc())
        ).first()
        kr = revision.key_result
        return hand_score(row.scoring, last.value if last else None, kr["baseline"], kr["target"])


def checkin(client: TestClient, auth: dict, kr: int, value: object, on: str, **extra: object):  # type: ignore[no-untyped-def]
    body = {"value": value, "checked_on": on, **extra}
    return client.post(f"{API}/key-results/{kr}/check-ins", json=body, headers=auth)


def post_feedback(client: TestClient, auth: dict, n: int, day: str, tag: str) -> int:
    """n exact re-posts of one request (one idea), said on `day`; returns the idea id."""
    ideas = set()
    for i in range(n):
        body = {
            "text": "Please add a dark mode to the dashboard",
            "source": "support",
            "external_id": f"{tag}-{i}",
            "account": f"acct-{i % 3}",
            "created_at": f"{day}T10:00:00Z",
        }
        response = client.post(f"{API}/feedback", json=body, headers=auth)
        assert response.status_code == 201, response.text
        ideas.add(response.json()["idea_id"])
    assert len(ideas) == 1
    return ideas.pop()


def test_a_cycle_runs_from_draft_to_scores(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    auth = key_for("acme")
    draft_id = make_draft(context, "acme")
    accepted = client.post(
        f"{API}/okrs/drafts/{draft_id}/accept", json={"owners": {"1": "Web team"}}, headers=auth
    )
    assert accepted.status_code == 201, accepted.text
    cycle = accepted.json()
    assert (cycle["name"], cycle["starts_on"], cycle["ends_on"]) == (
        CYCLE,
        "2026-07-01",
        "2026-09-30",
    )
    company, night = cycle["objectives"]
    assert (company["owner"], night["owner"]) == ("Leadership", "Web team")
    upgrades, latency = (kr["id"] for kr in company["key_results"])
    (dark,) = (kr["id"] for kr in night["key_results"])
    assert all(kr["revision"] == 1 for kr in company["key_results"])
    again = client.post(f"{API}/okrs/drafts/{draft_id}/accept", headers=auth)
    assert again.status_code == 409 and again.json()["code"] == "draft_accepted"

    # a team objective aligned under the company one, with binary and threshold KRs
    team = client.post(
        f"{API}/cycles/{CYCLE}/objectives",
        json={
            "title": "Make upgrading obvious for admins",
            "owner": "Growth team",
            "parent_id": company["id"],
        },
        headers=auth,
    )
    assert team.status_code == 201, team.text
    team_id = team.json()["id"]
    retention = client.post(
        f"{API}/objectives/{team_id}/key-results",
        json={"text": "Lift week-4 retention from 22% to 35%", "scoring": "threshold"},
        headers=auth,
    ).json()
    assert (retention["current"]["baseline"], retention["current"]["target"]) == (22, 35)
    teams = client.post(
        f"{API}/objectives/{team_id}/key-results",
        json={
            "key_result": {"text": "Reach 500 paying teams", "baseline": 300, "target": 500},
            "scoring": "binary",
            "weight": 2,
        },
        headers=auth,
    ).json()
    assert teams["scoring"] == "binary" and teams["weight"] == 2

    # weekly check-ins, in the past
    weeks = ["2026-07-08", "2026-07-15", "2026-07-22", "2026-07-29", "2026-08-05"]
    for on, value, conf in zip(
        weeks, [150, 171, 190, 205, 230], [6, 6, "medium", 7, "high"], strict=True
    ):
        assert checkin(client, auth, upgrades, value, on, confidence=conf).status_code == 201
    for on, value in zip(weeks[:3], [2.3, 2.0, 1.7], strict=True):
        made = checkin(client, auth, latency, value, on, note="CDN rollout", confidence=5)
        assert made.status_code == 201 and made.json()["author"].startswith("key:")
    assert checkin(client, auth, retention["id"], 27, "2026-08-15").status_code == 201
    assert checkin(client, auth, teams["id"], 480, "2026-08-15").status_code == 201
    listed = client.get(f"{API}/key-results/{upgrades}/check-ins", headers=auth).json()
    assert [c["value"] for c in listed] == [150, 171, 190, 205, 230]
    assert listed[-1]["confidence"] == 8.0 and listed[2]["confidence"] == 5.0

    # the latency target changes mid-cycle: a new revision with a reason, history kept
    revised = client.post(
        f"{API}/key-results/{latency}/revisions",
        json={"text": "Cut checkout p95 latency from 2.4 s to 1.2 s", "reason": "CDN contract"},
        headers=auth,
    )
    assert revised.status_code == 201, revised.text
    history = revised.json()["history"]
    assert [h["number"] for h in history] == [1, 2] and history[1]["reason"] == "CDN contract"
    assert history[0]["key_result"]["target"] == 0.9 and revised.json()["current"]["target"] == 1.2

    # feedback measures the dark-mode KR by itself
    idea = post_feedback(client, auth, 4, "2026-07-10", "a")
    post_feedback(client, auth, 2, "2026-08-18", "b")
    bound = client.put(
        f"{API}/key-results/{dark}/binding",
        json={"kind": "idea_weekly_items", "idea_ids": [idea]},
        headers=auth,
    )
    assert bound.status_code == 200, bound.text
    measured = client.get(f"{API}/key-results/{dark}/check-ins", headers=auth).json()
    assert {c["source"] for c in measured} == {"feedback"}
    assert {c["checked_on"]: c["value"] for c in measured}["2026-07-15"] == 4  # 9th..15th

    as_of = date(2026, 8, 20)
    scores = client.get(f"{API}/cycles/{CYCLE}/scores?as_of={as_of}", headers=auth)
    assert scores.status_code == 200, scores.text
    table = scores.json()
    by_kr = {kr["key_result_id"]: kr for o in table["objectives"] for kr in o["key_results"]}
    # by hand: upgrades (230 − 140) / 120 = 0.75; latency (1.7 − 2.4) / (1.2 − 2.4) = 0.5833;
    # retention 5 / 13 = 38% → threshold 0.5; teams 480 < 500 → binary 0.0;
    # dark mode: 2 items in 14th..20th Aug → (2 − 6) / (1 − 6) = 0.8
    expected = {upgrades: 0.75, latency: 0.5833, retention["id"]: 0.5, teams["id"]: 0.0, dark: 0.8}
    for kr_id, score in expected.items():
        assert by_kr[kr_id]["score"] == pytest.approx(score, abs=1e-4)
        assert by_kr[kr_id]["score"] == pytest.approx(recompute(context, kr_id, as_of), abs=1e-4)
    assert by_kr[dark]["current"] == 2 and by_kr[dark]["source"] == "feedback"
    objectives = {o["objective_id"]: o["score"] for o in table["objectives"]}
    assert objectives[company["id"]] == pytest.approx((0.75 + 0.5833) / 2, abs=1e-4)
    assert objectives[team_id] == pytest.approx((0.5 * 1 + 0.0 * 2) / 3, abs=1e-4)
    assert objectives[night["id"]] == pytest.approx(0.8)
    assert table["score"] == pytest.approx(sum(objectives.values()) / 3, abs=1e-4)
    assert table["grade"] == "progress"

    # more feedback in that week moves the bound KR on the next read
    post_feedback(client, auth, 3, "2026-08-19", "c")
    later = client.get(f"{API}/cycles/{CYCLE}/scores?as_of={as_of}", headers=auth).json()
    by_kr = {kr["key_result_id"]: kr for o in later["objectives"] for kr in o["key_results"]}
    assert by_kr[dark]["current"] == 5 and by_kr[dark]["score"] == pytest.approx(0.2)
    assert by_kr[dark]["score"] == pytest.approx(recompute(context, dark, as_of))

    # the view model: stale markers, trajectory, confidence trend, alignment tree
    view = client.get(f"{API}/cycles/{CYCLE}/view?as_of={as_of}", headers=auth).json()
    krs = {kr["key_result_id"]: kr for o in view["objectives"] for kr in o["key_results"]}
    assert krs[latency]["stale"] is True  # last check-in 22 Jul, cadence 7 days
    assert krs[upgrades]["stale"] is True  # 5 Aug is 15 days before 20 Aug
    assert krs[retention["id"]]["stale"] is False and krs[dark]["stale"] is False
    points = {p["on"]: p for p in krs[upgrades]["trajectory"]}
    assert points["2026-07-01"]["expected"] == 140 and points["2026-09-30"]["expected"] == 260
    assert points["2026-08-05"]["actual"] == 230
    assert points["2026-08-05"]["expected"] == pytest.approx(140 + 120 * 35 / 91, abs=1e-3)
    assert [p["confidence"] for p in krs[upgrades]["confidence_trend"]] == [6, 6, 5, 7, 8]
    assert [r["number"] for r in krs[latency]["revisions"]] == [1, 2]
    (root,) = [n for n in view["alignment"] if n["objective_id"] == company["id"]]
    assert [c["objective_id"] for c in root["children"]] == [team_id]

    # exports
    md = client.get(f"{API}/cycles/{CYCLE}/export?format=md&as_of={as_of}", headers=auth)
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert "## Make paying for our product a no-brainer" in md.text and "(stale)" in md.text
    csv_text = client.get(f"{API}/cycles/{CYCLE}/export?format=csv", headers=auth).text
    assert csv_text.splitlines()[0].startswith("cycle,objective_id,objective,owner")
    assert len(csv_text.strip().splitlines()) == 1 + 5

    # the cadence is the workspace's: monthly check-ins make neither KR stale
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_workspace(session, "acme")
        assert ws is not None
        settings = workspace_store.read_settings(session, ws.id)
        settings.checkin_cadence_days = 30
        workspace_store.write_settings(session, ws.id, settings)
    monthly = client.get(f"{API}/cycles/{CYCLE}/view?as_of={as_of}", headers=auth).json()
    assert monthly["cadence_days"] == 30
    assert not any(kr["stale"] for o in monthly["objectives"] for kr in o["key_results"])

    retro = client.get(f"{API}/cycles/{CYCLE}/retro", headers=auth)
    assert retro.status_code == 200, retro.text
    assert retro.json()["next_cycle"] == "2026-Q4" and retro.json()["suggested_goals"]


def test_isolation_and_bad_input_are_problems(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    auth, other = key_for("acme"), key_for("globex")
    draft_id = make_draft(context, "acme")
    assert client.post(f"{API}/okrs/drafts/{draft_id}/accept", headers=other).status_code == 404
    cycle = client.post(f"{API}/okrs/drafts/{draft_id}/accept", headers=auth).json()
    kr = cycle["objectives"][0]["key_results"][0]["id"]
    objective = cycle["objectives"][0]["id"]

    for method, path in [
        ("get", f"/cycles/{CYCLE}"),
        ("get", f"/cycles/{CYCLE}/scores"),
        ("get", f"/key-results/{kr}"),
        ("get", f"/key-results/{kr}/check-ins"),
    ]:
        response = getattr(client, method)(API + path, headers=other)
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/problem+json"
    assert checkin(client, other, kr, 150, "2026-07-08").status_code == 404
    stolen = client.post(
        f"{API}/objectives/{objective}/key-results", json={"text": "Reach 5 of x"}, headers=other
    )
    assert stolen.status_code == 404 and stolen.json()["code"] == "objective_not_found"

    def problem(response, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == code

    problem(
        client.post(f"{API}/cycles", json={"name": "bad name!"}, headers=auth),
        422,
        "invalid_cycle_name",
    )
    problem(
        client.post(f"{API}/cycles", json={"name": "2027-Q5"}, headers=auth),
        422,
        "invalid_cycle_name",
    )
    problem(client.post(f"{API}/cycles", json={"name": CYCLE}, headers=auth), 409, "cycle_exists")
    problem(client.get(f"{API}/cycles/no%20such", headers=auth), 422, "invalid_cycle_name")
    problem(client.get(f"{API}/cycles/2030-Q1/scores", headers=auth), 404, "cycle_not_found")
    problem(checkin(client, auth, 999999, 1, "2026-07-08"), 404, "key_result_not_found")
    problem(checkin(client, auth, kr, 1, "2026-07-08", confidence=11), 422, "invalid_input")
    problem(checkin(client, auth, kr, 1, "2026-07-08", confidence="sure"), 422, "invalid_input")
    problem(checkin(client, auth, kr, "lots", "2026-07-08"), 422, "invalid_input")
    problem(checkin(client, auth, kr, 1, "2999-01-01"), 422, "future_check_in")
    problem(checkin(client, auth, kr, 1, "2026-06-30"), 422, "check_in_before_cycle")
    problem(
        client.post(f"{API}/key-results/{kr}/revisions", json={"text": "Reach 9"}, headers=auth),
        422,
        "invalid_input",
    )
    problem(
        client.put(f"{API}/key-results/{kr}/binding", json={"kind": "channel_share"}, headers=auth),
        422,
        "invalid_input",
    )
    problem(
        client.put(
            f"{API}/key-results/{kr}/binding",
            json={"kind": "idea_weekly_items", "idea_ids": [424242]},
            headers=auth,
        ),
        422,
        "idea_not_found",
    )
    problem(
        client.post(
            f"{API}/cycles/{CYCLE}/objectives",
            json={"title": "Aligned to nothing", "parent_id": 424242},
            headers=auth,
        ),
        422,
        "unknown_parent",
    )
    # a custom-named cycle needs its dates; then it works
    problem(
        client.post(f"{API}/cycles", json={"name": "growth-sprint"}, headers=auth),
        422,
        "invalid_cycle_name",
    )
    sprint = client.post(
        f"{API}/cycles",
        json={"name": "growth-sprint", "starts_on": "2026-10-01", "ends_on": "2026-10-28"},
        headers=auth,
    )
    assert sprint.status_code == 201 and sprint.json()["objectives"] == []
    names = [c["name"] for c in client.get(f"{API}/cycles", headers=auth).json()]
    assert names == [CYCLE, "growth-sprint"]
    assert client.get(f"{API}/cycles", headers=other).json() == []


def test_a_team_at_1_0_every_cycle_gets_a_note(
    client: TestClient, key_for: Callable[[str], dict[str, str]]
) -> None:
    auth = key_for("acme")
    for name, day in [("2026-Q2", "2026-06-20"), ("2026-Q3", "2026-09-20")]:
        assert client.post(f"{API}/cycles", json={"name": name}, headers=auth).status_code == 201
        objective = client.post(
            f"{API}/cycles/{name}/objectives",
            json={"title": "Make invoices effortless for finance teams", "owner": "Billing"},
            headers=auth,
        ).json()
        kr = client.post(
            f"{API}/objectives/{objective['id']}/key-results",
            json={"text": "Cut invoice disputes from 40 to 10 a month", "scoring": "binary"},
            headers=auth,
        ).json()
        assert checkin(client, auth, kr["id"], 9, day, confidence="low").status_code == 201
        unbound = client.delete(f"{API}/key-results/{kr['id']}/binding", headers=auth)
        assert unbound.status_code == 200 and unbound.json()["binding"] is None
    table = client.get(f"{API}/cycles/2026-Q3/scores", headers=auth).json()
    assert table["score"] == 1.0 and table["grade"] == "success"
    assert any("Billing scored 1.0 in all 2 cycles" in note for note in table["notes"])
