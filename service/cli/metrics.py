"""`throughline metrics`: import product metrics from the team's analytics exports, list them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from service.cli.common import console, fail
from service.cli.cycles import JsonOpt, WorkspaceOpt, workspace_session
from service.okrs import checkins, metrics

app = typer.Typer(help="Product metrics a KR can be bound to.", no_args_is_help=True)


@app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(help="CSV with date, value (and metric) columns.")],
    key: Annotated[
        str | None, typer.Option("--key", help="The metric of every row (no metric column).")
    ] = None,
    workspace: WorkspaceOpt = "default",
    json_output: JsonOpt = False,
) -> None:
    """Store a CSV of metric values; a day already stored gets the new value. KRs bound to an
    imported metric are re-measured."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read {file}: {exc}") from None
    with workspace_session(workspace) as (session, workspace_id):
        results = metrics.import_csv(session, workspace_id, text, key)
        for result in results:
            checkins.follow(session, workspace_id, metric_key=result.key)
    if json_output:
        typer.echo(json.dumps([r.model_dump(mode="json") for r in results], indent=2))
        return
    for r in results:
        base = r.metric.baseline
        line = f"{r.key}: {r.received} values, {r.stored} new, {r.metric.points} stored"
        if base is not None:
            line += (
                f"; baseline {base.value:g} ({base.statistic}, {base.weeks} weeks {base.window})"
            )
        else:
            line += "; no baseline yet (needs 8 weeks of values)"
        console.print(line, highlight=False)


@app.command("list")
def list_metrics(workspace: WorkspaceOpt = "default", json_output: JsonOpt = False) -> None:
    """Every metric with its points and baseline."""
    with workspace_session(workspace) as (session, workspace_id):
        found = metrics.list_metrics(session, workspace_id)
    if json_output:
        typer.echo(json.dumps([m.model_dump(mode="json") for m in found], indent=2))
        return
    for m in found:
        base = "no baseline yet" if m.baseline is None else f"baseline {m.baseline.value:g}"
        typer.echo(f"{m.key}\t{m.points} points\t{base}")
