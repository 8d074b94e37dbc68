"""Browser-test fixtures: Debian's Chromium through Playwright, a live server on a real
database, and a tab that fails the test on any JavaScript or CSP error."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, sync_playwright

from service.context import AppContext, build_context
from service.core.settings import Settings
from tests.support.live_server import LiveServer
from triage.embedder import Embedder

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium; if it cannot start the tests skip, except under CI where they fail."""
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as exc:  # any launch failure means "no usable browser here"
        message = f"Chromium at {CHROMIUM} did not start: {str(exc).splitlines()[0]}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield chromium
    chromium.close()


@pytest.fixture
def ctx(tmp_path: Path, database_url: str, embedder: Embedder) -> Iterator[AppContext]:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, notify_worker=False)
    context = build_context(settings, embedder)
    yield context
    context.close()


@pytest.fixture
def server(ctx: AppContext) -> Iterator[LiveServer]:
    with LiveServer(ctx) as live:
        yield live


@pytest.fixture
def page(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    # Console errors other than expected HTTP statuses (CSP violations, htmx errors, ...).
    tab.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    yield tab
    context.close()
    assert not errors, f"JavaScript errors in the pages: {errors}"
