"""Re-cluster a whole workspace into ideas, keeping the ideas people already know.

Idea ids stay stable: each new cluster takes the id of the previous idea it overlaps most.
PM decisions are constraints: a pinned idea (confirmed, merged or split by a PM) keeps exactly
its items, and an item a PM called "not a duplicate" of an idea never joins that idea's anchor
item again. Ideas whose title a PM wrote keep that title; ideas that end up empty are removed
only while still `open` and not pinned or merged. Items that fit their new idea poorly become
"cluster" suggestions in the review queue for their nearest other idea, when one is close
enough to ask about. LLM titles come afterwards, outside the write lock
(`service.ideas.names.rename_with_llm`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from models.schemas import DecisionSpace
from models.tables import Idea
from service.core.jobs import Progress
from service.feedback import store as feedback_store
from service.feedback.calibration import workspace_thresholds
from service.feedback.vectors import decision_space
from service.ideas import shape_store
from service.ideas import store as idea_store
from service.ideas.themes import regroup
from service.review import store as review_store
from service.workspaces import store as workspace_store
from triage.cluster import ClusterResult, cluster_embeddings, match_previous
from triage.dedupe import ThresholdPair
from triage.keywords import describe_clusters
from triage.whitening import FIT_ITEMS, fit_whitening

# Memberships below this cosine to their idea's centre are doubtful: each such item is
# offered to a PM for its nearest other idea (at most MAX_CLUSTER_SUGGESTIONS per run, least
# certain first) when that idea is as close as ingest's review bar.
DOUBTFUL_BELOW = 0.70
MAX_CLUSTER_SUGGESTIONS = 200
SCORE_ROWS = 2048  # doubtful items scored against every idea centre at once


@dataclass(frozen=True)
class ReclusterSummary:
    items: int
    ideas: int
    kept_ideas: int
    new_ideas: int
    removed_ideas: int
    singleton_share: float
    suggestions: int = 0  # low-confidence memberships queued for review
    themes: int = 0  # themes the ideas were grouped into

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


def _inputs(session: Session, workspace_id: int) -> tuple[list[Any], np.ndarray]:
    rows = feedback_store.embedded_items(session, workspace_id)
    vectors = np.zeros((len(rows), 384), dtype=np.float32)
    for n, row in enumerate(rows):
        vectors[n] = np.frombuffer(row.embedding, dtype=np.float32)
    return list(rows), vectors


def recluster(
    session: Session,
    workspace_id: int,
    *,
    thresholds: ThresholdPair,
    seed: int = 0,
    progress: Progress | None = None,
) -> ReclusterSummary:
    """Cluster every embedded item of the workspace and write ideas back (no commit).

    `thresholds` are the server's duplicate cut-offs (`Settings.thresholds()`); doubtful
    items are only suggested for another idea that scores above their review bar."""
    report = progress or (lambda _stage, _fraction: None)
    report("loading", 0.0)
    rows, vectors = _inputs(session, workspace_id)
    if not rows:
        return ReclusterSummary(0, 0, 0, 0, 0, 0.0)
    must_link, cannot_link = _constraints(session, workspace_id, rows)
    # Exact re-posts share one embedding, so they always land together; no constraint needed.
    result = cluster_embeddings(
        vectors,
        seed=seed,
        must_link=must_link,
        cannot_link=cannot_link,
        progress=lambda stage, f: report(stage, 0.05 + 0.8 * f),
        texts=[row.text for row in rows],
    )
    report("naming ideas", 0.85)
    previous = [row.idea_id for row in rows]
    mapping = match_previous(result.labels, previous)
    descriptions = describe_clusters([row.text for row in rows], result.labels, vectors)
    ideas = idea_store.workspace_ideas(session, workspace_id)
    titles = {label: d.title for label, d in descriptions.items()}
    idea_of_label: dict[int, Idea] = {}
    new = 0
    for label in range(result.n_clusters):
        description = descriptions[label]
        idea = ideas.get(mapping.get(label, -1))
        if idea is None:
            idea = Idea(workspace_id=workspace_id, title=titles[label])
            session.add(idea)
            new += 1
        elif idea.title_source == "auto":
            idea.title = titles[label]
        idea.keywords = list(description.keywords)
        idea_of_label[label] = idea
    session.flush()
    report("saving", 0.9)
    for label, idea in idea_of_label.items():
        idea.quote_item_ids = [rows[n].id for n in descriptions[label].quote_indices]
    assignments = [
        {"id": row.id, "idea_id": idea_of_label[label].id, "cluster_confidence": float(conf)}
        for row, label, conf in zip(rows, result.labels.tolist(), result.confidence, strict=True)
    ]
    feedback_store.assign_clusters(session, assignments)
    # Every embedded item now has a cluster, so an idea no cluster kept is empty.
    used = {idea.id for idea in idea_of_label.values()}
    used |= set(shape_store.workspace_shapes(session, workspace_id))  # a PM shaped it: keep
    empty = [
        i.id
        for i in ideas.values()
        if i.id not in used and i.status == "open" and not i.pinned and i.merged_into_id is None
    ]
    idea_store.delete_ideas(session, empty)
    report("grouping themes", 0.92)
    themes = regroup(session, workspace_id, vectors, [a["idea_id"] for a in assignments])
    workspace_store.bump_membership_version(session, workspace_id)
    bar = _review_bar(session, workspace_id, thresholds)
    inputs = (rows, vectors)
    suggested = _suggest_doubtful(session, workspace_id, inputs, result, idea_of_label, bar)
    report("done", 1.0)
    return ReclusterSummary(
        items=len(rows),
        ideas=result.n_clusters,
        kept_ideas=result.n_clusters - new,
        new_ideas=new,
        removed_ideas=len(empty),
        singleton_share=round(float(result.singleton_share), 4),
        suggestions=suggested,
        themes=themes,
    )


def _constraints(
    session: Session, workspace_id: int, rows: list
) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """PM decisions as indices into rows: pinned ideas' items, and not-duplicate pairs."""
    position = {row.id: n for n, row in enumerate(rows)}
    pinned = idea_store.pinned_idea_ids(session, workspace_id)
    groups: dict[int, list[int]] = {}
    for n, row in enumerate(rows):
        if row.idea_id in pinned:
            groups.setdefault(row.idea_id, []).append(n)
    pairs = [
        (position[a], position[b])
        for a, b in review_store.not_duplicate_pairs(session, workspace_id)
        if a in position and b in position
    ]
    return list(groups.values()), pairs


