"""`throughline cluster` and `report`: regroup the backlog into ideas, and show their demand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from models.db import unit_of_work
from service.cli.common import WorkspaceOption, app_context, console, existing_workspace
from service.ideas.names import llm_namer, rename_with_llm
from service.ideas.report import render_report
from service.ideas.views import IdeaSort


def cluster(
    workspace: WorkspaceOption = None,
    seed: Annotated[
        int, typer.Option(help="Seed; the same data and seed give the same ideas.")
    ] = 0,
    json_output: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
) -> None:
    """Re-cluster every item into ideas; known ideas keep their ids and PM-written titles."""
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with app_context() as context:
        with unit_of_work(context.factory) as session:
            workspace_id = existing_workspace(session, workspace).id
        bar = Progress(*columns, console=console, disable=json_output)
        task = bar.add_task("clustering", total=1.0)
        with bar:
            summary = context.recluster(
                workspace_id,
                seed=seed,
                progress=lambda stage, f: bar.update(task, description=stage, completed=f),
            )
        result = summary.as_dict()
        namer = llm_namer(context.settings)
        if namer is not None:
            if not json_output:
                console.print("naming the biggest ideas with the LLM")
            result["llm_named"] = rename_with_llm(context.factory, workspace_id, namer)
    if json_output:
        typer.echo(json.dumps(result))
    else:
        console.print(
            f"{summary.items} items -> {summary.ideas} ideas ({summary.kept_ideas} kept, "
            f"{summary.new_ideas} new, {summary.removed_ideas} emptied and removed; "
            f"{summary.singleton_share:.0%} singletons)"
        )


def report(
    workspace: WorkspaceOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "throughline-report.html"
    ),
    sort: Annotated[IdeaSort, typer.Option(help="Rank ideas by this figure.")] = (
        IdeaSort.unique_requesters
    ),
    top: Annotated[int, typer.Option(help="How many ideas to show.")] = 50,
) -> None:
    """Write an HTML report: ideas ranked by demand, with trend charts, channels and quotes."""
    with app_context() as context, unit_of_work(context.factory) as session:
        ws = existing_workspace(session, workspace)
        output.write_text(render_report(session, ws.id, ws.name, sort, top), encoding="utf-8")
    console.print(f"wrote {output}")
