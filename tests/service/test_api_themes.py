"""Themes above ideas and the "these ideas are one request" queue, through the API."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from tests.support.web_client import csrf, sign_in

API = "/api/v1"
DARK = [
    "Please add a dark mode",
    "Dark theme for the app please",
    "A dark mode would be great at night",
    "We want a dark colour scheme in the app",
]
CSV = [
    "Export reports to CSV",
    "Let me download a CSV export of reports",
    "CSV export of the reports table",
]


def post(client: TestClient, auth: dict[str, str], text: str, **extra: object) -> dict:
    response = client.post(f"{API}/feedback", json={"text": text, **extra}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


def recluster(client: TestClient, auth: dict[str, str]) -> dict:
    started = client.post(f"{API}/ideas:recluster", headers=auth)
    assert started.status_code == 202, started.text
    for _ in range(300):
        job = client.get(f"{API}/jobs/{started.json()['id']}", headers=auth).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError("re-clustering did not finish")


SAME = [
    "Please add a dark mode",
    "Please add dark mode to the app",
    "Dark mode please",
    "We need a dark mode",
]


def split_dark_in_two(client: TestClient, auth: dict[str, str]) -> tuple[int, int]:
    """One request as two ideas in one theme: merged into one idea by a PM, half split off
    again, and both placed in the same theme."""
    items = [post(client, auth, t, requester=f"p{n}@example.com") for n, t in enumerate(SAME)]
    idea = items[0]["idea_id"]
    for other_idea in {i["idea_id"] for i in items} - {idea}:
        merged = client.post(
            f"{API}/ideas/{other_idea}/merge", json={"into_idea_id": idea}, headers=auth
        )
        assert merged.status_code == 200, merged.text
    split = client.post(
        f"{API}/ideas/{idea}/split",
        json={"item_ids": [items[2]["id"], items[3]["id"]]},
        headers=auth,
    )
    assert split.status_code == 200, split.text
    other = split.json()["idea_id"]
    first = client.put(f"{API}/ideas/{idea}/theme", json={"theme_id": None}, headers=auth)
    assert first.status_code == 200, first.text
    moved = client.put(
        f"{API}/ideas/{other}/theme", json={"theme_id": first.json()["id"]}, headers=auth
    )
    assert moved.status_code == 200, moved.text
    return idea, other


def test_themes_count_people_once_and_keep_pm_edits_through_reclustering(
    client: TestClient, auth: dict[str, str]
) -> None:
    # The same person asks in both ideas: the theme counts them once, the ideas once each.
    for text in DARK[:2]:
        post(client, auth, text, requester="ann@example.com", account="Acme", mrr=100)
    for text in CSV:
        post(client, auth, text, requester="ann@example.com", account="Acme", mrr=100)
    post(client, auth, DARK[2], requester="bob@example.com", account="Beta", mrr=50)
    assert recluster(client, auth)["status"] == "done"

    page = client.get(f"{API}/themes", headers=auth).json()
    assert page["total"] == len(page["themes"]) >= 1
    placed = {i["id"] for t in page["themes"] for i in t["ideas"]}
    ideas = {i["id"] for i in client.get(f"{API}/ideas", headers=auth).json()["ideas"]}
    assert placed == ideas  # every idea sits in exactly one theme
    for theme in page["themes"]:
        people = sum(i["unique_requesters"] for i in theme["ideas"])
        assert theme["demand"]["unique_requesters"] <= people
        assert theme["demand"]["revenue"] <= 150

    # Exact re-posts name the ideas.
    dark_idea = post(client, auth, DARK[0], requester="ann@example.com")["idea_id"]
    csv_idea = post(client, auth, CSV[0], requester="ann@example.com")["idea_id"]
    moved = client.put(f"{API}/ideas/{csv_idea}/theme", json={"theme_id": None}, headers=auth)
    assert moved.status_code == 200
    theme_id = moved.json()["id"]
    renamed = client.patch(f"{API}/themes/{theme_id}", json={"title": "Data out"}, headers=auth)
    assert renamed.json()["title"] == "Data out" and renamed.json()["title_source"] == "pm"
    into = client.put(
        f"{API}/ideas/{dark_idea}/theme", json={"theme_id": theme_id}, headers=auth
    ).json()
    assert {i["id"] for i in into["ideas"]} == {dark_idea, csv_idea}
    # ann asked in both ideas: one person for the theme
    people = sum(i["unique_requesters"] for i in into["ideas"])
    assert into["demand"]["unique_requesters"] == people - 1

    assert recluster(client, auth)["status"] == "done"
    kept = client.get(f"{API}/themes/{theme_id}", headers=auth).json()
    assert kept["title"] == "Data out"
    assert {dark_idea, csv_idea} <= {i["id"] for i in kept["ideas"]}

    audit = client.get(f"{API}/audit", headers=auth).json()
    assert {"rename_theme", "move_idea"} <= {a["action"] for a in audit}


def test_bad_theme_calls_get_clear_errors(client: TestClient, auth: dict[str, str]) -> None:
    idea = post(client, auth, DARK[0])["idea_id"]
    missing = client.put(f"{API}/ideas/{idea}/theme", json={"theme_id": 999999}, headers=auth)
    assert missing.status_code == 404 and missing.json()["code"] == "theme_not_found"
    assert client.get(f"{API}/themes/999999", headers=auth).json()["code"] == "theme_not_found"
    empty = client.patch(f"{API}/themes/1", json={"title": ""}, headers=auth)
    assert empty.status_code == 422


def test_sibling_ideas_are_offered_merged_in_one_action_and_undone(
    client: TestClient, auth: dict[str, str]
) -> None:
    idea, other = split_dark_in_two(client, auth)
    post(client, auth, CSV[0])
    [group] = client.get(f"{API}/review/siblings", headers=auth).json()
    assert {i["id"] for i in group["ideas"]} == {idea, other}
    assert group["unique_requesters"] == 4 and group["similarity"] > 0.6

    merged = client.post(
        f"{API}/review/siblings:merge",
        json={"idea_ids": [idea, other], "into_idea_id": idea},
        headers=auth,
    )
    assert merged.status_code == 200, merged.text
    assert client.get(f"{API}/review/siblings", headers=auth).json() == []
    assert client.get(f"{API}/ideas/{idea}", headers=auth).json()["item_count"] == 4

    undone = client.post(f"{API}/audit/{merged.json()['audit_id']}/undo", headers=auth)
    assert undone.status_code == 200, undone.text
    assert client.get(f"{API}/ideas/{idea}", headers=auth).json()["item_count"] == 2
    assert len(client.get(f"{API}/review/siblings", headers=auth).json()) == 1


def test_dismissed_siblings_are_not_offered_again(client: TestClient, auth: dict[str, str]) -> None:
    idea, other = split_dark_in_two(client, auth)
    kept = client.post(
        f"{API}/review/siblings:dismiss", json={"idea_ids": [idea, other]}, headers=auth
    )
    assert kept.json() == {"remembered_pairs": 1}
    assert client.get(f"{API}/review/siblings", headers=auth).json() == []
    bad = client.post(
        f"{API}/review/siblings:dismiss", json={"idea_ids": [idea, 999]}, headers=auth
    )
    assert bad.status_code == 422 and bad.json()["code"] == "unknown_ideas"


def test_shipping_with_open_siblings_asks_first(client: TestClient, auth: dict[str, str]) -> None:
    idea, other = split_dark_in_two(client, auth)
    refused = client.post(f"{API}/ideas/{idea}/status", json={"status": "shipped"}, headers=auth)
    assert refused.status_code == 409 and refused.json()["code"] == "open_siblings"
    assert [s["id"] for s in refused.json()["siblings"]] == [other]
    assert client.get(f"{API}/ideas/{idea}", headers=auth).json()["status"] == "open"
    planned = client.post(f"{API}/ideas/{idea}/status", json={"status": "planned"}, headers=auth)
    assert planned.status_code == 201  # only shipping leaves requesters behind
    shipped = client.post(
        f"{API}/ideas/{idea}/status",
        json={"status": "shipped", "ship_with_open_siblings": True},
        headers=auth,
    )
    assert shipped.status_code == 201, shipped.text


def test_pm_works_themes_and_siblings_in_the_browser_pages(
    client: TestClient, auth: dict[str, str]
) -> None:
    idea, other = split_dark_in_two(client, auth)
    key = auth["Authorization"].removeprefix("Bearer ")
    assert sign_in(client, key).status_code == 303  # type: ignore[attr-defined]
    token = csrf(client)

    themes_page = client.get("/ideas", params={"view": "themes"})
    assert themes_page.status_code == 200 and "Themes by demand" in themes_page.text
    listed = client.get(f"{API}/themes", headers=auth).json()["themes"]
    [theme] = [t for t in listed if idea in {i["id"] for i in t["ideas"]}]
    renamed = client.post(
        f"/themes/{theme['id']}/rename", data={"title": "Night mode", "csrf_token": token}
    )
    assert renamed.status_code == 200 and "Night mode" in renamed.text

    # Shipping one half warns and offers to ship anyway; nothing changed yet.
    warned = client.post(f"/ideas/{idea}/status", data={"status": "shipped", "csrf_token": token})
    assert warned.status_code == 409 and "Ship anyway" in warned.text
    assert client.get(f"{API}/ideas/{idea}", headers=auth).json()["status"] == "open"

    page = client.get("/review/siblings")
    assert page.status_code == 200 and f"/ideas/{other}" in page.text
    merged = client.post(
        "/review/siblings/merge",
        data={"idea_ids": [idea, other], "into_idea_id": idea, "csrf_token": token},
    )
    assert merged.status_code == 200 and "Merged into idea" in merged.text
    assert "Nothing to merge" in merged.text
    assert client.get(f"{API}/ideas/{idea}", headers=auth).json()["item_count"] == 4
    undone = client.post("/review/undo", data={"csrf_token": token})
    assert undone.status_code == 200
    assert client.get(f"{API}/ideas/{idea}", headers=auth).json()["item_count"] == 2

    moved = client.post(f"/ideas/{other}/theme", data={"theme_id": "new", "csrf_token": token})
    assert moved.status_code == 200 and "Moved to the theme" in moved.text
    shipped = client.post(f"/ideas/{idea}/status", data={"status": "shipped", "csrf_token": token})
    assert shipped.status_code == 200  # no open sibling left in its theme
