"""The OKR pages over HTTP (no browser): draft from demand, read the draft with its findings,
rounds and evidence, accept it into a cycle, check in on the cycle page, export it, and keep
every page to its own workspace."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from models.db import unit_of_work
from models.okr import OkrSet
from models.okr_tables import CheckIn, Cycle, KeyResultRow, ObjectiveRow, OkrDraft
from service.context import AppContext
from service.web.drafts_page import next_quarter
from tests.support.stored_sample import checkout_objective, store_draft, store_sample
from tests.support.web_client import csrf, sign_in

PAST = "2026-Q3"  # 2026-07-01 … 2026-09-30: every check-in date is in the past


def key_of(key_for: Callable[[str], dict[str, str]], workspace: str) -> str:
    return key_for(workspace)["Authorization"].removeprefix("Bearer ")


def past_draft(context: AppContext, workspace: str) -> int:
    """A draft for a past quarter: one objective, a rising and a falling KR."""
    okr_set = OkrSet(cycle=PAST, objectives=[checkout_objective("Growth team")])
    return store_draft(context.factory, workspace, okr_set)


def accept_past_cycle(client: TestClient, context: AppContext, key: str) -> tuple[int, list[int]]:
    """Sign in and accept a past-quarter draft on its page: the draft id, the KR ids in order."""
    draft_id = past_draft(context, "acme")
    sign_in(client, key)
    client.post(f"/okrs/drafts/{draft_id}/accept", data={"csrf_token": csrf(client)})
    return draft_id, kr_ids(context)


def kr_ids(context: AppContext) -> list[int]:
    with unit_of_work(context.factory) as session:
        return list(session.scalars(select(KeyResultRow.id).order_by(KeyResultRow.position)))


def check_ins(context: AppContext) -> int:
    with unit_of_work(context.factory) as session:
        return session.scalar(select(func.count()).select_from(CheckIn)) or 0


def test_draft_from_the_page_then_accept_it(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    store_sample(context.factory, "acme", n=400)
    sign_in(client, key_of(key_for, "acme"))
    empty = client.get("/okrs")
    assert empty.status_code == 200
    assert "No drafts yet" in empty.text and "No cycles yet" in empty.text
    assert f'value="{next_quarter(datetime.now(UTC))}"' in empty.text

    made = client.post(
        "/okrs/drafts",
        data={
            "csrf_token": csrf(client),
            "cycle": "2027-Q1",
            "goals": "Win mid-market accounts\n\n  Cut support load  \n",
            "provider": "offline",
        },
        follow_redirects=False,
    )
    assert made.status_code == 303, made.text
    draft_id = int(made.headers["location"].rsplit("/", 1)[1])
    with unit_of_work(context.factory) as session:
        row = session.get(OkrDraft, draft_id)
        assert row is not None and row.goals == ["Win mid-market accounts", "Cut support load"]
        okr_set = OkrSet.model_validate(row.okr_set)
        rounds, passed = len(row.rounds), row.passed

    page = client.get(made.headers["location"])
    assert page.status_code == 200
    assert "passes the critic" in page.text if passed else "blocking finding" in page.text
    shown = html.unescape(page.text)
    for objective in okr_set.objectives:
        assert objective.title in shown
        for kr in objective.key_results:
            assert kr.text in shown
            assert kr.evidence, kr.text  # drafted KRs cite ideas; the page links every one
            for evidence in kr.evidence:
                assert f'href="/ideas/{evidence.idea_id}"' in page.text
                assert client.get(f"/ideas/{evidence.idea_id}").status_code == 200
    assert len(re.findall(r'data-round="\d+"', page.text)) == rounds

    markdown = client.get(f"/okrs/drafts/{draft_id}/markdown")
    assert markdown.status_code == 200 and "attachment" in markdown.headers["content-disposition"]
    assert okr_set.objectives[0].title in markdown.text

    listed = client.get("/okrs")
    assert f'data-draft-id="{draft_id}"' in listed.text

    accepted = client.post(
        f"/okrs/drafts/{draft_id}/accept", data={"csrf_token": csrf(client)}, follow_redirects=False
    )
    assert accepted.status_code == 303 and accepted.headers["location"] == "/cycles/2027-Q1"
    with unit_of_work(context.factory) as session:
        assert session.get(OkrDraft, draft_id).status == "accepted"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(ObjectiveRow)) == len(
            okr_set.objectives
        )
    cycle = client.get("/cycles/2027-Q1")
    assert cycle.status_code == 200
    for objective in okr_set.objectives:
        assert objective.title in html.unescape(cycle.text)
    assert 'id="cycle-link"' in client.get(f"/okrs/drafts/{draft_id}").text

    again = client.post(f"/okrs/drafts/{draft_id}/accept", data={"csrf_token": csrf(client)})
    assert again.status_code == 409 and "already accepted" in again.text


def test_the_draft_form_explains_bad_input_and_stores_nothing(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    store_sample(context.factory, "acme", n=200)
    sign_in(client, key_of(key_for, "acme"))
    token = csrf(client)
    cases = [
        ({"cycle": "next quarter"}, 422, "like 2027-Q1"),
        ({"cycle": "2027-Q1", "goals": "\n".join(f"goal {n}" for n in range(25))}, 422, "At most"),
        ({"cycle": "2027-Q1", "goals": "x" * 300}, 422, "Each goal"),
        ({"cycle": "2027-Q1", "provider": "openai"}, 422, "LLM"),
    ]
    for fields, status, words in cases:
        response = client.post("/okrs/drafts", data={"csrf_token": token, **fields})
        assert response.status_code == status, (fields, response.text[:300])
        assert words in response.text, fields
        assert 'role="alert"' in response.text
        assert f'value="{fields["cycle"]}"' in response.text  # the form keeps what was typed
    no_token = client.post("/okrs/drafts", data={"cycle": "2027-Q1"})
    assert no_token.status_code == 403
    with unit_of_work(context.factory) as session:
        assert session.scalar(select(func.count()).select_from(OkrDraft)) == 0
    assert client.get("/okrs/drafts/999").status_code == 404


def test_cycle_page_checks_in_scores_and_exports(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    _, (upgrades, latency) = accept_past_cycle(client, context, key_of(key_for, "acme"))

    def check_in(kr: int, **fields: str) -> object:
        return client.post(
            f"/cycles/{PAST}/key-results/{kr}/check-ins",
            data={"csrf_token": csrf(client), **fields},
            follow_redirects=False,
        )

    for day, value, confidence in (("2026-07-08", "150", "6"), ("2026-08-05", "200", "high")):
        done = check_in(upgrades, value=value, confidence=confidence, checked_on=day, note="ok")
        assert done.status_code == 303, done.text  # type: ignore[attr-defined]
    assert check_ins(context) == 2

    page = client.get(f"/cycles/{PAST}", params={"as_of": "2026-08-10"})
    assert page.status_code == 200
    row = page.text.split(f'id="kr-{upgrades}"')[1].split("</tr>")[0]
    # linear: (200 - 140) / (260 - 140) = 0.50; confidence "high" is stored as 8
    assert 'data-figure="current">200<' in row
    assert 'data-figure="score">0.50<' in row
    assert len(re.findall(r'class="checkin"', row)) == 2
    assert "2026-08-05: 8/10" in row
    assert re.search(rf'<tr id="kr-{latency}"[^>]*class="is-stale"', page.text)  # never checked in
    assert not re.search(rf'<tr id="kr-{upgrades}"[^>]*class="is-stale"', page.text)
    later = client.get(f"/cycles/{PAST}", params={"as_of": "2026-08-20"}).text  # 15 days on
    assert re.search(rf'<tr id="kr-{upgrades}"[^>]*class="is-stale"', later)
    assert 'data-stale="true"' in page.text.split(f'id="kr-{latency}"')[1].split("</tr>")[0]
    # objective = mean(0.50, 0.0); the cycle has this one objective
    assert re.search(r'id="cycle-score">0\.25<', page.text)
    assert 'data-grade="review"' in page.text

    exported = client.get(f"/cycles/{PAST}/export.csv")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = {int(r["key_result_id"]): r for r in csv.DictReader(io.StringIO(exported.text))}
    assert float(rows[upgrades]["current"]) == 200
    assert client.get(f"/cycles/{PAST}/export.md").text.startswith("#")
    assert client.get(f"/cycles/{PAST}/export.pdf").status_code == 422

    for fields, words in (
        ({"value": "lots"}, "value"),
        ({"value": "5", "confidence": "very"}, "confidence"),
        ({"value": "5", "checked_on": "2099-01-01"}, "future"),
        ({"value": "5", "checked_on": "2026-06-01"}, "starts on"),
    ):
        refused = client.post(
            f"/cycles/{PAST}/key-results/{latency}/check-ins",
            data={"csrf_token": csrf(client), **fields},
        )
        assert refused.status_code == 422, (fields, refused.text[:300])
        assert words in refused.text and 'role="alert"' in refused.text
    assert check_ins(context) == 2
    assert client.get("/cycles/2031-Q1").status_code == 404
    assert client.get(f"/cycles/{PAST}", params={"as_of": "soon"}).status_code == 422


@pytest.mark.parametrize("path", ["/okrs", "/cycles/2026-Q3", "/okrs/drafts/1"])
def test_okr_pages_need_sign_in(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/sign-in")


def test_another_workspace_sees_and_changes_nothing(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    draft_id, (kr, _) = accept_past_cycle(client, context, key_of(key_for, "acme"))

    client.cookies.clear()
    sign_in(client, key_of(key_for, "globex"))
    assert client.get(f"/okrs/drafts/{draft_id}").status_code == 404
    assert client.get(f"/cycles/{PAST}").status_code == 404
    assert client.get(f"/cycles/{PAST}/export.csv").status_code == 404
    assert PAST not in client.get("/okrs").text
    token = csrf(client)
    stolen = client.post(
        f"/cycles/{PAST}/key-results/{kr}/check-ins",
        data={"csrf_token": token, "value": "999", "checked_on": str(date(2026, 8, 1))},
    )
    assert stolen.status_code == 404
    taken = client.post(f"/okrs/drafts/{draft_id}/accept", data={"csrf_token": token})
    assert taken.status_code == 404
    assert check_ins(context) == 0
    with unit_of_work(context.factory) as session:
        assert session.scalar(select(func.count()).select_from(Cycle)) == 1


def test_a_finished_cycle_shows_its_retro_and_seeds_the_next_draft(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    store_sample(context.factory, "acme", n=200)
    _, (upgrades, _) = accept_past_cycle(client, context, key_of(key_for, "acme"))
    client.post(
        f"/cycles/{PAST}/key-results/{upgrades}/check-ins",
        data={"csrf_token": csrf(client), "value": "270", "checked_on": "2026-09-20"},
    )

    running = client.get(f"/cycles/{PAST}", params={"as_of": "2026-08-01"}).text
    assert 'id="retro"' not in running  # no retro while the cycle runs
    page = html.unescape(client.get(f"/cycles/{PAST}").text)
    assert 'id="retro"' in page
    assert "1 of 2 key results moved, 1 did not" in page
    retro_goals = re.findall(r"<li>([^<]+)</li>", page.split('class="goals"')[1].split("</ul>")[0])
    assert any("checkout p95 latency" in goal for goal in retro_goals), retro_goals  # stuck KR

    made = client.post(
        "/okrs/drafts",
        data={"csrf_token": csrf(client), "cycle": "2026-Q4", "from_retro": PAST},
        follow_redirects=False,
    )
    assert made.status_code == 303, made.text
    with unit_of_work(context.factory) as session:
        draft = session.get(OkrDraft, int(made.headers["location"].rsplit("/", 1)[1]))
        assert draft is not None and draft.cycle_name == "2026-Q4"
        assert set(retro_goals) <= set(draft.goals)
