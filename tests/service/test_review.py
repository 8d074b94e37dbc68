"""The PM review queue over HTTP: accept, reject, redirect, merge, split, unmerge, undo."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

API = "/api/v1"
DARK = "Please add a dark mode"
CONTRAST = "Add a high contrast theme"
COLOURS = "Let me pick custom colour themes"
# Close to two of the three ideas above at once (cosine ~0.7 each): the grey zone.
REVIEW = "Please add a dark colour theme"
REVIEW_2 = "Dark mode and high contrast themes please"
DARK_AUTO = "Please add dark mode"  # ~0.98 to DARK: merged on arrival
CSV = "Export reports to CSV"


def seed_themes(client: TestClient, auth: dict[str, str], **first: object) -> list[dict]:
    """Three distinct theme ideas, so that REVIEW lands between them."""
    made = [
        post(client, auth, DARK, **first),
        post(client, auth, CONTRAST),
        post(client, auth, COLOURS),
    ]
    assert [m["decision"] for m in made] == ["new"] * 3
    return made


def post_review(
    client: TestClient, auth: dict[str, str], text: str = REVIEW, **extra: object
) -> dict:
    result = post(client, auth, text, **extra)
    assert result["decision"] == "review", result
    return result


def post(client: TestClient, auth: dict[str, str], text: str, **extra: object) -> dict:
    response = client.post(f"{API}/feedback", json={"text": text, **extra}, headers=auth)
    assert response.status_code == 201, response.text
    return response.json()


def demand(client: TestClient, auth: dict[str, str], idea_id: int) -> dict:
    response = client.get(f"{API}/ideas/{idea_id}", headers=auth)
    assert response.status_code == 200, response.text
    return response.json()["demand"]


def idea_ids(client: TestClient, auth: dict[str, str]) -> set[int]:
    return {i["id"] for i in client.get(f"{API}/ideas", headers=auth).json()["ideas"]}


def queue(client: TestClient, auth: dict[str, str], status: str = "pending") -> list[dict]:
    response = client.get(f"{API}/review", params={"status": status}, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()["suggestions"]


def test_review_decision_becomes_a_suggestion_with_context(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    seed_themes(client, auth, requester="ann@example.com")
    second = post_review(client, auth)
    candidate = second["matches"][0]

    [suggestion] = queue(client, auth)
    assert suggestion["item"]["id"] == second["id"] and suggestion["item"]["text"] == REVIEW
    assert suggestion["idea"]["id"] == candidate["idea_id"] != second["idea_id"]
    assert suggestion["idea"]["title"] == candidate["title"]
    assert suggestion["idea"]["demand"]["item_count"] == 1
    assert suggestion["score"] == candidate["score"] and 0.7 <= suggestion["score"] < 0.94
    [closest] = suggestion["closest_items"]
    assert closest["text"] == candidate["title"] and closest["similarity"] > 0.6
    assert client.get(f"{API}/review/{suggestion['id']}", headers=auth).json() == suggestion


def test_accept_merges_and_undo_restores_ideas_and_demand(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    seed_themes(client, auth)
    second = post_review(client, auth, requester="cy@example.com", account="Beta", mrr=40)
    target = second["matches"][0]["idea_id"]
    ideas_before = idea_ids(client, auth)
    demand_before = demand(client, auth, target)
    [suggestion] = queue(client, auth)

    accepted = client.post(f"{API}/review/{suggestion['id']}/accept", headers=auth)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["idea_id"] == target
    assert accepted.json()["moved_item_ids"] == [second["id"]]
    merged = demand(client, auth, target)
    assert merged["item_count"] == demand_before["item_count"] + 1
    assert merged["revenue"] == demand_before["revenue"] + 40
    assert idea_ids(client, auth) == ideas_before - {second["idea_id"]}
    assert queue(client, auth) == [] and len(queue(client, auth, "accepted")) == 1
    again = client.post(f"{API}/review/{suggestion['id']}/accept", headers=auth)
    assert again.status_code == 409 and again.json()["code"] == "suggestion_resolved"

    undone = client.post(f"{API}/audit/{accepted.json()['audit_id']}/undo", headers=auth)
    assert undone.status_code == 200, undone.text
    assert demand(client, auth, target) == demand_before
    assert idea_ids(client, auth) == ideas_before
    assert [s["id"] for s in queue(client, auth)] == [suggestion["id"]]
    log = client.get(f"{API}/audit", headers=auth).json()
    assert [e["action"] for e in log[:2]] == ["undo", "accept"]
    assert log[1]["undone_by_id"] == log[0]["id"] and not log[1]["undoable"]
    assert log[1]["actor"].startswith("key:") and log[1]["before"]["items"]
    twice = client.post(f"{API}/audit/{accepted.json()['audit_id']}/undo", headers=auth)
    assert twice.status_code == 409 and twice.json()["code"] == "already_undone"


def test_reject_is_remembered_and_reclustering_keeps_the_pair_apart(  # type: ignore[no-untyped-def]
    client: TestClient, auth
) -> None:
    seed_themes(client, auth)
    second = post_review(client, auth)
    [suggestion] = queue(client, auth)
    anchor = suggestion["closest_items"][0]["id"]
    rejected = client.post(f"{API}/review/{suggestion['id']}/reject", headers=auth)
    assert rejected.status_code == 200, rejected.text
    assert queue(client, auth, "rejected")[0]["id"] == suggestion["id"]

    job = client.post(f"{API}/ideas:recluster", headers=auth).json()
    for _ in range(300):
        job = client.get(f"{API}/jobs/{job['id']}", headers=auth).json()
        if job["status"] in ("done", "failed"):
            break
    assert job["status"] == "done", job
    items = {
        i["id"]: i["idea_id"]
        for idea in client.get(f"{API}/ideas", headers=auth).json()["ideas"]
        for i in client.get(f"{API}/ideas/{idea['id']}", headers=auth).json()["items"]
    }
    assert items[anchor] != items[second["id"]]
    assert queue(client, auth) == []  # the rejected pair is not suggested again


def test_unmerge_an_automatic_merge_and_undo_it(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    first = post(client, auth, DARK, requester="ann@example.com", account="Acme", mrr=100)
    auto = post(client, auth, DARK_AUTO, requester="bob@example.com", account="Beta", mrr=50)
    assert auto["decision"] == "auto_merge" and auto["idea_id"] == first["idea_id"]
    merged = demand(client, auth, first["idea_id"])
    listed = client.get(f"{API}/review/auto-merges", headers=auth).json()
    assert [m["item"]["id"] for m in listed] == [auto["id"]]

    out = client.post(f"{API}/feedback/{auto['id']}/unmerge", headers=auth)
    assert out.status_code == 200, out.text
    alone = demand(client, auth, first["idea_id"])
    assert (alone["item_count"], alone["unique_requesters"], alone["revenue"]) == (1, 1, 100)
    new = demand(client, auth, out.json()["idea_id"])
    assert (new["item_count"], new["revenue"]) == (1, 50)
    stats = client.get(f"{API}/review/stats", headers=auth).json()
    assert (stats["auto_merges"], stats["auto_merges_undone"]) == (1, 1)
    assert stats["auto_merge_precision"] == 0.0

    back = client.post(f"{API}/audit/{out.json()['audit_id']}/undo", headers=auth)
    assert back.status_code == 200, back.text
    assert demand(client, auth, first["idea_id"]) == merged
    assert out.json()["idea_id"] not in idea_ids(client, auth)
    assert client.get(f"{API}/review/stats", headers=auth).json()["auto_merge_precision"] == 1.0
    lonely = client.post(f"{API}/feedback/{post(client, auth, CSV)['id']}/unmerge", headers=auth)
    assert lonely.status_code == 409 and lonely.json()["code"] == "not_merged"


def test_merge_split_and_undo_conflicts(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    dark = post(client, auth, DARK)
    csv = post(client, auth, CSV)
    csv2 = post(client, auth, "Let me download a CSV export")
    merged = client.post(
        f"{API}/ideas/{csv['idea_id']}/merge", json={"into_idea_id": dark["idea_id"]}, headers=auth
    )
    assert merged.status_code == 200, merged.text
    assert demand(client, auth, dark["idea_id"])["item_count"] == 2 + (
        csv2["idea_id"] == csv["idea_id"]
    )
    gone = client.post(
        f"{API}/ideas/{csv['idea_id']}/status", json={"status": "planned"}, headers=auth
    )
    assert gone.status_code == 409 and gone.json()["code"] == "idea_merged"

    split = client.post(
        f"{API}/ideas/{dark['idea_id']}/split",
        json={"item_ids": [csv["id"]], "title": "CSV export"},
        headers=auth,
    )
    assert split.status_code == 200, split.text
    conflict = client.post(f"{API}/audit/{merged.json()['audit_id']}/undo", headers=auth)
    assert conflict.status_code == 409 and conflict.json()["code"] == "undo_conflict"
    assert client.post(f"{API}/review:undo-last", headers=auth).status_code == 200  # the split
    assert client.post(f"{API}/review:undo-last", headers=auth).status_code == 200  # the merge
    assert demand(client, auth, dark["idea_id"])["item_count"] == 1
    assert client.post(f"{API}/review:undo-last", headers=auth).json()["code"] == "nothing_to_undo"

    bad = [
        client.post(
            f"{API}/ideas/{dark['idea_id']}/split", json={"item_ids": [dark["id"]]}, headers=auth
        ),
        client.post(
            f"{API}/ideas/{dark['idea_id']}/split", json={"item_ids": [csv["id"]]}, headers=auth
        ),
        client.post(
            f"{API}/ideas/{dark['idea_id']}/merge",
            json={"into_idea_id": dark["idea_id"]},
            headers=auth,
        ),
        client.post(f"{API}/ideas/{dark['idea_id']}/merge", json={}, headers=auth),
    ]
    assert [(r.status_code, r.json()["code"]) for r in bad] == [
        (422, "split_all"),
        (422, "items_not_in_idea"),
        (422, "same_idea"),
        (422, "invalid_input"),
    ]


def test_redirect_new_idea_and_bulk_accept(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    seed_themes(client, auth)
    csv = post(client, auth, CSV)
    first = post_review(client, auth)
    post_review(client, auth, REVIEW_2)
    pending = queue(client, auth)
    assert len(pending) == 2
    found = client.get(f"{API}/ideas:search", params={"q": "export csv"}, headers=auth).json()
    assert [i["id"] for i in found] == [csv["idea_id"]]

    redirected = client.post(
        f"{API}/review/{pending[0]['id']}/redirect", json={"idea_id": csv["idea_id"]}, headers=auth
    )
    assert redirected.json()["idea_id"] == csv["idea_id"]
    fresh = client.post(
        f"{API}/review/{pending[1]['id']}/new-idea", json={"title": "Colour themes"}, headers=auth
    )
    assert fresh.status_code == 200, fresh.text
    titles = {i["id"]: i["title"] for i in client.get(f"{API}/ideas", headers=auth).json()["ideas"]}
    assert titles[fresh.json()["idea_id"]] == "Colour themes"

    client.post(f"{API}/audit/{redirected.json()['audit_id']}/undo", headers=auth)
    client.post(f"{API}/audit/{fresh.json()['audit_id']}/undo", headers=auth)
    ids = [s["id"] for s in queue(client, auth)]
    mixed = client.post(
        f"{API}/review:bulk-accept", json={"suggestion_ids": ids + [999999]}, headers=auth
    )
    assert mixed.status_code == 404 and len(queue(client, auth)) == 2  # all or nothing
    done = client.post(f"{API}/review:bulk-accept", json={"suggestion_ids": ids}, headers=auth)
    assert done.status_code == 200 and len(done.json()) == 2
    targets = {s["idea"]["id"] for s in pending}
    assert sum(demand(client, auth, t)["item_count"] for t in targets) == len(targets) + 2
    assert first["idea_id"] not in idea_ids(client, auth)
    stats = client.get(f"{API}/review/stats", headers=auth).json()
    assert (stats["pending"], stats["accepted"], stats["judged_pairs"]) == (0, 2, 2)
    assert stats["recommended"] is None and stats["current"]["source"] == "default"


def test_another_workspace_sees_and_changes_nothing(  # type: ignore[no-untyped-def]
    client: TestClient, auth, key_for: Callable[[str], dict[str, str]]
) -> None:
    first = seed_themes(client, auth)[0]
    post_review(client, auth)
    [suggestion] = queue(client, auth)
    other = key_for("globex")
    assert queue(client, other) == []
    attempts = [
        client.post(f"{API}/review/{suggestion['id']}/accept", headers=other),
        client.get(f"{API}/review/{suggestion['id']}", headers=other),
        client.post(
            f"{API}/ideas/{first['idea_id']}/merge", json={"into_idea_id": 1}, headers=other
        ),
        client.post(
            f"{API}/ideas/{first['idea_id']}/status", json={"status": "shipped"}, headers=other
        ),
        client.get(f"{API}/ideas/{first['idea_id']}/history", headers=other),
        client.post(f"{API}/feedback/{first['id']}/unmerge", headers=other),
    ]
    assert [r.status_code for r in attempts] == [404] * len(attempts)
    accepted = client.post(f"{API}/review/{suggestion['id']}/accept", headers=auth).json()
    assert client.post(f"{API}/audit/{accepted['audit_id']}/undo", headers=other).status_code == 404
    assert client.get(f"{API}/audit", headers=other).json() == []
    assert client.get(f"{API}/roadmap", headers=other).json()["workspace"] == "globex"


def test_lifecycle_history_and_roadmap_without_private_data(client: TestClient, auth) -> None:  # type: ignore[no-untyped-def]
    idea = post(client, auth, DARK, requester="ann@example.com", account="Acme", mrr=900)
    post(client, auth, DARK_AUTO, requester="bob@example.com", account="Acme")
    url = f"{API}/ideas/{idea['idea_id']}/status"
    assert client.post(url, json={"status": "planned"}, headers=auth).status_code == 201
    moved = client.post(url, json={"status": "in_progress", "note": "Design done"}, headers=auth)
    assert moved.status_code == 201 and moved.json()["from_status"] == "planned"
    same = client.post(url, json={"status": "in_progress"}, headers=auth)
    assert same.status_code == 409 and same.json()["code"] == "status_unchanged"
    wrong = client.post(url, json={"status": "done"}, headers=auth)
    assert wrong.status_code == 422
    history = client.get(f"{API}/ideas/{idea['idea_id']}/history", headers=auth).json()
    assert [(h["from_status"], h["to_status"]) for h in history] == [
        ("open", "planned"),
        ("planned", "in_progress"),
    ]
    roadmap = client.get(f"{API}/roadmap", headers=auth)
    body = roadmap.json()
    assert [e["id"] for e in body["in_progress"]] == [idea["idea_id"]]
    assert body["in_progress"][0]["votes"] == 2 and body["in_progress"][0]["note"] == "Design done"
    for private in ("ann@example.com", "Acme", "900"):
        assert private not in roadmap.text


def test_ingest_keys_cannot_review(client: TestClient, context) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_key

    ingest = {"Authorization": f"Bearer {make_key(context, 'acme', 'ingest')}"}
    assert client.get(f"{API}/review", headers=ingest).status_code == 403
    assert client.post(f"{API}/review:undo-last", headers=ingest).status_code == 403
