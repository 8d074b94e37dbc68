"""The README's curl example for the signed webhook works as printed, against a live server:
only its secret and URL lines are filled in, as a reader would."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from models.db import unit_of_work
from service.context import AppContext
from service.intake import channels
from service.workspaces import store as workspace_store
from tests.support.live_server import LiveServer

README = Path(__file__).resolve().parents[2] / "README.md"


def _example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Any tool: the signed webhook") :]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block and "curl" in block.group(1)
    return block.group(1)


@pytest.mark.skipif(not (shutil.which("curl") and shutil.which("openssl")), reason="no curl")
def test_the_readme_curl_example_stores_one_item(server: LiveServer, ctx: AppContext) -> None:
    with unit_of_work(ctx.factory) as session:
        workspace = workspace_store.get_or_create_workspace(session, "acme")
        secret = channels.switch(session, workspace.id, "webhook", True).secret
    script = re.sub(r"(?m)^SECRET=.*$", f"SECRET='{secret}'", _example())
    script = re.sub(r"(?m)^URL='http://127.0.0.1:8000", f"URL='{server.url}", script)

    def run() -> dict:
        done = subprocess.run(
            ["bash", "-c", script], capture_output=True, text=True, timeout=60, check=True
        )
        return json.loads(done.stdout)

    first = run()
    assert first["status"] == "new", first
    assert first["idea_title"] == "Please add single sign-on with Okta"
    again = run()
    assert again["status"] == "repeat" and again["item_id"] == first["item_id"]
