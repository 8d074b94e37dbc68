"""The duplicate decision: nearest stored items, grouped per idea, scored against idea centroids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from models.schemas import DecisionKind, DecisionSpace
from triage.polarity import opposed
from triage.specifics import clash


@dataclass(frozen=True)
class Thresholds:
    """Cut-offs on the cosine scale; the defaults are the raw space's (before a workspace is
    whitened), checked on the battery's streams (`bench/calibrate_dedupe.py`, README).

    auto_merge applies to the confidence `score + margin_weight * (score - runner_up)`; below
    min_margin two ideas are a tie a PM must break. lone_idea is added to the auto_merge bar
    when the best idea holds a single item so far: one phrasing is a noisy picture of a
    request, and merges into such ideas were the least precise on every battery set. review
    applies to the plain score.

    Raw vectors of one domain all sit close together, so before whitening only a near-verbatim
    match (0.95 to the idea's centre) merges on its own: the margin term (0.94 at weight 0.5
    until 2026-12) merged one in seven wrongly in BANKING77's first 500 streamed items, where a
    young workspace has few ideas and every margin looks wide.

    Without similar_merges nothing merges on similarity alone: what would have goes to review.
    That is a workspace that reads like an issue tracker, where two titles a version, module
    or word apart are mostly two issues (on the Hadoop issue reports 30 of 33 auto-merges were
    wrong by the tracker's own duplicate links).
    """

    auto_merge: float = 0.95
    margin_weight: float = 0.0
    min_margin: float = 0.01
    review: float = 0.70
    lone_idea: float = 0.0
    similar_merges: bool = True


LONE_LENGTH = 1.001  # a sum shorter than this holds one unit vector

# In a workspace's whitened space (`triage.whitening`) cosines spread out and the margin term
# stops paying. auto_merge and lone_idea were chosen leave-one-set-out on the battery's streams
# (BANKING77, HWU64, CLINC150, the demo, clean and channel-wrapped; `bench/calibrate_dedupe.py`,
# README): the most coverage with precision >= 0.97 on every other set picks 0.80 / 0.05 in
# seven of eight folds.
WHITENED = Thresholds(auto_merge=0.80, margin_weight=0.0, review=0.65, lone_idea=0.05)


@dataclass(frozen=True)
class ThresholdPair:
    """The cut-offs for each decision space: raw until a workspace is whitened, then whitened."""

    raw: Thresholds = Thresholds()
    whitened: Thresholds = WHITENED

    def for_space(self, space: DecisionSpace) -> Thresholds:
        return self.whitened if space == DecisionSpace.whitened else self.raw


@dataclass(frozen=True)
class Neighbour:
    """One stored item near the new text."""

    item_id: int
    idea_id: int
    score: float


@dataclass(frozen=True)
class IdeaScore:
    idea_id: int
    score: float  # cosine similarity to the idea's centroid
    nearest: float  # best similarity to one of the idea's items
    support: int  # how many of the k neighbours belong to the idea


@dataclass(frozen=True)
class Decision:
    kind: DecisionKind
    idea_id: int | None
    best: float | None
    runner_up: float | None
    confidence: float | None
    ideas: list[IdeaScore] = field(default_factory=list)


def score_ideas(
    vector: np.ndarray, neighbours: list[Neighbour], centroids: Mapping[int, np.ndarray]
) -> list[IdeaScore]:
    """Score every idea that owns one of the nearest items by its centroid similarity.

    Single items are noisy (two phrasings of different requests can be close); the centroid
    of an idea's items is a steadier picture of what the idea is about. An idea without a
    known centroid falls back to its nearest item.

    Args:
        vector: the new text's normalised embedding.
        neighbours: the k nearest stored items.
        centroids: idea id -> mean embedding of its items (any length; normalised here).

    Returns:
        One IdeaScore per idea, best first (ties: lower idea id first).
    """
    nearest: dict[int, float] = {}
    support: Counter[int] = Counter()
    for n in neighbours:
        nearest[n.idea_id] = max(nearest.get(n.idea_id, -1.0), n.score)
        support[n.idea_id] += 1
    scored = []
    for idea_id, near in nearest.items():
        centre = centroids.get(idea_id)
        score = near
        if centre is not None:
            norm = float(np.linalg.norm(centre))
            if norm > 0:
                score = float(centre @ vector) / norm
        scored.append(IdeaScore(idea_id, score, near, support[idea_id]))
    scored.sort(key=lambda s: (-s.score, s.idea_id))
    return scored


def decide(
    vector: np.ndarray,
    neighbours: list[Neighbour],
    centroids: Mapping[int, np.ndarray],
    thresholds: Thresholds,
    conflicts: Callable[[list[int]], bool] | None = None,
) -> Decision:
    """Decide auto_merge / review / new for a text whose exact match was already ruled out.

    Args:
        vector: the new text's normalised embedding.
        neighbours: the k nearest stored items with their idea ids.
        centroids: idea id -> sum of its items' normalised embeddings (a lone item's idea is
            recognised by its sum's length, see `is_lone`).
        thresholds: the workspace's cut-offs.
        conflicts: the best idea's items among the neighbours (ids, nearest first) -> whether
            the new text may not join them on similarity alone (`conflicting`); an auto-merge
            then becomes a review.

    Returns:
        The decision, the idea it points at (None for `new`), and the per-idea scores.
    """
    ideas = score_ideas(vector, neighbours, centroids)
    if not ideas:
        return Decision(DecisionKind.new, None, None, None, None, [])
    best = ideas[0].score
    runner_up = ideas[1].score if len(ideas) > 1 else None
    margin = best - (runner_up or 0.0)
    confidence = best + thresholds.margin_weight * margin
    bar = thresholds.auto_merge
    if is_lone(centroids.get(ideas[0].idea_id)):
        bar += thresholds.lone_idea
    if confidence >= bar and margin >= thresholds.min_margin:
        kind = DecisionKind.auto_merge
        if not thresholds.similar_merges or (
            conflicts is not None and conflicts(_items_of(neighbours, ideas[0].idea_id))
        ):
            kind = DecisionKind.review
    elif best >= thresholds.review:
        kind = DecisionKind.review
    else:
        kind = DecisionKind.new
    idea_id = None if kind == DecisionKind.new else ideas[0].idea_id
    return Decision(kind, idea_id, best, runner_up, confidence, ideas)


def conflicting(ask: str, others: list[str]) -> bool:
    """Whether `ask` may not join the idea whose nearest items' asks are `others`, however
    similar: one of them asks for the opposite (`triage.polarity`), or every one names other
    specifics (`triage.specifics`: another version, module or product).

    Opposites count on any item, not the nearest alone: once one "on" request slipped into an
    "off" idea, it would be every later "on" request's nearest and let them all in. Specifics
    count only when no item shares them: an idea may hold many alarm times or amounts."""
    return any(opposed(ask, other) for other in others) or (
        bool(others) and all(clash(ask, other) for other in others)
    )


def is_lone(centroid: np.ndarray | None) -> bool:
    """Whether an idea's vector sum is that of one item: a single unit vector has length 1,
    and two or more distinct ones add up longer (unless they point apart, which items of one
    idea do not). An idea without a known centroid counts as lone."""
    return centroid is None or float(np.linalg.norm(centroid)) < LONE_LENGTH


def _items_of(neighbours: list[Neighbour], idea_id: int) -> list[int]:
    """The neighbours that belong to `idea_id`, nearest first."""
    own = sorted((n for n in neighbours if n.idea_id == idea_id), key=lambda n: -n.score)
    return [n.item_id for n in own]
