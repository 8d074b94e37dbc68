"""The index is a cache: deleting, corrupting or outdating its snapshot loses nothing."""

from __future__ import annotations

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from models.tables import Workspace
from service.context import build_context
from service.core.settings import Settings
from service.workspaces import store as workspace_store

TEXTS = [
    "Add SAML single sign-on",
    "Dashboard takes forever to load",
    "Recurring invoices for monthly clients",
    "Please support SAML SSO login",
    "The dashboard loads really slowly",
]


def fill(settings: Settings, embedder, texts: list[str]) -> tuple[Workspace, list]:  # type: ignore[no-untyped-def]
    context = build_context(settings, embedder)
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        session.expunge(ws)
    results = context.ingestor.ingest(context.factory, ws, [FeedbackCreate(text=t) for t in texts])
    context.close()  # snapshots
    return ws, results


def neighbours_after_restart(settings: Settings, embedder, ws: Workspace, text: str):  # type: ignore[no-untyped-def]
    context = build_context(settings, embedder)
    try:
        with unit_of_work(context.factory) as session:
            state = context.registry.current(session, ws.id)
            size = len(state.index)
            result = context.ingestor.decide_text(session, ws.id, text)
        return size, result
    finally:
        context.close()


def test_deleted_snapshot_is_rebuilt_from_the_database(settings: Settings, embedder) -> None:  # type: ignore[no-untyped-def]
    ws, results = fill(settings, embedder, TEXTS)
    snapshot = settings.resolved_index_dir() / f"workspace-{ws.id}.faiss"
    assert snapshot.exists()
    size, before = neighbours_after_restart(settings, embedder, ws, "SSO with SAML please")
    snapshot.unlink()
    snapshot.with_suffix(".json").unlink()
    rebuilt_size, after = neighbours_after_restart(settings, embedder, ws, "SSO with SAML please")
    assert rebuilt_size == size == len(TEXTS)
    assert after == before
    sso_ideas = {results[0].idea_id, results[3].idea_id}  # one idea, or two a PM may merge
    assert after.matches[0].idea_id in sso_ideas


def test_corrupt_snapshot_is_rebuilt(settings: Settings, embedder) -> None:  # type: ignore[no-untyped-def]
    ws, _ = fill(settings, embedder, TEXTS)
    (settings.resolved_index_dir() / f"workspace-{ws.id}.faiss").write_bytes(b"\0garbage")
    size, result = neighbours_after_restart(settings, embedder, ws, "slow dashboard")
    assert size == len(TEXTS)
    assert result.matches and "ashboard" in result.matches[0].title


def test_stale_snapshot_catches_up_with_items_written_elsewhere(
    settings: Settings,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    ws, _ = fill(settings, embedder, TEXTS[:2])
    snapshot = settings.resolved_index_dir() / f"workspace-{ws.id}.faiss"
    old = snapshot.read_bytes(), snapshot.with_suffix(".json").read_text()
    fill(settings, embedder, TEXTS[2:])
    snapshot.write_bytes(old[0])  # put the older snapshot back, as if the last save was lost
    snapshot.with_suffix(".json").write_text(old[1])
    size, result = neighbours_after_restart(settings, embedder, ws, "monthly recurring invoices")
    assert size == len(TEXTS)
    assert result.matches[0].title == "Recurring invoices for monthly clients"
