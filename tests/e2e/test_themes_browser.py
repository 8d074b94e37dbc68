"""Themes and "one request?" in a real browser at phone width: the theme view expands, a
sibling group merges with one key and comes back with another, and no page scrolls sideways."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from models.db import unit_of_work
from models.tables import Idea
from service.context import AppContext
from tests.support.live_server import LiveServer, new_key, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAME = [
    "Please add a dark mode",
    "Please add dark mode to the app",
    "Dark mode please",
    "We need a dark mode",
]


@pytest.fixture
def phone(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


def two_halves_of_one_request(server: LiveServer, key: str) -> tuple[int, int]:
    """One request as two ideas of one theme, made the way a PM would through the API."""
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}) as api:
        items = [
            api.post("/api/v1/feedback", json={"text": t, "requester": f"p{n}@x.example"}).json()
            for n, t in enumerate(SAME)
        ]
        first = items[0]["idea_id"]
        for other in {i["idea_id"] for i in items} - {first}:
            api.post(f"/api/v1/ideas/{other}/merge", json={"into_idea_id": first})
        split = api.post(
            f"/api/v1/ideas/{first}/split", json={"item_ids": [items[2]["id"], items[3]["id"]]}
        ).json()
        theme = api.put(f"/api/v1/ideas/{first}/theme", json={"theme_id": None}).json()
        api.put(f"/api/v1/ideas/{split['idea_id']}/theme", json={"theme_id": theme["id"]})
    return first, split["idea_id"]


def no_sideways_scroll(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_pm_merges_sibling_ideas_with_one_key_and_undoes_it(
    phone: Page, server: LiveServer, ctx: AppContext
) -> None:
    key = new_key(ctx, "acme")
    first, second = two_halves_of_one_request(server, key)
    sign_in(phone, key)

    phone.goto("/ideas?view=themes")
    phone.locator("#themes summary").first.click()
    expect(phone.locator("#themes .theme-ideas a").first).to_be_visible()
    no_sideways_scroll(phone)

    phone.goto("/review/siblings")
    expect(phone.locator("#siblings .sibling-group")).to_have_count(1)
    no_sideways_scroll(phone)
    phone.keyboard.press("m")
    expect(phone.get_by_text("Merged into idea")).to_be_visible()
    expect(phone.locator("#siblings .sibling-group")).to_have_count(0)
    with unit_of_work(ctx.factory) as session:
        ideas = [session.get(Idea, i) for i in (first, second)]
        merged = {i.merged_into_id for i in ideas if i is not None}
    assert merged & {first, second}  # one folded into the other

    phone.keyboard.press("u")
    expect(phone.get_by_text("Undone.")).to_be_visible()  # back on the review queue
    phone.goto("/review/siblings")
    expect(phone.locator("#siblings .sibling-group")).to_have_count(1)
    phone.keyboard.press("d")
    expect(phone.get_by_text("Kept apart")).to_be_visible()
    expect(phone.locator("#siblings .sibling-group")).to_have_count(0)
