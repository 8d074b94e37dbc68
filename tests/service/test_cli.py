"""The CLI as a user runs it: import with bad rows, export, keys."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from models.tables import ApiKey, FeedbackItem
from service.cli.main import app
from service.core.auth import hash_key
from service.sampledata.backlog import generate_feedback, write_csv

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_reports_bad_rows_keeps_good_ones_and_exports(cli_env: str, tmp_path: Path) -> None:
    path = tmp_path / "feedback.csv"
    path.write_text(
        "text,source,external_id,requester,account,mrr,created_at,team\n"
        "Add dark mode,portal,p-1,ann@acme.io,Acme,1200,2026-10-01T10:00:00Z,web\n"
        "   ,portal,p-2,,,,,\n"
        "Please add a dark mode,slack,s-9,bob@acme.io,Acme,1200,2026-10-02,web\n"
        "Export invoices to CSV,support,z-3,,,not-a-number,,\n"
        "Export invoices to CSV,support,z-4,,,,,\n",
        encoding="utf-8",
    )
    code, out, err = run("import", str(path), "--workspace", "acme", "--json")
    assert code == 1, err
    summary = json.loads(out)
    assert summary["imported"] == 3
    assert [e["line"] for e in summary["errors"]] == [3, 5]
    assert "empty" in summary["errors"][0]["reason"] and "mrr" in summary["errors"][1]["reason"]

    code, out, _ = run("import", str(path), "--workspace", "acme", "--json")
    assert json.loads(out)["decisions"] == {"already_imported": 3}

    code, out, _ = run("export", "feedback", "--workspace", "acme", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["external_id"] for r in rows] == ["p-1", "s-9", "z-4"]
    assert {"external_id", "text", "idea_id", "decision"} <= set(rows[0])
    assert rows[0]["decision"] == "new" and rows[0]["requester"] == "ann@acme.io"
    assert rows[1]["idea_id"] == rows[0]["idea_id"] or rows[1]["decision"] == "review"


def test_import_jsonl_and_clear_errors_for_bad_files(cli_env: str, tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text('{"text": "Gantt view"}\n{"text": 5}\nnot json\n\n["x"]\n', encoding="utf-8")
    code, out, _ = run("import", str(path), "--json")
    assert code == 1
    summary = json.loads(out)
    assert summary["imported"] == 1 and [e["line"] for e in summary["errors"]] == [2, 3, 5]

    code, _, err = run("import", str(tmp_path / "missing.csv"))
    assert code == 2 and "no such file" in err
    no_text = tmp_path / "no_text.csv"
    no_text.write_text("body\nhello\n", encoding="utf-8")
    code, _, err = run("import", str(no_text))
    assert code == 2 and "text" in err
    code, _, err = run("export", "feedback", "--workspace", "nobody")
    assert code == 2 and "nobody" in err


def test_import_reads_fields_from_columns_of_other_names(cli_env: str, tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(
        "id,text,description,company,source\n"
        "T-1,Ticket #1,Please add a dark mode,Acme,zendesk\n"
        "T-2,Ticket #2,Export invoices to CSV,Globex,zendesk\n",
        encoding="utf-8",
    )
    code, _, err = run("import", str(path), "--column", "text=description", "--column", "bogus=id")
    assert code == 2 and "bogus=id" in err and "external_id" in err
    code, _, err = run("import", str(path), "--column", "account=organisation")
    assert code == 2 and "'organisation'" in err
    columns = ["--column", "text=description", "--column", "external_id=id"]
    code, out, err = run("import", str(path), *columns, "--column", "account=company", "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 2

    code, out, _ = run("export", "feedback", "--workspace", "default", "--format", "jsonl")
    items = {row["external_id"]: row for row in map(json.loads, out.splitlines())}
    assert items["T-1"]["text"] == "Please add a dark mode"
    assert items["T-2"]["account"] == "Globex" and items["T-2"]["source"] == "zendesk"
    engine = create_engine(cli_env.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        kept = connection.execute(select(FeedbackItem.meta).order_by(FeedbackItem.id)).scalars()
        # the column whose name we took over is kept as metadata, not lost
        assert [m.get("file_text") for m in kept] == ["Ticket #1", "Ticket #2"]
    engine.dispose()


def test_a_file_without_a_text_column_names_its_columns_and_the_option(
    cli_env: str, tmp_path: Path
) -> None:
    path = tmp_path / "bugs.csv"
    path.write_text("title,body\nCrash on save,It crashes when I save\n", encoding="utf-8")
    code, _, err = run("import", str(path))
    assert code == 2 and "title, body" in err and "--column text=" in err


def test_keys_create_prints_the_key_once_and_stores_its_hash(cli_env: str) -> None:
    code, out, err = run("keys", "create", "--workspace", "acme", "--role", "member")
    assert code == 0 and "created workspace" in err
    key = out.strip()
    assert key.startswith("tl_") and len(key) > 30
    engine = create_engine(cli_env.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        stored = connection.execute(select(ApiKey.key_hash, ApiKey.role)).all()
    engine.dispose()
    assert stored == [(hash_key(key), "member")]
    code, _, err = run("keys", "create", "--workspace", "acme", "--role", "owner")
    assert code == 2


def test_demo_fills_a_workspace_and_a_second_run_adds_nothing(cli_env: str) -> None:
    code, _, err = run("demo", "--items", "300", "--top", "5")
    assert code == 0, err
    assert "Top 5 of" in err and "wrote 300 sample items" in err and "re-clustered 300" in err
    code, out, _ = run("export", "feedback", "--workspace", "demo", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 300
    assert {r["decision"] for r in rows} >= {"new", "auto_merge", "exact_duplicate"}
    # Beside the text as written, the ask the model read: e-mails without greeting and sign-off.
    mails = [r for r in rows if r["text"].startswith("Hello, ") and ". Regards, " in r["text"]]
    assert len(mails) >= 5
    assert all(not r["ask"].startswith("Hello") and "Regards" not in r["ask"] for r in mails)
    code, _, err = run("demo", "--items", "300")
    assert code == 0 and "already_imported 300" in err


def test_cluster_regroups_the_backlog_and_keeps_known_idea_ids(
    cli_env: str, tmp_path: Path
) -> None:
    write_csv(generate_feedback(400, seed=3), tmp_path / "backlog.csv")
    code, _, err = run("import", str(tmp_path / "backlog.csv"), "--workspace", "demo")
    assert code == 0, err
    _, out, _ = run("export", "feedback", "--workspace", "demo", "--format", "jsonl")
    before = [json.loads(line) for line in out.splitlines()]
    code, out, err = run("cluster", "--workspace", "demo", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["items"] == 400 and summary["kept_ideas"] > 0
    assert summary["ideas"] < len({r["idea_id"] for r in before})  # fragments came together
    _, out, _ = run("export", "feedback", "--workspace", "demo", "--format", "jsonl")
    after = [json.loads(line) for line in out.splitlines()]
    assert len({r["idea_id"] for r in after}) == summary["ideas"]
    # Every item carries its idea's theme; an idea sits in one theme only.
    assert all(r["theme_id"] is not None and r["theme_title"] for r in after)
    assert len({r["theme_id"] for r in after}) == summary["themes"] <= summary["ideas"]
    theme_of_idea = {(r["idea_id"], r["theme_id"]) for r in after}
    assert len(theme_of_idea) == summary["ideas"]
    _, csv_out, _ = run("export", "feedback", "--workspace", "demo", "--format", "csv")
    assert {"theme_id", "theme_title"} <= set(next(csv.reader(io.StringIO(csv_out))))
    code, out, _ = run("cluster", "--workspace", "demo", "--json")
    again = json.loads(out)
    assert (again["ideas"], again["new_ideas"], again["removed_ideas"]) == (summary["ideas"], 0, 0)
    _, out, _ = run("export", "feedback", "--workspace", "demo", "--format", "jsonl")
    assert [json.loads(line)["idea_id"] for line in out.splitlines()] == [
        r["idea_id"] for r in after
    ]


def test_eval_scores_batch_and_stream_against_labels(cli_env: str, tmp_path: Path) -> None:
    path = tmp_path / "labelled.csv"
    rows = [
        "Please add a dark mode",
        "Add a dark mode please",
        "Please add dark mode to the app",
        "Export my reports to CSV",
        "CSV export of reports",
        "Download reports as CSV",
        "What time is it on Mars right now",
    ]
    intents = ["dark"] * 3 + ["csv"] * 3 + ["oos"]
    path.write_text(
        "body,intent\n" + "\n".join(f"{t},{i}" for t, i in zip(rows, intents, strict=True)),
        encoding="utf-8",
    )
    code, out, err = run(
        "eval",
        str(path),
        "--text-col",
        "body",
        "--label-col",
        "intent",
        "--mode",
        "stream",
        "--oos-label",
        "oos",
        "--json",
    )
    assert code == 0, err
    report = json.loads(out)
    batch, themes, stream = report["results"]
    assert report["items"] == 7 and report["labels"] == 3
    assert batch["method"] == "throughline" and batch["nmi"] == 1.0 and batch["ideas"] == 3
    assert batch["capture"] == batch["purity"] == 1.0  # the off-topic one left out of both
    assert themes["method"] == "throughline themes" and themes["ideas"] <= batch["ideas"]
    assert stream["method"] == "throughline stream" and 0 <= stream["coverage"] <= 1
    # every merge: auto-merges and exact matches together, each kind weighted by its count
    merges = stream["auto_merges"] + stream["exact_matches"]
    right = (
        stream["auto_merge_precision"] * stream["auto_merges"]
        + stream["exact_precision"] * stream["exact_matches"]
    )
    assert stream["every_merge_precision"] == (round(right / merges, 4) if merges else 1.0)
    assert stream["oos_new"] == 1.0  # the off-topic question starts an idea of its own
    code, _, err = run("eval", str(path), "--label-col", "nope")
    assert code == 2 and "missing column" in err


def test_report_ranks_ideas_with_trend_charts_and_quotes(cli_env: str, tmp_path: Path) -> None:
    assert run("demo", "--items", "300")[0] == 0
    assert run("cluster", "--workspace", "demo")[0] == 0
    out = tmp_path / "report.html"
    code, _, err = run("report", "--workspace", "demo", "-o", str(out), "--top", "10")
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    themes, ideas = html.split("<h2>Ideas</h2>")
    assert ideas.count("<svg") == 10 and ideas.count("<tr>") == 11  # header + 10 ideas
    assert 2 <= themes.count("<tr>") <= 11  # header + the biggest themes, at most 10
    _, listing, _ = run("export", "feedback", "--workspace", "demo", "--format", "jsonl")
    texts = {json.loads(line)["text"] for line in listing.splitlines()}
    quoted = html.split("“")[1].split("”")[0]
    assert quoted in texts or quoted.replace("&#39;", "'") in texts
