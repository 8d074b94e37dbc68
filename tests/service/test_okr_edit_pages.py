"""Editing OKRs on the pages over HTTP (no browser): the draft form's owner field and LLM
choice, the draft edit form and its critique JSON, merge-or-replace on accept, the late-quarter
warning, and a cycle's objective, KR, binding and archive forms."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from drafting.critic import lint_set
from models.db import unit_of_work
from models.okr import KeyResult, Objective, OkrSet
from models.okr_tables import KeyResultRevision, KeyResultRow, ObjectiveRow, OkrDraft
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.workspaces import store as workspace_store
from tests.support.stored_sample import checkout_objective, store_draft, store_sample
from tests.support.web_client import csrf, sign_in
from triage.embedder import Embedder

PAST = "2026-Q3"


def night(owner: str | None = None) -> Objective:
    return Objective(
        title="Make the dashboard comfortable at night",
        owner=owner,
        key_results=[
            KeyResult(text="Reduce weekly dark mode requests from 6 to 1"),
            KeyResult(text="Raise night-time session length from 4 to 9 minutes"),
        ],
    )


def signed_in(client: TestClient, key_for: Callable[[str], dict[str, str]]) -> str:
    sign_in(client, key_for("acme")["Authorization"].removeprefix("Bearer "))
    return csrf(client)


def critiqued_draft(context: AppContext, okr_set: OkrSet) -> int:
    """A stored draft with the critic's findings on it, as the drafter leaves one."""
    draft_id = store_draft(context.factory, "acme", okr_set)
    with unit_of_work(context.factory) as session:
        row = session.get(OkrDraft, draft_id)
        assert row is not None
        row.findings = [f.model_dump(mode="json") for f in lint_set(okr_set, draft=True)]
    return draft_id


def stored_draft(context: AppContext, draft_id: int) -> OkrDraft:
    with unit_of_work(context.factory) as session:
        row = session.get(OkrDraft, draft_id)
        assert row is not None
        session.expunge(row)
        return row


