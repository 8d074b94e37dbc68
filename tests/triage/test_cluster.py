"""Batch clustering on synthetic topics: found without k, constraints kept, deterministic."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import adjusted_rand_score

from triage.cluster import cluster_embeddings, match_previous


def topics(n_topics: int = 6, per_topic: int = 60, dim: int = 48, seed: int = 0):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_topics, dim))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    truth = np.repeat(np.arange(n_topics), per_topic)
    x = centres[truth] + rng.normal(0, 0.09, (len(truth), dim))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x.astype(np.float32), truth


def test_finds_the_topics_without_being_told_how_many() -> None:
    x, truth = topics()
    result = cluster_embeddings(x)
    assert result.n_clusters == 6
    assert adjusted_rand_score(truth, result.labels) > 0.98
    assert result.confidence.min() > 0.5 and result.singleton_share == 0.0


def test_same_input_and_seed_give_the_same_labels() -> None:
    x, _ = topics(seed=2)
    first, second = cluster_embeddings(x, seed=5), cluster_embeddings(x, seed=5)
    assert np.array_equal(first.labels, second.labels)


def test_an_item_that_fits_nowhere_stays_alone() -> None:
    x, truth = topics()
    stray = np.random.default_rng(9).normal(size=(1, x.shape[1])).astype(np.float32)
    stray /= np.linalg.norm(stray)
    result = cluster_embeddings(np.vstack([x, stray]))
    assert np.sum(result.labels == result.labels[-1]) == 1
    assert result.n_clusters == 7


def test_must_link_groups_stay_together_and_take_no_one_else() -> None:
    x, truth = topics()
    pm_group = [0, 1, 2, 70, 71]  # a PM put items of two topics into one idea
    result = cluster_embeddings(x, must_link=[pm_group])
    label = result.labels[0]
    assert all(result.labels[i] == label for i in pm_group)
    assert set(np.flatnonzero(result.labels == label)) == set(pm_group)


def test_cannot_link_pairs_are_never_together() -> None:
    x, truth = topics()
    result = cluster_embeddings(x, cannot_link=[(0, 1)])
    assert result.labels[0] != result.labels[1]


def test_match_previous_keeps_ids_of_unchanged_and_larger_parts() -> None:
    labels = np.array([0, 0, 0, 1, 1, 2])
    previous = [10, 10, 10, 11, 10, None]
    assert match_previous(labels, previous) == {0: 10, 1: 11}
