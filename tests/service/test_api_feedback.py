"""The feedback API contract on SQLite and PostgreSQL, with the real model."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from models.db import unit_of_work
from models.schemas import MAX_BULK_ITEMS, MAX_TEXT_CHARS
from models.tables import DecisionLog, FeedbackItem
from service.context import AppContext
from service.workspaces import store as workspace_store


def post(client: TestClient, auth: dict[str, str], text: str, **fields: object) -> dict:
    response = client.post("/api/v1/feedback", json={"text": text, **fields}, headers=auth)
    assert response.status_code in (200, 201), response.text
    return response.json()


def test_new_then_paraphrase_then_exact_repeat(client: TestClient, auth: dict) -> None:
    first = post(client, auth, "Please add single sign-on with Okta for our team")
    assert first["decision"] == "new" and first["idea_id"] and first["matches"] == []
    other = post(client, auth, "The invoice PDF shows the wrong VAT number")
    assert other["decision"] == "new" and other["idea_id"] != first["idea_id"]

    paraphrase = post(client, auth, "We need SSO via Okta so our team can log in")
    assert paraphrase["decision"] in ("auto_merge", "review")
    assert paraphrase["matches"][0]["idea_id"] == first["idea_id"]
    assert paraphrase["matches"][0]["title"].startswith("Please add single sign-on")

    repeat = post(client, auth, "please add single sign on with OKTA for our team!!")
    assert repeat["decision"] == "exact_duplicate"
    assert repeat["idea_id"] == first["idea_id"]


def test_same_external_id_is_stored_once(
    client: TestClient, auth: dict, context: AppContext
) -> None:
    body = {"text": "Dark mode please", "source": "zendesk", "external_id": "T-1"}
    first = client.post("/api/v1/feedback", json=body, headers=auth)
    again = client.post("/api/v1/feedback", json=body, headers=auth)
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["id"] == first.json()["id"] and again.json()["duplicate_request"]
    other_source = client.post(
        "/api/v1/feedback", json={**body, "source": "intercom"}, headers=auth
    )
    assert other_source.json()["id"] != first.json()["id"]
    with unit_of_work(context.factory) as session:
        assert session.scalar(select(func.count(FeedbackItem.id))) == 2
        assert session.scalar(select(func.count(DecisionLog.id))) == 2


def test_bulk_answers_in_input_order_and_merges_within_the_batch(
    client: TestClient, auth: dict
) -> None:
    texts = [
        "Export reports to CSV",
        "Mobile app crashes when I upload a photo",
        "export reports to csv",
        "Let me export my reports as a CSV file",
    ]
    response = client.post(
        "/api/v1/feedback/bulk", json={"items": [{"text": t} for t in texts]}, headers=auth
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["decision"] for r in results[:3]] == ["new", "new", "exact_duplicate"]
    assert results[2]["idea_id"] == results[0]["idea_id"]
    assert results[3]["matches"][0]["idea_id"] == results[0]["idea_id"]
    assert len({r["id"] for r in results}) == 4


def test_dedupe_decides_without_storing(
    client: TestClient, auth: dict, context: AppContext
) -> None:
    stored = post(client, auth, "Add a dark theme to the dashboard")
    response = client.post(
        "/api/v1/dedupe", json={"text": "add a dark theme to the dashboard"}, headers=auth
    )
    assert response.status_code == 200
    assert response.json() == {
        "id": None,
        "idea_id": stored["idea_id"],
        "decision": "exact_duplicate",
        "matches": [],
        "duplicate_request": False,
    }
    similar = client.post(
        "/api/v1/dedupe", json={"text": "Dark mode for the dashboard please"}, headers=auth
    )
    assert similar.json()["matches"][0]["idea_id"] == stored["idea_id"]
    with unit_of_work(context.factory) as session:
        assert session.scalar(select(func.count(FeedbackItem.id))) == 1


def test_ideas_are_listed_sorted_and_detailed(client: TestClient, auth: dict) -> None:
    popular = post(client, auth, "Integrate with Slack notifications", requester="a@x.io")
    for text in ("integrate with slack notifications!", "Integrate with Slack notifications."):
        post(client, auth, text, requester="b@x.io", account="Initech", mrr=900)
    lonely = post(client, auth, "Bulk edit tasks in the list view")
    page = client.get("/api/v1/ideas", headers=auth).json()
    assert page["total"] == 2
    assert [(i["id"], i["item_count"]) for i in page["ideas"]] == [
        (popular["idea_id"], 3),
        (lonely["idea_id"], 1),
    ]
    ascending = client.get("/api/v1/ideas?sort=item_count&order=asc", headers=auth).json()
    assert ascending["ideas"][0]["id"] == lonely["idea_id"]
    demand = page["ideas"][0]["demand"]
    assert (demand["unique_requesters"], demand["unique_accounts"], demand["revenue"]) == (
        2,
        1,
        900,
    )
    assert demand["channels"] == {"api": 3} and demand["trend"]["last_30_days"] == 3
    by_revenue = client.get("/api/v1/ideas?sort=revenue&order=asc", headers=auth).json()
    assert [i["demand"]["revenue"] for i in by_revenue["ideas"]] == [0, 900]
    detail = client.get(f"/api/v1/ideas/{popular['idea_id']}", headers=auth).json()
    assert detail["item_count"] == 3 and len(detail["items"]) == 3
    assert {i["requester"] for i in detail["items"]} == {"a@x.io", "b@x.io"}
    assert "Initech" in {i["account"] for i in detail["items"]}


def problem(response) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    assert response.headers["content-type"].startswith("application/problem+json")
    return response.status_code, response.json()["code"]


def test_bad_input_gets_a_machine_readable_4xx(client: TestClient, auth: dict) -> None:
    url = "/api/v1/feedback"
    assert problem(client.post(url, json={"text": ""}, headers=auth)) == (422, "empty_text")
    assert problem(client.post(url, json={"text": " \n\t "}, headers=auth)) == (422, "empty_text")
    too_long = "x" * (MAX_TEXT_CHARS + 1)
    assert problem(client.post(url, json={"text": too_long}, headers=auth)) == (
        422,
        "text_too_long",
    )
    assert problem(client.post(url, json={"text": 42}, headers=auth)) == (422, "invalid_input")
    assert problem(client.post(url, json={"txt": "hi"}, headers=auth)) == (422, "invalid_input")
    assert problem(client.post(url, json={"text": "a", "mrr": -5}, headers=auth))[0] == 422
    assert problem(client.post(url, json=["text"], headers=auth)) == (422, "invalid_input")
    broken = client.post(
        url, content=b'{"text": ', headers={**auth, "content-type": "application/json"}
    )
    assert problem(broken) == (400, "invalid_json")
    items = [{"text": "x"}] * (MAX_BULK_ITEMS + 1)
    assert problem(client.post(f"{url}/bulk", json={"items": items}, headers=auth))[0] == 422
    assert problem(client.post(f"{url}/bulk", json={"items": []}, headers=auth))[0] == 422
    assert problem(client.get("/api/v1/ideas/999999", headers=auth)) == (404, "idea_not_found")
    assert problem(client.get("/api/v1/ideas?sort=nonsense", headers=auth))[0] == 422


def test_every_call_needs_a_valid_key_for_its_workspace(client: TestClient, key_for) -> None:  # type: ignore[no-untyped-def]
    url = "/api/v1/feedback"
    assert problem(client.post(url, json={"text": "hi"})) == (401, "missing_api_key")
    bad = {"Authorization": "Bearer tl_not-a-real-key"}
    assert problem(client.post(url, json={"text": "hi"}, headers=bad)) == (401, "invalid_api_key")
    ours = key_for("acme")
    key_for("globex")
    other = {**ours, "X-Throughline-Workspace": "globex"}
    assert problem(client.get("/api/v1/ideas", headers=other)) == (403, "wrong_workspace")
    unknown = {**ours, "X-Throughline-Workspace": "nope"}
    assert problem(client.get("/api/v1/ideas", headers=unknown)) == (404, "unknown_workspace")


def test_workspaces_do_not_see_each_other(client: TestClient, key_for) -> None:  # type: ignore[no-untyped-def]
    acme, globex = key_for("acme"), key_for("globex")
    created = post(client, acme, "Gantt chart view for projects")
    assert post(client, globex, "Gantt chart view for projects")["decision"] == "new"
    assert client.get("/api/v1/ideas", headers=globex).json()["total"] == 1
    assert client.get(f"/api/v1/ideas/{created['idea_id']}", headers=globex).status_code == 404


def test_an_ingest_key_can_send_feedback_but_not_read_ideas(
    client: TestClient, context: AppContext
) -> None:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        key = workspace_store.create_key(session, ws, "ingest")
    headers = {"Authorization": f"Bearer {key}"}
    assert post(client, headers, "Kanban board please")["decision"] == "new"
    assert problem(client.get("/api/v1/ideas", headers=headers)) == (403, "insufficient_role")


def test_hostile_input_is_refused_or_stored_intact_never_a_500(
    client: TestClient, auth: dict
) -> None:
    url = "/api/v1/feedback"
    refused = [
        {"text": "nul \x00 inside"},
        {"text": "ok", "source": "s" * 51},
        {"text": "ok", "external_id": "e" * 201},
        {"text": "ok", "requester": "r" * 201},
        {"text": "ok", "account": "a\x00b"},
        {"text": "ok", "created_at": "yesterday"},
        {"text": "ok", "mrr": "lots"},
        {"text": "ok", "metadata": "not an object"},
        {"text": None},
        {},
    ]
    for body in refused:
        response = client.post(url, json=body, headers=auth)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["code"] in ("invalid_input", "empty_text")
    stored = [
        "Ünïcödé ✓ 🚀 dark mode, s'il vous plaît",
        "وضع داكن من فضلك",
        "'; DROP TABLE feedback_items; --",
        "<script>alert(1)</script>",
        "x" * 10_000,
    ]
    for text in stored:
        response = client.post(
            url, json={"text": text, "metadata": {"deep": [[{"a": 1}]]}}, headers=auth
        )
        assert response.status_code == 201, response.text
        detail = client.get(f"/api/v1/ideas/{response.json()['idea_id']}", headers=auth).json()
        assert text in {item["text"] for item in detail["items"]}
    not_json = client.post(
        url, content=b"\xff\xfe", headers={**auth, "content-type": "application/json"}
    )
    assert not_json.status_code in (400, 422)
    huge = client.post(
        url, content=b"{" + b" " * 100, headers={**auth, "content-length": str(1 << 30)}
    )
    assert huge.status_code == 413 and huge.json()["code"] == "payload_too_large"


def test_concurrent_posts_of_one_text_make_one_idea(
    client: TestClient, auth: dict, context: AppContext
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def send(n: int) -> dict:
        body = {"text": "Offline mode for the Android app", "source": "api", "external_id": f"c{n}"}
        response = client.post("/api/v1/feedback", json=body, headers=auth)
        assert response.status_code == 201, response.text
        return response.json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(send, range(16)))
    assert sorted(r["decision"] for r in results) == ["exact_duplicate"] * 15 + ["new"]
    assert len({r["idea_id"] for r in results}) == 1
    with unit_of_work(context.factory) as session:
        assert session.scalar(select(func.count(FeedbackItem.id))) == 16


def test_text_that_is_not_a_request_is_refused_with_a_clear_422(
    client: TestClient, auth: dict[str, str]
) -> None:
    # Raw JSON, as a client would send it: an escaped lone surrogate and Infinity included.
    bad = [
        '{"text": "bad \\ud800 text"}',  # a lone surrogate
        '{"text": "\\u200b\\u200b\\u200d"}',  # zero-width characters only
        '{"text": "!!! ???"}',
    ]
    headers = {**auth, "Content-Type": "application/json"}
    for body in bad:
        for path in ("/api/v1/feedback", "/api/v1/dedupe"):
            response = client.post(path, content=body, headers=headers)
            assert response.status_code == 422, (path, body, response.text)
            assert response.json()["code"] == "invalid_input"
    infinite = '{"text": "Dark mode", "mrr": Infinity}'
    assert client.post("/api/v1/feedback", content=infinite, headers=headers).status_code == 422
    bulk = '{"items": [{"text": "Dark mode please"}, {"text": "\\u200b"}]}'
    assert client.post("/api/v1/feedback/bulk", content=bulk, headers=headers).status_code == 422
    assert client.get("/api/v1/ideas", headers=auth).json()["total"] == 0  # nothing stored


def test_ids_beyond_64_bits_are_a_clear_422(client: TestClient, auth: dict[str, str]) -> None:
    huge = 2**70
    answers = [
        client.get(f"/api/v1/ideas/{huge}", headers=auth),
        client.get(f"/api/v1/themes/{huge}", headers=auth),
        client.get(f"/api/v1/review/{huge}", headers=auth),
        client.get(f"/api/v1/jobs/{huge}", headers=auth),
        client.post(f"/api/v1/ideas/{huge}/merge", json={"into_idea_id": 1}, headers=auth),
    ]
    assert [(a.status_code, a.json()["code"]) for a in answers] == [(422, "out_of_range")] * 5
    assert client.get("/api/v1/ideas", headers=auth).status_code == 200  # still serving
