"""`throughline checkin`, `score`, `retro` and `cycle accept|export|list`: run OKR cycles from
a terminal. These commands need only the database, never the embedding model."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from models.cycles import AcceptMode, CheckInCreate, CheckInRead, ScoreTable, ScoringMethod
from models.db import make_engine, make_session_factory, migrate, unit_of_work
from service.cli.common import WorkspaceOption, console, domain_errors, existing_workspace, fail
from service.core.settings import get_settings
from service.okrs import accepting, checkins, cycles
from service.okrs import scores as cycle_scores
from service.okrs.export import ExportFormat, export
from service.okrs.retro import build_retro

app = typer.Typer(help="OKR cycles: accept drafts, list and export cycles.", no_args_is_help=True)
# `checkin KR_ID -3`: let a negative value through as the VALUE argument, not as an option.
CHECKIN_SETTINGS = {"ignore_unknown_options": True}

WorkspaceOpt = WorkspaceOption
CycleOpt = Annotated[str, typer.Option("--cycle", help='Cycle name, e.g. "2027-Q1".')]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="Read the cycle as of this day (YYYY-MM-DD).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@contextmanager
def workspace_session(name: str | None) -> Iterator[tuple[Session, int]]:
    """One unit of work on the configured database, with the named workspace's id."""
    engine = make_engine(get_settings().resolved_database_url())
    try:
        migrate(engine)
        with domain_errors(), unit_of_work(make_session_factory(engine)) as session:
            yield session, existing_workspace(session, name).id
    finally:
        engine.dispose()


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option} {value!r} is not a date like 2027-01-31") from None


def _validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors())


