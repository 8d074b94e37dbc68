"""Metric formulas on hand-checked examples."""

from __future__ import annotations

from triage.metrics import clustering_scores, stream_scores


def test_perfect_and_singleton_groupings() -> None:
    perfect = clustering_scores(["a", "a", "b", "b"], [7, 7, 3, 3])
    assert perfect["nmi"] == perfect["ari"] == perfect["v_measure"] == 1.0
    assert perfect["ideas"] == 2 and perfect["singleton_share"] == 0.0
    alone = clustering_scores(["a", "a", "b", "b"], [0, 1, 2, 2])
    assert alone["singleton_share"] == 0.5 and alone["ari"] < 1.0


def test_stream_scores_count_right_merges_and_coverage() -> None:
    labels = ["a", "a", "b", "a", "b", "c"]
    ideas = [1, 1, 2, 2, 2, 3]
    decisions = ["new", "auto_merge", "new", "auto_merge", "exact_duplicate", "review"]
    scores = stream_scores(labels, ideas, decisions)
    # merges: item 2 into idea 1 (founded by "a": right), item 4 into idea 2 ("b": wrong)
    assert scores["auto_merge_precision"] == 0.5 and scores["auto_merges"] == 2
    # items with an earlier same label: 2, 4, 5 -> all three merged or exact
    assert scores["coverage"] == 1.0
    # never-seen labels: items 1, 3, 6 -> two became new, one went to review
    assert scores["unseen_new"] == round(2 / 3, 4)


def test_stream_scores_keep_out_of_scope_items_apart() -> None:
    labels = ["a", "oos", "a", "oos", "a"]
    ideas = [1, 2, 1, 2, 2]
    decisions = ["new", "new", "auto_merge", "auto_merge", "auto_merge"]
    strict = stream_scores(labels, ideas, decisions, out_of_scope="oos")
    # merges: item 3 into "a" (right), item 4 oos into an oos idea, item 5 "a" into an oos idea
    assert strict["auto_merge_precision"] == round(1 / 3, 4)
    assert strict["in_scope_precision"] == 0.5  # items 3 and 5 only
    assert strict["coverage"] == 1.0  # out-of-scope items never count as having an earlier one
    assert strict["oos_new"] == 0.5
    plain = stream_scores(labels, ideas, decisions)
    assert plain["auto_merge_precision"] == round(2 / 3, 4) and "oos_new" not in plain
