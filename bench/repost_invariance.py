"""Does the ideas' cut move when requests are posted again in the same words?

A re-post says nothing new about which requests belong together, so a cut that read only the
requests would give the distinct items the same ideas however often each was posted. For each
clean set of `bench/battery.py` (its sets and its embedding cache), this clusters the items as
they are, with every item posted twice, and with every item posted a seeded 1-4 times, then
scores each distinct item once: the cut's height, the ideas, NMI and ARI (out-of-scope items
left out, as in the battery).

Usage: python bench/repost_invariance.py [--sets banking77 hwu64 demo] [--cap 6000]
       [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from battery import CAP, OOS, SEED, embed, load_sets, machine_line  # noqa: E402

from triage.cluster import cluster_embeddings  # noqa: E402
from triage.metrics import clustering_scores  # noqa: E402


def postings(n: int) -> dict[str, np.ndarray]:
    """How many times each of `n` items is posted, per plan."""
    rng = np.random.default_rng(SEED)
    return {
        "once": np.ones(n, dtype=np.int64),
        "twice": np.full(n, 2, dtype=np.int64),
        "1-4 times": rng.integers(1, 5, n),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="*", default=["banking77", "hwu64", "demo"])
    parser.add_argument("--cap", type=int, default=CAP, help="items per set at most")
    parser.add_argument("--json", type=Path, help="also write every row here")
    args = parser.parse_args()
    print(f"# re-posts and the cut, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine_line()}")
    print(f"{'set':<12} {'posted':<10} {'items':>6} {'height':>7} {'ideas':>6}    NMI    ARI")
    rows = []
    for data in load_sets(args.sets, args.cap):
        x = embed(data).astype(np.float32)
        for plan, times in postings(len(x)).items():
            result = cluster_embeddings(np.repeat(x, times, axis=0))
            first = np.concatenate([[0], np.cumsum(times)[:-1]])  # each item's first posting
            labels = result.labels[first].tolist()
            scores = clustering_scores(data.labels, labels, out_of_scope=OOS)
            row = {
                "set": data.name,
                "posted": plan,
                "items": int(times.sum()),
                "height": result.threshold,
                "ideas": len(set(labels)),
                "nmi": scores["nmi"],
                "ari": scores["ari"],
            }
            print(
                f"{data.name:<12} {plan:<10} {row['items']:>6} {row['height']:>7.3f} "
                f"{row['ideas']:>6} {row['nmi']:>6.3f} {row['ari']:>6.3f}",
                flush=True,
            )
            rows.append(row)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine_line(), "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
