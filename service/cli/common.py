"""What every CLI command shares: settings, the app context, error exits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from models.tables import Workspace
from service.context import AppContext, build_context
from service.core.errors import DomainError
from service.core.settings import get_settings
from service.workspaces import store as workspace_store

console = Console(stderr=True, soft_wrap=True)  # never break messages mid-line


@contextmanager
def app_context() -> Iterator[AppContext]:
    """Build the context for one command and close it (snapshotting indexes) afterwards."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    context = build_context(get_settings())
    try:
        yield context
    finally:
        context.close()


def fail(message: str, code: int = 2) -> typer.Exit:
    console.print(f"[red]error:[/red] {message}")
    return typer.Exit(code)


@contextmanager
def domain_errors() -> Iterator[None]:
    """Map domain errors to a one-line message and a non-zero exit, never a traceback."""
    try:
        yield
    except DomainError as exc:
        raise fail(f"{exc.detail} ({exc.code})") from None


# Every command's --workspace: omitted, the only workspace there is.
WorkspaceOption = Annotated[
    str | None,
    typer.Option("--workspace", help="Workspace name; may be left out when there is only one."),
]


def existing_workspace(session: Session, name: str | None) -> Workspace:
    """The named workspace (without a name: the only one), or a clear exit that lists the
    ones there are."""
    if name is None:
        return _only_workspace(session)
    workspace = workspace_store.get_workspace(session, name)
    if workspace is None:
        raise fail(f"no workspace named {name!r} (workspaces: {_names(session)})")
    return workspace


def chosen_workspace_name(session: Session, name: str | None, default: str = "default") -> str:
    """For commands that create a workspace if new: the name given, else the only workspace,
    else `default` when there is none yet."""
    if name is not None:
        return name
    if not workspace_store.all_workspaces(session):
        return default
    return _only_workspace(session).name


def _only_workspace(session: Session) -> Workspace:
    found = workspace_store.all_workspaces(session)
    if len(found) == 1:
        return found[0]
    if not found:
        raise fail("no workspace yet: import feedback first (throughline import FILE)")
    raise fail(f"there are several workspaces, pick one with --workspace ({_names(session)})")


def _names(session: Session) -> str:
    return ", ".join(w.name for w in workspace_store.all_workspaces(session)) or "none yet"
