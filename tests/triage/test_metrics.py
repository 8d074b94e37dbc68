"""Metric formulas on hand-checked examples."""

from __future__ import annotations

import numpy as np
import pytest

from triage.metrics import clustering_scores, demand_capture, purity, stream_scores


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
    # the exact match (item 5, "b") joined idea 2, founded by "b": right
    assert (scores["exact_precision"], scores["exact_matches"]) == (1.0, 1)
    assert scores["every_merge_precision"] == round(2 / 3, 4)  # both kinds: 2 right of 3
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


def test_stream_scores_count_wrong_exact_matches() -> None:
    """Two requests whose asks came out the same (a forwarder's note kept for both) match
    exactly: the second joins the first's idea, and that is a wrong merge too."""
    labels = ["a", "b", "b"]
    ideas = [1, 1, 1]
    decisions = ["new", "exact_duplicate", "exact_duplicate"]
    scores = stream_scores(labels, ideas, decisions)
    assert (scores["exact_precision"], scores["exact_matches"]) == (0.0, 2)
    assert scores["auto_merges"] == 0
    assert scores["every_merge_precision"] == 0.0


def test_capture_and_purity_at_the_extremes() -> None:
    labels = ["a", "a", "a", "b"]
    assert demand_capture(labels, [5, 5, 5, 6]) == purity(labels, [5, 5, 5, 6]) == 1.0
    # one idea for everything: every request whole in it, but only 3 of 4 items ask "a"
    assert demand_capture(labels, [0, 0, 0, 0]) == 1.0
    assert purity(labels, [0, 0, 0, 0]) == 0.75
    # every item alone: each idea pure, each request keeps one item in its best idea
    assert purity(labels, [0, 1, 2, 3]) == 1.0
    assert demand_capture(labels, [0, 1, 2, 3]) == 0.5  # (1 + 1) / 4


def test_capture_and_purity_leave_out_of_scope_items_out() -> None:
    labels = ["a", "a", "a", "a", "b", "b", "oos", "oos"]
    ideas = np.array([1, 1, 1, 2, 2, 3, 1, 1])
    # in scope: "a" has 3 in idea 1, "b" 1 in idea 2 or 3 -> (3 + 1) / 6
    assert demand_capture(labels, ideas, out_of_scope="oos") == pytest.approx(4 / 6)
    # in scope: idea 1 all "a" (3), idea 2 one "a" one "b" (1), idea 3 one "b" (1) -> 5 / 6
    assert purity(labels, ideas, out_of_scope="oos") == pytest.approx(5 / 6)
    # kept in, "oos" is a group of its own (2 in idea 1) and idea 1 holds 3 "a" of 5 items
    assert demand_capture(labels, ideas) == pytest.approx(6 / 8)
    assert purity(labels, ideas) == pytest.approx(5 / 8)
    assert demand_capture(["oos"], [0], out_of_scope="oos") == purity([], []) == 0.0
    with pytest.raises(ValueError):
        purity(["a", "b"], [0])


def test_clustering_scores_leave_out_of_scope_items_out() -> None:
    labels = ["a", "a", "a", "a", "b", "b", "oos", "oos"]
    ideas = [1, 1, 1, 2, 2, 3, 1, 1]
    plain = clustering_scores(labels, ideas)
    scoped = clustering_scores(labels, ideas, out_of_scope="oos")
    assert (plain["capture"], plain["purity"]) == (0.75, 0.625)
    assert (scoped["capture"], scoped["purity"]) == (0.6667, 0.8333)
    in_scope = clustering_scores(labels[:6], ideas[:6])
    for key in ("nmi", "ari", "v_measure"):
        assert scoped[key] == in_scope[key] != plain[key]
    assert (scoped["ideas"], scoped["singleton_share"]) == (
        plain["ideas"],
        plain["singleton_share"],
    )
    assert set(plain) == {
        "nmi",
        "ari",
        "v_measure",
        "ideas",
        "singleton_share",
        "capture",
        "purity",
    }


def test_out_of_scope_queries_grouped_apart_do_not_cost_ari() -> None:
    """Ten intents found whole and ten out-of-scope queries each alone: perfect in scope,
    though "oos" read as one group would call it poor."""
    labels = [f"i{n // 3}" for n in range(30)] + ["oos"] * 10
    ideas = [n // 3 for n in range(30)] + [100 + n for n in range(10)]
    assert clustering_scores(labels, ideas, out_of_scope="oos")["ari"] == 1.0
    assert clustering_scores(labels, ideas)["ari"] < 0.9


def test_a_file_with_nothing_in_scope_scores_zero_not_perfect() -> None:
    scores = clustering_scores(["oos", "oos"], [0, 1], out_of_scope="oos")
    assert (scores["nmi"], scores["ari"], scores["v_measure"]) == (0.0, 0.0, 0.0)
    assert scores["ideas"] == 2
