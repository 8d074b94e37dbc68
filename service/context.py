"""Everything a running Throughline needs, built once from settings (server, CLI, tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from service.core import change_store
from service.core.settings import Settings
from service.feedback import asks
from service.feedback.ingest import Ingestor
from service.feedback.vectors import VectorRegistry
from service.ideas import demand_row_store
from service.ideas.recluster import ReclusterSummary, recluster
from triage.batching import BatchingEmbedder
from triage.embedder import Embedder, default_embedder


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]
    registry: VectorRegistry
    ingestor: Ingestor

    @contextmanager
    def membership_change(
        self, workspace_id: int, session: Session | None = None
    ) -> Iterator[Session]:
        """A unit of work that moves items between ideas, serialised with ingest (in this
        process by the registry's lock, across processes by the database's workspace lock).

        With a request's session, the change commits through it before the lock is released,
        so the request keeps one session; without, a unit of work of its own."""
        with self.registry.writing(workspace_id):
            if session is not None:
                try:
                    change_store.lock_workspace(session, workspace_id)
                    yield session
                except BaseException:
                    session.rollback()  # the caller may go on to render with this session
                    raise
                session.commit()
                return
            with unit_of_work(self.factory) as own:
                change_store.lock_workspace(own, workspace_id)
                yield own

    def recluster(
        self,
        workspace_id: int,
        *,
        seed: int = 0,
        progress: Callable[[str, float], None] | None = None,
    ) -> ReclusterSummary:
        """Re-learn the workspace's envelope, re-embed asks it changes, and re-cluster, in one
        unit of work serialised with ingest (the API job, the CLI and the demo all come here)."""
        report = progress or (lambda _stage, _fraction: None)
        with self.membership_change(workspace_id) as session:
            report("learning the envelope", 0.0)
            changed = asks.refresh(
                session,
                workspace_id,
                self.registry.embedder,
                lambda f: report("re-embedding asks", 0.1 * f),
            )
            summary = recluster(
                session,
                workspace_id,
                seed=seed,
                thresholds=self.settings.thresholds(),
                progress=lambda s, f: report(s, 0.1 + 0.9 * f),
            )
            if changed:  # other processes' cached vectors of the old asks are stale too
                change_store.record(session, workspace_id, change_store.REBUILD, [None])
        if changed:
            self.registry.discard(workspace_id)
        else:
            self.registry.invalidate(workspace_id)
        return summary

    def close(self) -> None:
        self.registry.snapshot_all()
        if isinstance(self.registry.embedder, BatchingEmbedder):
            self.registry.embedder.close()
        self.engine.dispose()


def build_context(settings: Settings, embedder: Embedder | None = None) -> AppContext:
    """Open (and migrate) the database and prepare the vector registry; loads the model."""
    engine = make_engine(settings.resolved_database_url())
    migrate(engine)
    model = embedder or default_embedder(settings.embedding_runtime, settings.model_cache_dir)
    if settings.embedding_batching:
        model = BatchingEmbedder(model, settings.embedding_batch_ms / 1000)
    registry = VectorRegistry(model, settings.resolved_index_dir(), settings.snapshot_every)
    ingestor = Ingestor(registry, settings.thresholds(), settings.neighbours)
    factory = make_session_factory(engine)
    demand_row_store.keep_current(factory)
    with unit_of_work(factory) as session:  # rows a migration or another writer left stale
        demand_row_store.refresh_stale(session)
    return AppContext(settings, engine, factory, registry, ingestor)
