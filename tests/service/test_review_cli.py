"""`throughline review` and `throughline status` as a user runs them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli.main import app
from service.core.settings import get_settings

runner = CliRunner()


@pytest.fixture
def cli_env(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("THROUGHLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("THROUGHLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("THROUGHLINE_EMBEDDING_RUNTIME", "torch")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_queue_stats_and_status_from_the_terminal(cli_env: None, tmp_path: Path) -> None:
    path = tmp_path / "feedback.csv"
    path.write_text(
        "text,requester\n"
        "Please add a dark mode,ann@acme.io\n"
        "Add a high contrast theme,bob@acme.io\n"
        "Let me pick custom colour themes,cy@acme.io\n"
        "Please add a dark colour theme,dee@acme.io\n",
        encoding="utf-8",
    )
    code, _, err = run("import", str(path), "--workspace", "acme")
    assert code == 0, err
    code, out, err = run("review", "list", "--workspace", "acme", "--json")
    assert code == 0, err
    [suggestion] = json.loads(out)["suggestions"]
    assert suggestion["item"]["text"] == "Please add a dark colour theme"

    code, out, err = run("review", "stats", "--workspace", "acme", "--json")
    assert code == 0 and json.loads(out)["pending"] == 1, err

    idea = suggestion["idea"]["id"]
    code, out, err = run(
        "status", str(idea), "shipped", "--note", "Out now", "--workspace", "acme", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["to"] == "shipped"
    code, _, err = run("status", str(idea), "shipped", "--workspace", "acme")
    assert code == 2 and "status_unchanged" in err
    code, _, err = run("status", "99999", "planned", "--workspace", "acme")
    assert code == 2 and "idea_not_found" in err and "Traceback" not in err
    code, _, err = run("status", str(idea), "finished", "--workspace", "acme")
    assert code == 2 and "finished" in err
