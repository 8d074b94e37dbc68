"""Per-workspace vector state: the FAISS index (a cache of the DB) plus idea centroids.

The database is the truth. Each workspace's index is loaded from its snapshot, caught up
with items written since (by this or any other process), rebuilt from the DB when the
snapshot is missing or inconsistent, and snapshotted again after a tenth of its size in writes
(at least a few hundred), so a restart replays at most that many vectors from the DB.

Once a workspace holds FIT_ITEMS distinct items, duplicate decisions move to its whitened
space (`triage.whitening`), fitted on its first FIT_ITEMS items by id: the same DB gives the
same map, so nothing about it needs saving. The snapshot keeps raw vectors; their whitened
copies live in memory only, and the raw HNSW graph supplies the candidates they rescore.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from sqlalchemy.orm import Session

from models.schemas import DecisionSpace
from service.feedback import store as feedback_store
from service.workspaces import store as workspace_store
from triage.embedder import Embedder
from triage.index import Snapshot, VectorIndex
from triage.whitening import FIT_ITEMS, Whitening, fit_whitening

log = logging.getLogger(__name__)

# Nearest raw items rescored in the whitened space; on BANKING77 the whitened nearest item is
# among the raw 100 nearest 99.8% of the time (95% of the whitened 20 nearest), at a tenth of
# the cost of an exact whitened search over 100k items.
CANDIDATES = 100


def decision_space(session: Session, workspace_id: int) -> DecisionSpace:
    """The space the workspace's next decision compares in (as `WorkspaceVectors.space`)."""
    whitened = feedback_store.count_indexed(session, workspace_id) >= FIT_ITEMS
    return DecisionSpace.whitened if whitened else DecisionSpace.raw


class WorkspaceVectors:
    """The index of one workspace, the idea of each indexed item, and each idea's vector sum.

    Decisions happen in the "decision space": raw embeddings until the workspace is whitened,
    whitened ones after. `to_space`, `search_many` and `centroids` all speak that space.
    """

    def __init__(self, index: VectorIndex) -> None:
        self.index = index
        self.idea_of: dict[int, int] = {}
        self.centroids: dict[int, np.ndarray] = {}  # sums in the decision space
        self.whitening: Whitening | None = None
        self._whitened = np.zeros((0, 0), dtype=np.float32)  # rows of whitened vectors
        self._row_of: dict[int, int] = {}  # item id -> its row in _whitened
        self.membership_version = -1
        self.unsaved_writes = 0
        # Highest item id already looked at; exact re-posts are stored but never indexed, so
        # this can run ahead of index.max_id.
        self.seen_max_id = index.max_id

    @property
    def space(self) -> DecisionSpace:
        return DecisionSpace.raw if self.whitening is None else DecisionSpace.whitened

    def saw(self, item_id: int) -> None:
        self.seen_max_id = max(self.seen_max_id, item_id)

    def to_space(self, vectors: np.ndarray) -> np.ndarray:
        """Raw [n, d] embeddings as the decision compares them."""
        return vectors if self.whitening is None else self.whitening.apply(vectors)

    def search_many(
        self, vectors: np.ndarray, spaced: np.ndarray, k: int
    ) -> list[list[tuple[int, float]]]:
        """Nearest indexed items (decision-space cosines, best first) for raw vectors and the
        same vectors in the decision space."""
        if self.whitening is None:
            return self.index.search_many(vectors, k)
        found = []
        for candidates, query in zip(
            self.index.search_many(vectors, CANDIDATES), spaced, strict=True
        ):
            ids = [item_id for item_id, _ in candidates]
            scores = self._whitened[[self._row_of[i] for i in ids]] @ query
            best = np.argsort(-scores, kind="stable")[:k]
            found.append([(ids[n], float(scores[n])) for n in best])
        return found

    def add(self, item_id: int, idea_id: int, vector: np.ndarray, spaced: np.ndarray) -> None:
        """Index one item: its raw vector and the same vector in the decision space."""
        self.add_many(np.array([item_id]), vector.reshape(1, -1), spaced.reshape(1, -1))
        self._assign(item_id, idea_id, spaced)

    def add_many(self, ids: np.ndarray, vectors: np.ndarray, spaced: np.ndarray) -> None:
        self.index.add(ids, vectors)
        if self.whitening is not None:
            self._keep_whitened(ids, spaced)
        self.unsaved_writes += len(ids)

    def _keep_whitened(self, ids: np.ndarray, spaced: np.ndarray) -> None:
        start = len(self._row_of)
        if start + len(ids) > len(self._whitened):  # grow by doubling: amortised O(1) per add
            rows = max(2 * len(self._whitened), start + len(ids))
            grown = np.zeros((rows, spaced.shape[1]), dtype=np.float32)
            if start:
                grown[:start] = self._whitened[:start]
            self._whitened = grown
        self._whitened[start : start + len(ids)] = spaced
        for n, item_id in enumerate(ids.tolist()):
            self._row_of[item_id] = start + n

    def _assign(self, item_id: int, idea_id: int, vector: np.ndarray) -> None:
        self.idea_of[item_id] = idea_id
        total = self.centroids.get(idea_id)
        self.centroids[idea_id] = vector.copy() if total is None else total + vector

    def reload_assignments(self, assignments: dict[int, int]) -> None:
        """Recompute item -> idea and the centroids from the index's own vectors."""
        self.idea_of, self.centroids = {}, {}
        ids, vectors = self.index.vectors()
        if self.whitening is not None:  # the whitened copies are already at hand
            vectors = self._whitened[[self._row_of[i] for i in ids.tolist()]]
        for item_id, vector in zip(ids.tolist(), vectors, strict=True):
            idea_id = assignments.get(item_id)
            if idea_id is not None:
                self._assign(item_id, idea_id, vector)

    def whiten_when_ready(self) -> bool:
        """Switch to the whitened space once FIT_ITEMS items are indexed; True if it switched."""
        if self.whitening is not None or len(self.index) < FIT_ITEMS:
            return False
        ids, vectors = self.index.vectors()
        first = np.argsort(ids, kind="stable")[:FIT_ITEMS]
        self.whitening = fit_whitening(vectors[first])
        self._keep_whitened(ids, self.whitening.apply(vectors))
        self.membership_version = -1  # centroids must be summed again in the new space
        return True


