"""The duplicate decision on hand-made vectors: every branch and the margin rule."""

from __future__ import annotations

import numpy as np

from models.schemas import DecisionKind
from triage.dedupe import Neighbour, Thresholds, decide, is_lone, score_ideas
from triage.normalise import content_hash, normalise


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_normalise_ignores_case_spacing_and_punctuation() -> None:
    assert normalise("  Please ADD dark-mode!! ") == "please add dark mode"
    assert content_hash("Dark mode, please") == content_hash("dark   mode please")
    assert content_hash("dark mode") != content_hash("light mode")


def test_no_neighbours_means_new() -> None:
    decision = decide(unit(1, 0), [], {}, Thresholds())
    assert decision.kind == DecisionKind.new and decision.idea_id is None


def test_close_to_one_idea_only_auto_merges() -> None:
    query = unit(1, 0.05, 0)
    centroids = {7: unit(1, 0, 0) * 3, 9: unit(0, 1, 0)}
    neighbours = [Neighbour(1, 7, 0.99), Neighbour(2, 9, 0.05)]
    decision = decide(query, neighbours, centroids, Thresholds())
    assert decision.kind == DecisionKind.auto_merge
    assert decision.idea_id == 7
    assert decision.best is not None and decision.best > 0.99


def test_two_close_ideas_go_to_review_not_auto_merge() -> None:
    query = unit(1, 1, 0)
    centroids = {1: unit(1, 0.9, 0), 2: unit(0.9, 1, 0)}
    neighbours = [Neighbour(10, 1, 0.99), Neighbour(11, 2, 0.99)]
    decision = decide(query, neighbours, centroids, Thresholds(auto_merge=0.97))
    assert decision.kind == DecisionKind.review
    assert decision.runner_up is not None and decision.best - decision.runner_up < 0.01


def test_far_from_everything_is_new() -> None:
    query = unit(0, 0, 1)
    decision = decide(query, [Neighbour(1, 3, 0.2)], {3: unit(1, 0, 0)}, Thresholds())
    assert decision.kind == DecisionKind.new
    assert decision.best == 0.0


def test_idea_scores_use_centroid_and_count_support() -> None:
    query = unit(1, 0)
    neighbours = [Neighbour(1, 5, 0.9), Neighbour(2, 5, 0.8), Neighbour(3, 6, 0.7)]
    scores = score_ideas(query, neighbours, {5: unit(1, 0) * 2})
    assert [s.idea_id for s in scores] == [5, 6]
    assert scores[0].support == 2 and abs(scores[0].score - 1.0) < 1e-6
    assert scores[1].score == 0.7  # no centroid known: nearest item stands in


def test_a_one_item_idea_needs_the_lone_idea_bar_on_top() -> None:
    """The same closeness merges into an idea of two items but only goes to review when the
    idea holds one item, whose picture of the request is a single phrasing."""
    th = Thresholds(auto_merge=0.80, lone_idea=0.05, review=0.65)
    query = unit(1, 0.7, 0)  # cosine 0.819 to the x axis: above 0.80, under 0.85
    lone = {4: unit(1, 0, 0)}
    pair = {4: unit(1, 0.01, 0) + unit(1, -0.01, 0)}
    neighbours = [Neighbour(1, 4, 0.819)]
    assert decide(query, neighbours, lone, th).kind == DecisionKind.review
    assert decide(query, neighbours, pair, th).kind == DecisionKind.auto_merge
    closer = unit(1, 0.3, 0)  # cosine 0.958: clears 0.85, merges even into the lone idea
    assert decide(closer, neighbours, lone, th).kind == DecisionKind.auto_merge
    assert is_lone(lone[4]) and not is_lone(pair[4]) and is_lone(None)
