"""How clustering time and memory grow: 10k -> 50k -> 200k items, each in a fresh process.

Items are BANKING77 embeddings tiled with small Gaussian jitter and re-normalised (the cache
from bench/cluster_banking77.py, or random topics if it is missing).

Usage: python bench/cluster_scale.py [--sizes 10000 50000 200000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

CACHE = Path(".cache/banking77_onnx.npy")


def one_size(n: int) -> dict[str, float]:
    from triage.cluster import cluster_embeddings

    rng = np.random.default_rng(0)
    base = np.load(CACHE) if CACHE.exists() else rng.normal(size=(13083, 384)).astype(np.float32)
    x = base[rng.integers(0, len(base), n)] + rng.normal(0, 0.03, (n, base.shape[1]))
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    start = time.perf_counter()
    result = cluster_embeddings(x)
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "n": n,
        "seconds": round(seconds, 1),
        "peak_rss_mib": round(rss),
        "ideas": result.n_clusters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 50_000, 200_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one)))
        return
    print(f"# {platform.machine()}, {os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"{'items':>8s} {'seconds':>8s} {'peak RSS MiB':>13s} {'ideas':>7s}")
    for n in args.sizes:
        out = (
            subprocess.run(
                [sys.executable, __file__, "--one", str(n)],
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        row = json.loads(out)
        print(f"{row['n']:8d} {row['seconds']:8.1f} {row['peak_rss_mib']:13.0f} {row['ideas']:7d}")


if __name__ == "__main__":
    main()