class VectorRegistry:
    """Holds every workspace's vectors for this process; thread-safe per workspace."""

    def __init__(self, embedder: Embedder, index_dir: Path, snapshot_every: int = 500) -> None:
        self.embedder = embedder
        self.index_dir = index_dir
        self.snapshot_every = snapshot_every
        self._state: dict[int, WorkspaceVectors] = {}
        self._locks: dict[int, threading.RLock] = {}
        self._guard = threading.Lock()
        self._disk = threading.Lock()
        self._written: dict[Path, int] = {}

    def path(self, workspace_id: int) -> Path:
        return self.index_dir / f"workspace-{workspace_id}.faiss"

    @contextmanager
    def writing(self, workspace_id: int) -> Iterator[None]:
        """Serialise decisions per workspace; a failed write drops the in-memory state."""
        with self._guard:
            lock = self._locks.setdefault(workspace_id, threading.RLock())
        with lock:
            try:
                yield
            except BaseException:
                self.invalidate(workspace_id)
                raise

    def invalidate(self, workspace_id: int) -> None:
        self._state.pop(workspace_id, None)

    def discard(self, workspace_id: int) -> None:
        """Forget the workspace's vectors and its snapshot: stored embeddings were rewritten,
        so the next use rebuilds the index from the database."""
        self.invalidate(workspace_id)
        with self._disk:
            self.path(workspace_id).unlink(missing_ok=True)
            self._written.pop(self.path(workspace_id), None)

    def current(self, session: Session, workspace_id: int) -> WorkspaceVectors:
        """The workspace's vectors, caught up with everything committed in the DB."""
        state = self._state.get(workspace_id)
        if state is None:
            state = self._load(session, workspace_id)
            self._state[workspace_id] = state
        self._catch_up(session, workspace_id, state)
        if state.whiten_when_ready():
            log.info("whitened workspace=%s items=%d", workspace_id, len(state.index))
        version = workspace_store.membership_version(session, workspace_id)
        if version != state.membership_version:
            state.reload_assignments(feedback_store.idea_assignments(session, workspace_id))
            state.membership_version = version
        return state

    def _load(self, session: Session, workspace_id: int) -> WorkspaceVectors:
        index = VectorIndex.load(self.path(workspace_id))
        usable = (
            index is not None
            and index.model == self.embedder.name
            and index.dim == self.embedder.dim
            and feedback_store.count_indexed_upto(session, workspace_id, index.max_id) == len(index)
        )
        if not usable:
            log.info("index rebuild workspace=%s reason=missing_or_stale", workspace_id)
            index = VectorIndex(self.embedder.dim, self.embedder.name)
        assert index is not None
        return WorkspaceVectors(index)

    def _catch_up(self, session: Session, workspace_id: int, state: WorkspaceVectors) -> None:
        newest = feedback_store.max_item_id(session, workspace_id)
        if newest <= state.seen_max_id:
            return
        ids, vectors = feedback_store.embeddings_after(
            session, workspace_id, state.index.max_id, state.index.dim
        )
        state.seen_max_id = newest
        if len(ids):
            state.add_many(ids, vectors, state.to_space(vectors))
            state.membership_version = -1  # new items: reload their ideas with everything else
            log.info("index catch_up workspace=%s added=%d", workspace_id, len(ids))

    def after_write(self, workspace_id: int) -> None:
        """Snapshot when enough writes piled up; the disk write runs off the request path.

        Copying the index costs time in proportion to its size, so the interval grows with it:
        at 100k items a fixed 500-write interval spent a third of bulk ingest on snapshots."""
        state = self._state.get(workspace_id)
        if state is None or state.unsaved_writes < max(self.snapshot_every, len(state.index) // 10):
            return
        snapshot = state.index.snapshot()  # caller holds the workspace lock: a consistent copy
        state.unsaved_writes = 0
        path = self.path(workspace_id)
        writer = threading.Thread(target=self._write, args=(snapshot, path), daemon=True)
        writer.start()

    def _write(self, snapshot: Snapshot, path: Path) -> None:
        with self._disk:  # one writer at a time; an older copy never replaces a newer one
            if snapshot.meta.count >= self._written.get(path, -1):
                snapshot.write(path)
                self._written[path] = snapshot.meta.count

    def snapshot_all(self) -> None:
        """Write every loaded workspace's index now (at shutdown)."""
        for workspace_id, state in list(self._state.items()):
            self._write(state.index.snapshot(), self.path(workspace_id))
            state.unsaved_writes = 0
