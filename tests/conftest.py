"""Shared fixtures: a real database (SQLite and PostgreSQL), the real model, a live app."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from models.db import unit_of_work
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.workspaces import store as workspace_store
from triage.embedder import Embedder, default_embedder

PG_URL = os.environ.get("THROUGHLINE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_reachable() -> str | None:
    try:
        engine = create_engine(
            PG_URL.replace("postgresql://", "postgresql+psycopg://", 1),
            connect_args={"connect_timeout": 3},
        )
        with engine.connect() as connection:
            connection.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to connect means "not here"
        return str(exc).splitlines()[0]


@pytest.fixture(scope="session")
def postgres_error() -> str | None:
    return _postgres_reachable()


def _postgres_url(postgres_error: str | None) -> Iterator[str]:
    """A fresh schema per test, dropped afterwards; under CI a missing server fails."""
    if postgres_error:
        message = f"PostgreSQL not reachable at {PG_URL}: {postgres_error}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_error: str | None
) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'throughline.db'}"
    else:
        yield from _postgres_url(postgres_error)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The runtime the product uses by default (ONNX, exported once into the model cache)."""
    return default_embedder("onnx")


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    # Tests that deliver notifications run the worker themselves, on their own clock.
    return Settings(data_dir=tmp_path / "data", database_url=database_url, notify_worker=False)


@pytest.fixture
def context(settings: Settings, embedder: Embedder) -> Iterator[AppContext]:
    ctx = build_context(settings, embedder)
    yield ctx
    ctx.close()


def make_key(context: AppContext, workspace: str, role: str = "admin") -> str:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, workspace)
        return workspace_store.create_key(session, ws, role)


@pytest.fixture
def client(context: AppContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=context), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def key_for(context: AppContext) -> Callable[[str], dict[str, str]]:
    """Authorization headers for a new key of the named workspace."""
    return lambda workspace: {"Authorization": f"Bearer {make_key(context, workspace)}"}


@pytest.fixture
def auth(key_for: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return key_for("acme")


SLOW_SECONDS = 5.0  # a test that takes longer than this belongs under the `slow` mark
_unmarked_slow: list[tuple[str, float]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.duration > SLOW_SECONDS and "slow" not in report.keywords:
        _unmarked_slow.append((report.nodeid, report.duration))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Name the tests that ran long without the `slow` mark, so the mark stays honest."""
    for nodeid, seconds in _unmarked_slow:
        terminalreporter.write_line(f"not marked slow but took {seconds:.1f} s: {nodeid}")
