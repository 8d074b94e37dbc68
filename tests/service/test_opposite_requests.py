"""Through the API: the opposite of an idea, or the same ask for another version, waits for a
PM; a paraphrase still merges."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _post(client: TestClient, auth: dict[str, str], text: str) -> dict:
    response = client.post("/api/v1/feedback", json={"text": text}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


def test_turning_a_setting_off_is_not_merged_into_turning_it_on(
    client: TestClient, auth: dict[str, str]
) -> None:
    first = _post(client, auth, "Turn on dark mode in the dashboard")
    opposite = _post(client, auth, "Turn off dark mode in the dashboard")
    assert opposite["decision"] == "review"  # the model alone scores the pair ~0.97
    assert opposite["idea_id"] != first["idea_id"]
    assert opposite["matches"][0]["idea_id"] == first["idea_id"]  # the PM is asked
    probe = client.post(
        "/api/v1/dedupe", json={"text": "Turn dark mode off in the dashboard"}, headers=auth
    )
    assert probe.status_code == 200  # ... and joins the "off" idea, not the "on" one
    assert probe.json()["decision"] == "auto_merge"
    assert probe.json()["idea_id"] == opposite["idea_id"]
    same = _post(client, auth, "Switch on dark mode in the dashboard")
    assert same["decision"] == "auto_merge" and same["idea_id"] == first["idea_id"]


def test_another_version_is_not_merged_into_the_first(
    client: TestClient, auth: dict[str, str]
) -> None:
    first = _post(client, auth, "Add a Dockerfile for building on Centos 7")
    other = _post(client, auth, "Add a Dockerfile for building on Centos 8")
    assert other["matches"][0]["score"] >= 0.95  # the model alone would merge the pair
    assert other["decision"] == "review"
    assert other["idea_id"] != first["idea_id"]
    assert other["matches"][0]["idea_id"] == first["idea_id"]  # the PM is asked
    same = _post(client, auth, "Please add a Dockerfile for building on Centos 7")
    assert same["decision"] == "auto_merge" and same["idea_id"] == first["idea_id"]
