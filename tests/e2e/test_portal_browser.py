"""The customer portal in headless Chromium against a live server: a customer types a request,
sees the idea it duplicates, votes instead of posting and gets the ship e-mail (real SMTP on
loopback); an anonymous post waits for a PM; a forged identity token is refused; the widget
opens the portal on a host page; nothing scrolls sideways at 390 px."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from notify_peers import SmtpSink, free_port, wait_until
from playwright.sync_api import Browser, Page, expect

from service.context import AppContext, build_context
from service.core.settings import Settings
from service.notify.worker import DeliveryWorker
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in
from tests.support.portal_helpers import host_token
from triage.embedder import Embedder

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BACKLOG = [
    ("Export invoices and reports to CSV", "raj@fabrikam.example", "Fabrikam", 800),
    ("Send alerts to a Slack channel", "tom@northwind.example", "Northwind", 1200),
    ("Please add a dark mode", "ann@contoso.example", "Contoso", 300),
]
LONG_TITLE = "Integrations" + "x" * 120  # one unbroken word, as people sometimes paste


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def ctx(
    tmp_path: Path, database_url: str, embedder: Embedder, sink: SmtpSink
) -> Iterator[AppContext]:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        notify_worker=False,
        smtp_port=sink.port,
        smtp_timeout=5,
    )
    context = build_context(settings, embedder)
    yield context
    context.close()


def api(server: LiveServer, key: str) -> httpx.Client:
    return httpx.Client(base_url=f"{server.url}/api/v1", headers={"Authorization": f"Bearer {key}"})


def seeded_portal(server: LiveServer, key: str, anonymous: bool = False) -> dict[str, Any]:
    """A backlog of three ideas (one shipped with a long title) and the portal switched on."""
    with api(server, key) as client:
        ideas = {}
        for text, person, account, mrr in BACKLOG:
            body = {"text": text, "requester": person, "account": account, "mrr": mrr}
            ideas[text] = client.post("/feedback", json=body).json()["idea_id"]
        done = client.post("/feedback", json={"text": LONG_TITLE}).json()["idea_id"]
        client.post(f"/ideas/{done}/status", json={"status": "shipped", "note": "Live now."})
        client.post(f"/ideas/{ideas[BACKLOG[1][0]]}/status", json={"status": "planned"})
        settings = client.patch(
            "/portal-settings", json={"enabled": True, "allow_anonymous": anonymous}
        ).json()
    return {"ideas": ideas, "secret": settings["secret"]}


class HostSite:
    """A customer's web app on loopback: one HTML page that embeds the widget."""

    def __init__(self, html: bytes) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(html)))
                self.end_headers()
                self.wfile.write(html)

            def log_message(self, *args: object) -> None:
                pass

        self.port = free_port()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> HostSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def no_sideways_scroll(page: Page) -> None:
    width = page.viewport_size["width"] if page.viewport_size else 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_customer_votes_for_the_suggested_idea_and_hears_when_it_ships(
    page: Page, server: LiveServer, ctx: AppContext, sink: SmtpSink
) -> None:
    key = new_key(ctx, "acme")
    portal = seeded_portal(server, key)
    csv_idea = portal["ideas"][BACKLOG[0][0]]
    token = host_token(
        portal["secret"], "maya@globex.example", name="Maya", account="Globex", mrr=2500
    )
    page.goto(f"/portal/acme#token={token}")
    expect(page.locator("#who")).to_have_text("Signed in as Maya")
    assert "token=" not in page.url  # the fragment is dropped from the address bar

    page.get_by_label("Your request").press_sequentially("we want to export reports to csv")
    suggestion = page.locator(".portal-suggestion").first
    expect(suggestion).to_contain_text("Export invoices and reports to CSV")
    suggestion.get_by_role("button", name="Me too, vote for this").click()
    suggestion.get_by_label("Add a comment (optional)").fill("Our accountants need it monthly")
    suggestion.get_by_role("button", name="Vote", exact=True).click()
    expect(page.locator("#post-status")).to_contain_text("Your vote for")
    expect(page.get_by_label("Your request")).to_have_value("")

    with api(server, key) as client:
        idea = client.get(f"/ideas/{csv_idea}").json()
        assert idea["demand"]["unique_requesters"] == 2
        assert idea["demand"]["revenue"] == 800 + 2500
        assert client.get("/ideas").json()["total"] == 4  # voted, not posted
        shipped = client.post(
            f"/ideas/{csv_idea}/status", json={"status": "shipped", "note": "CSV is live."}
        )
        assert shipped.status_code == 201
    assert DeliveryWorker(ctx).run_once().sent == 2
    wait_until(lambda: "maya@globex.example" in sink.recipients())
    mail = next(m for m in sink.messages if m["To"] == "maya@globex.example")
    assert "Export invoices and reports to CSV" in mail["Subject"]
    assert "CSV is live." in mail.get_content()

    page.reload()
    expect(page.locator(".portal-changelog")).to_contain_text("CSV is live.")
    shipped_card = page.locator(".portal-idea", has_text="Export invoices and reports to CSV")
    shipped_card.get_by_role("button", name="Comments").click()
    expect(shipped_card.locator(".portal-comments")).to_contain_text(
        "Maya: Our accountants need it monthly"
    )
    assert "globex" not in page.content().lower()  # no e-mail or account on the page
    page.screenshot(path=str(SCREENSHOTS / "portal-voted.png"), full_page=True)


