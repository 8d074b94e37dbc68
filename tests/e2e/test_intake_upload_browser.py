"""A PM uploads a feedback export in a real browser: picks the file, sees its first rows and
the guessed columns, fixes one, starts the import and watches it finish; the channels page
and the upload steps never scroll sideways at phone width."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from models.db import unit_of_work
from models.tables import Account, FeedbackItem
from service.context import AppContext
from tests.support.live_server import SCREENSHOTS, LiveServer, new_key, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROWS = [
    ("Please add single sign-on with Okta", "ana@northwind.test", "Northwind", "1200"),
    ("Export reports to CSV", "bo@globex.test", "Globex", "800"),
    ("We need SSO through Okta for our team", "cy@initech.test", "Initech", "450"),
    ("Mobile app crashes when uploading a photo", "dee@umbrella.test", "Umbrella", "2300"),
    ("", "eve@hooli.test", "Hooli", "90"),  # no text: reported, not imported
    ("Dark mode for the dashboard, please", "fay@acme.test", "Acme", "300"),
]


def _export(tmp_path: Path) -> Path:
    """A support tool's export: its own column names, one we cannot guess (Customer org)."""
    lines = ["Comment,Email,Customer org,Monthly revenue"]
    lines += [",".join(f'"{cell}"' for cell in row) for row in ROWS]
    path = tmp_path / "zendesk-export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def phone(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    page = context.new_page()
    errors: list[str] = []  # CSP violations and script errors fail the test, as in conftest
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    yield page
    context.close()
    assert not errors, f"JavaScript errors in the pages: {errors}"


def _no_sideways_scroll(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_pm_uploads_an_export_and_watches_it_import(
    phone: Page, ctx: AppContext, tmp_path: Path
) -> None:
    page = phone
    sign_in(page, new_key(ctx, "acme", "member"))
    page.get_by_role("link", name="Channels").click()
    expect(page.get_by_role("heading", name="Channels", level=1)).to_be_visible()
    expect(page.locator("#webhook code").first).to_contain_text("/intake/acme/webhook")
    copy = page.get_by_role("button", name="Copy URL").first
    copy.click()
    expect(copy).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{ctx.settings.public_url}/intake/acme/webhook"
    _no_sideways_scroll(page)
    page.screenshot(path=str(SCREENSHOTS / "throughline-channels.png"), full_page=True)

    page.get_by_role("link", name="Upload a CSV or JSONL file").click()
    page.get_by_label("File (.csv, .tsv or .jsonl)").set_input_files(str(_export(tmp_path)))
    page.get_by_role("button", name="Upload and preview").click()

    expect(page.get_by_role("heading", name="Check the columns")).to_be_visible()
    preview = page.get_by_role("table", name="First rows of the file")
    expect(preview.locator("tbody tr")).to_have_count(5)
    expect(preview.locator("tbody tr").first).to_contain_text("single sign-on with Okta")
    expect(page.get_by_label("Feedback text (required)")).to_have_value("Comment")
    expect(page.get_by_label("Person (e-mail or id)")).to_have_value("Email")
    expect(page.get_by_label("Company")).to_have_value("")  # not a name we guess
    page.get_by_label("Company").select_option("Customer org")
    page.get_by_label("Monthly revenue (MRR)").select_option("Monthly revenue")
    _no_sideways_scroll(page)
    page.screenshot(path=str(SCREENSHOTS / "throughline-upload-columns.png"), full_page=True)
    page.get_by_role("button", name=re.compile(r"^Import 6 rows$")).click()

    expect(page.get_by_role("heading", name="Importing your file")).to_be_visible()
    done = page.locator("#upload-progress")
    expect(done).to_contain_text("Done: 5 of 6 rows imported.", timeout=60_000)
    expect(done).to_contain_text("Rows with errors: 1")
    expect(done).to_contain_text("Line 6")
    expect(done.get_by_role("progressbar")).to_have_attribute("value", "100")
    _no_sideways_scroll(page)
    page.screenshot(path=str(SCREENSHOTS / "throughline-upload-done.png"), full_page=True)

    with unit_of_work(ctx.factory) as session:
        items = list(session.scalars(select(FeedbackItem)))
        accounts = {a.name: a.mrr for a in session.scalars(select(Account))}
    assert len(items) == 5 and {i.source for i in items} == {"upload"}
    assert accounts["Northwind"] == 1200 and "Hooli" not in accounts
    page.get_by_role("link", name="See the ideas").click()
    expect(page.get_by_text("Export reports to CSV")).to_be_visible()
