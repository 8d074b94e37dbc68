"""The FAISS index: exact search by item id, snapshots that round-trip or are refused."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from triage.index import VectorIndex


def random_unit(n: int, dim: int, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_search_returns_ids_and_cosine_best_first() -> None:
    vectors = random_unit(50, 16)
    index = VectorIndex(16, "m")
    index.add(np.arange(100, 150), vectors)
    hits = index.search(vectors[7], 3)
    assert hits[0][0] == 107 and abs(hits[0][1] - 1.0) < 1e-5
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert index.max_id == 149 and len(index) == 50


def test_snapshot_round_trip_keeps_vectors_and_ids(tmp_path: Path) -> None:
    vectors = random_unit(20, 8)
    index = VectorIndex(8, "m")
    index.add(np.arange(1, 21), vectors)
    index.save(tmp_path / "w.faiss")
    loaded = VectorIndex.load(tmp_path / "w.faiss")
    assert loaded is not None and loaded.max_id == 20 and loaded.model == "m"
    ids, stored = loaded.vectors()
    assert ids.tolist() == list(range(1, 21))
    assert np.allclose(stored, vectors)


def test_missing_or_corrupt_snapshot_loads_as_none(tmp_path: Path) -> None:
    assert VectorIndex.load(tmp_path / "absent.faiss") is None
    index = VectorIndex(8, "m")
    index.add(np.arange(3), random_unit(3, 8))
    index.save(tmp_path / "w.faiss")
    (tmp_path / "w.faiss").write_bytes(b"not an index")
    assert VectorIndex.load(tmp_path / "w.faiss") is None


def test_graph_search_finds_the_true_nearest_items() -> None:
    """The HNSW graph is approximate: check it against brute force on clustered data."""
    rng = np.random.default_rng(3)
    centres = random_unit(50, 32, seed=4)
    vectors = centres[rng.integers(0, 50, 4000)] + rng.normal(0, 0.15, (4000, 32))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    index = VectorIndex(32, "m")
    index.add(np.arange(4000), vectors)
    queries = vectors[:100] + rng.normal(0, 0.05, (100, 32)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    truth = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    found = index.search_many(queries, 10)
    recall = np.mean(
        [len({i for i, _ in f} & set(t)) / 10 for f, t in zip(found, truth, strict=True)]
    )
    assert recall > 0.95
    assert [i for i, _ in index.search(queries[0], 10)] == [i for i, _ in found[0]]
