"""Whitening: a map fitted on one workspace's vectors that separates what a shared topic hides."""

from __future__ import annotations

import numpy as np
import pytest

from triage.whitening import fit_whitening


def topic_groups(
    seed: int = 0, groups: int = 6, per_group: int = 40
) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors dominated by one shared direction (the workspace's topic), each group
    nudged along a direction of its own, plus noise: raw cosines are high across groups."""
    rng = np.random.default_rng(seed)
    dim = 64
    topic = rng.normal(size=dim)
    own = rng.normal(size=(groups, dim))
    labels = np.repeat(np.arange(groups), per_group)
    x = 6 * topic / np.linalg.norm(topic) + own[labels] / np.linalg.norm(own, axis=1)[labels, None]
    x += rng.normal(scale=0.15, size=x.shape)
    return x / np.linalg.norm(x, axis=1, keepdims=True), labels


def between_and_within(x: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    sims = x @ x.T
    same = labels[:, None] == labels[None, :]
    off_diagonal = ~np.eye(len(x), dtype=bool)
    return float(sims[~same].mean()), float(sims[same & off_diagonal].mean())


def test_whitening_pulls_apart_groups_that_share_a_topic() -> None:
    x, labels = topic_groups()
    raw_between, raw_within = between_and_within(x, labels)
    white = fit_whitening(x, dims=16).apply(x)
    white_between, white_within = between_and_within(white, labels)
    assert raw_between > 0.9  # the shared topic makes everything look alike
    assert white_between < 0.2
    assert white_within - white_between > 3 * (raw_within - raw_between)


def test_the_map_is_reproducible_and_gives_unit_rows() -> None:
    x, _ = topic_groups(seed=1)
    first, second = fit_whitening(x, dims=16), fit_whitening(x.copy(), dims=16)
    assert np.allclose(first.apply(x) @ first.apply(x).T, second.apply(x) @ second.apply(x).T)
    out = first.apply(x[:5])
    assert out.shape == (5, 16) and out.dtype == np.float32
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)


def test_it_keeps_no_more_components_than_the_sample_has() -> None:
    x, _ = topic_groups(groups=2, per_group=5)
    assert fit_whitening(x, dims=128).dims == 10


def test_one_vector_is_not_enough() -> None:
    with pytest.raises(ValueError):
        fit_whitening(np.ones((1, 8)))
