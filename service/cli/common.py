"""What every CLI command shares: settings, the app context, error exits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

from service.context import AppContext, build_context
from service.core.errors import DomainError
from service.core.settings import get_settings

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
