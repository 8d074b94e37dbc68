"""Per-workspace whitening of sentence embeddings before the duplicate decision.

A workspace's feedback shares its domain: every BANKING77 query is about banking, so any two
of them already sit at cosine ~0.2 and the directions that tell one request from another are
drowned by the ones every item has. Fitting PCA on the workspace's own items and rescaling the
top components (shrinking the dominant ones) makes cosine similarity reflect what differs. On
BANKING77 this raises duplicate coverage at the same precision (`bench/calibrate_dedupe.py`,
against `--raw`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DIMS = 128  # components kept: enough for ~150 intents, few enough to drop the noise
POWER = 0.75  # 1.0 is full whitening; 0.75 keeps some of the spectrum's shape
FIT_ITEMS = 500  # the workspace's first items by id: enough for a stable fit, and reproducible


@dataclass(frozen=True)
class Whitening:
    """An affine map from embedding space to a shorter space where cosine compares better."""

    mean: np.ndarray  # [d]
    matrix: np.ndarray  # [d, dims]

    @property
    def dims(self) -> int:
        return int(self.matrix.shape[1])

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        """Map [n, d] embeddings to L2-normalised float32 [n, dims] rows."""
        mapped = (np.asarray(vectors, dtype=np.float32) - self.mean) @ self.matrix
        norms = np.linalg.norm(mapped, axis=1, keepdims=True)
        return (mapped / np.maximum(norms, 1e-12)).astype(np.float32)


def fit_whitening(vectors: np.ndarray, dims: int = DIMS, power: float = POWER) -> Whitening:
    """Fit the map on a sample of one workspace's embeddings.

    Args:
        vectors: float [n, d] embeddings, n >= 2 (rows need not be normalised).
        dims: components kept (at most min(n, d)).
        power: each kept component is divided by its standard deviation to this power.

    Returns:
        The fitted map; the same input gives the same map.
    """
    x = np.asarray(vectors, dtype=np.float64)
    if len(x) < 2:
        raise ValueError("whitening needs at least two vectors")
    mean = x.mean(axis=0)
    _, singular, components = np.linalg.svd(x - mean, full_matrices=False)
    keep = min(dims, len(singular))
    spread = np.maximum(singular[:keep] / np.sqrt(len(x)), 1e-8)
    matrix = components[:keep].T / spread**power
    return Whitening(mean.astype(np.float32), matrix.astype(np.float32))
