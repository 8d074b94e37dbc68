"""Idea centroids for search by meaning, kept in memory and checked against the database.

Search compares the query with every idea's centroid (the mean of its first items' stored
embeddings). Reading those embeddings is most of a search at 100k items, so each process
keeps the unit centroids and, on every search, asks the database for a cheap mark per idea
(count and id sums of its embedded items, kept in the stored demand rows,
service.ideas.demand_row_store) plus the last time stored embeddings were rewritten. Only ideas
whose mark moved are re-read, so a merge, split or new item made by any process is seen by
the next search.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

import numpy as np
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from service.core import change_store
from service.ideas import demand_row_store
from service.ideas import store as idea_store

Mark = tuple[int, int, int]


@dataclass
class _Centroids:
    rebuild: int
    marks: dict[int, Mark] = field(default_factory=dict)
    units: dict[int, np.ndarray] = field(default_factory=dict)
    ids: list[int] = field(default_factory=list)
    matrix: np.ndarray | None = None  # `units` stacked in `ids` order


_CACHE: WeakKeyDictionary[Engine, dict[int, _Centroids]] = WeakKeyDictionary()
_LOCK = threading.Lock()


def idea_centroids(
    session: Session, workspace_id: int, per_idea: int
) -> tuple[list[int], np.ndarray]:
    """Ideas with embedded items and their unit centroids (one row each, same order)."""
    engine = session.get_bind().engine
    marks = demand_row_store.embedded_marks(session, workspace_id)
    rebuild = change_store.last_rebuild(session, workspace_id)
    with _LOCK:
        known = _CACHE.setdefault(engine, {}).get(workspace_id)
    if known is None or known.rebuild != rebuild:
        known = _Centroids(rebuild)
    stale = [i for i, mark in marks.items() if known.marks.get(i) != mark]
    if stale or known.marks.keys() != marks.keys() or known.matrix is None:
        known = _refreshed(session, workspace_id, per_idea, known, marks, stale)
        with _LOCK:
            _CACHE.setdefault(engine, {})[workspace_id] = known
    assert known.matrix is not None
    return known.ids, known.matrix


def _refreshed(
    session: Session,
    workspace_id: int,
    per_idea: int,
    known: _Centroids,
    marks: dict[int, Mark],
    stale: list[int],
) -> _Centroids:
    """A new cache entry: unchanged ideas kept, stale ones re-read, gone ones dropped."""
    units = {i: v for i, v in known.units.items() if i in marks and i not in stale}
    # Re-reading everything in one query beats a long IN list on a first load.
    wanted = None if len(stale) > len(marks) // 2 else stale
    sums: dict[int, np.ndarray] = {}
    for idea_id, blob in idea_store.idea_item_vectors(session, workspace_id, per_idea, wanted):
        if wanted is None and idea_id in units:
            continue
        vector = np.frombuffer(blob, dtype=np.float32)
        total = sums.get(idea_id)
        sums[idea_id] = vector.copy() if total is None else total + vector
    for idea_id, total in sums.items():
        units[idea_id] = total / max(float(np.linalg.norm(total)), 1e-12)
    ids = list(units)
    dim = next(iter(units.values())).shape[0] if units else 0
    matrix = np.stack([units[i] for i in ids]) if ids else np.zeros((0, dim), np.float32)
    return _Centroids(known.rebuild, dict(marks), units, ids, matrix)
