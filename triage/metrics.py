"""Scores for ideas against labels: clustering agreement and the duplicate decision's quality."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.metrics import (
    adjusted_rand_score,
    normalized_mutual_info_score,
    v_measure_score,
)


def clustering_scores(labels_true: Sequence[str], labels_pred: Sequence[int]) -> dict[str, float]:
    """NMI, ARI, V-measure, number of ideas and singleton share of a grouping."""
    predicted = np.asarray(labels_pred)
    sizes = np.unique(predicted, return_counts=True)[1]
    return {
        "nmi": round(float(normalized_mutual_info_score(labels_true, predicted)), 4),
        "ari": round(float(adjusted_rand_score(labels_true, predicted)), 4),
        "v_measure": round(float(v_measure_score(labels_true, predicted)), 4),
        "ideas": int(len(sizes)),
        "singleton_share": round(float(sizes[sizes == 1].sum() / max(len(predicted), 1)), 4),
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

    An auto-merge is right when the idea it joined was founded by an item with the same label.
    Coverage is the share of items that had an earlier same-labelled item and were auto-merged
    or exact-matched; unseen→new is the share of items with a never-seen label that became new.

    Items labelled `out_of_scope` are each a label of their own (`keep_apart`), so merging one
    anywhere or anything into one counts as wrong and none counts toward coverage. That is
    strict, since two of them may ask the same thing: in_scope_precision leaves their merges
    out, and oos_new is the share that became new.
    """
    founder: dict[int, str] = {}
    seen: set[str] = set()
    merges = right = covered = eligible = firsts = firsts_new = 0
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
    }
    if out_of_scope is not None:
        scores["in_scope_precision"] = (
            round(in_scope_right / in_scope_merges, 4) if in_scope_merges else 1.0
        )
        scores["oos_new"] = round(oos_new / oos, 4) if oos else 0.0
    return scores
