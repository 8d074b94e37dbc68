"""Shaping, finding and slicing in a real browser, and every page at phone width: a PM renames
an idea and the public roadmap shows the new title, "SSO" finds the Okta idea in the demo
backlog, a filter to one plan recomputes demand, and no page scrolls sideways at 390 px."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from models.db import unit_of_work
from models.tables import Account, FeedbackItem, Idea, Requester
from service.context import AppContext
from service.okrs.checkins import today_utc
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in
from tests.support.stored_sample import store_sample

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TODAY = today_utc()
CYCLE = f"{TODAY.year}-Q{(TODAY.month - 1) // 3 + 1}"


def plan_of(mrr: float | None) -> str:
    return "enterprise" if (mrr or 0) >= 2000 else "pro" if (mrr or 0) >= 500 else "starter"


def demo_backlog(ctx: AppContext) -> None:
    """The demo sample, each item carrying the plan of its account as imported metadata."""
    store_sample(ctx.factory, "acme", n=400)
    with unit_of_work(ctx.factory) as session:
        mrr = {i: m for i, m in session.execute(select(Account.id, Account.mrr))}
        for item in session.scalars(select(FeedbackItem)):
            item.meta = {"plan": plan_of(mrr.get(item.account_id))}


def enterprise_demand(ctx: AppContext, idea_id: int) -> tuple[int, int]:
    """People and accounts behind the idea's enterprise items, counted here by hand."""
    with unit_of_work(ctx.factory) as session:
        rows = session.execute(
            select(Requester.key, FeedbackItem.account_id, FeedbackItem.meta)
            .join(Requester, Requester.id == FeedbackItem.requester_id)
            .where(FeedbackItem.idea_id == idea_id)
        ).all()
    chosen = [(key, account) for key, account, meta in rows if meta["plan"] == "enterprise"]
    return len({k for k, _ in chosen}), len({a for _, a in chosen})


