"""Per-workspace vector state: the FAISS index (a cache of the DB) plus idea centroids.

The database is the truth. Each workspace's index is loaded from its snapshot, caught up
with items written since (by this or any other process) by replaying the workspace's change
feed (`service.core.change_store`: commit order, unlike item ids) from the snapshot's
position, rebuilt from the DB when the snapshot is missing or inconsistent, the feed says
stored embeddings were rewritten or the changes after the position were pruned, and
snapshotted again after a tenth of its size in writes (at least a few hundred), so a restart
replays at most that many vectors from the DB.

Once a workspace holds FIT_ITEMS distinct items, duplicate decisions move to its whitened
space (`triage.whitening`), fitted on its first FIT_ITEMS items by id: the same DB gives the
same map, so nothing about it needs saving. The snapshot keeps raw vectors; their whitened
copies live in memory only, and the raw HNSW graph supplies the candidates they rescore.

Likewise its first SHAPE_ITEMS items by id say whether the workspace reads like an issue
tracker (`triage.specifics.reads_like_tracker`), where nothing merges on similarity alone.
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
from service.core import change_store
from service.feedback import store as feedback_store
from service.workspaces import store as workspace_store
from triage.cluster import VOTERS, centre
from triage.embedder import Embedder
from triage.index import Snapshot, VectorIndex
from triage.neighbours import nearest_others
from triage.specifics import reads_like_tracker
from triage.whitening import FIT_ITEMS, Whitening, fit_whitening

log = logging.getLogger(__name__)

# Nearest raw items rescored in the whitened space; on BANKING77 the whitened nearest item is
# among the raw 100 nearest 99.8% of the time (95% of the whitened 20 nearest), at a tenth of
# the cost of an exact whitened search over 100k items.
CANDIDATES = 100
# Items whose asks say whether a workspace reads like an issue tracker: few enough that a
# tracker's first near-verbatim matches are caught (Hadoop's first auto-merges came at its
# 369th to 488th items, all wrong but one), enough to tell (clashing links among a set's first
# 200 streamed items, 2026-12-06, clean and channel-wrapped: issue reports 0.61-0.80, every
# other battery set 0.03-0.23, the demo backlog the highest).
SHAPE_ITEMS = 200


def reads_like_tracker_now(session: Session, workspace_id: int) -> bool:
    """Whether the workspace's first SHAPE_ITEMS indexed items (their asks, and their nearest
    among themselves in the centred raw space, as clustering sees them) read like an issue
    tracker; False while it holds fewer. Read from the database, so pages need no index."""
    rows = feedback_store.first_indexed(session, workspace_id, SHAPE_ITEMS)
    if len(rows) < SHAPE_ITEMS:
        return False
    vectors = np.stack([np.frombuffer(vector, dtype=np.float32) for _, vector in rows])
    _, neighbours = nearest_others(centre(vectors), VOTERS)
    return reads_like_tracker([ask for ask, _ in rows], neighbours)


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
        self.tracker = False
        self.shape_read = False  # whether `tracker` was read off the first SHAPE_ITEMS items
        self._whitened = np.zeros((0, 0), dtype=np.float32)  # rows of whitened vectors
        self._row_of: dict[int, int] = {}  # item id -> its row in _whitened
        self.membership_version = -1
        self.unsaved_writes = 0
        self.ids: set[int] = set(index.vectors()[0].tolist()) if len(index) else set()

    @property
    def feed_seq(self) -> int:
        """The change-feed position this state has applied (kept in the index's snapshot)."""
        return self.index.position

    @feed_seq.setter
    def feed_seq(self, seq: int) -> None:
        self.index.position = seq

    @property
    def space(self) -> DecisionSpace:
        return DecisionSpace.raw if self.whitening is None else DecisionSpace.whitened

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
        self.assign(item_id, idea_id, spaced)

    def add_many(self, ids: np.ndarray, vectors: np.ndarray, spaced: np.ndarray) -> None:
        self.index.add(ids, vectors)
        self.ids.update(ids.tolist())
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

    def assign(self, item_id: int, idea_id: int, vector: np.ndarray) -> None:
        """Count an indexed item (its decision-space vector) towards its idea's centroid."""
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
                self.assign(item_id, idea_id, vector)

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
        """The workspace's vectors, caught up with everything committed in the DB.

        Under the workspace lock (`writing` plus `change_store.lock_workspace` on the writing
        session) nothing can commit meanwhile, so the state is exactly the database's."""
        state = self._state.get(workspace_id)
        if state is None:
            state = self._load(session, workspace_id)
        if not self._catch_up(session, workspace_id, state):
            self.discard(workspace_id)
            state = self._fresh(session, workspace_id)
            self._catch_up(session, workspace_id, state)
        self._state[workspace_id] = state
        if not state.shape_read and len(state.index) >= SHAPE_ITEMS:
            state.tracker = reads_like_tracker_now(session, workspace_id)
            state.shape_read = True
            log.info("shape workspace=%s tracker=%s", workspace_id, state.tracker)
        if state.whiten_when_ready():
            log.info("whitened workspace=%s items=%d", workspace_id, len(state.index))
        version = workspace_store.membership_version(session, workspace_id)
        if version != state.membership_version:
            state.reload_assignments(feedback_store.idea_assignments(session, workspace_id))
            state.membership_version = version
        return state

    def _load(self, session: Session, workspace_id: int) -> WorkspaceVectors:
        """The snapshot if it fits the model and the database, else a build from the DB."""
        index = VectorIndex.load(self.path(workspace_id))
        usable = (
            index is not None
            and index.model == self.embedder.name
            and index.dim == self.embedder.dim
            and feedback_store.count_indexed_upto(session, workspace_id, index.max_id) == len(index)
        )
        if not usable:
            log.info("index rebuild workspace=%s reason=missing_or_stale", workspace_id)
            return self._fresh(session, workspace_id)
        assert index is not None
        state = WorkspaceVectors(index)
        # Items written before the change feed existed (or its position lost) follow the
        # snapshot by id; the feed replay then skips whatever this already added.
        self._add_rows(state, feedback_store.embeddings_after(session, workspace_id, index.max_id))
        return state

    def _fresh(self, session: Session, workspace_id: int) -> WorkspaceVectors:
        """Every indexable item from the DB; the feed position is read first, so a change
        committed during the read is at worst applied twice (a no-op), never missed."""
        state = WorkspaceVectors(VectorIndex(self.embedder.dim, self.embedder.name))
        seq = change_store.last_seq(session, workspace_id)
        self._add_rows(state, feedback_store.embeddings_after(session, workspace_id, 0))
        state.feed_seq = seq
        return state

    def _catch_up(self, session: Session, workspace_id: int, state: WorkspaceVectors) -> bool:
        """Apply the change feed after the state's position, in commit order; False when the
        state must be rebuilt from the database instead."""
        changes = change_store.changes_after(session, workspace_id, state.feed_seq)
        if not changes:
            return True
        if changes[0][0] != state.feed_seq + 1:
            # Numbers run without holes, so changes this state never applied were pruned
            # (`change_store.prune`): only the database still knows what they were.
            log.info(
                "index rebuild workspace=%s reason=feed_pruned position=%d oldest_kept=%d",
                workspace_id,
                state.feed_seq,
                changes[0][0],
            )
            return False
        if any(kind == change_store.REBUILD for _, kind, _ in changes):
            # Another process rewrote stored embeddings: every cached vector is stale.
            log.info("index rebuild workspace=%s reason=embeddings_rewritten", workspace_id)
            return False
        wanted = [i for _, _, i in changes if i is not None and i not in state.ids]
        self._add_rows(state, feedback_store.indexable_rows(session, workspace_id, wanted))
        state.feed_seq = changes[-1][0]
        if wanted:
            log.info("index catch_up workspace=%s added=%d", workspace_id, len(wanted))
        return True

    def _add_rows(self, state: WorkspaceVectors, rows: list[tuple[int, int | None, bytes]]) -> None:
        """Index (item id, idea id, embedding) rows not held yet, with their idea."""
        rows = [r for r in rows if r[0] not in state.ids]
        if not rows:
            return
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        vectors = np.stack([np.frombuffer(r[2], dtype=np.float32) for r in rows])
        spaced = state.to_space(vectors)
        state.add_many(ids, vectors, spaced)
        for (item_id, idea_id, _), vector in zip(rows, spaced, strict=True):
            if idea_id is not None:
                state.assign(item_id, idea_id, vector)

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
