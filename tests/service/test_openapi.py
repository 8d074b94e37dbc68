"""The OpenAPI document lists every status the API answers, errors as problem+json."""

from __future__ import annotations

from fastapi.testclient import TestClient

API = "/api/v1"


def test_every_operation_documents_its_problem_statuses(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    operations = [
        (path, method, op)
        for path, item in doc["paths"].items()
        if path.startswith(API)
        for method, op in item.items()
    ]
    assert len(operations) > 30
    for path, method, op in operations:
        for status in ("401", "403", "404", "409", "413", "422"):
            content = op["responses"][status]["content"]
            schema = content["application/problem+json"]["schema"]
            assert {"code", "detail", "status"} <= set(schema["properties"]), (path, method)


def test_the_errors_a_client_meets_are_the_documented_ones(
    client: TestClient, auth: dict[str, str]
) -> None:
    doc = client.get("/openapi.json").json()
    answers = [
        ("/api/v1/feedback", "post", client.post(f"{API}/feedback", json={"text": "x"})),
        ("/api/v1/ideas/{idea_id}", "get", client.get(f"{API}/ideas/999", headers=auth)),
        (
            "/api/v1/feedback",
            "post",
            client.post(f"{API}/feedback", json={"text": ""}, headers=auth),
        ),
        (
            "/api/v1/ideas/{idea_id}/merge",
            "post",
            client.post(f"{API}/ideas/1/merge", json={"into_idea_id": 1}, headers=auth),
        ),
    ]
    for path, method, response in answers:
        assert response.status_code >= 400
        assert str(response.status_code) in doc["paths"][path][method]["responses"], path
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == response.status_code


def test_a_chunked_body_over_the_cap_is_refused_without_being_read_whole(
    client: TestClient, auth: dict[str, str]
) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"text": "'
        for _ in range(17):  # 17 MiB against a 16 MiB cap, with no Content-Length
            yield b"a" * (1 << 20)
        yield b'"}'

    response = client.post(
        f"{API}/feedback",
        content=chunks(),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert response.status_code == 413, response.text
    assert response.json()["code"] == "payload_too_large"
    assert client.get(f"{API}/ideas", headers=auth).json()["total"] == 0
