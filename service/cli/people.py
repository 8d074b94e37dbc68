"""`throughline people`: the people who sign in to the pages, and their roles."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from models.db import unit_of_work
from models.people import PersonRole
from service.cli.common import app_context, console, domain_errors, existing_workspace
from service.workspaces import people
from service.workspaces import store as workspace_store

app = typer.Typer(help="Manage the people who sign in.", no_args_is_help=True)


@app.command("add")
def add(
    email: Annotated[str, typer.Option(help="Their e-mail address (they sign in with it).")],
    name: Annotated[str, typer.Option(help="Their name, as the pages and audit log show it.")],
    role: Annotated[PersonRole, typer.Option(help="What they may do.")] = PersonRole.member,
    workspace: Annotated[str, typer.Option(help="Workspace name (created if new).")] = "default",
    ask_password: Annotated[
        bool, typer.Option("--ask-password", help="Type a password instead of generating one.")
    ] = False,
) -> None:
    """Add a person to a workspace and print their password once (generated unless asked)."""
    password = (
        typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        if ask_password
        else people.generate_password()
    )
    with app_context() as context, unit_of_work(context.factory) as session, domain_errors():
        ws = workspace_store.get_or_create_workspace(session, workspace)
        member, created = people.add_person(session, ws, email, name, role, password)
    if not created:
        console.print(f"{member.email} already had an account; added to {workspace} as {role}.")
        console.print("Their password is unchanged.")
        return
    console.print(f"added {member.name} <{member.email}> to {workspace} as {role}")
    if not ask_password:
        console.print("password (shown once, pass it on safely):")
        typer.echo(password)


@app.command("list")
def list_people(
    workspace: Annotated[str, typer.Option(help="Workspace name.")] = "default",
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The people of a workspace with their roles."""
    with app_context() as context, unit_of_work(context.factory) as session:
        found = people.list_members(session, existing_workspace(session, workspace).id)
    if json_output:
        typer.echo(json.dumps([m.model_dump(mode="json") for m in found]))
        return
    if not found:
        console.print(f"nobody in {workspace} yet: throughline people add --workspace {workspace}")
    for m in found:
        typer.echo(f"{m.id:>4}  {m.role:<7} {m.name} <{m.email}>")


@app.command("remove")
def remove(
    person_id: Annotated[int, typer.Argument(help="The person's id (see `people list`).")],
    workspace: Annotated[str, typer.Option(help="Workspace name.")] = "default",
) -> None:
    """Take a person out of a workspace: their keys there stop and their sessions end."""
    with app_context() as context, unit_of_work(context.factory) as session, domain_errors():
        people.remove_member(session, existing_workspace(session, workspace).id, person_id, "cli")
    console.print(f"removed person {person_id} from {workspace}")
