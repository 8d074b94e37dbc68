"""Cluster all 13,083 BANKING77 texts (labels hidden) and compare with peers in the same run.

Prints NMI / ARI / V-measure / ideas / singleton share / seconds (after embedding) for
Throughline, sentence-transformers community_detection(0.75) and, when `pip install .[peers]`
has been run, BERTopic with its defaults — the ratio of times is the figure to quote.

Usage: python bench/cluster_banking77.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from service.feedback.evaluation import evaluate_batch, evaluate_peers, read_labelled
from triage.embedder import default_embedder

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "banking77"
CACHE = Path(".cache/banking77_onnx.npy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of our clustering")
    args = parser.parse_args()
    texts, labels = [], []
    for part in ("train", "test"):
        t, y = read_labelled(DATA / f"{part}.csv", "text", "category")
        texts += t
        labels += y
    if CACHE.exists() and len(np.load(CACHE)) == len(texts):
        x = np.load(CACHE)
    else:
        x = default_embedder().embed(texts)
        CACHE.parent.mkdir(exist_ok=True)
        np.save(CACHE, x)
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in open("/proc/cpuinfo")
            if ln.startswith("model name")
        ),
        "cpu",
    )
    print(
        f"# {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {len(texts)} texts, {len(set(labels))} labels"
    )
    ours = [evaluate_batch(x, labels, seed=0) for _ in range(args.runs)]  # ideas, themes
    rows = [
        dict(ours[0][n], seconds=statistics.median(run[n]["seconds"] for run in ours))
        for n in range(len(ours[0]))
    ]
    rows += evaluate_peers(texts, x, labels)
    print(
        f"{'method':28s} {'nmi':>6s} {'ari':>6s} {'v':>6s} {'ideas':>6s} {'single':>7s} {'s':>7s}"
    )
    for r in rows:
        print(
            f"{r['method']:28s} {r['nmi']:6.3f} {r['ari']:6.3f} {r['v_measure']:6.3f} "
            f"{r['ideas']:6d} {r['singleton_share']:7.3f} {r['seconds']:7.2f}"
        )
    for r in rows[1:]:
        print(f"{r['method']} took {r['seconds'] / rows[0]['seconds']:.1f}x our time")


if __name__ == "__main__":
    main()
