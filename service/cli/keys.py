"""`throughline keys`: API keys scoped to one workspace."""

from __future__ import annotations

from typing import Annotated

import typer

from models.db import unit_of_work
from models.schemas import Role
from service.cli.common import app_context, console
from service.workspaces import store as workspace_store

app = typer.Typer(help="Manage API keys.", no_args_is_help=True)


@app.command("create")
def create(
    workspace: Annotated[str, typer.Option(help="Workspace name (created if new).")],
    role: Annotated[Role, typer.Option(help="What the key may do.")] = Role.admin,
) -> None:
    """Create an API key and print it once; only its hash is stored."""
    with app_context() as context, unit_of_work(context.factory) as session:
        existed = workspace_store.get_workspace(session, workspace) is not None
        ws = workspace_store.get_or_create_workspace(session, workspace)
        key = workspace_store.create_key(session, ws, role.value)
    if not existed:
        console.print(f"created workspace [bold]{workspace}[/bold]")
    console.print("API key (shown once, store it now):")
    typer.echo(key)