def checkin(
    kr_id: Annotated[int, typer.Argument(metavar="KR_ID", help="The key result's id.")],
    value: Annotated[
        str, typer.Argument(metavar="VALUE", help="The measured value, e.g. 215 or -3.")
    ],
    confidence: Annotated[str | None, typer.Option(help="0–10, or low / medium / high.")] = None,
    note: Annotated[str | None, typer.Option(help="What changed, what is in the way.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="Check-in day (default today).")] = None,
    author: Annotated[str | None, typer.Option(help="Who checks in (default $USER).")] = None,
    workspace: WorkspaceOpt = None,
    json_output: JsonOpt = False,
) -> None:
    """Record a KR's value with confidence and a note."""
    try:
        body = CheckInCreate.model_validate(
            {
                "value": value,
                "confidence": confidence,
                "note": note,
                "checked_on": _day(on, "--date"),
            }
        )
    except ValidationError as exc:
        raise fail(_validation_message(exc)) from None
    who = author or os.environ.get("USER") or "cli"
    with workspace_session(workspace) as (session, workspace_id):
        row = checkins.check_in(session, workspace_id, kr_id, body, f"cli:{who}")
        read = CheckInRead.model_validate(row)
    if json_output:
        typer.echo(read.model_dump_json())
    else:
        console.print(f"checked in KR {kr_id}: {read.value:g} on {read.checked_on}")


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _print_scores(table: ScoreTable) -> None:
    grid = Table(title=f"{table.cycle} as of {table.as_of}", show_header=True)
    for column in ("objective / key result", "owner", "scoring", "baseline", "target"):
        grid.add_column(column)
    for column in ("current", "score", "conf.", "last check-in"):
        grid.add_column(column)
    for objective in table.objectives:
        grid.add_row(
            f"[bold]{objective.title}[/bold]",
            objective.owner or "",
            "",
            "",
            "",
            "",
            f"[bold]{_num(objective.score)}[/bold]",
            "",
            "",
        )
        for kr in objective.key_results:
            last = str(kr.last_checked_on or "never") + (" [red]stale[/red]" if kr.stale else "")
            grid.add_row(
                f"  #{kr.key_result_id} {kr.text}",
                "",
                kr.scoring,
                _num(kr.baseline),
                _num(kr.target),
                _num(kr.current),
                _num(kr.score),
                _num(kr.confidence),
                last,
            )
    out = Console(width=200)  # made per call: stdout may have been swapped (tests, pipes)
    out.print(grid)
    out.print(f"cycle score [bold]{_num(table.score)}[/bold] ({table.grade})")
    for note in table.notes:
        out.print(f"- {note}")


def score(
    cycle: CycleOpt,
    workspace: WorkspaceOpt = None,
    as_of: AsOfOpt = None,
    json_output: JsonOpt = False,
) -> None:
    """Print the cycle's score table: KR scores, objective means, grade and notes."""
    day = _day(as_of, "--as-of")
    with workspace_session(workspace) as (session, workspace_id):
        table = cycle_scores.score_cycle(session, workspace_id, cycle, day)
    if json_output:
        typer.echo(table.model_dump_json())
    else:
        _print_scores(table)


def retro(
    cycle: CycleOpt,
    workspace: WorkspaceOpt = None,
    as_of: AsOfOpt = None,
    json_output: JsonOpt = False,
) -> None:
    """Summarise a cycle: scores, what moved and what did not, shipped ideas, next goals."""
    day = _day(as_of, "--as-of")
    with workspace_session(workspace) as (session, workspace_id):
        result = build_retro(session, workspace_id, cycle, day)
    if json_output:
        typer.echo(result.model_dump_json())
        return
    out = [f"# Retro {result.cycle}", "", result.summary, ""]
    out += [f"- {n}" for n in result.scores.notes]
    out += ["", "## Moved"] + [
        f"- {m.text}: {_num(m.first)} → {_num(m.last)}" for m in result.moved
    ]
    out += ["", "## Did not move"]
    out += [f"- {m.text}: {_num(m.first)} → {_num(m.last)}" for m in result.did_not_move]
    out += ["", "## Shipped ideas"]
    out += [
        f"- {i.title} (shipped {i.shipped_on}): {i.items_before} → {i.items_after} items in "
        f"{i.window_days} days"
        for i in result.shipped_ideas
    ]
    out += ["", f"## Goals for {result.next_cycle or 'the next cycle'}"]
    out += [f"- {g}" for g in result.suggested_goals]
    typer.echo("\n".join(out))


@app.command("accept")
def accept(
    draft_id: Annotated[int, typer.Argument(metavar="DRAFT_ID", help="The OKR draft's id.")],
    owner: Annotated[
        list[str] | None,
        typer.Option(help='INDEX=OWNER for the draft\'s objective INDEX, e.g. "0=Growth team".'),
    ] = None,
    scoring: Annotated[ScoringMethod, typer.Option(help="How its KRs are scored.")] = (
        ScoringMethod.linear
    ),
    mode: Annotated[
        AcceptMode | None,
        typer.Option(help="When the cycle already has objectives: merge into or replace them."),
    ] = None,
    workspace: WorkspaceOpt = None,
    json_output: JsonOpt = False,
) -> None:
    """Accept a drafted OKR set into its cycle (created when missing)."""
    owners: dict[int, str] = {}
    for pair in owner or []:
        index, _, name = pair.partition("=")
        if not index.strip().isdigit() or not name.strip():
            raise fail(f"--owner {pair!r} is not INDEX=OWNER")
        owners[int(index)] = name.strip()
    with workspace_session(workspace) as (session, workspace_id):
        found = accepting.accept_draft(
            session, workspace_id, draft_id, "cli", owners, scoring, mode
        )
        read = cycles.read_cycle(session, workspace_id, found.cycle.name)
    if json_output:
        typer.echo(read.model_dump_json())
    else:
        krs = sum(len(o.key_results) for o in read.objectives)
        console.print(
            f"accepted draft {draft_id} into {read.name}: {len(read.objectives)} objectives, "
            f"{krs} key results"
        )
        for warning in found.outlook.warnings:
            console.print(f"[yellow]{warning}[/yellow]")


@app.command("export")
def export_cycle(
    cycle: CycleOpt,
    format: Annotated[ExportFormat, typer.Option(help="md or csv.")] = ExportFormat.md,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
    workspace: WorkspaceOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Write the cycle as Markdown or CSV (one row per KR)."""
    day = _day(as_of, "--as-of")
    with workspace_session(workspace) as (session, workspace_id):
        text = export(cycle_scores.cycle_view(session, workspace_id, cycle, day), format)
    if output:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")
    else:
        typer.echo(text, nl=False)


@app.command("list")
def list_cycles(workspace: WorkspaceOpt = None, json_output: JsonOpt = False) -> None:
    """The workspace's cycles with their dates and sizes."""
    with workspace_session(workspace) as (session, workspace_id):
        found = cycles.list_cycles(session, workspace_id)
    if json_output:
        typer.echo(json.dumps([c.model_dump(mode="json") for c in found]))
        return
    for c in found:
        typer.echo(
            f"{c.name}\t{c.starts_on} – {c.ends_on}\t{c.objectives} objectives\t"
            f"{c.key_results} key results"
        )
