"""Editing OKRs through the API: PATCH drafted objectives and KRs (the critic runs again), PATCH
a cycle's objectives and KRs, archive and restore, merge-or-replace when accepting into a cycle
that has objectives, and the late-quarter warning."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.okr import Evidence, KeyResult, Objective, OkrSet
from models.okr_tables import KeyResultRevision, ObjectiveRow, OkrDraft
from service.context import AppContext
from service.core.errors import Conflict
from service.okrs import cycles
from service.okrs.accepting import share_left
from tests.support.stored_sample import checkout_objective, store_draft

API = "/api/v1"
PAST = "2026-Q3"


def night_objective(owner: str | None = None) -> Objective:
    return Objective(
        title="Make the dashboard comfortable at night",
        owner=owner,
        key_results=[
            KeyResult(
                text="Reduce weekly dark mode requests from 6 to 1",
                direction="decrease",
                baseline=6,
                target=1,
            ),
            KeyResult(text="Raise night-time session length from 4 to 9 minutes"),
        ],
    )


def draft_of(context: AppContext, *objectives: Objective, cycle: str = PAST) -> int:
    return store_draft(context.factory, "acme", OkrSet(cycle=cycle, objectives=list(objectives)))


def codes(draft: dict, objective: int, kr: int | None = None) -> set[str]:
    return {
        f["code"]
        for f in draft["findings"]
        if f["objective_index"] == objective and f["kr_index"] == kr
    }


def titles(context: AppContext) -> list[str]:
    with unit_of_work(context.factory) as session:
        return list(session.scalars(select(ObjectiveRow.title).order_by(ObjectiveRow.id)))


def test_patch_a_drafted_objective_reruns_the_critic(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    draft_id = draft_of(context, night_objective())
    url = f"{API}/okrs/drafts/{draft_id}/objectives/0"
    found = client.patch(url, json={"owner": "Design team"}, headers=auth)
    assert found.status_code == 200, found.text
    draft = found.json()
    assert draft["okr_set"]["objectives"][0]["owner"] == "Design team"
    assert "no_owner" not in codes(draft, 0)
    cleared = client.patch(url, json={"owner": "", "title": "Finish the Q1 roadmap"}, headers=auth)
    assert {"no_owner", "task_objective"} <= codes(cleared.json(), 0)
    with unit_of_work(context.factory) as session:
        row = session.get(OkrDraft, draft_id)
        assert row is not None and row.okr_set["objectives"][0]["title"] == "Finish the Q1 roadmap"
        assert not row.passed

    missing = client.patch(f"{API}/okrs/drafts/{draft_id}/objectives/5", json={}, headers=auth)
    assert (missing.status_code, missing.json()["code"]) == (404, "objective_not_found")
    bad = client.patch(url, json={"parent_id": 9999}, headers=auth)
    assert (bad.status_code, bad.json()["code"]) == (422, "unknown_parent")


def test_patch_a_drafted_kr_reads_its_new_targets_and_keeps_evidence(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    objective = night_objective("Design team")
    objective.key_results[0].evidence = [Evidence(idea_id=7, title="Dark mode")]
    draft_id = draft_of(context, objective)
    url = f"{API}/okrs/drafts/{draft_id}/objectives/0/key-results/0"
    vague = client.patch(url, json={"text": "Make dark mode better"}, headers=auth)
    assert vague.status_code == 200, vague.text
    assert "not_measurable" in codes(vague.json(), 0, 0)

    fixed = client.patch(
        url, json={"text": "Reduce weekly dark mode requests from 6 to 2"}, headers=auth
    ).json()
    kr = fixed["okr_set"]["objectives"][0]["key_results"][0]
    assert (kr["baseline"], kr["target"]) == (6, 2)
    assert kr["evidence"] == [{"idea_id": 7, "title": "Dark mode", "figures": {}}]
    assert "not_measurable" not in codes(fixed, 0, 0)

    empty = client.patch(url, json={}, headers=auth)
    assert empty.status_code == 422


def test_a_cycles_objective_and_kr_are_edited_archived_and_restored(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    draft_id = draft_of(context, checkout_objective("Growth"), night_objective("Design"))
    cycle = client.post(f"{API}/okrs/drafts/{draft_id}/accept", headers=auth).json()
    first, second = cycle["objectives"]
    edited = client.patch(
        f"{API}/objectives/{second['id']}",
        json={"title": "Make night work easy on the eyes", "owner": "", "parent_id": first["id"]},
        headers=auth,
    ).json()
    assert (edited["title"], edited["owner"], edited["parent_id"]) == (
        "Make night work easy on the eyes",
        None,
        first["id"],
    )
    loop = client.patch(
        f"{API}/objectives/{first['id']}", json={"parent_id": first["id"]}, headers=auth
    )
    assert loop.status_code == 422

    kr_id = first["key_results"][0]["id"]
    revised = client.patch(
        f"{API}/key-results/{kr_id}",
        json={"text": "Raise self-serve upgrades from 140 to 300 a month", "reason": "bolder"},
        headers=auth,
    ).json()
    assert (revised["revision"], revised["current"]["target"]) == (2, 300)
    same = client.patch(
        f"{API}/key-results/{kr_id}",
        json={"text": "Raise self-serve upgrades from 140 to 300 a month", "weight": 2},
        headers=auth,
    ).json()
    assert (same["revision"], same["weight"]) == (2, 2)
    with unit_of_work(context.factory) as session:
        reasons = session.scalars(
            select(KeyResultRevision.reason).where(KeyResultRevision.key_result_id == kr_id)
        )
        assert list(reasons)[-1] == "bolder"

    archived = client.post(f"{API}/objectives/{second['id']}/archive", headers=auth)
    assert archived.status_code == 200 and archived.json()["archived"] is True
    read = client.get(f"{API}/cycles/{PAST}", headers=auth).json()
    assert [o["id"] for o in read["objectives"]] == [first["id"]]
    assert [o["id"] for o in read["archived"]] == [second["id"]]
    scores = client.get(f"{API}/cycles/{PAST}/scores", headers=auth).json()
    assert [o["objective_id"] for o in scores["objectives"]] == [first["id"]]
    listed = client.get(f"{API}/cycles", headers=auth).json()
    assert listed[0]["objectives"] == 1

    restored = client.delete(f"{API}/objectives/{second['id']}/archive", headers=auth)
    assert restored.json()["archived"] is False
    read = client.get(f"{API}/cycles/{PAST}", headers=auth).json()
    assert len(read["objectives"]) == 2 and read["archived"] == []
    gone = client.post(f"{API}/objectives/9999/archive", headers=auth)
    assert (gone.status_code, gone.json()["code"]) == (404, "objective_not_found")


def test_accepting_into_a_cycle_with_objectives_asks_merge_or_replace(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    first = draft_of(context, checkout_objective("Growth"), night_objective("Design"))
    client.post(f"{API}/okrs/drafts/{first}/accept", headers=auth)
    second = draft_of(context, checkout_objective("Growth"), night_objective("Design"))

    asked = client.post(f"{API}/okrs/drafts/{second}/accept", headers=auth)
    assert (asked.status_code, asked.json()["code"]) == (409, "cycle_not_empty")
    assert len(titles(context)) == 2

    merged = client.post(f"{API}/okrs/drafts/{second}/accept", json={"mode": "merge"}, headers=auth)
    assert merged.status_code == 201, merged.text
    body = merged.json()
    assert body["mode"] == "merge"
    assert len(body["objectives"]) == 2
    assert all(len(o["key_results"]) == 2 for o in body["objectives"])
    assert max(Counter(titles(context)).values()) == 1

    third = draft_of(context, night_objective("Design"))
    replaced = client.post(
        f"{API}/okrs/drafts/{third}/accept", json={"mode": "replace"}, headers=auth
    ).json()
    assert [o["title"] for o in replaced["objectives"]] == [night_objective().title]
    assert len(replaced["archived"]) == 2
    bad = client.post(f"{API}/okrs/drafts/{third}/accept", json={"mode": "append"}, headers=auth)
    assert bad.status_code == 422


def test_accepting_late_in_the_quarter_warns_with_the_share_left(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    today = datetime.now(UTC).date()
    quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    draft_id = draft_of(context, checkout_objective("Growth"), cycle=quarter)
    accepted = client.post(f"{API}/okrs/drafts/{draft_id}/accept", headers=auth).json()
    share, left, days = share_left(
        date.fromisoformat(accepted["starts_on"]), date.fromisoformat(accepted["ends_on"]), today
    )
    assert accepted["quarter_left"] == round(share, 4)
    if share < 0.5:
        assert (
            f"Only {share:.0%} of {quarter} is left ({left} of {days} days)"
            in (accepted["warnings"][0])
        )
    else:
        assert accepted["warnings"] == []
    past = client.post(
        f"{API}/okrs/drafts/{draft_of(context, night_objective('D'))}/accept", headers=auth
    ).json()
    assert past["quarter_left"] == 0 and "Only 0% of 2026-Q3 is left" in past["warnings"][0]


def test_share_left_counts_days_inclusively() -> None:
    start, end = date(2027, 1, 1), date(2027, 3, 31)
    assert share_left(start, end, date(2026, 12, 1)) == (1.0, 90, 90)
    assert share_left(start, end, date(2027, 3, 31)) == (1 / 90, 1, 90)
    assert share_left(start, end, date(2027, 2, 15))[1] == 45
    assert share_left(start, end, date(2027, 4, 1)) == (0.0, 0, 90)


def test_the_earlier_accept_entry_point_still_refuses_a_busy_cycle(context: AppContext) -> None:
    first = draft_of(context, night_objective("Design"))
    second = draft_of(context, night_objective("Design"))
    with unit_of_work(context.factory) as session:
        workspace_id = session.get(OkrDraft, first).workspace_id  # type: ignore[union-attr]
        assert cycles.accept_draft(session, workspace_id, first, "test").name == PAST
    with pytest.raises(Conflict) as refused, unit_of_work(context.factory) as session:
        cycles.accept_draft(session, workspace_id, second, "test")
    assert refused.value.code == "cycle_not_empty"
    assert titles(context) == [night_objective().title]