def test_the_draft_form_has_an_owner_and_hides_an_unconfigured_llm(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    store_sample(context.factory, "acme", n=300)
    token = signed_in(client, key_for)
    page = client.get("/okrs").text
    assert 'name="owner"' in page
    assert 'value="openai"' not in page and 'id="provider"' not in page

    made = client.post(
        "/okrs/drafts",
        data={"csrf_token": token, "cycle": "2027-Q1", "goals": "", "owner": "Growth team"},
        follow_redirects=False,
    )
    assert made.status_code == 303, made.text
    draft = stored_draft(context, int(made.headers["location"].rsplit("/", 1)[1]))
    owners = {o["owner"] for o in draft.okr_set["objectives"]}
    assert owners == {"Growth team"}
    assert all(f["code"] != "no_owner" for f in draft.findings)


@pytest.fixture
def llm_client(tmp_path: Path, database_url: str, embedder: Embedder) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "llm",
        database_url=database_url,
        notify_worker=False,
        llm_base_url="http://127.0.0.1:9/v1",
        llm_model="some-model",
    )
    context = build_context(settings, embedder)
    with unit_of_work(context.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        key = workspace_store.create_key(session, workspace, "admin")
    with TestClient(create_app(context=context)) as test_client:
        sign_in(test_client, key)
        yield test_client
    context.close()


def test_the_llm_choice_shows_once_one_is_configured(llm_client: TestClient) -> None:
    page = llm_client.get("/okrs").text
    assert 'id="provider"' in page and 'value="openai"' in page


def test_editing_a_draft_on_the_page_reruns_the_critic(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    draft_id = critiqued_draft(context, OkrSet(cycle=PAST, objectives=[night()]))
    token = signed_in(client, key_for)
    page = client.get(f"/okrs/drafts/{draft_id}").text
    assert 'data-code="no_owner"' in page and 'name="o0-owner"' in page

    preview = client.post(
        f"/okrs/drafts/{draft_id}/critique",
        data={"csrf_token": token, "o0-owner": "Design", "o0-k0": "Make dark mode nicer"},
    )
    assert preview.status_code == 200, preview.text
    found = {(f["code"], f["objective_index"], f["kr_index"]) for f in preview.json()["findings"]}
    assert ("not_measurable", 0, 0) in found and ("no_owner", 0, None) not in found
    assert stored_draft(context, draft_id).okr_set["objectives"][0]["owner"] is None

    no_token = client.post(f"/okrs/drafts/{draft_id}/critique", data={"o0-owner": "x"})
    assert no_token.status_code == 403

    saved = client.post(
        f"/okrs/drafts/{draft_id}/edit",
        data={
            "csrf_token": token,
            "o0-title": "Make night work easy on the eyes",
            "o0-owner": "Design",
            "o0-parent": "",
            "o0-k0": "Reduce weekly dark mode requests from 6 to 2",
        },
    )
    assert saved.status_code == 200
    assert "Saved: draft" in saved.text and 'data-code="no_owner"' not in saved.text
    row = stored_draft(context, draft_id)
    objective = row.okr_set["objectives"][0]
    assert (objective["title"], objective["owner"]) == (
        "Make night work easy on the eyes",
        "Design",
    )
    assert objective["key_results"][0]["target"] == 2
    assert all(f["code"] != "no_owner" for f in row.findings)

    empty = client.post(f"/okrs/drafts/{draft_id}/edit", data={"csrf_token": token, "o0-title": ""})
    assert empty.status_code == 422 and "Objective 1" in empty.text


def test_accepting_into_a_busy_cycle_asks_and_merges_without_duplicates(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    first = store_draft(context.factory, "acme", OkrSet(cycle=PAST, objectives=[night("D")]))
    second = store_draft(
        context.factory,
        "acme",
        OkrSet(cycle=PAST, objectives=[night("D"), checkout_objective("Growth")]),
    )
    token = signed_in(client, key_for)
    page = client.get(f"/okrs/drafts/{first}").text
    assert 'id="accept-choice"' not in page
    assert "Only 0% of 2026-Q3 is left (0 of 92 days)" in html.unescape(page)
    client.post(f"/okrs/drafts/{first}/accept", data={"csrf_token": token})

    page = client.get(f"/okrs/drafts/{second}").text
    assert 'id="accept-choice"' in page and 'value="merge"' in page and 'value="replace"' in page
    refused = client.post(f"/okrs/drafts/{second}/accept", data={"csrf_token": token})
    assert refused.status_code == 409 and "merge the draft" in refused.text

    merged = client.post(
        f"/okrs/drafts/{second}/accept", data={"csrf_token": token, "mode": "merge"}
    )
    assert merged.status_code == 200 and "merged into the plan" in merged.text
    with unit_of_work(context.factory) as session:
        titles = list(session.scalars(select(ObjectiveRow.title)))
        krs = session.scalar(select(KeyResultRow.id).order_by(KeyResultRow.id.desc()))
    assert len(titles) == 2 and max(Counter(titles).values()) == 1
    assert krs == 4  # 2 night KRs once, 2 checkout KRs


@pytest.mark.slow
def test_editing_a_cycle_on_its_page(
    client: TestClient, context: AppContext, key_for: Callable[[str], dict[str, str]]
) -> None:
    store_sample(context.factory, "acme", n=60)
    draft_id = store_draft(
        context.factory, "acme", OkrSet(cycle=PAST, objectives=[checkout_objective("Growth")])
    )
    token = signed_in(client, key_for)
    client.post(f"/okrs/drafts/{draft_id}/accept", data={"csrf_token": token})
    with unit_of_work(context.factory) as session:
        objective_id = session.scalars(select(ObjectiveRow.id)).one()
        kr_id = session.scalars(select(KeyResultRow.id).order_by(KeyResultRow.id)).first()
    base = f"/cycles/{PAST}"

    edited = client.post(
        f"{base}/objectives/{objective_id}/edit",
        data={"csrf_token": token, "title": "Make paying easy", "owner": "", "weight": "2"},
    )
    assert "Objective saved." in edited.text
    assert 'data-code="no_owner"' in edited.text  # the findings show without JavaScript too
    critique = client.post(
        f"{base}/objectives/{objective_id}/critique",
        data={"csrf_token": token, "title": "Make paying easy", "owner": ""},
    ).json()
    assert [f["code"] for f in critique["findings"]] == ["no_owner"]
    kr_critique = client.post(
        f"{base}/key-results/{kr_id}/critique", data={"csrf_token": token, "text": "Ship billing"}
    ).json()
    assert kr_critique["blocking"] >= 1

    revised = client.post(
        f"{base}/key-results/{kr_id}/edit",
        data={
            "csrf_token": token,
            "text": "Raise self-serve upgrades from 140 to 320 a month",
            "reason": "new pricing",
            "scoring": "binary",
        },
    )
    assert f"KR {kr_id} saved." in revised.text
    bound = client.post(
        f"{base}/key-results/{kr_id}/binding",
        data={"csrf_token": token, "kind": "idea_weekly_items", "idea_ids": "1, 2"},
    )
    assert f"KR {kr_id} is measured automatically." in bound.text
    bad = client.post(
        f"{base}/key-results/{kr_id}/binding",
        data={"csrf_token": token, "kind": "idea_weekly_items", "idea_ids": "x"},
    )
    assert bad.status_code == 422
    auth = key_for("acme")
    points = {"points": [{"at": f"{PAST[:4]}-01-0{d}", "value": 10 * d} for d in range(1, 4)]}
    pushed = client.post("/api/v1/metrics/weekly-exports/points", json=points, headers=auth)
    assert pushed.status_code in (200, 201), pushed.text
    page = client.get(base)
    assert '<option value="weekly-exports">' in page.text  # pushed keys offered on the page
    other = kr_id + 1
    by_metric = client.post(
        f"{base}/key-results/{other}/binding",
        data={"csrf_token": token, "kind": "product_metric", "metric_key": "weekly-exports"},
    )
    assert f"KR {other} is measured automatically." in by_metric.text
    with unit_of_work(context.factory) as session:
        metric_kr = session.get(KeyResultRow, other)
        assert metric_kr is not None and metric_kr.binding is not None
        assert metric_kr.binding["metric_key"] == "weekly-exports"
    with unit_of_work(context.factory) as session:
        objective = session.get(ObjectiveRow, objective_id)
        kr = session.get(KeyResultRow, kr_id)
        assert objective is not None and kr is not None
        assert (objective.title, objective.owner, objective.weight) == ("Make paying easy", None, 2)
        assert kr.scoring == "binary" and kr.binding is not None
        assert kr.binding["idea_ids"] == [1, 2]
        reasons = list(
            session.scalars(
                select(KeyResultRevision.reason).where(KeyResultRevision.key_result_id == kr_id)
            )
        )
        assert reasons[-1] == "new pricing"

    archived = client.post(f"{base}/objectives/{objective_id}/archive", data={"csrf_token": token})
    assert 'id="archived"' in archived.text and f'id="obj-{objective_id}"' not in archived.text
    restored = client.post(
        f"{base}/objectives/{objective_id}/archive", data={"csrf_token": token, "restore": "1"}
    )
    assert 'id="archived"' not in restored.text and f'id="obj-{objective_id}"' in restored.text
