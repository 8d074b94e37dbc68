"""A FAISS inner-product index over item embeddings, keyed by item id, with disk snapshots."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faiss
import numpy as np


@dataclass(frozen=True)
class SnapshotMeta:
    """What a snapshot covers, so a reader can tell whether it is stale."""

    model: str
    dim: int
    count: int
    max_id: int
    # The writer's own marker of how far the copy reaches (e.g. a change-feed position).
    position: int = 0


@dataclass(frozen=True)
class Snapshot:
    data: np.ndarray
    meta: SnapshotMeta

    def write(self, path: Path) -> None:
        """Write atomically (temp file + rename), index first, then its sidecar metadata."""
        path.parent.mkdir(parents=True, exist_ok=True)
        # Per-process temporary names: processes sharing a data directory never interleave.
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        self.data.tofile(tmp)
        os.replace(tmp, path)
        sidecar = path.with_suffix(f".{os.getpid()}.jtmp")
        sidecar.write_text(json.dumps(self.meta.__dict__))
        os.replace(sidecar, path.with_suffix(".json"))


# HNSW graph settings. Measured on 100k jittered BANKING77 vectors on the 2-core dev box:
# exact flat search costs ~10 ms per query there, this graph ~0.15 ms with recall@20 of 0.99
# and the same nearest item 99.5% of the time; building it for 100k items takes ~8 s.
HNSW_LINKS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


class VectorIndex:
    """Cosine search (vectors are normalised) over an HNSW graph keyed by item id.

    The id map lets the DB primary key be the FAISS id; the graph keeps search time nearly flat
    as a workspace grows, which a flat scan (linear in items) does not.
    """

    def __init__(self, dim: int, model: str) -> None:
        self.dim = dim
        self.model = model
        graph = faiss.IndexHNSWFlat(dim, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        graph.hnsw.efSearch = HNSW_EF_SEARCH
        self._index = faiss.IndexIDMap2(graph)
        self.max_id = 0
        self.position = 0  # set by the owner; kept in the snapshot's metadata

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors under their item ids (ids must be new)."""
        if len(ids) == 0:
            return
        ids64 = np.ascontiguousarray(ids, dtype=np.int64)
        self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids64)
        self.max_id = max(self.max_id, int(ids64.max()))

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest item ids with their cosine similarity, best first."""
        if len(self) == 0:
            return []
        query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
        scores, ids = self._index.search(query, min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def search_many(self, vectors: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """search() for many queries in one BLAS call: far cheaper than one call per query."""
        if len(self) == 0 or len(vectors) == 0:
            return [[] for _ in range(len(vectors))]
        queries = np.ascontiguousarray(vectors, dtype=np.float32)
        scores, ids = self._index.search(queries, min(k, len(self)))
        return [
            [(int(i), float(s)) for i, s in zip(row_ids, row_scores, strict=True) if i >= 0]
            for row_ids, row_scores in zip(ids, scores, strict=True)
        ]

    def vectors(self) -> tuple[np.ndarray, np.ndarray]:
        """All (ids, vectors) held, e.g. to recompute idea centroids without the DB."""
        n = len(self)
        ids = faiss.vector_to_array(self._index.id_map).astype(np.int64)
        # faiss' type stubs know only the base Index; the graph and its storage are subclasses.
        graph: Any = faiss.downcast_index(self._index.index)
        storage: Any = faiss.downcast_index(graph.storage)
        flat = faiss.vector_to_array(storage.codes).view(np.float32)
        return ids, flat.reshape(n, self.dim)

    def meta(self) -> SnapshotMeta:
        return SnapshotMeta(self.model, self.dim, len(self), self.max_id, self.position)

    def snapshot(self) -> Snapshot:
        """An in-memory copy (a memcpy, ~0.1 s at 100k items) that any thread may write out."""
        return Snapshot(faiss.serialize_index(self._index), self.meta())

    def save(self, path: Path) -> None:
        self.snapshot().write(path)

    @classmethod
    def load(cls, path: Path) -> VectorIndex | None:
        """Read a snapshot; None when it is missing or unreadable (the caller rebuilds)."""
        sidecar = path.with_suffix(".json")
        try:
            meta = SnapshotMeta(**json.loads(sidecar.read_text()))
            raw: Any = faiss.read_index(str(path))
        except (OSError, ValueError, TypeError, RuntimeError):
            return None
        if raw.ntotal != meta.count or raw.d != meta.dim:
            return None
        index = cls(meta.dim, meta.model)
        index._index = raw
        graph: Any = faiss.downcast_index(raw.index)
        graph.hnsw.efSearch = HNSW_EF_SEARCH
        index.max_id = meta.max_id
        index.position = meta.position
        return index
