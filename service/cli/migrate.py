"""`throughline migrate`: bring the database schema to the newest revision, then exit."""

from __future__ import annotations

from models.db import make_engine, migrate
from service.cli.common import console
from service.core.settings import get_settings


def migrate_database() -> None:
    """Upgrade the schema and exit: run it once before starting API processes and workers
    (each would otherwise migrate at start, racing one another on a fresh database)."""
    engine = make_engine(get_settings().resolved_database_url())
    try:
        migrate(engine)
    finally:
        engine.dispose()
    console.print("database schema is up to date")