def test_a_pm_renames_an_idea_and_the_public_roadmap_shows_it(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    demo_backlog(ctx)
    sign_in(page, new_key(ctx, "acme"))
    page.locator("#board tbody tr").first.locator("a").first.click()
    expect(page).to_have_url(re.compile(r"/ideas/\d+$"))
    idea_id = int(page.url.rsplit("/", 1)[1])
    page.get_by_label("Title (public: roadmap and e-mails)").fill("Faster exports for big teams")
    page.get_by_label("Description (public, Markdown)").fill("Exports now take **seconds**.")
    page.get_by_label("Internal notes (Markdown, never public)").fill("Ines: top churn reason")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("The roadmap and e-mails use this title")
    expect(page.locator("#idea-title")).to_contain_text("Faster exports for big teams")
    page.get_by_label("New status").select_option("planned")
    page.get_by_role("button", name="Change status").click()
    expect(page.locator(".flash")).to_contain_text("Marked as Planned")

    page.goto("/public/acme/roadmap")
    entry = page.locator(f'li[data-idea-id="{idea_id}"]')
    expect(entry.locator(":scope > strong")).to_have_text("Faster exports for big teams")
    expect(entry.locator(".prose strong")).to_have_text("seconds")
    expect(page.locator("body")).not_to_contain_text("Ines")
    with unit_of_work(ctx.factory) as session:
        idea = session.get(Idea, idea_id)
        assert idea is not None
        quote = idea.title
    expect(page.locator("body")).not_to_contain_text(quote)


def test_sso_finds_the_okta_idea_and_a_plan_filter_recomputes_demand(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    demo_backlog(ctx)
    sign_in(page, new_key(ctx, "acme"))
    page.get_by_label("Search ideas and feedback").fill("SSO")
    page.get_by_role("button", name="Find").click()
    expect(page).to_have_url(re.compile(r"/ideas\?q=SSO"))
    expect(page.locator("#board tbody tr").first).to_contain_text("Okta")

    page.goto("/ideas")
    page.get_by_text("Filters and segments").click()
    page.get_by_label("Customer field").select_option("plan")
    page.get_by_label("equals").fill("enterprise")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#segment-note")).to_be_visible()
    expect(page.locator("#active-filters")).to_contain_text("plan: enterprise")
    first = page.locator("#board tbody tr").first
    idea_id = int(first.get_attribute("data-idea-id") or 0)
    people, accounts = enterprise_demand(ctx, idea_id)
    expect(first.locator('[data-figure="unique_requesters"]')).to_have_text(str(people))
    expect(first.locator('[data-figure="unique_accounts"]')).to_have_text(str(accounts))
    with unit_of_work(ctx.factory) as session:
        everyone = len(
            set(
                session.scalars(
                    select(FeedbackItem.requester_id).where(
                        FeedbackItem.idea_id == idea_id, FeedbackItem.requester_id.is_not(None)
                    )
                )
            )
        )
    assert people < everyone  # the segment really is a part of the idea's demand
    page.screenshot(path=str(SCREENSHOTS / "throughline-board-segment.png"), full_page=True)


@pytest.fixture
def phone(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


def test_no_page_scrolls_sideways_on_a_phone(
    phone: Page, server: LiveServer, ctx: AppContext
) -> None:
    demo_backlog(ctx)
    key = new_key(ctx, "acme")
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}) as api:
        draft = api.post(
            "/api/v1/okrs/drafts", json={"cycle": CYCLE, "goals": ["Win mid-market accounts"]}
        )
        assert draft.status_code == 201, draft.text
        draft_id = draft.json()["id"]
        assert api.post(f"/api/v1/okrs/drafts/{draft_id}/accept").status_code == 201
        # The third lands between the first two: a suggestion waits in the review queue.
        for text in ("Export invoices to CSV", "Export reports as PDF", "Export reports to CSV"):
            api.post("/api/v1/feedback", json={"text": text, "requester": "kim@umbrella.example"})
        queue = api.get("/api/v1/review", params={"status": "pending"}).json()
        assert queue["total"] >= 1, queue
        ideas = api.get("/api/v1/ideas", params={"limit": 2}).json()["ideas"]
        api.patch(f"/api/v1/ideas/{ideas[0]['id']}", json={"title": "A title " * 20})
        api.post(f"/api/v1/ideas/{ideas[0]['id']}/status", json={"status": "planned"})
    phone.goto("/sign-in")
    pages = ["/sign-in", "/public/acme/roadmap"]
    overflow = {p: _overflow(phone, p) for p in pages}
    sign_in(phone, key)
    pages = [
        "/ideas",
        "/ideas?status=open&meta=plan:pro&q=export",
        "/ideas?view=themes",
        f"/ideas/{ideas[0]['id']}",
        f"/ideas/{ideas[1]['id']}?page=2&people=mrr",
        "/review",
        "/review/siblings",
        "/roadmap",
        "/okrs",
        f"/okrs/drafts/{draft_id}",
        f"/cycles/{CYCLE}",
    ]
    overflow |= {p: _overflow(phone, p) for p in pages}
    _overflow(phone, "/ideas?meta=plan:pro")
    phone.screenshot(path=str(SCREENSHOTS / "throughline-board-phone.png"))
    phone.goto(f"/ideas/{ideas[0]['id']}")
    phone.screenshot(path=str(SCREENSHOTS / "throughline-idea-phone.png"))  # the first screen
    assert {p: w for p, w in overflow.items() if w} == {}


# The elements that stick out of the screen other than inside a box that scrolls: named in
# the failure so a regression points at its cause.
STICKING_OUT = """() => {
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  const right = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) return node.getBoundingClientRect().right;
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect().right;
  };
  const shown = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
  const walker = document.createTreeWalker(document.body, shown);
  const out = [];
  for (let node = walker.nextNode(); node && out.length < 5; node = walker.nextNode()) {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (right(node) > window.innerWidth + 1 && !inScroller(el)) {
      const text = node.textContent.trim().slice(0, 30);
      out.push(`${el.tagName.toLowerCase()}.${el.className}: ${text}`);
    }
  }
  return out;
}"""


def _overflow(page: Page, path: str) -> list[str]:
    """What makes the page scroll sideways at phone width (empty: nothing does)."""
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    return [] if fits else page.evaluate(STICKING_OUT) or ["(the page itself)"]
