"""`throughline import FILE`: stream a CSV/JSONL file through the duplicate decision."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from models.tables import Workspace
from service.cli.common import app_context, chosen_workspace_name, console, domain_errors
from service.context import AppContext
from service.feedback import asks
from service.feedback.file_import import RowError, column_mapping, count_rows, read_rows
from service.workspaces import store as workspace_store

CHUNK = 256  # items per transaction: one embedding batch, one commit


def import_file(
    file: Annotated[Path, typer.Argument(help="CSV/TSV with a 'text' column, or JSONL.")],
    column: Annotated[
        list[str] | None,
        typer.Option(
            metavar="FIELD=COLUMN",
            help="Read a field from a column of another name, e.g. --column text=description"
            " --column account=company (repeatable).",
        ),
    ] = None,
    workspace: Annotated[
        str | None,
        typer.Option(help="Workspace name (created if new); may be left out when there is one."),
    ] = None,
    source: Annotated[str, typer.Option(help="Source for rows that name none.")] = "import",
    json_output: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Import feedback: columns text (required), source, external_id, requester,
    requester_name, account, mrr, created_at (other names with --column). Bad rows are
    reported and skipped (exit 1)."""
    with domain_errors():
        mapping = column_mapping(column or [])
        rows = read_rows(file, default_source=source, mapping=mapping)
    total = count_rows(file)
    with app_context() as context:
        ws = workspace_for_file(context, workspace, file, source, mapping)
        decisions, errors = ingest_rows(context, ws, rows, total, quiet or json_output)
    summary = {
        "file": str(file),
        "workspace": ws.name,
        "imported": sum(decisions.values()),
        "decisions": dict(decisions),
        "errors": [e.__dict__ for e in errors],
    }
    if json_output:
        typer.echo(json.dumps(summary))
    else:
        console.print(
            f"imported {summary['imported']} items: "
            + ", ".join(f"{k} {v}" for k, v in sorted(decisions.items()))
        )
        for error in errors[:20]:
            console.print(f"[yellow]line {error.line}[/yellow]: {error.reason}")
        if len(errors) > 20:
            console.print(f"... and {len(errors) - 20} more bad rows")
    if errors:
        raise typer.Exit(1)


def workspace_for_file(
    context: AppContext,
    name: str | None,
    file: Path,
    source: str,
    mapping: dict[str, str] | None = None,
) -> Workspace:
    """The workspace (created if new), its envelope learned with the file's texts included:
    templates and signatures recur across a file, so learning them before the first decision
    lets every item be hashed and embedded by its ask alone."""
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, chosen_workspace_name(session, name))
        incoming = read_rows(file, default_source=source, mapping=mapping)
        asks.relearn(
            session,
            ws.id,
            context.registry.embedder,
            [r.text for r in incoming if not isinstance(r, RowError)],
        )
        session.expunge(ws)
    return ws


def ingest_rows(
    context: AppContext,
    ws: Workspace,
    rows: Iterable[FeedbackCreate | RowError],
    total: int,
    quiet: bool,
) -> tuple[Counter[str], list[RowError]]:
    """Feed rows to the ingestor in chunks, with a progress bar; count decisions and errors."""
    decisions: Counter[str] = Counter()
    errors: list[RowError] = []
    chunk: list[FeedbackCreate] = []
    columns = (TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, disable=quiet) as progress:
        task = progress.add_task("import", total=total)

        def flush() -> None:
            for result in context.ingestor.ingest(context.factory, ws, chunk):
                kind = "already_imported" if result.duplicate_request else result.decision
                decisions[kind] += 1
            progress.advance(task, len(chunk))
            chunk.clear()

        for row in rows:
            if isinstance(row, RowError):
                errors.append(row)
                progress.advance(task)
                continue
            chunk.append(row)
            if len(chunk) >= CHUNK:
                flush()
        if chunk:
            flush()
    return decisions, errors
