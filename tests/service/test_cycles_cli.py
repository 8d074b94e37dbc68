"""OKR cycles from the terminal: accept, check in over weeks, score, export, retro — and
clear one-line errors, never a traceback."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.okr import KeyResult, Objective, OkrSet
from models.okr_tables import OkrDraft
from models.review_tables import IdeaStatusChange
from models.tables import FeedbackItem, Idea
from service.cli.main import app
from service.workspaces import store as workspace_store

runner = CliRunner()
CYCLE = "2026-Q3"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.stderr + result.stdout
    return result.exit_code, result.stdout, result.stderr


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)


def seed(session: Session) -> int:
    """A workspace with a draft, and an idea shipped mid-cycle with feedback around it."""
    ws = workspace_store.get_or_create_workspace(session, "acme")
    okr_set = OkrSet(
        cycle=CYCLE,
        objectives=[
            Objective(
                title="Make paying for our product a no-brainer",
                key_results=[
                    KeyResult(
                        text="Raise self-serve upgrades from 140 to 260 a month",
                        baseline=140,
                        target=260,
                        direction="increase",
                    ),
                    KeyResult(
                        text="Cut checkout p95 latency from 2.4 s to 0.9 s",
                        baseline=2.4,
                        target=0.9,
                        direction="decrease",
                    ),
                ],
            )
        ],
    )
    draft = OkrDraft(
        workspace_id=ws.id,
        cycle_name=CYCLE,
        provider="offline",
        okr_set=okr_set.model_dump(mode="json"),
    )
    shipped = Idea(workspace_id=ws.id, title="Export invoices to CSV", status="shipped")
    old = Idea(workspace_id=ws.id, title="Single sign-on", status="shipped")
    session.add_all([draft, shipped, old])
    session.flush()
    days = ["2026-07-01"] + [f"2026-07-{d}" for d in (20, 24, 28)] + ["2026-08-02", "2026-08-10"]
    days += ["2026-07-30", "2026-08-20", "2026-09-01"]
    for n, day in enumerate(days):
        session.add(
            FeedbackItem(
                workspace_id=ws.id,
                idea_id=shipped.id,
                text=f"csv export {n}",
                source="support",
                content_hash=f"h{n}",
                decision="new",
                created_at=at(day),
            )
        )
    session.add_all(
        [
            IdeaStatusChange(
                workspace_id=ws.id,
                idea_id=shipped.id,
                from_status="in_progress",
                to_status="shipped",
                actor="pm",
                created_at=at("2026-08-15"),
            ),
            IdeaStatusChange(
                workspace_id=ws.id,
                idea_id=old.id,
                from_status="open",
                to_status="shipped",
                actor="pm",
                created_at=at("2026-05-01"),
            ),
        ]
    )
    session.flush()
    return draft.id


def add_open_idea(session: Session, workspace: str) -> None:
    """An open idea with recent feedback, so there is demand to draft from."""
    ws = workspace_store.get_or_create_workspace(session, workspace)
    idea = Idea(workspace_id=ws.id, title="Dark mode for the dashboard", status="open")
    session.add(idea)
    session.flush()
    now = datetime.now(UTC)
    for n in range(12):
        session.add(
            FeedbackItem(
                workspace_id=ws.id,
                idea_id=idea.id,
                text=f"please add dark mode {n}",
                source="portal",
                content_hash=f"dark{n}",
                decision="new",
                created_at=now - timedelta(days=n * 3),
            )
        )
    session.flush()


def hand_threshold(current: float, baseline: float, target: float) -> float:
    fraction = min(1.0, max(0.0, (current - baseline) / (target - baseline)))
    return 1.0 if fraction >= 1 else 0.7 if fraction >= 0.7 else 0.5 if fraction >= 0.3 else 0.0


def test_cycle_from_the_command_line(cli_env: str, tmp_path: Path) -> None:
    engine = make_engine(cli_env)
    migrate(engine)
    with unit_of_work(make_session_factory(engine)) as session:
        draft_id = seed(session)
    engine.dispose()

    code, out, err = run(
        "cycle",
        "accept",
        str(draft_id),
        "--owner",
        "0=Growth team",
        "--scoring",
        "threshold",
        "--workspace",
        "acme",
        "--json",
    )
    assert code == 0, err
    cycle = json.loads(out)
    (objective,) = cycle["objectives"]
    assert objective["owner"] == "Growth team"
    upgrades, latency = (kr["id"] for kr in objective["key_results"])
    code, _, err = run("cycle", "accept", str(draft_id), "--workspace", "acme")
    assert code == 2 and "already accepted" in err and "draft_accepted" in err

    for day, value, conf in [
        ("2026-07-08", "150", "5"),
        ("2026-07-15", "180", "6"),
        ("2026-07-22", "215", "high"),
    ]:
        code, out, err = run(
            "checkin",
            str(upgrades),
            value,
            "--confidence",
            conf,
            "--note",
            "pricing page test",
            "--date",
            day,
            "--workspace",
            "acme",
            "--json",
        )
        assert code == 0, err
    assert json.loads(out)["confidence"] == 8.0 and json.loads(out)["author"].startswith("cli:")
    code, _, err = run(
        "checkin", str(latency), "1.9", "--date", "2026-07-09", "--workspace", "acme"
    )
    assert code == 0 and "checked in" in err

    code, out, err = run(
        "score", "--cycle", CYCLE, "--as-of", "2026-07-25", "--workspace", "acme", "--json"
    )
    assert code == 0, err
    table = json.loads(out)
    krs = {kr["key_result_id"]: kr for kr in table["objectives"][0]["key_results"]}
    # by hand: (215 − 140) / 120 = 62.5% → 0.5; (1.9 − 2.4) / (0.9 − 2.4) = 33% → 0.5
    assert krs[upgrades]["score"] == hand_threshold(215, 140, 260) == 0.5
    assert krs[latency]["score"] == hand_threshold(1.9, 2.4, 0.9) == 0.5
    assert krs[latency]["stale"] is True and krs[upgrades]["stale"] is False
    assert table["score"] == 0.5 and table["grade"] == "progress"
    code, out, _ = run("score", "--cycle", CYCLE, "--as-of", "2026-07-25", "--workspace", "acme")
    assert code == 0 and "Raise self-serve upgrades" in out and "cycle score 0.5" in out

    target = tmp_path / "q3.csv"
    code, _, err = run(
        "cycle",
        "export",
        "--cycle",
        CYCLE,
        "--format",
        "csv",
        "-o",
        str(target),
        "--as-of",
        "2026-07-25",
        "--workspace",
        "acme",
    )
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["key_result_id"], r["score"]) for r in rows] == [
        (str(upgrades), "0.5"),
        (str(latency), "0.5"),
    ]
    code, out, _ = run("cycle", "export", "--cycle", CYCLE, "--workspace", "acme")
    assert code == 0 and out.startswith(f"# OKRs {CYCLE}")
    code, out, _ = run("cycle", "list", "--workspace", "acme", "--json")
    assert [(c["name"], c["key_results"]) for c in json.loads(out)] == [(CYCLE, 2)]

    code, out, err = run("retro", "--cycle", CYCLE, "--workspace", "acme", "--json")
    assert code == 0, err
    retro = json.loads(out)
    assert retro["next_cycle"] == "2026-Q4"
    (impact,) = retro["shipped_ideas"]  # the idea shipped in May is not this cycle's
    # 30-day windows around 15 Aug noon: 16 Jul–15 Aug has 6 items, 15 Aug–14 Sep has 2
    assert (impact["title"], impact["window_days"]) == ("Export invoices to CSV", 30)
    assert (impact["items_before"], impact["items_after"]) == (6, 2)
    assert impact["change"] == pytest.approx(2 / 6 - 1, abs=1e-4)
    assert [m["key_result_id"] for m in retro["moved"]] == [upgrades, latency]
    assert any("feedback fell from 6 to 2" in g for g in retro["suggested_goals"])
    code, out, _ = run("retro", "--cycle", CYCLE, "--workspace", "acme")
    assert code == 0 and out.startswith(f"# Retro {CYCLE}") and "Export invoices" in out

    # The next cycle's draft starts from the retro's suggested goals.
    engine = make_engine(cli_env)
    with unit_of_work(make_session_factory(engine)) as session:
        add_open_idea(session, "acme")
    engine.dispose()
    code, out, err = run(
        "draft", "--cycle", "2026-Q4", "--from-retro", CYCLE, "--workspace", "acme", "--json"
    )
    assert code in (0, 1), err
    draft_goals = json.loads(out)["goals"]
    assert (
        retro["suggested_goals"]
        and draft_goals[: len(retro["suggested_goals"])] == (retro["suggested_goals"])
    )
    code, _, err = run(
        "draft", "--cycle", "2026-Q4", "--from-retro", "2031-Q1", "--workspace", "acme"
    )
    assert code != 0 and "2031-Q1" in err


def test_cli_errors_are_one_line_messages(cli_env: str) -> None:
    engine = make_engine(cli_env)
    migrate(engine)
    with unit_of_work(make_session_factory(engine)) as session:
        draft_id = seed(session)
    engine.dispose()
    code, out, _ = run("cycle", "accept", str(draft_id), "--workspace", "acme", "--json")
    kr = str(json.loads(out)["objectives"][0]["key_results"][0]["id"])

    code, out, err = run("checkin", kr, "-3", "--date", "2026-07-02", "--workspace", "acme")
    assert code == 0 and "-3 on 2026-07-02" in err
    cases = [
        (("checkin", kr, "5", "--date", "2026-06-30", "--workspace", "acme"), "cannot come before"),
        (("checkin", kr, "lots", "--workspace", "acme"), "value"),
        (("checkin", kr, "5", "--confidence", "11", "--workspace", "acme"), "confidence"),
        (("checkin", kr, "5", "--confidence", "sure", "--workspace", "acme"), "low, medium, high"),
        (("checkin", "999999", "5", "--workspace", "acme"), "key_result_not_found"),
        (("checkin", kr, "5", "--date", "yesterday", "--workspace", "acme"), "not a date"),
        (("checkin", kr, "5", "--date", "2999-01-01", "--workspace", "acme"), "future"),
        (("checkin", kr, "5", "--workspace", "nope"), "no workspace named 'nope'"),
        (("score", "--cycle", "bad name!", "--workspace", "acme"), "invalid_cycle_name"),
        (("score", "--cycle", "2030-Q1", "--workspace", "acme"), "cycle_not_found"),
        (("score", "--cycle", CYCLE, "--as-of", "soon", "--workspace", "acme"), "not a date"),
        (("retro", "--cycle", "2030-Q1", "--workspace", "acme"), "cycle_not_found"),
        (("cycle", "accept", "424242", "--workspace", "acme"), "draft_not_found"),
        (
            ("cycle", "accept", str(draft_id), "--owner", "Growth", "--workspace", "acme"),
            "INDEX=OWNER",
        ),
    ]
    for args, message in cases:
        code, _, err = run(*args)
        assert code != 0, args
        assert message in err, (args, err)
