"""The web pages over HTTP (no browser): sign-in and its cookie, CSRF, workspace isolation,
the public roadmap, and queue actions with and without htmx."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from models.db import unit_of_work
from models.review_tables import Suggestion
from models.tables import ApiKey, FeedbackItem, Idea
from service.context import AppContext
from service.web.session import SESSION_COOKIE, seal
from service.workspaces import store as workspace_store
from tests.support.web_client import csrf, sign_in

API = "/api/v1"
THEMES = ["Please add a dark mode", "Add a high contrast theme", "Let me pick custom colour themes"]
GREY = "Please add a dark colour theme"  # between the theme ideas: a review suggestion
ANN = {"requester": "ann@northwind.example", "account": "Northwind", "mrr": 1200}


def new_key(context: AppContext, workspace: str, role: str = "admin") -> str:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        return workspace_store.create_key(session, ws, role)


def seed(client: TestClient, key: str) -> list[dict]:
    """Three theme ideas (the first asked by Ann at Northwind) and one grey-zone item."""
    headers = {"Authorization": f"Bearer {key}"}
    made = []
    for n, text in enumerate([*THEMES, GREY]):
        body = {"text": text, **(ANN if n == 0 else {})}
        response = client.post(f"{API}/feedback", json=body, headers=headers)
        assert response.status_code == 201, response.text
        made.append(response.json())
    assert [m["decision"] for m in made] == ["new", "new", "new", "review"]
    return made


def use_cookie(client: TestClient, value: str) -> None:
    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, value, domain="testserver.local")


@pytest.fixture
def acme(client: TestClient, context: AppContext) -> tuple[str, list[dict]]:
    key = new_key(context, "acme")
    return key, seed(client, key)


def test_pages_send_strangers_to_sign_in_and_back(client: TestClient, acme) -> None:  # type: ignore[no-untyped-def]
    key, made = acme
    assert client.get("/", follow_redirects=False).headers["location"] == "/ideas"
    idea = made[0]["idea_id"]
    for path in ("/ideas", f"/ideas/{idea}", "/review", "/roadmap"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"] == f"/sign-in?next={path}"
    signed_in = sign_in(client, key, f"/ideas/{idea}")
    assert signed_in.status_code == 303  # type: ignore[attr-defined]
    assert signed_in.headers["location"] == f"/ideas/{idea}"  # type: ignore[attr-defined]
    page = client.get(f"/ideas/{idea}")
    assert page.status_code == 200 and "Please add a dark mode" in page.text
    assert "ann@northwind.example" in page.text and "Northwind" in page.text


def test_the_session_cookie_is_signed_http_only_and_never_holds_the_key(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, _ = acme
    response = sign_in(client, key)
    cookie = next(
        c
        for c in response.headers.get_list("set-cookie")  # type: ignore[attr-defined]
        if c.startswith(SESSION_COOKIE)
    )
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # public_url is http here
    with unit_of_work(context.factory) as session:
        key_hash = session.scalars(select(ApiKey.key_hash)).first()
    value = cookie.split(";")[0].split("=", 1)[1]
    assert key not in value and key[3:20] not in value and key_hash not in value

    context.settings.public_url = "https://feedback.example.com"
    try:
        secure = sign_in(TestClient(client.app), key)
    finally:
        context.settings.public_url = "http://127.0.0.1:8000"
    assert all(
        "Secure" in c
        for c in secure.headers.get_list("set-cookie")  # type: ignore[attr-defined]
        if c.startswith(SESSION_COOKIE)
    )


def test_bad_ingest_and_revoked_keys_cannot_sign_in(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, _ = acme
    bad = sign_in(client, "tl_" + "x" * 43)
    assert bad.status_code == 401 and "not valid" in bad.text  # type: ignore[attr-defined]
    ingest = sign_in(client, new_key(context, "acme", "ingest"))
    assert ingest.status_code == 403 and "may only send feedback" in ingest.text  # type: ignore[attr-defined]
    assert SESSION_COOKIE not in client.cookies

    no_token = client.post("/sign-in", data={"api_key": key}, follow_redirects=False)
    assert no_token.status_code == 403 and SESSION_COOKIE not in client.cookies

    offsite = sign_in(client, key, "//evil.example/steal")
    assert offsite.headers["location"] == "/ideas"  # type: ignore[attr-defined]


def test_a_session_ends_on_revoke_tamper_expiry_and_sign_out(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, _ = acme
    sign_in(client, key)
    good = client.cookies[SESSION_COOKIE]
    assert client.get("/ideas").status_code == 200

    payload, signature = good.split(".")
    use_cookie(client, payload[:-2] + "xx." + signature)
    assert client.get("/ideas", follow_redirects=False).status_code == 303

    secret = context.settings.resolved_secret_key()
    with unit_of_work(context.factory) as session:
        key_row = session.scalars(select(ApiKey).where(ApiKey.prefix == key[:10])).one()
    use_cookie(client, seal(secret, "session", {"k": key_row.id, "x": 1}))
    assert client.get("/ideas", follow_redirects=False).status_code == 303

    use_cookie(client, good)
    token = csrf(client)
    out = client.post("/sign-out", data={"csrf_token": token}, follow_redirects=False)
    assert out.headers["location"] == "/sign-in" and SESSION_COOKIE not in client.cookies
    assert "You are signed out." in client.get("/sign-in").text

    sign_in(client, key)
    assert client.get("/ideas").status_code == 200
    with unit_of_work(context.factory) as session:
        session.execute(update(ApiKey).values(revoked_at=datetime.now(UTC)))
    assert client.get("/ideas", follow_redirects=False).status_code == 303


def test_changes_need_the_session_csrf_token(client: TestClient, context: AppContext, acme) -> None:  # type: ignore[no-untyped-def]
    key, made = acme
    idea = made[0]["idea_id"]
    sign_in(client, key)
    token = csrf(client)
    for sent in ({}, {"csrf_token": "forged"}):
        refused = client.post(f"/ideas/{idea}/status", data={"status": "shipped", **sent})
        assert refused.status_code == 403 and "expired" in refused.text
    with unit_of_work(context.factory) as session:
        assert session.get(Idea, idea).status == "open"  # type: ignore[union-attr]

    shipped = client.post(
        f"/ideas/{idea}/status",
        data={"status": "shipped", "note": "Live now."},
        headers={"X-CSRF-Token": token},
        follow_redirects=False,
    )
    assert shipped.status_code == 303 and shipped.headers["location"] == f"/ideas/{idea}"
    page = client.get(f"/ideas/{idea}")
    assert "Marked as Shipped." in page.text and "Live now." in page.text
    assert "Marked as Shipped." not in client.get(f"/ideas/{idea}").text  # flash shows once
    again = client.post(f"/ideas/{idea}/status", data={"status": "shipped", "csrf_token": token})
    assert again.status_code == 409 and "already shipped" in again.text


def test_one_workspace_cannot_see_or_change_another(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, _ = acme
    globex = seed(client, new_key(context, "globex"))
    theirs_idea, theirs_item = globex[0]["idea_id"], globex[3]["id"]
    with unit_of_work(context.factory) as session:
        theirs_suggestion = session.scalars(
            select(Suggestion.id).where(Suggestion.item_id == theirs_item)
        ).one()
    sign_in(client, key)
    token = {"csrf_token": csrf(client)}

    page = client.get(f"/ideas/{theirs_idea}")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Please add a dark mode" not in page.text
    attempts = [
        (f"/ideas/{theirs_idea}/status", {"status": "shipped"}),
        (f"/ideas/{theirs_idea}/merge", {"into_idea_id": "1"}),
        (f"/ideas/{theirs_idea}/items/{theirs_item}/unmerge", {}),
        (f"/review/{theirs_suggestion}/accept", {}),
        (f"/review/{theirs_suggestion}/reject", {}),
        (f"/review/auto-merges/{theirs_item}/undo", {}),
    ]
    for path, form in attempts:
        assert client.post(path, data={**form, **token}).status_code == 404, path
    with unit_of_work(context.factory) as session:
        assert session.get(Idea, theirs_idea).status == "open"  # type: ignore[union-attr]
        assert session.get(Suggestion, theirs_suggestion).status == "pending"  # type: ignore[union-attr]

    queue = client.get("/review").text
    assert queue.count('class="suggestion"') == 1 and f"/review/{theirs_suggestion}/" not in queue
    assert f'value="{theirs_idea}"' not in client.get("/review/ideas", params={"q": "dark"}).text


def test_the_public_roadmap_shows_no_people_and_can_be_turned_off(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, made = acme
    sign_in(client, key)
    token = csrf(client)
    client.post(
        f"/ideas/{made[0]['idea_id']}/status",
        data={"status": "planned", "note": "Coming in March.", "csrf_token": token},
    )
    client.cookies.clear()

    page = client.get("/public/acme/roadmap")
    assert page.status_code == 200
    assert "Please add a dark mode" in page.text and "Coming in March." in page.text
    assert "@" not in page.text and "Northwind" not in page.text and "$" not in page.text
    data = client.get("/public/acme/roadmap.json").json()
    [entry] = data["planned"]
    assert set(entry) == {
        "id",
        "title",
        "description",  # the PM's public wording (none here)
        "status",
        "status_changed_at",
        "note",
        "votes",
    }
    assert entry["description"] is None
    assert (entry["title"], entry["votes"], entry["note"]) == (
        "Please add a dark mode",
        1,
        "Coming in March.",
    )

    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_workspace(session, "acme")
        settings = workspace_store.read_settings(session, ws.id)  # type: ignore[union-attr]
        settings.public_roadmap = False
        workspace_store.write_settings(session, ws.id, settings)  # type: ignore[union-attr]
    for name in ("acme", "nobody"):
        assert client.get(f"/public/{name}/roadmap").status_code == 404
        missing = client.get(f"/public/{name}/roadmap.json")
        assert missing.status_code == 404 and missing.json()["code"] == "roadmap_not_found"


def test_queue_actions_answer_forms_with_redirects_and_htmx_with_the_queue(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, made = acme
    sign_in(client, key)
    token = csrf(client)
    with unit_of_work(context.factory) as session:
        suggestion = session.scalars(select(Suggestion.id)).one()

    plain = client.post(
        f"/review/{suggestion}/accept", data={"csrf_token": token}, follow_redirects=False
    )
    assert plain.status_code == 303 and plain.headers["location"] == "/review"
    assert "Accepted: “Please add a dark colour theme” joined" in client.get("/review").text

    htmx = {"HX-Request": "true", "X-CSRF-Token": token}
    undone = client.post("/review/undo", headers=htmx)
    assert undone.status_code == 200 and undone.text.lstrip().startswith('<div id="queue"')
    assert "Undone." in undone.text and f"/review/{suggestion}/accept" in undone.text
    assert 'id="pending-count" hx-swap-oob="true">1<' in undone.text

    client.post(f"/review/{suggestion}/reject", headers=htmx)
    twice = client.post(f"/review/{suggestion}/reject", headers=htmx)
    assert twice.status_code == 409 and "already answered" in twice.text
    assert 'role="alert"' in twice.text and "<html" not in twice.text
    full = client.post(f"/review/{suggestion}/accept", data={"csrf_token": token})
    assert full.status_code == 409 and "<html" in full.text and "already answered" in full.text


def test_board_ranks_by_the_chosen_figure_and_pages_are_locked_down(
    client: TestClient, acme
) -> None:  # type: ignore[no-untyped-def]
    key, made = acme
    headers = {"Authorization": f"Bearer {key}"}
    for _ in range(3):  # exact re-posts: three items, one person
        client.post(f"{API}/feedback", json={"text": THEMES[2], **ANN}, headers=headers)
    sign_in(client, key)
    by_items = client.get("/ideas", params={"sort": "item_count"}).text
    by_mrr = client.get("/ideas", params={"sort": "revenue"}).text
    first = re.compile(r'<tr data-idea-id="(\d+)"')
    assert int(first.search(by_items).group(1)) == made[2]["idea_id"]  # type: ignore[union-attr]
    assert int(first.search(by_mrr).group(1)) in {made[0]["idea_id"], made[2]["idea_id"]}  # type: ignore[union-attr]
    assert client.get("/ideas", params={"sort": "nonsense"}).status_code == 200

    page = client.get("/ideas")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    for asset in ("/static/htmx.min.js", "/static/review.js", "/static/app.css"):
        assert client.get(asset).status_code == 200, asset


def item_idea(context: AppContext, item_id: int) -> int | None:
    with unit_of_work(context.factory) as session:
        return session.get(FeedbackItem, item_id).idea_id  # type: ignore[union-attr]


def test_redirect_new_idea_bulk_accept_merge_split_and_unmerge_from_the_pages(
    client: TestClient, context: AppContext, acme
) -> None:  # type: ignore[no-untyped-def]
    key, made = acme
    grey = made[3]
    target = grey["matches"][0]["idea_id"]  # the suggested idea
    other, third = [m for m in made[:3] if m["idea_id"] != target]
    sign_in(client, key)
    token = {"csrf_token": csrf(client)}
    with unit_of_work(context.factory) as session:
        suggestion = session.scalars(select(Suggestion.id)).one()

    def post(path: str, **form: object) -> str:
        response = client.post(path, data={**form, **token}, follow_redirects=False)
        assert response.status_code == 303, (path, response.text)
        return response.headers["location"]

    choices = client.get("/review/ideas", params={"q": "a", "suggestion": suggestion})
    assert f'value="{other["idea_id"]}"' in choices.text
    post(f"/review/{suggestion}/redirect", idea_id=other["idea_id"])
    assert item_idea(context, grey["id"]) == other["idea_id"]
    post("/review/undo")
    post(f"/review/{suggestion}/new-idea", title="Dark colour theme")
    with unit_of_work(context.factory) as session:
        own = session.get(Idea, item_idea(context, grey["id"]))
        assert own is not None and own.title == "Dark colour theme"
    post("/review/undo")
    post("/review/bulk-accept", suggestion_ids=[suggestion])
    assert item_idea(context, grey["id"]) == target

    landed = post(f"/ideas/{third['idea_id']}/merge", into_idea_number=target)
    assert landed == f"/ideas/{target}"
    assert item_idea(context, third["id"]) == target
    assert "was merged into" in client.get(f"/ideas/{third['idea_id']}").text

    split = post(f"/ideas/{target}/split", item_ids=[third["id"]], title="Split out")
    assert split == f"/ideas/{item_idea(context, third['id'])}" != f"/ideas/{target}"
    members = [m["id"] for m in made if item_idea(context, m["id"]) == target]
    everything = client.post(f"/ideas/{target}/split", data={"item_ids": members, **token})
    assert everything.status_code == 422 and "only some of the items" in everything.text

    post(f"/ideas/{target}/items/{grey['id']}/unmerge")
    page = client.get(f"/ideas/{target}").text
    assert f"Item #{grey['id']} left idea #{target}" in page
    assert "people 2 → 1" in page and "items 2 → 1" in page
