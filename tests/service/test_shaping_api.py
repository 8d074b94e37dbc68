"""Ideas a PM shapes, through the API: the PM's title and description replace the customer's
quote everywhere public (roadmap, ship e-mails, report), tags and notes stay inside, bad input
is a problem, and re-clustering keeps it all."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.review_tables import Notification
from models.tables import Requester, Workspace
from service.context import AppContext
from service.ideas import store as idea_store
from service.ideas.public import public_title
from service.ideas.report import render_report
from service.ideas.views import IdeaSort
from tests.support.segment_rows import store_segment_backlog

API = "/api/v1"

DESCRIPTION = "Sign in with **Okta** (SAML).\n\n<script>alert('x')</script>"


def test_a_pm_title_replaces_the_quote_in_public_and_the_quote_stays_inside(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    backlog = store_segment_backlog(context.factory, "acme")
    okta = backlog.ideas["okta"]
    body = {
        "title": "Single sign-on with Okta",
        "description": DESCRIPTION,
        "tags": ["SSO", "auth", "sso"],
        "notes": "Ines: ask Legal",
    }
    shaped = client.patch(f"{API}/ideas/{okta}", json=body, headers=auth)
    assert shaped.status_code == 200, shaped.text
    assert shaped.json() == {
        "pm_title": "Single sign-on with Okta",
        "description": DESCRIPTION,
        "notes": "Ines: ask Legal",
        "tags": ["sso", "auth"],
    }
    listed = {i["id"]: i for i in client.get(f"{API}/ideas", headers=auth).json()["ideas"]}
    assert listed[okta]["title"] == "Single sign-on with Okta"
    assert listed[okta]["quote_title"] == "can we get okta login pls"
    assert listed[okta]["tags"] == ["sso", "auth"]

    # Only the title changes with a second PATCH; the rest stays.
    client.patch(f"{API}/ideas/{okta}", json={"title": "SSO with Okta"}, headers=auth)
    shape = client.get(f"{API}/ideas/{okta}/shape", headers=auth).json()
    assert shape["pm_title"] == "SSO with Okta" and shape["tags"] == ["sso", "auth"]

    client.post(f"{API}/ideas/{okta}/status", json={"status": "planned"}, headers=auth)
    roadmap = client.get("/public/acme/roadmap.json").json()
    assert [(e["title"], e["description"]) for e in roadmap["planned"]] == [
        ("SSO with Okta", DESCRIPTION)
    ]
    page = client.get("/public/acme/roadmap").text
    assert "SSO with Okta" in page and "can we get okta login pls" not in page
    assert "<strong>Okta</strong>" in page  # Markdown rendered...
    assert "<script>alert" not in page and "&lt;script&gt;" in page  # ...its HTML escaped
    assert "Ines" not in page  # internal notes never leave

    with unit_of_work(context.factory) as session:
        idea = idea_store.get_idea(session, backlog.workspace_id, okta)
        assert idea is not None and public_title(idea) == "SSO with Okta"
        report = render_report(session, backlog.workspace_id, "acme", IdeaSort.item_count, 10)
    assert "SSO with Okta" in report


def test_ship_emails_use_the_pm_title(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    backlog = store_segment_backlog(context.factory, "acme")
    dark = backlog.ideas["dark"]
    client.patch(f"{API}/ideas/{dark}", json={"title": "Dark mode"}, headers=auth)
    shipped = client.post(f"{API}/ideas/{dark}/status", json={"status": "shipped"}, headers=auth)
    assert shipped.status_code == 201, shipped.text
    with unit_of_work(context.factory) as session:
        subjects = set(session.scalars(select(Notification.subject)))
        people = session.scalars(select(Requester.key)).all()
    assert subjects == {"Shipped: Dark mode"} and people


def test_clearing_the_title_brings_the_automatic_one_back(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    backlog = store_segment_backlog(context.factory, "acme")
    csv_idea = backlog.ideas["csv"]
    client.patch(f"{API}/ideas/{csv_idea}", json={"title": "CSV export"}, headers=auth)
    cleared = client.patch(f"{API}/ideas/{csv_idea}", json={"title": ""}, headers=auth)
    assert cleared.json()["pm_title"] is None
    idea = client.get(f"{API}/ideas", params={"q": "export"}, headers=auth).json()["ideas"][0]
    assert idea["id"] == csv_idea and idea["title"] == "export csv"


def test_bad_shaping_input_is_a_problem_not_a_500(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    backlog = store_segment_backlog(context.factory, "acme")
    okta = backlog.ideas["okta"]
    answers = {
        "missing": client.patch(f"{API}/ideas/999999", json={"title": "x"}, headers=auth),
        "long_tag": client.patch(f"{API}/ideas/{okta}", json={"tags": ["x" * 41]}, headers=auth),
        "long_title": client.patch(f"{API}/ideas/{okta}", json={"title": "x" * 201}, headers=auth),
        "nul": client.patch(f"{API}/ideas/{okta}", json={"notes": "a\x00b"}, headers=auth),
        "no_key": client.patch(f"{API}/ideas/{okta}", json={"title": "x"}),
    }
    statuses = {name: r.status_code for name, r in answers.items()}
    assert statuses == {
        "missing": 404,
        "long_tag": 422,
        "long_title": 422,
        "nul": 422,
        "no_key": 401,
    }
    for response in answers.values():
        assert response.headers["content-type"] == "application/problem+json"
    doc = client.get("/openapi.json").json()
    assert {"404", "422"} <= set(doc["paths"]["/api/v1/ideas/{idea_id}"]["patch"]["responses"])


def test_reclustering_keeps_what_the_pm_wrote(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    texts = [
        "Please add a dark mode",
        "Dark theme for the app",
        "The app needs a dark mode",
        "Export reports to CSV",
        "Let me download a CSV export",
        "I want to export my data as CSV",
    ]
    posted = client.post(
        f"{API}/feedback/bulk", json={"items": [{"text": t} for t in texts]}, headers=auth
    ).json()
    dark = posted["results"][0]["idea_id"]
    body = {"title": "Dark mode", "tags": ["ui"], "notes": "big ask"}
    assert client.patch(f"{API}/ideas/{dark}", json=body, headers=auth).status_code == 200
    context.recluster(_workspace_id(context))
    shape = client.get(f"{API}/ideas/{dark}/shape", headers=auth)
    assert shape.status_code == 200 and shape.json()["pm_title"] == "Dark mode"
    listed = client.get(f"{API}/ideas", params={"tag": "ui"}, headers=auth).json()
    assert [i["title"] for i in listed["ideas"]] == ["Dark mode"]


def _workspace_id(context: AppContext) -> int:
    with unit_of_work(context.factory) as session:
        return session.scalars(select(Workspace.id).where(Workspace.name == "acme")).one()


def test_themes_list_an_idea_by_its_pm_title(
    client: TestClient, context: AppContext, auth: dict[str, str]
) -> None:
    backlog = store_segment_backlog(context.factory, "acme")
    okta = backlog.ideas["okta"]
    theme = client.put(f"{API}/ideas/{okta}/theme", json={"theme_id": None}, headers=auth).json()
    client.patch(f"{API}/ideas/{okta}", json={"title": "Single sign-on"}, headers=auth)
    read = client.get(f"{API}/themes/{theme['id']}", headers=auth).json()
    assert [i["title"] for i in read["ideas"]] == ["Single sign-on"]
    listed = client.get(f"{API}/themes", headers=auth).json()["themes"]
    assert [i["title"] for t in listed for i in t["ideas"]] == ["Single sign-on"]
