"""The web pages in a real browser: headless Chromium (Debian's) against a live uvicorn server
on a real database. Sign in, rank the board, work the queue with the keyboard, undo an
automatic merge, ship an idea, and check every step in the page and in the database."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import func, select

from models.db import unit_of_work
from models.review_tables import IdeaStatusChange, NotDuplicate, Notification, Suggestion
from models.tables import FeedbackItem, Idea
from service.context import AppContext
from service.ideas.views import idea_detail
from service.workspaces import store as workspace_store
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Realistic feedback in related themes, so that new wordings land between two ideas (review)
# or right on one (auto-merge). The decisions are what the bundled model gives, in this order.


def asked(requester: str, account: str, mrr: float) -> dict[str, Any]:
    return {"requester": requester, "account": account, "mrr": mrr}


FEEDBACK: list[tuple[str, dict[str, Any], str]] = [
    ("Please add a dark mode", asked("ann@northwind.example", "Northwind", 1200), "new"),
    (
        "Add a high contrast theme for accessibility",
        asked("li@contoso.example", "Contoso", 300),
        "new",
    ),
    ("Let me pick custom colour themes for my workspace", {}, "new"),
    ("Export invoices to CSV", asked("raj@fabrikam.example", "Fabrikam", 800), "new"),
    ("Export reports as PDF", asked("eva@fabrikam.example", "Fabrikam", 800), "new"),
    ("Send alerts to a Slack channel", asked("tom@northwind.example", "Northwind", 1200), "new"),
    ("Send alerts to Microsoft Teams", {}, "new"),
    ("Please add dark mode", asked("bo@contoso.example", "Contoso", 300), "auto_merge"),
    ("Export reports to CSV", asked("kim@umbrella.example", "Umbrella", 150), "review"),
    ("Send alerts to our team chat", asked("sam@initech.example", "Initech", 90), "review"),
]


def ingest(server: LiveServer, key: str) -> list[dict[str, Any]]:
    """Send FEEDBACK through the API, one item at a time as a support tool would."""
    results = []
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}) as api:
        for text, extra, expected in FEEDBACK:
            response = api.post(
                "/api/v1/feedback", json={"text": text, "source": "support", **extra}
            )
            assert response.status_code == 201, response.text
            results.append(response.json())
            assert results[-1]["decision"] == expected, (text, results[-1])
    return results


def demand_of(ctx: AppContext, workspace_id: int, idea_id: int) -> dict[str, Any]:
    with unit_of_work(ctx.factory) as session:
        return idea_detail(session, workspace_id, idea_id, 0).demand.model_dump()


def workspace_id(ctx: AppContext, name: str) -> int:
    with unit_of_work(ctx.factory) as session:
        ws = workspace_store.get_workspace(session, name)
        assert ws is not None
        return ws.id


def suggestion_states(ctx: AppContext) -> dict[int, str]:
    with unit_of_work(ctx.factory) as session:
        return {i: s for i, s in session.execute(select(Suggestion.item_id, Suggestion.status))}


def item_idea(ctx: AppContext, item_id: int) -> int | None:
    with unit_of_work(ctx.factory) as session:
        return session.get(FeedbackItem, item_id).idea_id  # type: ignore[union-attr]


def test_bad_key_is_refused_and_the_board_ranks_by_demand(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    key = new_key(ctx, "acme")
    results = ingest(server, key)
    page.goto("/sign-in")
    page.get_by_text("Sign in with an API key instead").click()
    page.get_by_label("API key").fill("tl_not-a-real-key")
    page.get_by_role("button", name="Sign in with the key").click()
    expect(page.get_by_role("alert")).to_contain_text("not valid")
    ingest_key = new_key(ctx, "acme", "ingest")
    page.get_by_label("API key").fill(ingest_key)  # the key form stays open after its error
    page.get_by_role("button", name="Sign in with the key").click()
    expect(page.get_by_role("alert")).to_contain_text("may only send feedback")

    sign_in(page, key)
    dark = results[0]["idea_id"]
    rows = page.locator("#board tbody tr")
    # Dark mode: two people at two accounts (one auto-merged) — the most people behind it.
    expect(rows.first).to_have_attribute("data-idea-id", str(dark))
    expect(rows.first.locator("[data-figure=unique_requesters]")).to_have_text("2")
    expect(rows.first.locator("[data-figure=revenue]")).to_have_text("$1,500")
    page.screenshot(path=str(SCREENSHOTS / "throughline-board.png"), full_page=True)

    page.get_by_role("link", name="MRR").click()
    expect(page).to_have_url(re.compile(r"sort=revenue"))
    revenue = [
        float(t.strip("$").replace(",", ""))
        for t in rows.locator("[data-figure=revenue]").all_inner_texts()
    ]
    assert revenue == sorted(revenue, reverse=True) and revenue[0] == 1500

    page.get_by_role("link", name="Please add a dark mode").click()
    expect(page.locator("#idea-title")).to_contain_text("Please add a dark mode")
    expect(page.locator("#people").get_by_role("cell", name="bo@contoso.example")).to_be_visible()
    expect(page.locator("[data-figure=unique_accounts]")).to_have_text("2")


def test_work_the_queue_with_the_keyboard(page: Page, server: LiveServer, ctx: AppContext) -> None:
    key = new_key(ctx, "acme")
    results = ingest(server, key)
    ws = workspace_id(ctx, "acme")
    csv_item, chat_item = results[8], results[9]
    csv_candidate, chat_candidate = csv_item["matches"][0], chat_item["matches"][0]
    before_chat = demand_of(ctx, ws, chat_candidate["idea_id"])

    sign_in(page, key)
    page.get_by_role("link", name=re.compile("^Review")).click()
    cards = page.locator("#queue .suggestion")
    expect(cards).to_have_count(2)
    expect(page.locator("#pending-count")).to_have_text("2")
    # Likeliest first: "team chat" is closer to its candidate than "reports to CSV".
    assert chat_candidate["score"] > csv_candidate["score"]
    expect(cards.nth(0)).to_contain_text("Send alerts to our team chat")
    expect(cards.nth(0)).to_contain_text(chat_candidate["title"])
    expect(cards.nth(0).locator(".closest")).to_contain_text("Send alerts to Microsoft Teams")
    page.screenshot(path=str(SCREENSHOTS / "throughline-queue.png"), full_page=True)

    # a: accept the first — the item joins "Send alerts to Microsoft Teams".
    expect(cards.nth(0)).to_have_class(re.compile("selected"))
    page.keyboard.press("a")
    expect(page.locator("#queue-notice")).to_contain_text("Accepted")
    expect(cards).to_have_count(1)
    expect(page.locator("#pending-count")).to_have_text("1")
    assert suggestion_states(ctx)[chat_item["id"]] == "accepted"
    assert item_idea(ctx, chat_item["id"]) == chat_candidate["idea_id"]
    after_chat = demand_of(ctx, ws, chat_candidate["idea_id"])
    assert after_chat["item_count"] == before_chat["item_count"] + 1
    assert after_chat["unique_requesters"] == before_chat["unique_requesters"] + 1
    assert after_chat["revenue"] == before_chat["revenue"] + 90  # Initech's MRR joins

    # r: reject the next — "reports to CSV" is not "reports as PDF", and stays its own idea.
    expect(cards.nth(0)).to_contain_text("Export reports to CSV")
    page.keyboard.press("r")
    expect(page.locator("#queue-notice")).to_contain_text("Rejected")
    expect(page.locator("#queue-empty")).to_be_visible()
    assert suggestion_states(ctx)[csv_item["id"]] == "rejected"
    assert item_idea(ctx, csv_item["id"]) == csv_item["idea_id"]
    with unit_of_work(ctx.factory) as session:
        pair = (csv_item["id"], csv_candidate["idea_id"])
        assert session.execute(select(NotDuplicate.item_id, NotDuplicate.idea_id)).all() == [pair]

    # u: undo the reject — back in the queue, and the "not a duplicate" memory is gone.
    page.keyboard.press("u")
    expect(page.locator("#queue-notice")).to_contain_text("Undone")
    expect(cards).to_have_count(1)
    expect(cards.nth(0)).to_contain_text("Export reports to CSV")
    assert suggestion_states(ctx)[csv_item["id"]] == "pending"
    with unit_of_work(ctx.factory) as session:
        assert session.scalar(select(func.count(NotDuplicate.id))) == 0

    # u again: undo the accept — the chat item leaves the Teams idea, demand as before.
    page.keyboard.press("u")
    expect(page.locator("#queue-notice")).to_contain_text(f"#{chat_item['id']}")
    expect(cards).to_have_count(2)
    assert suggestion_states(ctx)[chat_item["id"]] == "pending"
    assert item_idea(ctx, chat_item["id"]) == chat_item["idea_id"]
    assert demand_of(ctx, ws, chat_candidate["idea_id"]) == before_chat

    # The candidate's page shows the database's figures.
    page.goto(f"/ideas/{chat_candidate['idea_id']}")
    figures = page.locator(".figures [data-figure=item_count]")
    expect(figures).to_have_text(str(before_chat["item_count"]))


def test_undo_an_automatic_merge_then_ship_with_a_notification(
    page: Page, browser: Browser, server: LiveServer, ctx: AppContext
) -> None:
    key = new_key(ctx, "acme")
    results = ingest(server, key)
    ws = workspace_id(ctx, "acme")
    dark, merged = results[0]["idea_id"], results[7]["id"]
    before = demand_of(ctx, ws, dark)
    assert (before["unique_requesters"], before["unique_accounts"], before["revenue"]) == (
        2,
        2,
        1500,
    )

    sign_in(page, key)
    page.goto("/review")
    row = page.locator(f".merges tr[data-item-id='{merged}']")
    expect(row).to_contain_text("Please add dark mode")
    row.get_by_role("button", name=re.compile("Undo the merge")).click()
    notice = page.locator("#queue-notice")
    expect(notice).to_contain_text("people 2 → 1, accounts 2 → 1, MRR $1,500 → $1,200")
    expect(page.locator(f".merges tr[data-item-id='{merged}']")).to_have_count(0)
    after = demand_of(ctx, ws, dark)
    assert (after["unique_requesters"], after["unique_accounts"], after["revenue"]) == (1, 1, 1200)
    assert item_idea(ctx, merged) not in (None, dark)

    # Ship the dark-mode idea from its page with a public note.
    page.goto(f"/ideas/{dark}")
    expect(page.locator("[data-figure=unique_requesters]")).to_have_text("1")
    page.get_by_label("New status").select_option("shipped")
    page.get_by_label(re.compile("Public note")).fill("Dark mode is live for everyone.")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_role("status")).to_contain_text("Marked as Shipped")
    expect(page.locator("#idea-title .badge")).to_have_text("Shipped")
    expect(page.locator(".history")).to_contain_text("Dark mode is live for everyone.")
    with unit_of_work(ctx.factory) as session:
        change = session.scalars(select(IdeaStatusChange)).one()
        assert (change.idea_id, change.to_status, change.actor) == (
            dark,
            "shipped",
            f"key:{key[:10]}",
        )
        queued = session.scalars(select(Notification)).all()
        assert [(n.recipient, n.channel, n.state) for n in queued] == [
            ("ann@northwind.example", "email", "pending")
        ]
        assert queued[0].status_change_id == change.id
        assert session.get(Idea, dark).status == "shipped"  # type: ignore[union-attr]

    # The public roadmap shows the idea and its note, and nobody's e-mail, account or MRR.
    public = browser.new_context(base_url=server.url)  # nobody signed in
    anonymous = public.new_page()
    anonymous.goto("/public/acme/roadmap")
    shipped = anonymous.locator("#col-shipped").locator("..")
    expect(shipped).to_contain_text("Please add a dark mode")
    expect(shipped).to_contain_text("Dark mode is live for everyone.")
    html = anonymous.content()
    assert "@" not in html and "Northwind" not in html and "$" not in html
    public.close()


def test_another_workspace_is_out_of_reach(page: Page, server: LiveServer, ctx: AppContext) -> None:
    key = new_key(ctx, "acme")
    ingest(server, key)
    other_key = new_key(ctx, "globex")
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {other_key}"}) as api:
        theirs = api.post("/api/v1/feedback", json={"text": "Globex wants audit logs"}).json()
    with unit_of_work(ctx.factory) as session:
        workspace_store.write_settings(
            session,
            workspace_id(ctx, "globex"),
            workspace_store.read_settings(session, workspace_id(ctx, "globex")).model_copy(
                update={"public_roadmap": False}
            ),
        )

    sign_in(page, key)
    response = page.goto(f"/ideas/{theirs['idea_id']}")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    expect(page.get_by_text("Globex wants audit logs")).to_have_count(0)

    # A forged form post (with a valid CSRF token) at their idea changes nothing.
    page.goto("/ideas")
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    answer = page.request.post(
        f"/ideas/{theirs['idea_id']}/status", form={"status": "shipped", "csrf_token": token or ""}
    )
    assert answer.status == 404
    with unit_of_work(ctx.factory) as session:
        assert session.get(Idea, theirs["idea_id"]).status == "open"  # type: ignore[union-attr]

    page.goto("/roadmap")
    expect(page.get_by_text("Globex")).to_have_count(0)
    assert page.goto("/public/globex/roadmap").status == 404  # type: ignore[union-attr]
    assert page.goto("/public/nobody/roadmap").status == 404  # type: ignore[union-attr]
