"""A workspace whose first items read like an issue tracker merges nothing on similarity alone:
what would have auto-merged waits for a PM, an exact re-post still merges, and a threshold the
workspace set for itself applies again. A feedback workspace merges the same pair."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from models.db import unit_of_work
from models.notifications import WorkspaceSettingsUpdate
from models.schemas import FeedbackCreate, FeedbackResult
from models.tables import DecisionLog, Workspace
from service.context import AppContext
from service.feedback.vectors import SHAPE_ITEMS
from service.workspaces import store as workspace_store
from service.workspaces.preferences import update_settings
from tests.conftest import make_key
from tests.service.test_whitened_decisions import distinct_texts
from tests.support.web_client import sign_in

LIBRARIES = ("Jetty", "Netty", "Jackson", "Guava", "Log4j", "Zookeeper", "Avro", "Snappy")
MODULES = ("hadoop-common", "hadoop-hdfs", "hadoop-yarn", "hadoop-tools", "hadoop-aws")
ISSUE = "Fix NullPointerException in ViewFileSystem when the mount table is empty"
SAME_ISSUE = "Fix NullPointerException in ViewFileSystem if the mount table is empty"
OTHER = "Document the retry policy of the S3A committer"


def issue_titles() -> list[str]:
    """Titles a version, module or test apart, as in an issue tracker."""
    titles = [f"Upgrade {LIBRARIES[i % 8]} to {i // 8}.{i % 8}.1" for i in range(80)]
    titles += [
        f"Remove unused imports of {LIBRARIES[i % 8]} in {MODULES[i % 5]}" for i in range(40)
    ]
    titles += [f"TestRpc{LIBRARIES[i % 8]}#testCall{i} fails on JDK {8 + i % 4}" for i in range(80)]
    return titles


def _workspace(context: AppContext, name: str) -> Workspace:
    with unit_of_work(context.factory) as session:
        ws = workspace_store.get_or_create_workspace(session, name)
        session.expunge(ws)
    return ws


def _ingest(context: AppContext, ws: Workspace, texts: list[str]) -> list[FeedbackResult]:
    return context.ingestor.ingest(context.factory, ws, [FeedbackCreate(text=t) for t in texts])


def _last_thresholds(context: AppContext, ws: Workspace) -> dict:
    with unit_of_work(context.factory) as session:
        log = session.scalars(
            select(DecisionLog)
            .where(DecisionLog.workspace_id == ws.id)
            .order_by(DecisionLog.id.desc())
        ).first()
        assert log is not None
        return dict(log.thresholds)


@pytest.mark.slow
def test_an_issue_tracker_sends_what_would_merge_to_review(
    context: AppContext, client: TestClient, key_for: Callable[[str], dict[str, str]]
) -> None:
    titles = issue_titles()
    assert len(set(titles)) == len(titles) >= SHAPE_ITEMS
    tracker = _workspace(context, "tracker")
    _ingest(context, tracker, [*titles, ISSUE, OTHER])
    [twin] = _ingest(context, tracker, [SAME_ISSUE])
    assert twin.decision == "review"
    assert twin.matches[0].score >= 0.95  # near-verbatim: elsewhere this merges on its own
    assert _last_thresholds(context, tracker)["similar_merges"] is False
    stats = client.get("/api/v1/review/stats", headers=key_for("tracker")).json()
    assert stats["current"]["similar_merges"] is False  # the PM is told why, and in the browser:
    sign_in(client, make_key(context, "tracker"))
    page = " ".join(client.get("/review").text.split())
    assert 'id="tracker-note"' in page and "nothing merges on similarity alone" in page
    [repost] = _ingest(context, tracker, [ISSUE])
    assert repost.decision == "exact_duplicate"

    with unit_of_work(context.factory) as session:  # the PM sets the workspace's own cut-off
        update_settings(session, tracker.id, WorkspaceSettingsUpdate(auto_merge_threshold=0.9))
    [again] = _ingest(context, tracker, ["Document the retry policy for the S3A committer"])
    assert again.decision == "auto_merge"
    stats = client.get("/api/v1/review/stats", headers=key_for("tracker")).json()
    assert stats["current"]["similar_merges"] is True

    feedback = _workspace(context, "feedback")
    _ingest(context, feedback, [*distinct_texts(SHAPE_ITEMS), ISSUE])
    [twin] = _ingest(context, feedback, [SAME_ISSUE])
    assert twin.decision == "auto_merge"
    assert _last_thresholds(context, feedback)["similar_merges"] is True
    stats = client.get("/api/v1/review/stats", headers=key_for("feedback")).json()
    assert stats["current"]["similar_merges"] is True
    sign_in(client, make_key(context, "feedback"))
    assert 'id="tracker-note"' not in client.get("/review").text
