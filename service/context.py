"""Everything a running Throughline needs, built once from settings (server, CLI, tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from service.core.settings import Settings
from service.feedback.ingest import Ingestor
from service.feedback.vectors import VectorRegistry
from triage.embedder import Embedder, default_embedder


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]
    registry: VectorRegistry
    ingestor: Ingestor

    @contextmanager
    def membership_change(self, workspace_id: int) -> Iterator[Session]:
        """A unit of work that moves items between ideas, serialised with ingest."""
        with self.registry.writing(workspace_id), unit_of_work(self.factory) as session:
            yield session

    def close(self) -> None:
        self.registry.snapshot_all()
        self.engine.dispose()


def build_context(settings: Settings, embedder: Embedder | None = None) -> AppContext:
    """Open (and migrate) the database and prepare the vector registry; loads the model."""
    engine = make_engine(settings.resolved_database_url())
    migrate(engine)
    registry = VectorRegistry(
        embedder or default_embedder(settings.embedding_runtime, settings.model_cache_dir),
        settings.resolved_index_dir(),
        settings.snapshot_every,
    )
    ingestor = Ingestor(registry, settings.thresholds(), settings.neighbours)
    return AppContext(settings, engine, make_session_factory(engine), registry, ingestor)
