"""The digest settings page in a real browser on a 390 px phone: a PM sets the schedule and
recipients with no sideways scrolling, and a failed test send shows its reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from models.db import unit_of_work
from models.tables import utcnow
from service.context import AppContext
from tests.support.alerts_seed import seed_alerts
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def phone(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def test_a_pm_sets_the_digest_on_a_phone(phone: Page, ctx: AppContext) -> None:
    with unit_of_work(ctx.factory) as session:
        seed_alerts(session, "acme", utcnow())
    sign_in(phone, new_key(ctx, "acme"))
    phone.goto("/settings/alerts")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.get_by_label("Send").select_option("weekly")
    phone.get_by_label("On (weekly)").select_option("Friday")
    phone.get_by_label("At (UTC)").select_option("09:00")
    phone.get_by_label("E-mail to (one address per line)").fill("pm@acme.test")
    # nothing listens on this port: the test send fails and says why
    phone.get_by_label(re.compile("incoming webhook URL")).fill(
        "http://127.0.0.1:9/a/very/long/incoming/webhook/path/that/must/wrap/on/a/phone/screen"
    )
    phone.get_by_role("button", name="Save").click()
    expect(phone.locator(".flash")).to_contain_text("Digest settings saved")
    expect(phone.locator("#next-digest")).to_contain_text("09:00")
    phone.get_by_role("button", name="Send a test digest now").click()
    expect(phone.locator(".flash")).to_contain_text("Test digest: failed")
    expect(phone.locator("#digest-runs li").first).to_contain_text("webhook")
    phone.screenshot(path=str(SCREENSHOTS / "throughline-alerts-phone.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
