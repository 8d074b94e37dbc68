"""The customer portal over HTTP: live suggestions, votes that make the voter a requester (in
demand, with their account's revenue), host tokens, moderation, rate limits, the honeypot."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from service.portal.identity import sign
from tests.support.portal_helpers import API, csrf_of, host_token, open_portal

PORTAL = f"{API}/portal/acme"
BACKLOG = [
    "Please let us export our reports to a CSV file",
    "We need to export report data as CSV for our finance team",
    "Add a dark mode to the mobile app, the white screen hurts at night",
    "Single sign-on with Okta for our whole company",
]


def _seed(client: TestClient, auth: dict[str, str]) -> dict[str, int]:
    ideas = {}
    for n, text in enumerate(BACKLOG):
        body = {"text": text, "requester": f"seed{n}@example.com", "source": "support"}
        answer = client.post(f"{API}/feedback", json=body, headers=auth)
        assert answer.status_code == 201, answer.text
        ideas[text] = answer.json()["idea_id"]
    return ideas


def test_a_draft_close_to_an_idea_suggests_it_and_an_unrelated_one_does_not(
    client: TestClient, auth: dict[str, str]
) -> None:
    ideas = _seed(client, auth)
    open_portal(client, auth)
    csrf = csrf_of(client, "acme")
    csv_idea = ideas[BACKLOG[0]]

    close = client.post(
        f"{PORTAL}/suggestions", json={"text": "export reports to csv please"}, headers=csrf
    )
    assert close.status_code == 200, close.text
    found = close.json()["suggestions"]
    assert found and found[0]["id"] == csv_idea
    assert found[0]["votes"] >= 1 and "email" not in str(found).lower()

    far = client.post(
        f"{PORTAL}/suggestions", json={"text": "invoices should show our VAT number"}, headers=csrf
    )
    assert csv_idea not in [s["id"] for s in far.json()["suggestions"]]

    # The same text as a stored item is the exact duplicate: certain, first.
    exact = client.post(f"{PORTAL}/suggestions", json={"text": BACKLOG[2]}, headers=csrf).json()
    assert exact["likely_duplicate"] and exact["suggestions"][0]["id"] == ideas[BACKLOG[2]]


def test_a_vote_makes_the_voter_a_requester_with_their_accounts_revenue(
    client: TestClient, auth: dict[str, str]
) -> None:
    ideas = _seed(client, auth)
    secret = open_portal(client, auth)["secret"]
    csrf = csrf_of(client, "acme")
    sso = ideas[BACKLOG[3]]
    before = client.get(f"{API}/ideas/{sso}", headers=auth).json()["demand"]

    token = host_token(secret, "Ann@Initech.test", name="Ann", account="Initech", mrr=5000)
    me = client.get(f"{PORTAL}/me", headers={"X-Portal-Token": token})
    assert me.json() == {"email": "ann@initech.test", "name": "Ann", "via": "token"}

    voted = client.post(
        f"{PORTAL}/ideas/{sso}/votes",
        json={"comment": "We need this for our audit"},
        headers={**csrf, "X-Portal-Token": token},
    )
    assert voted.status_code == 201, voted.text
    assert voted.json()["idea"]["votes"] == 2 and voted.json()["new_vote"] is True

    after = client.get(f"{API}/ideas/{sso}", headers=auth).json()
    assert after["demand"]["unique_requesters"] == before["unique_requesters"] + 1
    assert after["demand"]["revenue"] == before["revenue"] + 5000
    assert after["demand"]["channels"].get("portal") == 1
    assert any(i["source"] == "portal" for i in after["items"])

    again = client.post(
        f"{PORTAL}/ideas/{sso}/votes", json={}, headers={**csrf, "X-Portal-Token": token}
    )
    assert again.status_code == 200 and again.json()["new_vote"] is False
    assert client.get(f"{API}/ideas/{sso}", headers=auth).json()["demand"]["unique_requesters"] == (
        before["unique_requesters"] + 1
    )

    # The comment shows under the name, never the address or the account.
    detail = client.get(f"{PORTAL}/ideas/{sso}").json()
    assert [(c["author"], c["body"]) for c in detail["comments"]] == [
        ("Ann", "We need this for our audit")
    ]
    assert "initech" not in str(detail).lower()

    # Shipped ideas take no votes; the shipped one shows in the changelog.
    shipped = client.post(
        f"{API}/ideas/{sso}/status", json={"status": "shipped", "note": "SSO is live"}, headers=auth
    )
    assert shipped.status_code == 201
    late = client.post(
        f"{PORTAL}/ideas/{sso}/votes", json={}, headers={**csrf, "X-Portal-Token": token}
    )
    assert late.status_code == 409 and late.json()["code"] == "idea_not_votable"
    board = client.get(f"{PORTAL}/board").json()
    assert [(e["id"], e["note"]) for e in board["changelog"]] == [(sso, "SSO is live")]
    assert board["shipped"][0]["votes"] == 2


def test_forged_expired_and_foreign_tokens_are_refused(
    client: TestClient, auth: dict[str, str], key_for
) -> None:  # type: ignore[no-untyped-def]
    secret = open_portal(client, auth)["secret"]
    other = open_portal(client, key_for("globex"))["secret"]
    csrf = csrf_of(client, "acme")
    good = host_token(secret, "bob@example.com")
    payload, _, signature = good.partition(".")

    cases = {
        "forged signature": (f"{payload}.{signature[:-2]}AA", "invalid_portal_token"),
        "another workspace": (host_token(other, "bob@example.com"), "invalid_portal_token"),
        "no signature": (payload, "invalid_portal_token"),
        "expired": (
            sign(secret, {"email": "bob@example.com", "exp": int(time.time()) - 5}),
            "expired_portal_token",
        ),
        "no expiry": (sign(secret, {"email": "bob@example.com"}), "invalid_portal_token"),
        "no email": (sign(secret, {"exp": int(time.time()) + 60}), "invalid_portal_token"),
        "garbage": ("%%%.###", "invalid_portal_token"),
    }
    for name, (token, code) in cases.items():
        answer = client.post(
            f"{PORTAL}/posts",
            json={"text": "A request from a stranger"},
            headers={**csrf, "X-Portal-Token": token},
        )
        assert answer.status_code == 401, name
        assert answer.json()["code"] == code, name
        assert answer.headers["content-type"] == "application/problem+json"

    # Rotating the secret retires every token signed with the old one.
    assert client.get(f"{PORTAL}/me", headers={"X-Portal-Token": good}).status_code == 200
    client.patch(f"{API}/portal-settings", json={"rotate_secret": True}, headers=auth)
    retired = client.get(f"{PORTAL}/me", headers={"X-Portal-Token": good})
    assert retired.status_code == 401 and retired.json()["code"] == "invalid_portal_token"

    # A POST without the page's CSRF header is refused, whoever sends it.
    bare = client.post(f"{PORTAL}/posts", json={"text": "no header"})
    assert bare.status_code == 403 and bare.json()["code"] == "portal_csrf_failed"


def test_anonymous_posts_wait_for_a_pm_who_approves_or_rejects(
    client: TestClient, auth: dict[str, str]
) -> None:
    open_portal(client, auth, anonymous=False)
    csrf = csrf_of(client, "acme")
    refused = client.post(f"{PORTAL}/posts", json={"text": "Calendar sync please"}, headers=csrf)
    assert refused.status_code == 401 and refused.json()["code"] == "portal_sign_in_required"

    open_portal(client, auth, anonymous=True)
    for text in ("Calendar sync with Google please", "BUY CHEAP WATCHES"):
        queued = client.post(f"{PORTAL}/posts", json={"text": text}, headers=csrf)
        assert queued.status_code == 202 and queued.json() == {"state": "pending", "idea": None}
    assert client.get(f"{API}/ideas", headers=auth).json()["total"] == 0  # nothing ingested yet

    queue = client.get(f"{API}/portal-posts", headers=auth).json()
    assert queue["total"] == 2
    good, spam = (p["id"] for p in queue["items"])

    approved = client.post(f"{API}/portal-posts/{good}/approve", headers=auth)
    assert approved.status_code == 200 and approved.json()["state"] == "approved"
    ideas = client.get(f"{API}/ideas", headers=auth).json()
    assert ideas["total"] == 1
    detail = client.get(f"{API}/ideas/{ideas['ideas'][0]['id']}", headers=auth).json()
    assert [(i["text"], i["source"]) for i in detail["items"]] == [
        ("Calendar sync with Google please", "portal")
    ]
    assert approved.json()["item_id"] == detail["items"][0]["id"]

    rejected = client.post(f"{API}/portal-posts/{spam}/reject", headers=auth)
    assert rejected.status_code == 200 and rejected.json()["state"] == "rejected"
    twice = client.post(f"{API}/portal-posts/{spam}/approve", headers=auth)
    assert twice.status_code == 409 and twice.json()["code"] == "post_decided"
    assert client.get(f"{API}/ideas", headers=auth).json()["total"] == 1
    assert client.get(f"{API}/portal-posts", headers=auth).json()["total"] == 0
    missing = client.post(f"{API}/portal-posts/999/approve", headers=auth)
    assert missing.status_code == 404


def test_the_honeypot_field_stores_nothing(client: TestClient, auth: dict[str, str]) -> None:
    secret = open_portal(client, auth, anonymous=True)["secret"]
    csrf = csrf_of(client, "acme")
    bot = {"text": "Great site, visit my shop", "website": "http://spam.example"}
    answer = client.post(f"{PORTAL}/posts", json=bot, headers=csrf)
    assert answer.status_code == 202  # looks accepted to the bot...
    token = {"X-Portal-Token": host_token(secret, "bot@example.com")}
    answer = client.post(f"{PORTAL}/posts", json=bot, headers={**csrf, **token})
    assert answer.status_code == 202
    assert client.get(f"{API}/portal-posts", headers=auth).json()["total"] == 0  # ...but is not
    assert client.get(f"{API}/ideas", headers=auth).json()["total"] == 0
    idea = client.post(f"{API}/feedback", json={"text": "Kanban view"}, headers=auth).json()
    vote = client.post(
        f"{PORTAL}/ideas/{idea['idea_id']}/votes",
        json={"website": "http://spam.example"},
        headers={**csrf, **token},
    )
    assert vote.status_code == 422 and vote.json()["code"] == "honeypot"
    items = client.get(f"{API}/ideas/{idea['idea_id']}", headers=auth).json()["items"]
    assert [i["source"] for i in items] == ["api"]  # no vote was stored


@pytest.mark.slow  # a thousand requests
def test_a_flood_from_one_address_is_throttled_and_the_pm_side_stays_open(
    client: TestClient, auth: dict[str, str]
) -> None:
    open_portal(client, auth, anonymous=True)
    csrf = csrf_of(client, "acme")
    started = time.monotonic()
    statuses = [
        client.post(f"{PORTAL}/posts", json={"text": f"Post number {n}"}, headers=csrf).status_code
        for n in range(1000)
    ]
    flood_seconds = time.monotonic() - started
    assert statuses.count(202) == 10 and statuses.count(429) == 990
    assert client.get(f"{API}/portal-posts", headers=auth).json()["total"] == 10
    limited = client.post(f"{PORTAL}/posts", json={"text": "one more"}, headers=csrf)
    assert limited.json()["code"] == "portal_rate_limited" and limited.json()["retry_after"] >= 1
    # The PM's API and pages answer at once, and the flood was refused cheaply.
    pm = time.monotonic()
    assert client.get(f"{API}/portal-posts", headers=auth).status_code == 200
    assert time.monotonic() - pm < 1.0
    assert flood_seconds < 30


def test_one_person_is_throttled_even_across_addresses(
    client: TestClient, auth: dict[str, str]
) -> None:
    ideas = _seed(client, auth)
    secret = open_portal(client, auth)["secret"]
    csrf = csrf_of(client, "acme")
    ann = {**csrf, "X-Portal-Token": host_token(secret, "ann@example.com")}
    bob = {**csrf, "X-Portal-Token": host_token(secret, "bob@example.com")}
    texts = [f"Report scheduling option {n}" for n in range(6)]
    statuses = [client.post(f"{PORTAL}/posts", json={"text": t}, headers=ann) for t in texts]
    assert [s.status_code for s in statuses] == [201] * 5 + [429]
    assert statuses[0].json()["idea"]["title"]
    # Bob, from the same address, still may (the address allows 10 a minute).
    assert client.post(f"{PORTAL}/posts", json={"text": "Gantt"}, headers=bob).status_code == 201
    assert ideas  # the seeded backlog is untouched by the throttle


def test_a_switched_off_portal_is_not_there(client: TestClient, auth: dict[str, str]) -> None:
    assert client.get(f"{PORTAL}/board").status_code == 404
    assert client.get("/portal/acme").status_code == 404
    open_portal(client, auth)
    assert client.get(f"{PORTAL}/board").status_code == 200
    client.patch(f"{API}/portal-settings", json={"enabled": False}, headers=auth)
    answer = client.get(f"{PORTAL}/board")
    assert answer.status_code == 404 and answer.json()["code"] == "portal_not_found"
    assert client.get(f"{API}/portal/nobody/board").status_code == 404


def test_oversized_requests_and_comments_are_refused_before_any_work(
    client: TestClient, auth: dict[str, str]
) -> None:
    ideas = _seed(client, auth)
    secret = open_portal(client, auth)["secret"]
    csrf = csrf_of(client, "acme")
    ann = {**csrf, "X-Portal-Token": host_token(secret, "ann@example.com")}
    idea = ideas[BACKLOG[0]]
    items_before = client.get(f"{API}/ideas/{idea}", headers=auth).json()["item_count"]
    long_post = client.post(f"{PORTAL}/posts", json={"text": "a" * 2001}, headers=ann)
    assert long_post.status_code == 422
    long_comment = {"body": "b" * 1001}
    answer = client.post(f"{PORTAL}/ideas/{idea}/comments", json=long_comment, headers=ann)
    assert answer.status_code == 422
    huge = client.post(
        f"{PORTAL}/posts",
        content=b'{"text": "' + b"c" * 40_000 + b'"}',
        headers={**ann, "Content-Type": "application/json"},
    )
    assert huge.status_code == 413 and huge.json()["code"] == "payload_too_large"
    # The cap is the portal's own: the API still takes a long item.
    long_item = client.post(f"{API}/feedback", json={"text": "d " * 5000}, headers=auth)
    assert long_item.status_code == 201
    items_after = client.get(f"{API}/ideas/{idea}", headers=auth).json()["item_count"]
    assert items_after == items_before  # nothing refused was stored
