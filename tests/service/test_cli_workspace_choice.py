"""`--workspace` may be left out when there is only one workspace; a wrong or missing choice
fails with a message naming the workspaces there are, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from service.cli.main import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout + result.stderr


def test_the_only_workspace_is_used_and_a_wrong_name_lists_them(
    cli_env: str, tmp_path: Path
) -> None:
    code, out = run("review", "list", "--json")
    assert code == 2 and "no workspace yet" in out and "Traceback" not in out

    assert run("keys", "create", "--workspace", "acme")[0] == 0
    code, out = run("review", "list", "--json")
    assert code == 0, out
    assert json.loads(out.splitlines()[0])["total"] == 0
    code, out = run("keys", "list", "--json")
    assert code == 0 and len(json.loads(out.splitlines()[0])) == 1
    report = tmp_path / "report.html"
    code, out = run("report", "-o", str(report))
    assert code == 0 and "Ideas by demand — acme" in report.read_text(encoding="utf-8")

    assert run("keys", "create", "--workspace", "globex")[0] == 0
    code, out = run("review", "stats")
    assert code == 2 and "several workspaces" in out and "acme, globex" in out
    code, out = run("review", "list", "--workspace", "initech")
    assert code == 2 and "no workspace named 'initech'" in out and "acme, globex" in out
    assert "Traceback" not in out
    assert run("review", "list", "--workspace", "globex", "--json")[0] == 0
    code, out = run("notify", "log", "--workspace", "initech")
    assert code == 2 and "acme, globex" in out
    code, out = run("keys", "list")
    assert code == 2 and "several workspaces" in out