def test_an_anonymous_post_waits_for_the_pm(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    key = new_key(ctx, "acme")
    seeded_portal(server, key, anonymous=True)
    page.goto("/portal/acme")
    expect(page.locator("#sign-in")).to_be_visible()
    page.get_by_label("Your request").fill("Let us schedule posts for the weekend")
    page.get_by_role("button", name="Post my request").click()
    expect(page.locator("#post-status")).to_contain_text("A person will read your request")
    with api(server, key) as client:
        assert client.get("/ideas").json()["total"] == 4
        assert client.get("/portal-posts").json()["total"] == 1

    sign_in(page, key)
    page.goto("/portal-moderation")
    post = page.locator(".portal-idea", has_text="schedule posts for the weekend")
    post.get_by_role("button", name="Approve").click()
    expect(page.locator(".flash-ok")).to_contain_text("approved")
    expect(page.get_by_text("No anonymous posts are waiting.")).to_be_visible()
    with api(server, key) as client:
        titles = [i["title"] for i in client.get("/ideas?limit=50").json()["ideas"]]
    assert any("weekend" in t for t in titles)


def test_a_forged_identity_token_is_refused(
    page: Page, server: LiveServer, ctx: AppContext
) -> None:
    key = new_key(ctx, "acme")
    portal = seeded_portal(server, key)
    forged = host_token("not-the-secret", "mallory@evil.example", account="BigCo", mrr=1e6)
    page.goto(f"/portal/acme#token={forged}")
    expect(page.locator("#alert")).to_contain_text("refused")
    expect(page.locator("#who")).to_have_text("")
    expect(page.locator("#sign-in")).to_be_visible()
    # Voting from the board now asks for a sign-in instead of counting Mallory's "revenue".
    page.locator(".portal-idea").first.get_by_role("button", name="Me too").click()
    expect(page.get_by_label("E-mail")).to_be_focused()
    with api(server, key) as client:
        planned = portal["ideas"][BACKLOG[1][0]]
        assert client.get(f"/ideas/{planned}").json()["demand"]["revenue"] == 1200


def test_the_widget_opens_the_portal_on_a_phone_without_sideways_scroll(
    browser: Browser, server: LiveServer, ctx: AppContext
) -> None:
    key = new_key(ctx, "acme")
    portal = seeded_portal(server, key)
    token = host_token(portal["secret"], "li@initech.example", name="Li")
    host = (
        "<!doctype html><html><head><meta name='viewport' content='width=device-width'></head>"
        "<body><h1>Initech app</h1>"
        f"<script src='{server.url}/widget.js' data-workspace='acme' data-token='{token}'>"
        "</script></body></html>"
    )
    # The customer's own site: another origin (and site) on loopback, as Chromium lets only
    # loopback pages load from a loopback server.
    site = HostSite(host.encode()).start()
    host_url = f"http://localhost:{site.port}/"
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    phone = context.new_page()
    errors: list[str] = []
    phone.on("pageerror", lambda exc: errors.append(str(exc)))
    phone.on(  # a 401 from /me without a token is expected; CSP or script errors are not
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    try:
        phone.goto(host_url)
        phone.get_by_role("button", name="Feedback").click()
        frame = phone.frame_locator("iframe[title='Feedback']")
        expect(frame.locator("#who")).to_have_text("Signed in as Li")
        frame.locator(".portal-idea").first.get_by_role("button", name="Me too").click()
        expect(
            frame.locator(".portal-idea").first.get_by_role("button", name="Voted")
        ).to_be_visible()
        box = phone.locator("[data-throughline-widget=panel]").bounding_box()
        assert box is not None and box["width"] == 390  # full screen on a phone
        no_sideways_scroll(phone)

        phone.goto("/portal/acme")
        expect(phone.locator(".portal-changelog")).to_contain_text("Integrations")
        no_sideways_scroll(phone)
        phone.screenshot(path=str(SCREENSHOTS / "portal-390.png"), full_page=True)
        sign_in(phone, key)
        phone.goto("/portal-moderation")
        no_sideways_scroll(phone)
    finally:
        context.close()
        site.stop()
    assert not errors
    with api(server, key) as client:
        planned = portal["ideas"][BACKLOG[1][0]]
        assert client.get(f"/ideas/{planned}").json()["demand"]["unique_requesters"] == 2
