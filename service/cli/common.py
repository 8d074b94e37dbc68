"""What every CLI command shares: settings, the app context, error exits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

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


def existing_workspace(session: Session, name: str) -> Workspace:
    """The named workspace, or a clear exit that lists the ones there are."""
    workspace = workspace_store.get_workspace(session, name)
    if workspace is None:
        names = ", ".join(w.name for w in workspace_store.all_workspaces(session)) or "none yet"
        raise fail(f"no workspace named {name!r} (workspaces: {names})")
    return workspace
