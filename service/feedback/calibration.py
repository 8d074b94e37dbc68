"""Learning the duplicate thresholds of a workspace from its PM's verdicts.

Every verdict is a scored pair: the confidence the duplicate decision computed for the item
(best + margin_weight x margin, from the decision log) and whether the PM agreed it was a
duplicate. Accepted suggestions and auto-merges nobody undid count as duplicates; rejected,
redirected and "new idea" suggestions and undone auto-merges count as not.

- auto-merge: the lowest threshold at which at least TARGET_PRECISION of the verdicts above it
  were duplicates (with at least MIN_ABOVE verdicts above);
- review: a little below the 5th percentile of the similarity of accepted suggestions, so
  almost every real duplicate still reaches the queue.
Nothing is learned before MIN_VERDICTS PM answers (suggestions or undone auto-merges).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from sqlalchemy.orm import Session

from models.review import ReviewStats, SuggestionStatus, ThresholdFigures
from models.schemas import DecisionSpace, WorkspaceSettings
from service.core import audit_store
from service.feedback import store as feedback_store
from service.feedback.vectors import decision_space
from service.review import store as review_store
from service.workspaces import store as workspace_store
from triage.dedupe import ThresholdPair, Thresholds

TARGET_PRECISION = 0.95
MIN_VERDICTS = 20
MIN_ABOVE = 10
REVIEW_SLACK = 0.02
GRID = np.round(np.arange(0.60, 0.995, 0.005), 3)  # whitened cosines run lower than raw


@dataclass(frozen=True)
class Verdict:
    similarity: float  # best idea's score
    confidence: float  # what auto-merge compares with its threshold
    duplicate: bool
    by_pm: bool  # False: an auto-merge nobody undid (presumed right)
    auto: bool = False  # an auto-merge (as opposed to an answered suggestion)


def verdicts(session: Session, workspace_id: int, space: DecisionSpace) -> list[Verdict]:
    """PM answers on decisions made in `space` (scores from the other space don't compare)."""
    logged = {
        item_id: (best, (scores or {}).get("confidence"))
        for item_id, best, scores in feedback_store.decision_scores(session, workspace_id)
        if (scores or {}).get("space", DecisionSpace.raw) == space
    }
    found: list[Verdict] = []
    for item_id, status in review_store.answered_ingest_suggestions(session, workspace_id):
        best, confidence = logged.get(item_id, (None, None))
        if best is not None:
            dup = status == SuggestionStatus.accepted
            found.append(Verdict(best, confidence or best, dup, True))
    undone = audit_store.undone_unmerge_targets(session, workspace_id)
    for item_id in feedback_store.auto_merged_ids(session, workspace_id):
        best, confidence = logged.get(item_id, (None, None))
        if best is not None:
            dup = item_id not in undone
            found.append(Verdict(best, confidence or best, dup, not dup, auto=True))
    return found


def set_for(settings: WorkspaceSettings, space: DecisionSpace) -> bool:
    """Whether the workspace's own cut-offs were set (or learned) in `space`."""
    return (settings.thresholds_space or DecisionSpace.raw) == space


def own_auto_merge(settings: WorkspaceSettings, space: DecisionSpace) -> bool:
    """Whether the workspace has an auto-merge cut-off of its own (set or learned) in `space`."""
    return settings.auto_merge_threshold is not None and set_for(settings, space)


def workspace_thresholds(
    settings: WorkspaceSettings, default: Thresholds, space: DecisionSpace
) -> Thresholds:
    """`default` with the workspace's own cut-offs where it has some for `space`."""
    if not set_for(settings, space):
        return default
    return replace(
        default,
        auto_merge=settings.auto_merge_threshold or default.auto_merge,
        review=settings.review_threshold or default.review,
    )


def recommend(found: list[Verdict], current: Thresholds) -> Thresholds | None:
    """Thresholds the verdicts support, or None while there are too few PM answers."""
    if sum(v.by_pm for v in found) < MIN_VERDICTS:
        return None
    confidence = np.array([v.confidence for v in found])
    duplicate = np.array([v.duplicate for v in found])
    auto_merge = float(GRID[-1])
    for t in GRID:
        above = confidence >= t
        if above.sum() >= MIN_ABOVE and duplicate[above].mean() >= TARGET_PRECISION:
            auto_merge = float(t)
            break
    accepted = [v.similarity for v in found if v.duplicate and v.by_pm]
    review = current.review
    if len(accepted) >= MIN_ABOVE:
        review = float(np.quantile(accepted, 0.05)) - REVIEW_SLACK
    review = round(min(max(review, 0.5), auto_merge - 0.05), 3)
    return replace(current, auto_merge=round(auto_merge, 3), review=review)


def recalibrate(session: Session, workspace_id: int, defaults: ThresholdPair) -> None:
    """Store newly learned thresholds on the workspace (ingest reads them from there).

    `defaults` are the server's configured cut-offs (`Settings.thresholds()`), the same ones
    ingest and `stats` use, so what is learned never replaces a configured value with a
    code default."""
    settings = workspace_store.read_settings(session, workspace_id)
    space = decision_space(session, workspace_id)
    default = defaults.for_space(space)
    learned = recommend(verdicts(session, workspace_id, space), default)
    new = settings.model_copy(
        update={
            "auto_merge_threshold": learned.auto_merge if learned else None,
            "review_threshold": learned.review if learned else None,
            "thresholds_space": space if learned else None,
        }
    )
    if new != settings:
        workspace_store.write_settings(session, workspace_id, new)


def stats(
    session: Session, workspace_id: int, defaults: ThresholdPair, similar_merges: bool = True
) -> ReviewStats:
    """The review figures; `similar_merges` as `Ingestor.merges_on_similarity` says."""
    counts = {status: 0 for status in SuggestionStatus}
    for status, count in review_store.count_by_status(session, workspace_id).items():
        counts[SuggestionStatus(status)] += count
    space = decision_space(session, workspace_id)
    default = defaults.for_space(space)
    found = verdicts(session, workspace_id, space)
    total_auto = sum(v.auto for v in found)
    undone = sum(v.auto and not v.duplicate for v in found)
    settings = workspace_store.read_settings(session, workspace_id)
    learned = own_auto_merge(settings, space)
    in_use = workspace_thresholds(settings, default, space)
    current = ThresholdFigures(
        auto_merge=in_use.auto_merge,
        review=in_use.review,
        source="learned" if learned else "default",
        space=space,
        similar_merges=similar_merges,
    )
    recommended = recommend(found, default)
    return ReviewStats(
        pending=counts[SuggestionStatus.pending],
        accepted=counts[SuggestionStatus.accepted],
        rejected=counts[SuggestionStatus.rejected],
        redirected=counts[SuggestionStatus.redirected],
        new_idea=counts[SuggestionStatus.new_idea],
        auto_merges=total_auto,
        auto_merges_undone=undone,
        auto_merge_precision=round(1 - undone / total_auto, 4) if total_auto else None,
        judged_pairs=sum(v.by_pm for v in found),
        current=current,
        recommended=ThresholdFigures(
            auto_merge=recommended.auto_merge,
            review=recommended.review,
            source="learned",
            space=space,
        )
        if recommended
        else None,
    )
