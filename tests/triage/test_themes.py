"""Themes: sibling ideas grouped, unrelated ones kept apart, granularity from the data."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from triage.cluster import cluster_embeddings
from triage.themes import group_ideas, theme_sizes


def _normalise(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)


def families(seed: int = 0, spread: float = 0.7) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """5 request families of 3 sibling requests each (20 paraphrases per request), 64-d."""
    rng = np.random.default_rng(seed)
    family = _normalise(rng.normal(size=(5, 64)))
    offsets = _normalise(rng.normal(size=(5, 3, 64)))
    request = _normalise(family[:, None, :] + spread * offsets).reshape(15, 64)
    truth = np.repeat(np.arange(15), 20)
    x = _normalise(request[truth] + rng.normal(0, 0.1, (len(truth), 64)))
    return x, truth, truth // 3


@pytest.mark.parametrize("seed", [0, 1])
def test_sibling_ideas_become_one_theme_and_families_stay_apart(seed: int) -> None:
    x, requests, family = families(seed)
    ideas = cluster_embeddings(x).labels
    assert adjusted_rand_score(requests, ideas) > 0.95  # ideas keep the siblings apart
    themes = group_ideas(x, ideas)
    assert len(np.unique(themes)) == 5
    assert adjusted_rand_score(family, themes[ideas]) == 1.0


def test_unrelated_ideas_stay_their_own_themes() -> None:
    rng = np.random.default_rng(2)
    centres = _normalise(rng.normal(size=(6, 48)))
    truth = np.repeat(np.arange(6), 40)
    x = _normalise(centres[truth] + rng.normal(0, 0.09, (len(truth), 48)))
    themes = group_ideas(x, truth)
    assert sorted(themes.tolist()) == list(range(6))


def test_a_shared_envelope_leaves_the_themes_unchanged() -> None:
    x, _, family = families(0)
    envelope = _normalise(np.random.default_rng(7).normal(size=x.shape[1]))
    wrapped = _normalise(x + 1.5 * envelope)
    assert float((wrapped[:60] @ wrapped[60:120].T).mean()) > 0.6  # families look alike raw
    ideas = cluster_embeddings(wrapped).labels
    themes = group_ideas(wrapped, ideas)
    assert adjusted_rand_score(family, themes[ideas]) == 1.0


def test_a_fixed_threshold_overrides_the_data_driven_cut() -> None:
    x, requests, _ = families(0)
    assert len(np.unique(group_ideas(x, requests, threshold=0.99))) == 15
    assert len(np.unique(group_ideas(x, requests, threshold=0.0))) < 15


def test_edge_cases_and_sizes() -> None:
    x, requests, _ = families(0)
    with pytest.raises(ValueError):
        group_ideas(x, requests[:-1])
    assert group_ideas(x, np.zeros(len(x), dtype=np.int64)).tolist() == [0]
    assert group_ideas(x[:0], requests[:0]).shape == (0,)
    themes = np.array([0, 0, 1])
    assert theme_sizes(themes, np.array([5, 2, 4])).tolist() == [7, 4]
