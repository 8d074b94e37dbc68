"""The exact-match lookups read the (workspace, content_hash) index on SQLite.

Any other plan walks every item of the workspace per ingest call: with the board's
(workspace, idea, ...) demand index, an "idea_id IS NOT NULL" in these queries made SQLite do
that, and single-item ingest at 100k stored items went from 16 ms to 200 ms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from service.feedback import store as feedback_store
from service.workspaces import store as workspace_store


def test_every_exact_match_query_uses_the_hash_index(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'plan.db'}")
    migrate(engine)
    factory = make_session_factory(engine)
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "content_hash" in statement and statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "plan")
        event.listen(engine, "before_cursor_execute", record)
        feedback_store.known_hashes(session, ws.id, ["a" * 64, "b" * 64])
        feedback_store.first_by_hash(session, ws.id, ["a" * 64, "b" * 64])
        feedback_store.posted_before(session, ws.id, "a" * 64, "please add a dark mode")
        event.remove(engine, "before_cursor_execute", record)
        assert len(seen) == 3
        raw = session.connection().connection.driver_connection
        assert raw is not None
        for statement, parameters in seen:
            plan = " ".join(
                str(row) for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
            assert "ix_feedback_workspace_hash" in plan, (statement, plan)
    engine.dispose()
