"""`throughline keys`: API keys scoped to one workspace."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from models.db import unit_of_work
from models.schemas import Role
from service.cli.common import (
    WorkspaceOption,
    app_context,
    console,
    domain_errors,
    existing_workspace,
)
from service.workspaces import keys
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


@app.command("list")
def list_keys(
    workspace: WorkspaceOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every key of the workspace by id and prefix (the keys themselves are never stored)."""
    with app_context() as context, unit_of_work(context.factory) as session, domain_errors():
        found = keys.list_keys(session, existing_workspace(session, workspace).id)
    if json_output:
        typer.echo(json.dumps([k.model_dump(mode="json") for k in found]))
        return
    for k in found:
        state = f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "active"
        console.print(
            f"{k.id:>4}  {k.prefix}…  {k.role:<7} created {k.created_at:%Y-%m-%d}  {state}"
        )


@app.command("revoke")
def revoke(
    key_id: Annotated[int, typer.Argument(help="The key's id (see `keys list`).")],
    workspace: WorkspaceOption = None,
) -> None:
    """Stop a key working at once."""
    with app_context() as context, unit_of_work(context.factory) as session, domain_errors():
        done = keys.revoke(session, existing_workspace(session, workspace).id, key_id)
    console.print(f"revoked key {done.id} ({done.prefix}…)")


@app.command("rotate")
def rotate(
    key_id: Annotated[int, typer.Argument(help="The key's id (see `keys list`).")],
    workspace: WorkspaceOption = None,
) -> None:
    """Revoke a key and print its replacement (same role) once."""
    with app_context() as context, unit_of_work(context.factory) as session, domain_errors():
        new = keys.rotate(session, existing_workspace(session, workspace), key_id)
    console.print(f"revoked key {key_id}; new key {new.id} (shown once, store it now):")
    typer.echo(new.key)
