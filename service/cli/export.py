"""`throughline export`: feedback with its idea and decision, for spreadsheets and scripts."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from models.db import unit_of_work
from service.cli.common import WorkspaceOption, app_context, existing_workspace
from service.feedback import asks
from service.feedback import store as feedback_store

app = typer.Typer(help="Export data.", no_args_is_help=True)

FIELDS = [
    "id",
    "external_id",
    "source",
    "text",
    "ask",
    "idea_id",
    "theme_id",
    "theme_title",
    "decision",
    "created_at",
    "requester",
    "account",
]


class Format(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


@app.command("feedback")
def export_feedback(
    workspace: WorkspaceOption = None,
    format: Annotated[Format, typer.Option(help="Output format.")] = Format.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
) -> None:
    """One row per feedback item: external_id, text, ask (what the model read), idea_id,
    theme_id, theme_title, decision and more."""
    with app_context() as context, unit_of_work(context.factory) as session:
        ws = existing_workspace(session, workspace)
        out = output.open("w", newline="", encoding="utf-8") if output else sys.stdout
        try:
            writer = csv.DictWriter(out, fieldnames=FIELDS) if format == Format.csv else None
            if writer:
                writer.writeheader()
            rows = feedback_store.iter_items(session, ws.id)
            for item, requester, account, theme_id, theme_title in rows:
                row = {
                    "id": item.id,
                    "external_id": item.external_id,
                    "source": item.source,
                    "text": item.text,
                    "ask": asks.read_ask(item.text, item.ask),
                    "idea_id": item.idea_id,
                    "theme_id": theme_id,
                    "theme_title": theme_title,
                    "decision": item.decision,
                    "created_at": item.created_at.isoformat(),
                    "requester": requester,
                    "account": account,
                }
                if writer:
                    writer.writerow(row)
                else:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        finally:
            if output:
                out.close()
