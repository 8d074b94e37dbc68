"""`throughline notify deliver` and `throughline notify log` as an operator runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from notify_peers import SmtpSink, seed_shipping_idea, wait_until
from typer.testing import CliRunner

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.schemas import IdeaStatus
from service.cli.main import app
from service.core.settings import get_settings
from service.ideas import lifecycle

runner = CliRunner()


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    server = SmtpSink().start()
    yield server
    server.stop()


@pytest.fixture
def env(
    tmp_path: Path, database_url: str, sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    values = {
        "THROUGHLINE_DATA_DIR": str(tmp_path / "data"),
        "THROUGHLINE_DATABASE_URL": database_url,
        "THROUGHLINE_SMTP_PORT": str(sink.port),
        "THROUGHLINE_NOTIFY_MAX_ATTEMPTS": "1",
        "THROUGHLINE_NOTIFY_POLL_SECONDS": "0.1",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    engine = make_engine(database_url)
    migrate(engine)
    with unit_of_work(make_session_factory(engine)) as session:
        seeded = seed_shipping_idea(session, "acme", requesters=5, items=7)
        lifecycle.change_status(
            session, seeded.workspace_id, seeded.idea_id, IdeaStatus.shipped, None, "pm"
        )
    engine.dispose()
    yield {**os.environ, **values}
    get_settings.cache_clear()


def run(*args: str) -> tuple[int, str]:
    """Exit code and stdout (JSON); tables and messages go to stderr."""
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout


def run_table(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stderr


def test_deliver_once_then_log(env: dict[str, str], sink: SmtpSink) -> None:
    code, out = run("notify", "deliver", "--once", "--json")
    assert code == 0, out
    summary = json.loads(out)
    assert summary["sent"] == 5 and summary["outbox"] == {"sent": 5}
    assert sink.count == 5

    code, out = run("notify", "deliver", "--once", "--json")
    assert json.loads(out)["sent"] == 0 and sink.count == 5

    code, out = run("notify", "log", "--json", "--workspace", "acme")
    page = json.loads(out)
    assert page["total"] == 5 and {n["state"] for n in page["items"]} == {"sent"}
    code, out = run("notify", "log", "--state", "failed", "--json")
    assert json.loads(out)["total"] == 0
    code, _ = run("notify", "log", "--workspace", "nope")
    assert code == 2


def test_failures_show_in_the_log(env: dict[str, str], sink: SmtpSink) -> None:
    sink.stop()
    code, out = run("notify", "deliver", "--once", "--json")
    assert code == 0
    assert json.loads(out)["failed"] == 3  # one attempt allowed; the rest wait untried
    code, out = run("notify", "log", "--state", "failed", "--json")
    failed = json.loads(out)["items"]
    assert len(failed) == 3 and all("Connection" in n["last_error"] for n in failed)
    code, table = run_table("notify", "log", "--state", "failed")
    assert code == 0 and "person" in table and "failed" in table


def test_deliver_runs_in_the_foreground_until_interrupted(
    env: dict[str, str], sink: SmtpSink
) -> None:
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "throughline"), "notify", "deliver"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(lambda: sink.count == 5)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "sent 5" in err
