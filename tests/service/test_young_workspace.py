"""Before a workspace is whitened (its first 500 items), only a near-verbatim match merges on
its own; a looser paraphrase waits for a PM instead of trusting a generic cut-off."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _post(client: TestClient, auth: dict[str, str], text: str) -> dict:
    response = client.post("/api/v1/feedback", json={"text": text}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


def test_a_young_workspace_merges_near_verbatim_and_asks_about_the_rest(
    client: TestClient, auth: dict[str, str]
) -> None:
    first = _post(client, auth, "Turn on dark mode in the dashboard")
    _post(client, auth, "Export the invoice list to CSV")  # a second idea: margins are wide
    loose = _post(client, auth, "Please turn on dark mode in the dashboard")  # cosine ~0.93
    assert loose["decision"] == "review"
    assert loose["matches"][0]["idea_id"] == first["idea_id"]
    close = _post(client, auth, "turn on dark mode on the dashboard")  # cosine ~0.99
    assert close["decision"] == "auto_merge" and close["idea_id"] == first["idea_id"]
