"""Fixtures for the service tests: a scripted chat-completions server, and the environment the
CLI reads its settings from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from service.core.settings import get_settings
from tests.support.chat_server import ChatServer


@pytest.fixture
def chat_server() -> Iterator[ChatServer]:
    server = ChatServer().start()
    yield server
    server.stop()


@pytest.fixture
def cli_env(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """THROUGHLINE_* pointing at this test's database and data folder, as a user would set."""
    monkeypatch.setenv("THROUGHLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("THROUGHLINE_DATABASE_URL", database_url)
    get_settings.cache_clear()
    yield database_url
    get_settings.cache_clear()
