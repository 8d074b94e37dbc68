"""At FIT_ITEMS distinct items a workspace's decisions move to its whitened space: the scores
are the whitened cosines the library computes from the stored embeddings, the decision log
says so, thresholds set for raw vectors stop applying, and a restart without the snapshot
reaches the same map."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from sqlalchemy import select

from models.db import unit_of_work
from models.notifications import WorkspaceSettingsUpdate
from models.schemas import DecisionSpace, FeedbackCreate
from models.tables import DecisionLog, FeedbackItem, Workspace
from service.context import AppContext, build_context
from service.core.settings import Settings
from service.feedback import calibration
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store
from service.workspaces.preferences import update_settings
from triage.dedupe import is_lone
from triage.envelope import extract_ask
from triage.normalise import content_hash
from triage.whitening import FIT_ITEMS, fit_whitening

PROBE = "Please let us export the monthly report as a CSV file"


def distinct_texts(n: int) -> list[str]:
    """Texts whose asks differ (the sample's greetings and sign-offs are not a difference)."""
    texts, seen = [], set()
    for item in generate_feedback(3 * n, seed=3):
        digest = content_hash(extract_ask(item.text))
        if digest not in seen:
            seen.add(digest)
            texts.append(item.text)
    return texts[:n]


def workspace(context: AppContext) -> Workspace:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "acme")
        session.expunge(ws)
    return ws


def expected_score(context: AppContext, ws: Workspace, idea_id: int, query: np.ndarray) -> float:
    """The whitened centroid cosine, recomputed from the DB with the library alone."""
    with unit_of_work(context.factory) as session:
        rows = session.execute(
            select(FeedbackItem.embedding, FeedbackItem.idea_id)
            .where(FeedbackItem.workspace_id == ws.id)
            .order_by(FeedbackItem.id)
        ).all()
    vectors = np.stack([np.frombuffer(r.embedding, dtype=np.float32) for r in rows])
    whitening = fit_whitening(vectors[:FIT_ITEMS])
    members = whitening.apply(vectors[[r.idea_id == idea_id for r in rows]])
    centre = members.sum(axis=0)
    return float(whitening.apply(query[None])[0] @ centre / np.linalg.norm(centre))


@pytest.mark.slow
def test_decisions_move_to_the_whitened_space_at_fit_items(
    settings: Settings, embedder, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ws = workspace(context)
    with unit_of_work(context.factory) as session:  # an admin's threshold, set while still raw
        update_settings(session, ws.id, WorkspaceSettingsUpdate(auto_merge_threshold=0.99))
    texts = distinct_texts(FIT_ITEMS + 30)
    first = [FeedbackCreate(text=t) for t in texts[:FIT_ITEMS]]
    context.ingestor.ingest(context.factory, ws, first)  # one call: decided before the switch
    later = [FeedbackCreate(text=t) for t in texts[FIT_ITEMS:]]
    context.ingestor.ingest(context.factory, ws, later)

    with unit_of_work(context.factory) as session:
        logs = session.scalars(
            select(DecisionLog).where(DecisionLog.workspace_id == ws.id).order_by(DecisionLog.id)
        ).all()
        result = context.ingestor.decide_text(session, ws.id, PROBE)
        figures = calibration.stats(session, ws.id, settings.thresholds()).current
    assert {log.scores["space"] for log in logs[:FIT_ITEMS]} == {"raw"}
    assert {log.scores["space"] for log in logs[FIT_ITEMS:]} == {"whitened"}
    assert logs[0].thresholds["auto_merge"] == 0.99
    assert logs[-1].thresholds["auto_merge"] == settings.whitened_auto_merge_threshold
    assert figures.space == DecisionSpace.whitened and figures.source == "default"
    assert figures.auto_merge == settings.whitened_auto_merge_threshold

    best = result.matches[0]
    query = embedder.embed([PROBE])[0]
    assert abs(best.score - expected_score(context, ws, best.idea_id, query)) < 1e-4
    with unit_of_work(context.factory) as session:
        members = session.scalars(
            select(FeedbackItem.embedding).where(FeedbackItem.idea_id == best.idea_id)
        ).all()
    raw_centre = np.sum([np.frombuffer(m, dtype=np.float32) for m in members], axis=0)
    raw_score = float(query @ raw_centre / np.linalg.norm(raw_centre))
    assert abs(best.score - raw_score) > 0.01  # the score is not the raw cosine

    # The lone-idea bar reads "one item" off a centroid: the whitened sums kept for ingest
    # must tell ideas of one indexed item from the rest.
    with unit_of_work(context.factory) as session:
        state = context.ingestor.registry.current(session, ws.id)
    sizes = Counter(state.idea_of.values())
    lone = {idea for idea, n in sizes.items() if n == 1}
    assert lone and len(lone) < len(sizes)
    assert all(is_lone(state.centroids[idea]) == (idea in lone) for idea in sizes)

    context.close()
    snapshot = settings.resolved_index_dir() / f"workspace-{ws.id}.faiss"
    snapshot.unlink()
    snapshot.with_suffix(".json").unlink()
    restarted = build_context(settings, embedder)
    try:
        with unit_of_work(restarted.factory) as session:
            again = restarted.ingestor.decide_text(session, ws.id, PROBE)
    finally:
        restarted.close()
    assert again.matches[0].idea_id == best.idea_id
    assert abs(again.matches[0].score - best.score) < 1e-5
