"""`throughline demo`: generate a realistic backlog, import it, and show the top ideas."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

import typer
from rich.table import Table

from models.db import unit_of_work
from models.drafts import DraftCreate
from service.cli.common import app_context, console
from service.cli.feedback_import import ingest_rows, workspace_for_file
from service.core.settings import get_settings
from service.feedback.file_import import read_rows
from service.ideas.names import llm_namer, rename_with_llm
from service.ideas.report import render_report
from service.ideas.views import IdeaSort, list_ideas
from service.okrs.drafts import create_draft
from service.review.queue import list_queue
from service.workspaces.people import ensure_admin

DEMO_ADMIN = "admin@demo.example"


def demo(
    items: Annotated[int, typer.Option(help="How many feedback items to generate.")] = 3000,
    workspace: Annotated[str, typer.Option(help="Workspace to fill.")] = "demo",
    seed: Annotated[int, typer.Option(help="Seed for the generator.")] = 7,
    top: Annotated[int, typer.Option(help="How many ideas to list.")] = 15,
) -> None:
    """Generate sample feedback (~40 themes, 6 channels, accounts with MRR, two quarters),
    stream it through the duplicate decision, re-cluster, print the ideas with the most people
    behind them, write data/report.html and draft next quarter's OKRs from the demand."""
    from service.sampledata.backlog import generate_feedback, write_csv

    settings = get_settings()
    path = settings.data_dir / "sample_feedback.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_csv(generate_feedback(items, seed=seed), path)
    console.print(f"wrote {items} sample items to {path}")
    with app_context() as context:
        ws = workspace_for_file(context, workspace, path, "import")
        decisions, _ = ingest_rows(context, ws, read_rows(path), items, quiet=False)
        summary = context.recluster(ws.id)
        namer = llm_namer(context.settings)
        if namer is not None:
            rename_with_llm(context.factory, ws.id, namer)
        with unit_of_work(context.factory) as session:
            page = list_ideas(session, ws.id, IdeaSort.unique_requesters, limit=top)
            report = settings.data_dir / "report.html"
            report.write_text(
                render_report(session, ws.id, workspace, IdeaSort.unique_requesters, 50),
                encoding="utf-8",
            )
            pending = list_queue(session, ws.id, limit=1).total
            draft = create_draft(
                session, ws, DraftCreate(cycle=next_quarter(), owner="Product team"), settings
            )
            password = ensure_admin(session, ws, DEMO_ADMIN, "Demo Admin")
    console.print(
        "decisions on arrival: " + ", ".join(f"{k} {v}" for k, v in sorted(decisions.items()))
    )
    console.print(
        f"re-clustered {summary.items} items into {summary.ideas} ideas in {summary.themes} themes"
    )
    table = Table(title=f"Top {len(page.ideas)} of {page.total} ideas in workspace '{workspace}'")
    for column in ("idea", "items", "people", "accounts", "MRR", "last 30d"):
        table.add_column(column, justify="right")
    table.add_column("title")
    for idea in page.ideas:
        d = idea.demand
        table.add_row(
            str(idea.id),
            str(d.item_count),
            str(d.unique_requesters),
            str(d.unique_accounts),
            f"{d.revenue:,.0f}",
            str(d.trend.last_30_days),
            idea.title,
        )
    console.print(table)
    console.print(f"HTML report: {report}")
    console.print(f"review queue: {pending} suggestions waiting for a PM")
    verdict = "passed" if draft.passed else "did not pass"
    console.print(
        f"OKR draft {draft.id} for {draft.cycle_name} ({verdict} the critic in "
        f"{len(draft.rounds)} round(s)):"
    )
    for objective in draft.okr_set.objectives:
        console.print(f"  [bold]{objective.title}[/bold]")
        for kr in objective.key_results:
            console.print(f"    - {kr.text}")
    console.print(
        "next: [bold]throughline serve[/bold] and open http://127.0.0.1:8000, sign in as "
        f"[bold]{DEMO_ADMIN}[/bold] with password [bold]{password}[/bold] (a new one each run); "
        f"API keys: Settings → API keys, or [bold]throughline keys create --workspace "
        f"{workspace}[/bold]; API docs at /docs"
    )


def next_quarter(today: date | None = None) -> str:
    """The cycle after the current quarter, e.g. "2027-Q1" during 2026-Q4."""
    today = today or datetime.now(UTC).date()
    quarter = (today.month - 1) // 3 + 1
    return f"{today.year + 1}-Q1" if quarter == 4 else f"{today.year}-Q{quarter + 1}"
