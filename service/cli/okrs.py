"""`throughline lint`: check an OKR statement against the written rules."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from drafting.critic import lint_text
from service.cli.common import console


def lint(
    text: Annotated[str, typer.Argument(help="A key result, or an objective with --objective.")],
    objective: Annotated[bool, typer.Option("--objective", help="Lint as an objective.")] = False,
    in_cycle: Annotated[bool, typer.Option(help="The KR inherits a cycle's deadline.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the findings (codes from OKR_RULES.md); exit 1 when one of them blocks."""
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
