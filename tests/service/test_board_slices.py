"""Find and slice: filters and segments through GET /api/v1/ideas, the board and its CSV,
with demand recomputed over the matching items only; saved views; the idea page's paging
and its people and accounts tables."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.tables import FeedbackItem, Requester
from service.context import AppContext
from tests.conftest import make_key
from tests.support.segment_rows import store_segment_backlog
from tests.support.web_client import csrf, sign_in

API = "/api/v1"


def figures(client: TestClient, auth: dict[str, str], **params: object) -> dict[int, tuple]:
    """idea id -> (people, accounts, MRR, items) for the query."""
    answer = client.get(f"{API}/ideas", params=params, headers=auth)
    assert answer.status_code == 200, answer.text
    return {
        i["id"]: (
            i["demand"]["unique_requesters"],
            i["demand"]["unique_accounts"],
            i["demand"]["revenue"],
            i["item_count"],
        )
        for i in answer.json()["ideas"]
    }


def test_segments_recompute_demand_over_matching_items(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    ideas = store_segment_backlog(context.factory, "acme").ideas
    okta, dark, csv_idea = ideas["okta"], ideas["dark"], ideas["csv"]
    assert figures(client, auth)[okta] == (4, 3, 6600.0, 4)

    enterprise = figures(client, auth, meta="plan:enterprise")
    assert enterprise == {okta: (2, 1, 5000.0, 2), csv_idea: (1, 1, 5000.0, 1)}
    # Alternatives within a filter, all filters at once.
    assert figures(client, auth, meta=["plan:starter", "plan:pro"], source="app_review") == {
        dark: (2, 1, 100.0, 2)
    }
    assert figures(client, auth, mrr_min=1000) == {
        okta: (3, 2, 6500.0, 3),
        dark: (1, 1, 1500.0, 1),
        csv_idea: (1, 1, 5000.0, 1),
    }
    assert figures(client, auth, mrr_max=1000, meta="region:US") == {
        okta: (1, 1, 100.0, 1),
        dark: (1, 1, 100.0, 1),
    }
    since = (datetime.now(UTC) - timedelta(days=15)).date().isoformat()
    assert figures(client, auth, since=since, account="MidCo") == {okta: (1, 1, 1500.0, 1)}
    segment = client.get(f"{API}/ideas", params={"source": "email"}, headers=auth).json()
    assert segment["segment"] is True and segment["total"] == 2
    assert all(i["segment_item_count"] == 1 for i in segment["ideas"])


def test_status_tag_and_words_choose_ideas(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    ideas = store_segment_backlog(context.factory, "acme").ideas
    client.patch(f"{API}/ideas/{ideas['dark']}", json={"tags": ["ui"]}, headers=auth)
    client.patch(
        f"{API}/ideas/{ideas['csv']}", json={"title": "Reports", "tags": ["data"]}, headers=auth
    )
    client.post(f"{API}/ideas/{ideas['csv']}/status", json={"status": "planned"}, headers=auth)
    assert set(figures(client, auth, status="planned")) == {ideas["csv"]}
    assert set(figures(client, auth, status=["planned", "open"])) == set(ideas.values())
    assert set(figures(client, auth, tag=["ui", "data"])) == {ideas["dark"], ideas["csv"]}
    assert set(figures(client, auth, tag="UI", status="open")) == {ideas["dark"]}
    # Words in an item's text, and in the PM's wording.
    assert list(figures(client, auth, q="SAML")) == [ideas["okta"]]
    assert list(figures(client, auth, q="reports")) == [ideas["csv"]]
    assert figures(client, auth, q="okta", meta="plan:starter") == {ideas["okta"]: (1, 1, 100.0, 1)}


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"status": "nope"}, "invalid_status"),
        ({"meta": "plan"}, "bad_meta"),
        ({"mrr_min": 10, "mrr_max": 5}, "bad_mrr_band"),
        ({"since": "2026-02-01", "until": "2026-01-01"}, "bad_date_range"),
    ],
)
def test_bad_filters_are_problems(
    client: TestClient, context: AppContext, auth: dict[str, str], params: dict, code: str
) -> None:
    answer = client.get(f"{API}/ideas", params=params, headers=auth)
    assert answer.status_code == 422 and answer.json()["code"] == code
    assert answer.headers["content-type"] == "application/problem+json"
    assert client.get(f"{API}/ideas", params={"since": "May"}, headers=auth).status_code == 422


def test_saved_views_are_named_shared_and_canonical(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    store_segment_backlog(context.factory, "acme")
    body = {"name": "Enterprise EU", "query": "?sort=revenue&meta=plan:enterprise&q=okta&x=1"}
    saved = client.post(f"{API}/saved-views", json=body, headers=auth)
    assert saved.status_code == 201, saved.text
    assert saved.json()["query"] == "q=okta&meta=plan%3Aenterprise&sort=revenue"
    again = client.post(f"{API}/saved-views", json=body, headers=auth)
    assert again.status_code == 409 and again.json()["code"] == "view_exists"
    bad = {"name": "Broken", "query": "status=nope"}
    assert client.post(f"{API}/saved-views", json=bad, headers=auth).status_code == 422
    other_key = {"Authorization": f"Bearer {make_key(context, 'acme', 'member')}"}
    views = client.get(f"{API}/saved-views", headers=other_key).json()
    assert [v["name"] for v in views] == ["Enterprise EU"]
    elsewhere = {"Authorization": f"Bearer {make_key(context, 'globex')}"}
    assert client.get(f"{API}/saved-views", headers=elsewhere).json() == []
    view_id = saved.json()["id"]
    assert client.delete(f"{API}/saved-views/{view_id}", headers=elsewhere).status_code == 404
    assert client.delete(f"{API}/saved-views/{view_id}", headers=auth).status_code == 204
    assert client.get(f"{API}/saved-views", headers=auth).json() == []


def test_the_board_filters_saves_views_and_exports_what_it_shows(
    client: TestClient, context: AppContext
) -> None:
    ideas = store_segment_backlog(context.factory, "acme").ideas
    sign_in(client, make_key(context, "acme"))
    board = client.get("/ideas", params={"meta_key": "plan", "meta_value": "enterprise"})
    assert board.status_code == 200
    rows = re.findall(r'data-idea-id="(\d+)"', board.text)
    assert rows == [str(ideas["okta"]), str(ideas["csv"])]
    assert 'id="segment-note"' in board.text and "plan: enterprise" in board.text
    okta_row = board.text.split(f'data-idea-id="{ideas["okta"]}"')[1].split("</tr>")[0]
    assert '"unique_requesters">2<' in okta_row and '"revenue">$5,000<' in okta_row
    assert 'href="/ideas.csv?meta=plan%3Aenterprise&amp;sort=unique_requesters"' in board.text

    exported = client.get("/ideas.csv", params={"meta": "plan:enterprise"})
    assert exported.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(r["id"], r["people"], r["accounts"], r["mrr"]) for r in table] == [
        (str(ideas["okta"]), "2", "1", "5000.0"),
        (str(ideas["csv"]), "1", "1", "5000.0"),
    ]
    saved = client.post(
        "/ideas/views",
        data={"name": "Big plans", "query": "meta=plan%3Aenterprise", "csrf_token": csrf(client)},
        follow_redirects=False,
    )
    assert saved.status_code == 303 and saved.headers["location"] == "/ideas?meta=plan%3Aenterprise"
    assert ">Big plans</a>" in client.get("/ideas").text
    no_token = client.post("/ideas/views", data={"name": "x", "query": ""})
    assert no_token.status_code == 403
    assert client.get("/ideas", params={"mrr_min": "lots"}).status_code == 422
    band = client.get("/ideas", params={"mrr_band": "500-2000"}).text
    assert '<option value="500-2000" selected>' in band and "MRR from $500" in band
    assert re.findall(r'data-idea-id="(\d+)"', band) == [str(ideas["okta"]), str(ideas["dark"])]


def test_the_idea_page_pages_items_and_sorts_people_by_mrr(
    client: TestClient, context: AppContext
) -> None:
    ideas = store_segment_backlog(context.factory, "acme", extra_items=30).ideas
    sign_in(client, make_key(context, "acme"))
    first = client.get(f"/ideas/{ideas['okta']}").text
    assert first.count('name="item_ids"') == 25 and "page 1 of 2" in first
    second = client.get(f"/ideas/{ideas['okta']}", params={"page": 2}).text
    assert second.count('name="item_ids"') == 9 and "Items 26–34 of 34" in second
    past_the_end = client.get(f"/ideas/{ideas['okta']}", params={"page": 7}).text
    assert "Items 26–34 of 34" in past_the_end
    by_mrr = client.get(f"/ideas/{ideas['okta']}", params={"people": "mrr"}).text
    people = by_mrr.split('id="people"')[1].split("</table>")[0]
    order = re.findall(r"<tr><td>([^<]+)</td>", people)
    assert order == ["ann@big.example", "bob@big.example", "cat@mid.example", "dan@tiny.example"]
    assert "$5,000" in people and "30 items without a requester" in by_mrr
    accounts = by_mrr.split('id="accounts"')[1].split("</table>")[0]
    assert re.findall(r"<tr><td>([^<]+)</td>", accounts) == ["BigCo", "MidCo", "TinyCo"]


def test_the_idea_page_shapes_an_idea_with_a_csrf_form(
    client: TestClient, context: AppContext
) -> None:
    ideas = store_segment_backlog(context.factory, "acme").ideas
    sign_in(client, make_key(context, "acme"))
    form = {
        "title": "Single sign-on with Okta",
        "description": "Works with *SAML* <b>now</b>",
        "tags": "sso, auth",
        "notes": "Internal: **Ines** asked",
        "csrf_token": csrf(client),
    }
    saved = client.post(f"/ideas/{ideas['okta']}/shape", data=form, follow_redirects=False)
    assert saved.status_code == 303
    page = client.get(f"/ideas/{ideas['okta']}").text
    assert '<h1 id="idea-title">Single sign-on with Okta' in page
    assert "In customers’ words: “can we get okta login pls”" in page
    assert "<em>SAML</em>" in page and "&lt;b&gt;now&lt;/b&gt;" in page
    assert "<strong>Ines</strong>" in page and 'href="/ideas?tag=sso"' in page
    refused = client.post(f"/ideas/{ideas['okta']}/shape", data={**form, "csrf_token": "x"})
    assert refused.status_code == 403
    too_long = {**form, "tags": "x" * 50}
    assert client.post(f"/ideas/{ideas['okta']}/shape", data=too_long).status_code == 422


def test_a_big_idea_lists_its_first_25_people_and_links_to_all(
    client: TestClient, context: AppContext
) -> None:
    backlog = store_segment_backlog(context.factory, "acme", extra_items=30)
    with unit_of_work(context.factory) as session:
        anonymous = session.scalars(
            select(FeedbackItem).where(FeedbackItem.requester_id.is_(None))
        ).all()
        for n, item in enumerate(anonymous):
            person = Requester(workspace_id=backlog.workspace_id, key=f"p{n:02}@many.example")
            session.add(person)
            session.flush()
            item.requester_id = person.id
    sign_in(client, make_key(context, "acme"))
    page = client.get(f"/ideas/{backlog.ideas['okta']}").text
    people = page.split('id="people"')[1].split("</table>")[0]
    assert people.count("<tr><td>") == 25 and "Show all 34 people" in page
    everyone = client.get(f"/ideas/{backlog.ideas['okta']}", params={"everyone": 1}).text
    assert everyone.split('id="people"')[1].split("</table>")[0].count("<tr><td>") == 34
    assert "Show all" not in everyone
