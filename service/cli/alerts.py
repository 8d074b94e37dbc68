"""`throughline alerts`: send (or preview) the PM digest of a workspace."""

from __future__ import annotations

from typing import Annotated

import typer

from models.db import unit_of_work
from models.tables import utcnow
from service.alerts import runs
from service.cli.common import (
    WorkspaceOption,
    app_context,
    console,
    domain_errors,
    existing_workspace,
)

app = typer.Typer(
    help="The PM digest: surges, high-MRR requests, failed deliveries.", no_args_is_help=True
)


@app.command("send")
def send(
    workspace: WorkspaceOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the digest without sending it.")
    ] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Send the digest now to the workspace's recipients (set on /settings/alerts) and print it."""
    with app_context() as context, domain_errors(), unit_of_work(context.factory) as session:
        found = existing_workspace(session, workspace)
        result = runs.send_now(session, context.settings, found.id, utcnow(), dry_run)
    if json_output:
        typer.echo(result.model_dump_json())
        return
    typer.echo(result.text)
    if result.digest is not None:
        error = f" ({result.digest.error})" if result.digest.error else ""
        console.print(f"digest {result.digest.id}: {result.digest.state}{error}")
