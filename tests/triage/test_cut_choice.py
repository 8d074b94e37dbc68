"""The persistent cut and the silhouette that chooses between candidate cuts."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import silhouette_score

from triage.cluster import _split_wins, item_silhouettes, silhouette, silhouettes
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


def _split_and_cut(halved: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Twelve requests of 30 items each (unit vectors); a height cut that joined requests 8
    and 9, and 10 and 11; a split that parts those and also halves the first `halved`
    requests. Returns the items, the split and the cut."""
    rng = np.random.default_rng(11)
    truth = np.repeat(np.arange(12), 30)
    x = rng.normal(size=(12, 32))[truth] + rng.normal(0, 0.6, (len(truth), 32))
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    cut = np.where(np.isin(truth, [9, 11]), truth - 1, truth)
    split = truth.copy()
    for request in range(halved):
        split[np.flatnonzero(truth == request)[::2]] = 12 + request
    return x, split, cut


def test_a_split_wins_where_its_items_do_better_on_average() -> None:
    x, split, cut = _split_and_cut(halved=0)
    assert _split_wins(x, split, cut, cut_at_floor=False, seed=0)
    x, split, cut = _split_and_cut(halved=3)
    assert not _split_wins(x, split, cut, cut_at_floor=False, seed=0)


def test_at_the_grid_floor_a_split_wins_unless_its_items_do_clearly_worse() -> None:
    """Halving three requests costs the split a little on average, within the item by item
    noise: at the floor it stands. Halving six costs clearly more: the height cut stays."""
    x, split, cut = _split_and_cut(halved=3)
    gain = np.subtract(*item_silhouettes(x, [split, cut]))
    assert -0.1 < gain.mean() < 0
    assert _split_wins(x, split, cut, cut_at_floor=True, seed=0)
    x, split, cut = _split_and_cut(halved=6)
    assert not _split_wins(x, split, cut, cut_at_floor=True, seed=0)
