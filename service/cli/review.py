"""`throughline review` and `throughline status`: the review queue and idea lifecycle from a
terminal (the web page at /review is the everyday way)."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table
from sqlalchemy.orm import Session

from models.db import unit_of_work
from models.review import SuggestionStatus
from models.schemas import IdeaStatus
from service.cli.common import (
    WorkspaceOption,
    app_context,
    console,
    domain_errors,
    existing_workspace,
)
from service.feedback import calibration
from service.ideas import lifecycle
from service.review import queue as review_queue

app = typer.Typer(help="The PM review queue.", no_args_is_help=True)
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]
ACTOR = "cli"


def _workspace_id(session: Session, name: str | None) -> int:
    return existing_workspace(session, name).id


@app.command("list")
def list_suggestions(
    workspace: WorkspaceOption = None,
    status: Annotated[SuggestionStatus, typer.Option(help="Which suggestions.")] = (
        SuggestionStatus.pending
    ),
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    json_output: JsonFlag = False,
) -> None:
    """Suggestions waiting for a PM, likeliest duplicates first."""
    with app_context() as context, unit_of_work(context.factory) as session:
        page = review_queue.list_queue(session, _workspace_id(session, workspace), status, limit)
    if json_output:
        typer.echo(page.model_dump_json())
        return
    table = Table(title=f"{page.total} {status} suggestions")
    for column in ("id", "score", "new item", "candidate idea", "people"):
        table.add_column(column)
    for s in page.suggestions:
        table.add_row(
            str(s.id),
            f"{s.score:.2f}",
            s.item.text[:60],
            s.idea.title[:50],
            str(s.idea.demand.unique_requesters),
        )
    console.print(table)


@app.command("stats")
def stats(workspace: WorkspaceOption = None, json_output: JsonFlag = False) -> None:
    """PM verdicts, auto-merge precision against them, and the learned thresholds."""
    with app_context() as context, unit_of_work(context.factory) as session:
        workspace_id = _workspace_id(session, workspace)
        merges = context.ingestor.merges_on_similarity(session, workspace_id)
        figures = calibration.stats(session, workspace_id, context.settings.thresholds(), merges)
    if json_output:
        typer.echo(figures.model_dump_json())
        return
    precision = figures.auto_merge_precision
    console.print(
        f"pending {figures.pending}, accepted {figures.accepted}, rejected {figures.rejected}, "
        f"redirected {figures.redirected}, new ideas {figures.new_idea}\n"
        f"auto-merges {figures.auto_merges}, undone {figures.auto_merges_undone}, precision "
        f"{'n/a' if precision is None else f'{precision:.1%}'}\n"
        f"thresholds in use ({figures.current.source}): auto-merge {figures.current.auto_merge}, "
        f"review {figures.current.review}"
    )
    if not figures.current.similar_merges:
        console.print(
            "this workspace reads like an issue tracker: nothing merges on similarity alone "
            "until an auto-merge threshold is learned from review answers or set "
            "(PATCH /api/v1/workspace/settings)"
        )


def status(
    idea_id: Annotated[int, typer.Argument(help="The idea's id.")],
    new_status: Annotated[IdeaStatus, typer.Argument(metavar="STATUS", help="The new status.")],
    note: Annotated[str | None, typer.Option(help="A public note (roadmap, e-mails).")] = None,
    workspace: WorkspaceOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Move an idea along its lifecycle; `shipped` notifies everyone who asked for it."""
    with app_context() as context, domain_errors(), unit_of_work(context.factory) as session:
        change = lifecycle.change_status(
            session, _workspace_id(session, workspace), idea_id, new_status, note, ACTOR
        )
        result = {
            "idea_id": idea_id,
            "from": change.from_status,
            "to": change.to_status,
            "status_change_id": change.id,
        }
    if json_output:
        typer.echo(json.dumps(result))
    else:
        console.print(f"idea {idea_id}: {result['from']} -> {result['to']}")
