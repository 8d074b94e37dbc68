"""The exact neighbour search (`triage.neighbours.nearest_others`) against the full partition it
replaced, on the battery's embeddings, mean-centred as clustering sees them.

For each clean and noisy copy of `bench/battery.py`'s sets (its embedding cache), it checks that
both give the same cosines at every place and counts the rows whose neighbours differ (only
possible among equal cosines at the k-th place, which the full partition kept arbitrarily).
Then, on the largest set, it times both searches for 10 neighbours (the item graph) and 50 (the
themes' graph), with the floor's sampled columns at several widths, rounds interleaved, and
prints medians.

Usage: python bench/neighbour_search.py [--sets hwu64 banking77 demo] [--rounds 9]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from battery import CAP, embed, load_sets, machine_line, noisy  # noqa: E402

from triage import neighbours  # noqa: E402
from triage.cluster import VOTERS, centre  # noqa: E402
from triage.themes import ITEM_NEIGHBOURS  # noqa: E402

WIDTHS = (512, 1024, 2048)
Search = Callable[[np.ndarray, int], tuple[np.ndarray, np.ndarray]]


def full_partition(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The search before: `argpartition` over each whole row, then the k sorted."""
    n = len(x)
    scores = np.empty((n, k), dtype=np.float32)
    ids = np.empty((n, k), dtype=np.int64)
    for start in range(0, n, neighbours.BLOCK_ROWS):
        rows = np.arange(start, min(start + neighbours.BLOCK_ROWS, n))
        similarity = x[rows] @ x.T
        similarity[np.arange(len(rows)), rows] = -np.inf
        top = np.argpartition(similarity, n - k, axis=1)[:, n - k :]
        top_scores = np.take_along_axis(similarity, top, axis=1)
        order = np.lexsort((top, -top_scores))
        ids[rows] = np.take_along_axis(top, order, axis=1)
        scores[rows] = np.take_along_axis(top_scores, order, axis=1)
    return scores, ids


def with_width(width: int) -> Search:
    """`nearest_others` with the floor sampled from `width` columns."""

    def search(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        kept, neighbours.FLOOR_COLUMNS = neighbours.FLOOR_COLUMNS, width
        try:
            return neighbours.nearest_others(x, k)
        finally:
            neighbours.FLOOR_COLUMNS = kept

    return search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=["hwu64", "banking77", "demo"])
    parser.add_argument("--rounds", type=int, default=9, help="timed rounds per search")
    args = parser.parse_args()
    print(f"# neighbour search, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine_line()}")
    sets = load_sets(args.sets, CAP)
    print(f"{'copy':<16} {'items':>6}   k  same cosines  rows with other neighbours")
    for data in [copy for d in sets for copy in (d, noisy(d))]:
        x = centre(embed(data))
        for k in (VOTERS, ITEM_NEIGHBOURS):
            (new_scores, new_ids), (old_scores, old_ids) = (
                neighbours.nearest_others(x, k),
                full_partition(x, k),
            )
            same = np.array_equal(new_scores, old_scores)
            other = int((new_ids != old_ids).any(axis=1).sum())
            print(f"{data.name:<16} {len(x):>6} {k:>3}  {str(same):>12}  {other:>26}")
    timed = max(sets, key=lambda data: len(data.texts))
    x = centre(embed(timed))
    searches: dict[str, Search] = {"full partition": full_partition}
    searches |= {f"floor from {w} columns": with_width(w) for w in WIDTHS}
    searches[f"floor from all {len(x)} columns"] = with_width(len(x))
    seconds: dict[tuple[str, int], list[float]] = {}
    for _ in range(args.rounds):
        for k in (VOTERS, ITEM_NEIGHBOURS):
            for name, search in searches.items():
                start = time.perf_counter()
                search(x, k)
                seconds.setdefault((name, k), []).append(time.perf_counter() - start)
    print(f"\n{timed.name}, {len(x)} items, median of {args.rounds} rounds (seconds)")
    print(f"{'search':<28} {'k=' + str(VOTERS):>7} {'k=' + str(ITEM_NEIGHBOURS):>7}")
    for name in searches:
        medians = [statistics.median(seconds[name, k]) for k in (VOTERS, ITEM_NEIGHBOURS)]
        print(f"{name:<28} {medians[0]:>7.3f} {medians[1]:>7.3f}")


if __name__ == "__main__":
    main()
