"""The schema on both engines: migrations, constraints, embeddings stored as float32 bytes."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.tables import Account, FeedbackItem, Idea, Workspace


@pytest.fixture
def factory(database_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(database_url)
    migrate(engine)
    yield make_session_factory(engine)
    engine.dispose()


def test_migrations_create_every_table_and_are_idempotent(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    migrate(engine)  # a second run is a no-op, not an error
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {
        "workspaces",
        "api_keys",
        "accounts",
        "requesters",
        "ideas",
        "feedback_items",
        "decision_log",
        "alembic_version",
    } <= tables


def test_external_id_is_unique_per_workspace_and_source_but_may_be_absent(factory) -> None:  # type: ignore[no-untyped-def]
    def item(ws: int, source: str, external_id: str | None) -> FeedbackItem:
        return FeedbackItem(
            workspace_id=ws,
            text="t",
            source=source,
            external_id=external_id,
            content_hash="h",
            decision="new",
        )

    with unit_of_work(factory) as session:
        a, b = Workspace(name="a"), Workspace(name="b")
        session.add_all([a, b])
        session.flush()
        session.add_all(
            [
                item(a.id, "zendesk", "1"),
                item(a.id, "slack", "1"),
                item(b.id, "zendesk", "1"),
                item(a.id, "zendesk", None),
                item(a.id, "zendesk", None),
            ]
        )
    with pytest.raises(IntegrityError), unit_of_work(factory) as session:
        session.add(item(a.id, "zendesk", "1"))
        session.flush()
    with unit_of_work(factory) as session:
        assert len(session.scalars(select(FeedbackItem)).all()) == 5


def test_embeddings_metadata_and_deletes_round_trip(factory) -> None:  # type: ignore[no-untyped-def]
    vector = np.random.default_rng(1).normal(size=384).astype(np.float32)
    with unit_of_work(factory) as session:
        ws = Workspace(name="acme")
        session.add(ws)
        session.flush()
        idea = Idea(workspace_id=ws.id, title="Dark mode")
        account = Account(workspace_id=ws.id, name="Initech", mrr=1250.5)
        session.add_all([idea, account])
        session.flush()
        session.add(
            FeedbackItem(
                workspace_id=ws.id,
                idea_id=idea.id,
                account_id=account.id,
                text="dark please",
                source="portal",
                content_hash="x",
                decision="new",
                embedding=vector.tobytes(),
                meta={"plan": "pro", "tags": ["ui"]},
            )
        )
    with unit_of_work(factory) as session:
        stored = session.scalars(select(FeedbackItem)).one()
        assert stored.embedding is not None
        assert np.array_equal(np.frombuffer(stored.embedding, dtype=np.float32), vector)
        assert stored.meta == {"plan": "pro", "tags": ["ui"]}
        session.delete(session.get(Idea, stored.idea_id))
    with unit_of_work(factory) as session:
        assert session.scalars(select(FeedbackItem)).one().idea_id is None  # SET NULL, not lost


def test_migrations_match_the_table_definitions(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from models.tables import Base

    engine = make_engine(database_url)
    migrate(engine)
    declared = _not_modelled(engine)
    assert "item_words_data" in declared["table"]  # the FTS5 shadow tables are declared

    def modelled(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
        # Only what a migration declares it makes outside the models (a virtual table and the
        # shadow tables SQLite makes for it, an index with an extension's operator class).
        return not (reflected and compare_to is None and name in declared.get(type_, ()))

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": modelled})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def _not_modelled(engine) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Tables and indexes each revision lists in NOT_MODELLED, by alembic object type."""
    from alembic.script import ScriptDirectory

    from models.db import alembic_config

    declared: dict[str, set[str]] = {"table": set(), "index": set()}
    for revision in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions():
        listed = getattr(revision.module, "NOT_MODELLED", {})
        declared["table"] |= set(listed.get("tables", ()))
        declared["index"] |= set(listed.get("indexes", ()))
    return declared


def test_timestamps_come_back_timezone_aware_in_utc(factory) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta, timezone

    paris = datetime(2026, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    with unit_of_work(factory) as session:
        session.add(Workspace(name="tz", created_at=paris))
    with unit_of_work(factory) as session:
        stored = session.scalars(select(Workspace).where(Workspace.name == "tz")).one()
        assert stored.created_at == paris and stored.created_at.utcoffset() == timedelta(0)
