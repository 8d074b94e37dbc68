"""A threshold the server is configured with survives what the review queue learns."""

from __future__ import annotations

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.review_tables import Suggestion
from models.schemas import DecisionKind
from models.tables import DecisionLog, FeedbackItem
from service.core.settings import Settings
from service.feedback import calibration
from service.ideas import store as idea_store
from service.workspaces import store as workspace_store
from triage.normalise import content_hash

CONFIGURED_REVIEW = 0.73  # not the code default, so a fall-back to it shows


def _answer(session, workspace_id: int, idea_id: int, n: int, score: float, accepted: bool) -> None:  # type: ignore[no-untyped-def]
    """One answered grey-zone suggestion, with the decision-log scores calibration reads."""
    text = f"request number {n}"
    item = FeedbackItem(
        workspace_id=workspace_id,
        idea_id=idea_id,
        text=text,
        source="api",
        content_hash=content_hash(text),
        decision=DecisionKind.review,
    )
    session.add(item)
    session.flush()
    session.add(
        DecisionLog(
            workspace_id=workspace_id,
            item_id=item.id,
            decision=DecisionKind.review,
            idea_id=idea_id,
            best_score=score,
            scores={"confidence": score, "space": "raw"},
        )
    )
    session.add(
        Suggestion(
            workspace_id=workspace_id,
            item_id=item.id,
            idea_id=idea_id,
            score=score,
            origin="ingest",
            status="accepted" if accepted else "rejected",
        )
    )


def test_configured_review_threshold_survives_recalibration(database_url: str) -> None:
    settings = Settings(database_url=database_url, review_threshold=CONFIGURED_REVIEW)
    assert CONFIGURED_REVIEW != Settings.model_fields["review_threshold"].default
    engine = make_engine(database_url)
    migrate(engine)
    factory = make_session_factory(engine)
    try:
        with unit_of_work(factory) as session:
            workspace = workspace_store.get_or_create_workspace(session, "acme")
            idea = idea_store.create_idea(session, workspace.id, "Dark mode")
            # 20 PM answers: enough to learn an auto-merge cut-off, too few accepted (8 < 10)
            # to learn a review one, so the review cut-off in force must stay the configured one.
            for n in range(8):
                _answer(session, workspace.id, idea.id, n, 0.90 + n / 100, accepted=True)
            for n in range(8, 20):
                _answer(session, workspace.id, idea.id, n, 0.70 + n / 200, accepted=False)
            calibration.recalibrate(session, workspace.id, settings.thresholds())
            stored = workspace_store.read_settings(session, workspace.id)
            figures = calibration.stats(session, workspace.id, settings.thresholds()).current
        assert stored.auto_merge_threshold is not None  # something was learned
        assert figures.source == "learned"
        assert figures.review == CONFIGURED_REVIEW
    finally:
        engine.dispose()
