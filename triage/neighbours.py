"""Exact nearest neighbours among a set of unit vectors, for clustering's graphs.

numpy's matrix product a block of rows at a time, then a selection. faiss's flat search
finds the same neighbours, but the BLAS bundled with the faiss wheel ran the product at a
quarter of numpy's speed on an Intel Xeon (HWU64's 6,000 items: 0.49 s against 0.10 s,
2026-12-05), and the product is most of the search.

The selection does not partition whole rows: the k-th best cosine among every step-th column
is a floor for the row's k-th best, so only the cosines at or above it are sorted (on HWU64's
6,000 items about 50 per row for 10 neighbours, 250 for 50). `python bench/neighbour_search.py`
(AMD EPYC, 2 cores, 2026-12-07 19:52 UTC, HWU64, median of 9) for 10 / 50 neighbours: the full
partition of each row it replaced 0.58 / 0.58 s, the floor from 512 columns 0.22 / 0.36 s, from
1,024 0.22 / 0.29 s, from 2,048 0.27 / 0.30 s, from every column 0.37 / 0.39 s.
"""

from __future__ import annotations

import numpy as np

BLOCK_ROWS = 1024  # rows per product: 25 MB of cosines at 6,000 items
FLOOR_COLUMNS = 1024  # columns sampled per row for the floor of its k-th best cosine


def nearest_others(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's k most similar other rows, best first (equal cosines: the lower index
    first), as cosines [n, k] and indices [n, k]. A row is never its own neighbour, also when
    a copy of it sits at the same cosine. Fewer than k + 1 rows give n - 1 columns."""
    x = np.ascontiguousarray(x, dtype=np.float32)
    n = len(x)
    k = max(min(k, n - 1), 0)
    scores = np.empty((n, k), dtype=np.float32)
    ids = np.empty((n, k), dtype=np.int64)
    if k == 0:
        return scores, ids
    # Every step-th column, at least k + 1 of them (the row itself may be one, at -inf).
    step = max(1, n // max(FLOOR_COLUMNS, k + 1))
    for start in range(0, n, BLOCK_ROWS):
        rows = np.arange(start, min(start + BLOCK_ROWS, n))
        similarity = x[rows] @ x.T
        similarity[np.arange(len(rows)), rows] = -np.inf
        sampled = similarity[:, ::step]
        floor = np.partition(sampled, -k, axis=1)[:, -k]
        row, column = np.divmod(np.flatnonzero(similarity >= floor[:, None]), n)
        cosine = similarity[row, column]
        # By row, then best cosine, then lower index (rows and columns come ascending and the
        # sort is stable): a float32's bits, magnitude reversed where negative, rank it exactly.
        bits = cosine.view(np.int32).astype(np.int64)
        rank = np.where(bits < 0, -(bits & 0x7FFFFFFF), bits)
        order = np.argsort((row << 33) - rank, kind="stable")
        per_row = np.bincount(row, minlength=len(rows))
        best = order[(np.cumsum(per_row) - per_row)[:, None] + np.arange(k)]
        ids[rows] = column[best]
        scores[rows] = cosine[best]
    return scores, ids


def neighbour_pairs(neighbours: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pair of a neighbour graph once, whichever side listed the other: the (low, high)
    indices, ordered by low then high. ``neighbours`` is [n, k] ids, -1 for none."""
    n = len(neighbours)
    rows = np.repeat(np.arange(n), neighbours.shape[1])
    cols = neighbours.ravel()
    keep = cols >= 0
    rows, cols = rows[keep], cols[keep]
    pairs = np.unique(np.minimum(rows, cols) * n + np.maximum(rows, cols))
    return pairs // n, pairs % n
