"""Through the API: a request naming another version waits for a PM; the same one merges."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _post(client: TestClient, auth: dict[str, str], text: str) -> dict:
    response = client.post("/api/v1/feedback", json={"text": text}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


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