def _review_bar(
    session: Session, workspace_id: int, thresholds: ThresholdPair
) -> tuple[DecisionSpace, float]:
    """The decision space and the review cut-off an arriving item would be judged by there."""
    space = decision_space(session, workspace_id)
    settings = workspace_store.read_settings(session, workspace_id)
    return space, workspace_thresholds(settings, thresholds.for_space(space), space).review


def _suggest_doubtful(
    session: Session,
    workspace_id: int,
    inputs: tuple[list, np.ndarray],
    result: ClusterResult,
    idea_of_label: dict[int, Idea],
    bar: tuple[DecisionSpace, float],
) -> int:
    """Ask a PM whether each doubtful member belongs to its nearest OTHER idea instead.

    "Does it belong where it already is?" is no question a PM can act on; the useful one is
    whether the item is a duplicate of another idea. That idea is scored the way ingest
    scores an arriving item (cosine to the idea's centroid in the decision space), and only
    asked about above the same review bar, so a re-cluster suggestion means what an ingest
    one means. An idea a PM already ruled out for the item is skipped for the next one."""
    review_store.clear_pending_cluster_suggestions(session, workspace_id)
    rows, vectors = inputs
    sizes = np.bincount(result.labels)
    doubtful = [
        int(n)
        for n in np.argsort(result.confidence, kind="stable")
        if result.confidence[n] < DOUBTFUL_BELOW
        and sizes[result.labels[n]] > 1
        and not idea_of_label[int(result.labels[n])].pinned
    ]
    if not doubtful or len(idea_of_label) < 2:
        return 0
    space, review_at = bar
    spaced, centres = _idea_centres(rows, vectors, result.labels, len(idea_of_label), space)
    made = 0
    for start in range(0, len(doubtful), SCORE_ROWS):
        chunk = doubtful[start : start + SCORE_ROWS]
        scores = spaced[chunk] @ centres.T
        scores[np.arange(len(chunk)), result.labels[chunk]] = -np.inf  # never its own idea
        for n, row_scores in zip(chunk, scores, strict=True):
            made += _suggest_other(
                session, workspace_id, rows[n].id, row_scores, idea_of_label, review_at
            )
            if made == MAX_CLUSTER_SUGGESTIONS:
                return made
    return made


def _idea_centres(
    rows: list, vectors: np.ndarray, labels: np.ndarray, n_ideas: int, space: DecisionSpace
) -> tuple[np.ndarray, np.ndarray]:
    """Every item in the decision space, and each idea's unit centroid there.

    Like the vector index, centroids count one copy of each text (exact re-posts are not
    indexed), and the whitening is fitted the way the index fits it: on the first FIT_ITEMS
    indexed items by id."""
    first: dict[str, int] = {}
    for n, row in enumerate(rows):
        first.setdefault(row.content_hash, n)
    unique = np.fromiter(first.values(), dtype=np.int64, count=len(first))
    spaced = vectors
    if space == DecisionSpace.whitened:
        spaced = fit_whitening(vectors[unique[:FIT_ITEMS]]).apply(vectors)
    centres = np.zeros((n_ideas, spaced.shape[1]), dtype=np.float32)
    np.add.at(centres, labels[unique], spaced[unique])
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
    return spaced, centres


def _suggest_other(
    session: Session,
    workspace_id: int,
    item_id: int,
    scores: np.ndarray,
    idea_of_label: dict[int, Idea],
    review_at: float,
) -> int:
    """Queue the item for its best other idea at or above the review bar; 1 if one was."""
    for label in np.argsort(-scores, kind="stable"):
        if scores[label] < review_at:
            return 0
        idea = idea_of_label[int(label)]
        if review_store.suggest(
            session, workspace_id, item_id, idea.id, float(scores[label]), "cluster"
        ):
            return 1
    return 0
