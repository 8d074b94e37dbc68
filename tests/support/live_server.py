"""A live app for browser tests: uvicorn in a thread on a free port, and the page helpers
every browser test shares (a key, signing in)."""

from __future__ import annotations

import os
import re
import threading
import time
from pathlib import Path

import uvicorn
from notify_peers import free_port
from playwright.sync_api import Page, expect

from models.db import unit_of_work
from service.context import AppContext
from service.http.app import create_app
from service.workspaces import store as workspace_store

SCREENSHOTS = Path(os.environ.get("THROUGHLINE_SCREENSHOTS", "/tmp"))


class LiveServer:
    """The app under uvicorn in a thread, on a free port."""

    def __init__(self, context: AppContext) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(context=context), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def new_key(ctx: AppContext, workspace: str, role: str = "admin") -> str:
    with unit_of_work(ctx.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        return workspace_store.create_key(session, ws, role)


def sign_in(page: Page, key: str) -> None:
    """Sign in with an API key (the secondary way, behind "Sign in with an API key")."""
    page.goto("/ideas")
    expect(page).to_have_url(re.compile(r"/sign-in\?next=/ideas$"))
    page.get_by_text("Sign in with an API key instead").click()
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in with the key").click()
    expect(page).to_have_url(re.compile(r"/ideas$"))
