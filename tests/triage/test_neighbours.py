from __future__ import annotations

import numpy as np
import pytest

from triage import neighbours
from triage.neighbours import nearest_others


@pytest.mark.parametrize(("n", "k", "block"), [(5, 10, 1024), (300, 10, 64), (1100, 12, 1024)])
def test_each_row_gets_its_most_similar_other_rows_best_first(
    n: int, k: int, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Block by block, the k most similar other rows, best first (to float rounding: the
    product's blocks may round copies of one vector apart). A row with copies never lists
    itself, which faiss's flat search, asked for k + 1 and the first dropped, did."""
    rng = np.random.default_rng(7)
    x = rng.normal(size=(n, 24)).astype(np.float32)
    x[1::7] = x[0]  # copies at the same cosine
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    monkeypatch.setattr(neighbours, "BLOCK_ROWS", block)
    scores, ids = nearest_others(x, k)
    similarity = (x.astype(np.float64) @ x.T.astype(np.float64)).astype(np.float32)
    assert ids.shape == scores.shape == (n, min(k, n - 1))
    for i in range(n):
        found = ids[i].tolist()
        assert i not in found and len(set(found)) == len(found)
        assert np.allclose(scores[i], similarity[i, found], atol=1e-5)
        assert np.all(np.diff(scores[i]) <= 0)
        left_out = np.delete(similarity[i], [i, *found])
        assert not len(left_out) or similarity[i, found].min() >= left_out.max() - 1e-5


def test_equal_cosines_list_the_lower_index_first() -> None:
    x = np.array([[1, 0], [0, 1], [0, 1], [0, 1], [1, 0]], dtype=np.float32)
    _, ids = nearest_others(x, 4)
    assert ids[1].tolist() == [2, 3, 0, 4]
    assert ids[0].tolist() == [4, 1, 2, 3]
    _, ids = nearest_others(x, 3)  # rows 0 and 4 tie for the last place: the lower one stays
    assert ids[1].tolist() == [2, 3, 0]


def test_neighbours_between_the_sampled_columns_are_found() -> None:
    """The floor of a row's k-th best comes from every step-th column only (here every
    fourth): the nearest rows, all between those columns, are found all the same."""
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2048, 24)).astype(np.float32)
    near = [1, 2, 3, 5, 6, 7, 9, 10, 11, 13]
    x[near] = x[0] + 0.01 * rng.normal(size=(len(near), 24)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    _, ids = nearest_others(x, len(near))
    assert sorted(ids[0].tolist()) == near
    assert all(0 in ids[i] for i in near)


def test_a_single_row_has_no_neighbours() -> None:
    scores, ids = nearest_others(np.ones((1, 4), dtype=np.float32), 10)
    assert scores.shape == ids.shape == (1, 0)
