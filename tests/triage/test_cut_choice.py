"""The persistent cut and the silhouette that chooses between candidate cuts."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import silhouette_score

from triage.cluster import silhouette, silhouettes
from triage.dendrogram import persistent_cut


def test_persistent_cut_keeps_tight_pairs_apart_and_a_long_lived_group_whole() -> None:
    # Units 0-1 and 2-3 are tight pairs (0.9) that meet as a blob only at 0.3; units 4-7 form a
    # group step by step (0.6, 0.58, 0.56) that lives until the floor.
    merges = [(0.9, 0, 1), (0.9, 2, 3), (0.6, 4, 5), (0.58, 6, 7), (0.56, 4, 6), (0.3, 0, 2)]
    units = np.arange(8)
    labels = persistent_cut(units, merges, floor=0.15, power=1.75)
    assert labels[0] == labels[1] and labels[2] == labels[3] and labels[0] != labels[2]
    assert len(set(labels[4:].tolist())) == 1 and labels[4] not in (labels[0], labels[2])


def test_persistent_cut_counts_items_not_units() -> None:
    # The same tree, but unit 4 holds forty items: the big group still lives as one, and the
    # two pairs, whose blob dies at once, stay apart.
    merges = [(0.9, 0, 1), (0.9, 2, 3), (0.6, 4, 5), (0.58, 6, 7), (0.56, 4, 6), (0.3, 0, 2)]
    units = np.concatenate([np.arange(8), np.full(39, 4)])
    labels = persistent_cut(units, merges, floor=0.15, power=1.75)
    assert len(labels) == len(units) and len(set(labels[units == 4].tolist())) == 1
    assert labels[0] != labels[2]


def test_silhouette_is_sklearns_cosine_silhouette() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2400, 16)) + np.repeat(rng.normal(size=(6, 16)) * 2, 400, axis=0)
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    labels = np.repeat(np.arange(6), 400)  # more items than one batch of rows
    labels[:3] = [6, 7, 8]  # three items alone: they count 0 in both
    expected = silhouette_score(x, labels, metric="cosine")
    assert abs(silhouette(x, labels) - expected) < 1e-5
    assert silhouette(x, np.zeros(2400, dtype=np.int64)) == 0.0


def test_silhouettes_of_several_cuts_are_each_cuts_silhouette() -> None:
    """One product over the cuts' common refinement scores each cut as it would alone."""
    rng = np.random.default_rng(5)
    x = rng.normal(size=(1800, 16)) + np.repeat(rng.normal(size=(9, 16)) * 2, 200, axis=0)
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    coarse = np.repeat(np.arange(3), 600)
    fine = np.repeat(np.arange(9), 200)
    fine[::97] = 9  # not nested: a few items of every coarse group in one fine group
    together = silhouettes(x, [fine, coarse])
    assert together[0] != together[1]
    for labels, score in zip([fine, coarse], together, strict=True):
        assert abs(score - silhouette(x, labels)) < 1e-6
        assert abs(score - silhouette_score(x, labels, metric="cosine")) < 1e-5
    sampled = silhouettes(x, [fine, coarse], sample=1000, seed=2)
    assert abs(sampled[1] - silhouette(x, coarse, sample=1000, seed=2)) < 1e-6
