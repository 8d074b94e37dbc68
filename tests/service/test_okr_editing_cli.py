"""`throughline cycle accept --mode`: a second draft for a busy cycle is refused with a clear
message until merge or replace is chosen, and merging adds no duplicate objective."""

from __future__ import annotations

from sqlalchemy import select
from typer.testing import CliRunner

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.okr import OkrSet
from models.okr_tables import ObjectiveRow
from service.cli.main import app
from tests.support.stored_sample import checkout_objective, store_draft

runner = CliRunner()


def test_accept_into_a_busy_cycle_needs_a_mode(cli_env: str) -> None:
    engine = make_engine(cli_env)
    migrate(engine)
    factory = make_session_factory(engine)
    okr_set = OkrSet(cycle="2026-Q3", objectives=[checkout_objective("Growth")])
    first, second = store_draft(factory, "acme", okr_set), store_draft(factory, "acme", okr_set)

    done = runner.invoke(app, ["cycle", "accept", str(first), "--workspace", "acme"])
    assert done.exit_code == 0, done.stderr
    assert "Only 0% of 2026-Q3 is left" in done.stderr
    refused = runner.invoke(app, ["cycle", "accept", str(second), "--workspace", "acme"])
    assert refused.exit_code == 2 and "cycle_not_empty" in refused.stderr
    merged = runner.invoke(
        app, ["cycle", "accept", str(second), "--mode", "merge", "--workspace", "acme"]
    )
    assert merged.exit_code == 0, merged.stderr
    assert "1 objectives, 2 key results" in merged.stderr
    with unit_of_work(factory) as session:
        assert len(list(session.scalars(select(ObjectiveRow.id)))) == 1
    engine.dispose()
