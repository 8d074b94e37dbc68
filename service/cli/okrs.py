"""`throughline lint` and `draft`: check an OKR statement, and draft OKRs from demand."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.table import Table

from drafting.critic import lint_text
from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.drafts import DraftCreate
from service.cli.common import WorkspaceOption, console, domain_errors, existing_workspace, fail
from service.core.settings import get_settings
from service.okrs import drafts
from service.okrs.draft_markdown import render_markdown


def lint(
    text: Annotated[str, typer.Argument(help="A key result, or an objective with --objective.")],
    objective: Annotated[bool, typer.Option("--objective", help="Lint as an objective.")] = False,
    in_cycle: Annotated[bool, typer.Option(help="The KR inherits a cycle's deadline.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the findings (codes from drafting/RULES.md); exit 1 when one of them blocks."""
    findings = lint_text(text, objective=objective, in_cycle=in_cycle)
    blocking = any(f.severity == "block" for f in findings)
    if json_output:
        typer.echo(
            json.dumps(
                {"findings": [f.model_dump(mode="json") for f in findings], "blocking": blocking}
            )
        )
    elif not findings:
        console.print("[green]no findings[/green]")
    else:
        table = Table(show_header=True)
        for column in ("code", "severity", "where", "fix"):
            table.add_column(column)
        for f in findings:
            where = text[f.span[0] : f.span[1]] if f.span else ""
            table.add_row(f.code, f.severity, where, f.suggestion)
        console.print(table)
    if blocking:
        raise typer.Exit(1)


def draft(
    cycle: Annotated[str, typer.Option("--cycle", help="The quarter to draft for, e.g. 2027-Q1.")],
    workspace: WorkspaceOption = None,
    goal: Annotated[
        list[str] | None,
        typer.Option("--goal", help="A goal line (repeatable); default: the workspace's goals."),
    ] = None,
    provider: Annotated[
        str | None, typer.Option(help="offline or openai; default: THROUGHLINE_LLM_PROVIDER.")
    ] = None,
    from_retro: Annotated[
        str | None,
        typer.Option(help="Add the goals suggested by this cycle's retro, e.g. 2026-Q4."),
    ] = None,
    owner: Annotated[str | None, typer.Option(help="Owner of every drafted objective.")] = None,
    rounds: Annotated[
        int | None, typer.Option(help="Rounds at most; default: THROUGHLINE_DRAFT_MAX_ROUNDS.")
    ] = None,
    top: Annotated[int, typer.Option(help="How many top ideas to draft from.")] = 15,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the stored draft as JSON.")
    ] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print Markdown (the default).")
    ] = False,
) -> None:
    """Draft 1-3 objectives with 2-5 measured KRs each from the top ideas, critiqued and revised
    until nothing blocks; stores the draft with every round. Exits 1 when it did not pass."""
    try:
        body = DraftCreate(
            cycle=cycle,
            goals=goal or None,
            provider=provider,
            from_retro=from_retro,
            owner=owner,
            max_rounds=rounds,
            top_ideas=top,
        )
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise fail(problems) from None
    settings = get_settings()
    engine = make_engine(settings.resolved_database_url())
    try:
        migrate(engine)
        with domain_errors(), unit_of_work(make_session_factory(engine)) as session:
            ws = existing_workspace(session, workspace)
            result = drafts.create_draft(session, ws, body, settings)
    finally:
        engine.dispose()
    if json_output:
        typer.echo(result.model_dump_json(indent=2))
    else:
        typer.echo(render_markdown(result))
    console.print(
        f"stored draft {result.id} ({result.provider}, {len(result.rounds)} round(s), "
        + ("passed" if result.passed else "[red]did not pass[/red]")
        + ")"
    )
    if not result.passed:
        raise typer.Exit(1)
