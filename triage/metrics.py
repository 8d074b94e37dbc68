"""Scores for ideas against labels: clustering agreement and the duplicate decision's quality."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

import numpy as np
from sklearn.metrics import (
    adjusted_rand_score,
    normalized_mutual_info_score,
    v_measure_score,
)


def _largest_overlap_share(
    labels_true: Sequence[str],
    labels_pred: Sequence[int],
    out_of_scope: str | None,
    side: int,
) -> float:
    """Share of items in the largest overlap of their group on one side with the other side.

    Args:
        labels_true: True label of every item.
        labels_pred: Predicted cluster of every item, in the same order.
        out_of_scope: Label whose items are left out, or None to keep every item.
        side: 0 to take the groups from the labels, 1 to take them from the clusters.

    Returns:
        Sum over the groups of their largest overlap, divided by the items kept; 0.0 if none.

    Raises:
        ValueError: If the two sequences differ in length.
    """
    overlaps = Counter(
        (label, cluster)
        for label, cluster in zip(labels_true, labels_pred, strict=True)
        if out_of_scope is None or label != out_of_scope
    )
    total = sum(overlaps.values())
    if not total:
        return 0.0
    largest: dict[Hashable, int] = {}
    for pair, count in overlaps.items():
        group = pair[side]
        largest[group] = max(largest.get(group, 0), count)
    return sum(largest.values()) / total


def demand_capture(
    labels_true: Sequence[str], labels_pred: Sequence[int], out_of_scope: str | None = None
) -> float:
    """Share of the demand for each request that lands in the one idea holding most of it.

    For every labelled group, the items in the predicted cluster that holds most of that group
    count as captured; the result is captured items over all items, i.e. the groups' capture
    averaged weighted by their size. 1.0 means every request sits whole in one idea (ideas may
    still mix requests; see `purity`).

    Args:
        labels_true: True label of every item.
        labels_pred: Predicted cluster (idea) of every item, in the same order.
        out_of_scope: Label of out-of-scope items, or None. Those items are left out of both
            sides: their label says what they are not, so they form no group of their own.

    Returns:
        Captured share in [0, 1]; 0.0 when no item is left to score.

    Raises:
        ValueError: If the two sequences differ in length.
    """
    return _largest_overlap_share(labels_true, labels_pred, out_of_scope, side=0)


def purity(
    labels_true: Sequence[str], labels_pred: Sequence[int], out_of_scope: str | None = None
) -> float:
    """Share of each idea's items that ask its majority request, weighted by idea size.

    1.0 means no idea mixes requests (ideas may still split a request; see `demand_capture`).

    Args:
        labels_true: True label of every item.
        labels_pred: Predicted cluster (idea) of every item, in the same order.
        out_of_scope: Label of out-of-scope items, or None. Those items are left out, so an
            idea's purity is taken over its in-scope items only.

    Returns:
        Purity in [0, 1]; 0.0 when no item is left to score.

    Raises:
        ValueError: If the two sequences differ in length.
    """
    return _largest_overlap_share(labels_true, labels_pred, out_of_scope, side=1)


def clustering_scores(
    labels_true: Sequence[str],
    labels_pred: Sequence[int],
    *,
    out_of_scope: str | None = None,
) -> dict[str, float]:
    """NMI, ARI, V-measure, number of ideas, singleton share, demand capture and purity.

    Args:
        labels_true: True label of every item.
        labels_pred: Predicted cluster (idea) of every item, in the same order.
        out_of_scope: Label of out-of-scope items, or None. NMI, ARI, V-measure, capture and
            purity leave those items out: the label says what they are not, so scoring it as
            one group would reward putting unrelated queries together (CLINC150's 1,000
            out-of-scope queries, so scored, pull its ARI from 0.55 to 0.15 for the same ideas).
            The number of ideas and the singleton share count every item.

    Returns:
        Scores keyed nmi, ari, v_measure, ideas, singleton_share, capture and purity.
    """
    predicted = np.asarray(labels_pred)
    sizes = np.unique(predicted, return_counts=True)[1]
    scope = [i for i, label in enumerate(labels_true) if label != out_of_scope]
    truth, scoped = [labels_true[i] for i in scope], predicted[scope]
    agree = (normalized_mutual_info_score, adjusted_rand_score, v_measure_score)
    nmi, ari, v_measure = (float(f(truth, scoped)) if scope else 0.0 for f in agree)
    return {
        "nmi": round(nmi, 4),
        "ari": round(ari, 4),
        "v_measure": round(v_measure, 4),
        "ideas": int(len(sizes)),
        "singleton_share": round(float(sizes[sizes == 1].sum() / max(len(predicted), 1)), 4),
        "capture": round(demand_capture(labels_true, labels_pred, out_of_scope), 4),
        "purity": round(purity(labels_true, labels_pred, out_of_scope), 4),
    }


def keep_apart(labels: Sequence[str], out_of_scope: str | None) -> list[str]:
    """Give every item labelled `out_of_scope` a label of its own: the label says what those
    items are not, not what they ask, so sharing it makes no two of them the same request."""
    return [f"{label}#{n}" if label == out_of_scope else label for n, label in enumerate(labels)]


def stream_scores(
    labels_true: Sequence[str],
    ideas: Sequence[int],
    decisions: Sequence[str],
    out_of_scope: str | None = None,
) -> dict[str, float]:
    """How good the one-by-one decisions were, items taken in arrival order.

    An auto-merge is right when the idea it joined was founded by an item with the same label;
    so is an exact match (the same ask as a stored item), counted apart as exact_precision: two
    texts whose envelopes reduce to the same wrong ask (a forwarder's note) match exactly.
    every_merge_precision counts both kinds together: what a PM finds merged without asking.
    Coverage is the share of items that had an earlier same-labelled item and were auto-merged
    or exact-matched; unseen→new is the share of items with a never-seen label that became new.

    Items labelled `out_of_scope` are each a label of their own (`keep_apart`), so merging one
    anywhere or anything into one counts as wrong and none counts toward coverage. That is
    strict, since two of them may ask the same thing: in_scope_precision leaves their merges
    out, and oos_new is the share that became new.
    """
    founder: dict[int, str] = {}
    seen: set[str] = set()
    merges = right = covered = eligible = firsts = firsts_new = exact = exact_right = 0
    in_scope_merges = in_scope_right = oos = oos_new = 0
    distinct = keep_apart(labels_true, out_of_scope)
    for given, label, idea, decision in zip(labels_true, distinct, ideas, decisions, strict=True):
        outside = given == out_of_scope
        earlier = label in seen
        seen.add(label)
        eligible += earlier
        firsts += not earlier
        if decision in ("auto_merge", "exact_duplicate"):
            covered += earlier
        if decision == "exact_duplicate":
            exact += 1
            exact_right += founder.get(idea) == label
        if decision == "auto_merge":
            merges += 1
            right += founder.get(idea) == label
            in_scope_merges += not outside
            in_scope_right += not outside and founder.get(idea) == label
        founder.setdefault(idea, label)
        firsts_new += (not earlier) and decision == "new"
        oos += outside
        oos_new += outside and decision == "new"
    scores: dict[str, float] = {
        "auto_merge_precision": round(right / merges, 4) if merges else 1.0,
        "coverage": round(covered / eligible, 4) if eligible else 0.0,
        "unseen_new": round(firsts_new / firsts, 4) if firsts else 0.0,
        "auto_merges": merges,
        "exact_precision": round(exact_right / exact, 4) if exact else 1.0,
        "exact_matches": exact,
        "every_merge_precision": (
            round((right + exact_right) / (merges + exact), 4) if merges + exact else 1.0
        ),
    }
    if out_of_scope is not None:
        scores["in_scope_precision"] = (
            round(in_scope_right / in_scope_merges, 4) if in_scope_merges else 1.0
        )
        scores["oos_new"] = round(oos_new / oos, 4) if oos else 0.0
    return scores
