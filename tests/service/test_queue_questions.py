"""The review queue only asks real questions: never "is this item in the idea it is in?",
closest items that are other texts, when each item arrived, and idea search by meaning."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.tables import FeedbackItem
from service.context import AppContext
from service.ideas.recluster import DOUBTFUL_BELOW
from service.sampledata.backlog import generate_feedback
from tests.conftest import make_key
from tests.support.web_client import sign_in
from triage.normalise import normalise

API = "/api/v1"
THEMES = ["Please add a dark mode", "Add a high contrast theme", "Let me pick custom colour themes"]
GREY = "Please add a dark colour theme"  # between the theme ideas: a review suggestion
OKTA = [
    "We need single sign-on through Okta",
    "Let us log in with our Okta accounts",
    "Our IT team requires SAML login through our identity provider",
]
OTHERS = ["Export reports to CSV", "Let me download a CSV export", "Sync contacts with Salesforce"]


def post(client: TestClient, auth: dict[str, str], text: str, **extra: object) -> dict:
    response = client.post(f"{API}/feedback", json={"text": text, **extra}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


def queue(client: TestClient, auth: dict[str, str]) -> list[dict]:
    """Every pending suggestion, page by page."""
    found: list[dict] = []
    while True:
        params = {"limit": 500, "offset": len(found)}
        page = client.get(f"{API}/review", params=params, headers=auth).json()
        found += page["suggestions"]
        if len(found) >= page["total"] or not page["suggestions"]:
            return found


def own_idea(suggestions: list[dict]) -> list[dict]:
    return [s for s in suggestions if s["item"]["idea_id"] == s["idea"]["id"]]


def recluster(client: TestClient, auth: dict[str, str]) -> dict:
    job = client.post(f"{API}/ideas:recluster", headers=auth).json()
    for _ in range(1200):
        job = client.get(f"{API}/jobs/{job['id']}", headers=auth).json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.05)
    assert job["status"] == "done", job
    return job["result"]


def import_backlog(client: TestClient, auth: dict[str, str], n: int) -> None:
    """The demo's generated backlog, through the real ingest (bulk API)."""
    items = [
        {
            "text": i.text,
            "source": i.source,
            "external_id": i.external_id,
            "requester": i.requester_email,
            "account": i.account,
            "mrr": i.mrr,
            "created_at": i.created_at.isoformat(),
        }
        for i in generate_feedback(n, seed=7)
    ]
    for start in range(0, n, 500):
        body = {"items": items[start : start + 500]}
        client.post(f"{API}/feedback/bulk", json=body, headers=auth).raise_for_status()


def doubtful_members(context: AppContext) -> int:
    """Items re-clustering was unsure of: what it used to ask "is this in its own idea?" about."""
    with unit_of_work(context.factory) as session:
        confidences = session.scalars(select(FeedbackItem.cluster_confidence))
        return sum(c is not None and c < DOUBTFUL_BELOW for c in confidences)


def assert_closest_are_other_texts(suggestions: list[dict]) -> None:
    for s in suggestions:
        texts = [normalise(c["text"]) for c in s["closest_items"]]
        assert len(set(texts)) == len(texts), s["closest_items"]
        assert normalise(s["item"]["text"]) not in texts
        assert s["item"]["id"] not in [c["id"] for c in s["closest_items"]]


def test_recluster_asks_about_other_ideas_only(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    import_backlog(client, auth, 300)
    result = recluster(client, auth)
    assert doubtful_members(context) > 0  # the old step queued each of these for its own idea
    pending = queue(client, auth)
    cluster = [s for s in pending if s["origin"] == "cluster"]
    assert result["suggestions"] == len(cluster)  # none made only to be hidden by the queue
    assert own_idea(pending) == []
    review_bar = client.get(f"{API}/review/stats", headers=auth).json()["current"]["review"]
    assert all(s["score"] >= review_bar for s in cluster)
    assert_closest_are_other_texts(pending)


@pytest.mark.slow
def test_demo_queue_asks_nothing_about_an_items_own_idea(
    client: TestClient, auth: dict[str, str]
) -> None:
    import_backlog(client, auth, 1000)
    recluster(client, auth)
    pending = queue(client, auth)
    assert own_idea(pending) == []
    stats = client.get(f"{API}/review/stats", headers=auth).json()
    assert stats["pending"] == len(pending)
    assert_closest_are_other_texts(pending)


def test_a_suggestion_whose_item_joined_the_idea_leaves_the_queue(
    client: TestClient, auth: dict[str, str]
) -> None:
    for text in THEMES:
        post(client, auth, text)
    grey = post(client, auth, GREY)
    assert grey["decision"] == "review"
    [suggestion] = queue(client, auth)
    merged = client.post(
        f"{API}/ideas/{grey['idea_id']}/merge",
        json={"into_idea_id": suggestion["idea"]["id"]},
        headers=auth,
    )
    assert merged.status_code == 200, merged.text
    assert queue(client, auth) == []  # the item sits in the suggested idea now
    assert client.get(f"{API}/review/stats", headers=auth).json()["pending"] == 0
    undone = client.post(f"{API}/audit/{merged.json()['audit_id']}/undo", headers=auth)
    assert undone.status_code == 200, undone.text
    assert [s["id"] for s in queue(client, auth)] == [suggestion["id"]]  # a question again


def test_closest_items_are_distinct_texts(client: TestClient, auth: dict[str, str]) -> None:
    for text in THEMES:  # each idea holds its text three times over (exact re-posts)
        post(client, auth, text)
        post(client, auth, text.lower() + "!")
        post(client, auth, "  " + text.upper())
    post(client, auth, "Please add dark mode")  # the dark idea's one other wording
    assert post(client, auth, GREY)["decision"] == "review"
    [suggestion] = queue(client, auth)
    assert suggestion["closest_items"]
    assert_closest_are_other_texts([suggestion])


def test_the_queue_says_when_each_item_arrived(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    for text in THEMES:
        post(client, auth, text)
    post(client, auth, GREY, created_at=datetime(2025, 6, 3, 9, 30, tzinfo=UTC).isoformat())
    hours_ago = (datetime.now(UTC) - timedelta(hours=2, minutes=5)).isoformat()
    post(client, auth, "Dark mode and high contrast themes please", created_at=hours_ago)
    assert len(queue(client, auth)) == 2
    sign_in(client, make_key(context, "acme"))
    page = client.get("/review").text
    assert "Arrived <time" in page and "3 Jun 2025</time>" in page
    assert "2 hours ago</time>" in page
    assert "New feedback" not in page


def test_sso_finds_the_single_sign_on_idea_by_meaning(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    okta = [post(client, auth, text) for text in OKTA]
    for text in THEMES + OTHERS:
        post(client, auth, text)
    okta_ideas = {o["idea_id"] for o in okta}

    found = client.get(f"{API}/ideas:search", params={"q": "SSO"}, headers=auth).json()
    assert found and found[0]["id"] in okta_ideas, found
    assert found[0]["similarity"] > 0.3 and not found[0]["word_match"]
    listed = client.get(f"{API}/ideas", params={"q": "SSO"}, headers=auth).json()
    assert listed["ideas"][0]["id"] == found[0]["id"] and listed["total"] == len(found)
    words = client.get(f"{API}/ideas:search", params={"q": "okta"}, headers=auth).json()
    assert words[0]["id"] in okta_ideas and words[0]["word_match"]  # in an item's text

    sign_in(client, make_key(context, "acme"))
    picker = client.get("/review/ideas", params={"q": "SSO"}).text
    assert f'value="{found[0]["id"]}"' in picker and "single sign-on" in picker
