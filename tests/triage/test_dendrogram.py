"""The fast merge tree must give the very merges, floats included, of a plain pair-by-pair loop."""

from __future__ import annotations

import heapq

import faiss
import numpy as np
import pytest

from triage.cluster import centre, group_sums
from triage.dendrogram import Merger


class PlainMerger:
    """Average linkage one pair at a time: every similarity its own dot, every pair its own
    heap entry, popped one by one (what `Merger` replaced)."""

    def __init__(self, sums: np.ndarray, locked: np.ndarray) -> None:
        self.sums = [row for row in sums]
        self.counts = [1] * len(sums)
        self.locked = locked.tolist()
        self.alive = [True] * len(sums)
        self.neighbours: list[set[int]] = [set() for _ in sums]
        self.cannot: list[set[int]] = [set() for _ in sums]
        self.heap: list[tuple[float, int, int]] = []
        self.merges: list[tuple[float, int, int]] = []

    def similarity(self, a: int, b: int) -> float:
        return float(self.sums[a] @ self.sums[b]) / (self.counts[a] * self.counts[b])

    def push(self, a: int, b: int) -> None:
        if not (self.locked[a] or self.locked[b] or b in self.cannot[a]):
            heapq.heappush(self.heap, (-self.similarity(a, b), min(a, b), max(a, b)))

    def link(self, centres: np.ndarray, k: int) -> None:
        index = faiss.IndexFlatIP(centres.shape[1])
        index.add(centres)
        _, near = index.search(centres, min(k + 1, len(centres)))
        for a in range(len(centres)):
            for b in near[a]:
                if b >= 0 and b != a:
                    self.neighbours[a].add(int(b))
                    self.neighbours[int(b)].add(a)
        for a in range(len(centres)):
            for b in self.neighbours[a]:
                if a < b:
                    self.push(a, b)

    def run(self, threshold: float) -> None:
        while self.heap:
            negative, a, b = heapq.heappop(self.heap)
            if -negative < threshold:
                break
            if not (self.alive[a] and self.alive[b]) or b in self.cannot[a]:
                continue
            current = self.similarity(a, b)
            if abs(current + negative) > 1e-9:
                heapq.heappush(self.heap, (-current, a, b))
                continue
            self.merges.append((current, a, b))
            self.sums[a] = self.sums[a] + self.sums[b]
            self.counts[a] += self.counts[b]
            self.alive[b] = False
            self.cannot[a] |= self.cannot[b]
            for c in self.cannot[b]:
                self.cannot[c].add(a)
            others = (self.neighbours[a] | self.neighbours[b]) - {a, b}
            self.neighbours[a] = others
            for c in others:
                self.neighbours[c].discard(b)
                self.neighbours[c].add(a)
                self.push(a, c)


def _backlog(seed: int, n: int, reposts: float) -> np.ndarray:
    """Topics of unequal spread, a share of exact re-posts: ties and near-ties in plenty."""
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(max(2, n // 25), 48))
    x = topics[rng.integers(0, len(topics), n)] + rng.normal(size=(n, 48)) * rng.uniform(
        0.3, 1.2, size=(n, 1)
    )
    copies = rng.random(n) < reposts
    x[copies] = x[rng.integers(0, n, int(copies.sum()))]
    return centre((x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32))


@pytest.mark.parametrize("seed", range(6))
def test_merges_are_those_of_the_plain_loop(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    x = _backlog(seed, n=int(rng.integers(60, 400)), reposts=0.4 if seed % 2 else 0.0)
    locked = rng.random(len(x)) < (0.05 if seed >= 3 else 0.0)
    apart = rng.integers(0, len(x), size=4 if seed >= 3 else 0)
    nearest = np.argsort(-(x[apart] @ x.T), axis=1)[:, 1]  # pairs that would have merged
    threshold = [0.15, 0.0, 0.4][seed % 3]
    fast, plain = Merger(x, np.ones(len(x)), locked), PlainMerger(x, locked)
    for merger in (fast, plain):
        for a, b in zip(apart.tolist(), nearest.tolist(), strict=True):
            merger.cannot[a].add(b)
            merger.cannot[b].add(a)
        merger.link(x, 30)
        merger.run(threshold)
    assert len(plain.merges) > len(x) // 3
    assert fast.merges == plain.merges


def test_group_sums_are_the_floats_of_add_at() -> None:
    rng = np.random.default_rng(7)
    for n, groups in [(1, 1), (50, 3), (700, 40), (2000, 1999)]:
        x = rng.normal(size=(n, 32)).astype(np.float32)
        labels = rng.integers(0, groups, n)
        expected = np.zeros((groups, 32), dtype=np.float32)
        np.add.at(expected, labels, x)
        assert np.array_equal(group_sums(x, labels, groups), expected)


def test_a_heap_left_with_only_dead_entries_ends_the_run() -> None:
    # Tight groups merge to a few units; their leftover entries all die, and clearing them out
    # once emptied the heap under the loop (IndexError on a backlog of 300 items).
    rng = np.random.default_rng(5)
    topics = rng.normal(size=(30, 32))
    x = topics[rng.integers(0, 30, 300)] + rng.normal(0, 0.3, (300, 32))
    x = centre((x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32))
    fast, plain = (
        Merger(x, np.ones(len(x)), np.zeros(len(x), bool)),
        PlainMerger(x, np.zeros(len(x), bool)),
    )
    for merger in (fast, plain):
        merger.link(x, 30)
        merger.run(0.5)
    assert len(plain.merges) > 200
    assert fast.merges == plain.merges
