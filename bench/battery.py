"""The clustering battery: every labelled set, clean and channel-wrapped, against the peers.

Sets: BANKING77 (test split), HWU64, the demo backlog (label = theme; items without a theme
are out-of-scope) and every `/work/datasets-extra/*/data.csv` (text,label; label `oos` is
out-of-scope). Each set also runs as a noisy copy: `bench/channel_wrap.py` wraps 70% of the
texts in channel envelopes and puts typos in 25% (seed 0), then `triage.reduce.reduce_texts`
reduces each text with the envelope learned over the whole set, as the product would. Sets
with at least 50 labels (BANKING77, HWU64, CLINC150) also run as **long-tail** copies, clean
and noisy: each label keeps 1-12 of its items (a seeded draw where most keep one to three) and
up to 300 out-of-scope items stay, each scored as a request of its own. That is the shape of
duplicate bug reports and of a long tail of asks, which the full sets do not have.

Methods, all on the same embeddings: Throughline ideas (`triage.cluster`), Throughline themes
(`triage.themes` over those ideas), KMeans told the true k, HDBSCAN (sklearn, min_cluster_size
5) and BERTopic with its defaults (`pip install -e '.[peers]'`). Noise points of HDBSCAN and
BERTopic's outlier topic count as singletons. Out-of-scope items are clustered with the rest but
left out of every score (but in long-tail copies). Seconds are clustering only (embeddings are
cached in /tmp/battery_cache/); BERTopic runs once on 500 items first so numba's compile time is
not charged to any set.

Each method runs `--repeat` times (default 3) in this process and its seconds are the median:
on a shared machine one run can be off by twofold. Scores are those of the first run's labels.
Every method but BERTopic is seeded and gives the same labels each run (a method whose labels
changed between runs is marked `*`); BERTopic's UMAP is unseeded under its defaults, so its
scores move a little from run to run. Under each set's table, `ratio` is BERTopic's median
seconds over ours (ideas, and ideas + themes) when both ran.

Usage: python bench/battery.py [--sets banking77 hwu64 ...] [--methods ideas kmeans ...]
       [--no-noisy] [--no-tail] [--cap 6000] [--repeat 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# faiss and numba (BERTopic's UMAP) each bring an OpenMP runtime; spinning idle threads of one
# slow the other down twofold on two cores, so idle threads sleep instead.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from channel_wrap import wrap_texts  # noqa: E402

from triage.cluster import cluster_embeddings  # noqa: E402
from triage.metrics import clustering_scores  # noqa: E402
from triage.reduce import learn_reduction, reduce_texts  # noqa: E402
from triage.themes import group_ideas  # noqa: E402

SHARED = Path("/work/shared/datasets")
EXTRA = Path("/work/datasets-extra")
CACHE = Path("/tmp/battery_cache")
OOS = "oos"  # out-of-scope label: clustered, never scored
CAP = 6_000  # items per set: keeps the whole battery (with BERTopic) well under 30 minutes
SEED = 0
# Long-tail copies of sets with at least TAIL_MIN_LABELS labels: items kept per label, drawn
# from these (most requests are asked once or a few times), and out-of-scope items kept alone.
TAIL_SIZES = (1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 12)
TAIL_ALONE = 300
TAIL_MIN_LABELS = 50
_WARM: list[bool] = []  # set once BERTopic has run (and compiled) in this process


@dataclass
class Dataset:
    name: str
    texts: list[str]
    labels: list[str]

    @property
    def k(self) -> int:
        return len({label for label in self.labels if label != OOS})


def _read_csv(path: Path, text_col: str, label_col: str) -> tuple[list[str], list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if (r[text_col] or "").strip()]
    return [r[text_col] for r in rows], [r[label_col] for r in rows]


def _cap(texts: list[str], labels: list[str], cap: int) -> tuple[list[str], list[str]]:
    """A stratified, seeded sample of at most `cap` items (every label keeps its share)."""
    if len(texts) <= cap:
        return texts, labels
    rng = random.Random(SEED)
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    keep: list[int] = []
    for members in by_label.values():
        keep += rng.sample(members, max(1, round(len(members) * cap / len(texts))))
    keep.sort()
    return [texts[i] for i in keep], [labels[i] for i in keep]


def _demo() -> tuple[list[str], list[str]]:
    from service.sampledata.backlog import generate_feedback

    items = generate_feedback(3000, seed=7, end=datetime(2025, 6, 30).date())
    return [i.text for i in items], [i.theme or OOS for i in items]


def load_sets(names: list[str] | None, cap: int) -> list[Dataset]:
    """The clean sets, in battery order; `names` filters them."""
    loaders: dict[str, Callable[[], tuple[list[str], list[str]]]] = {
        "banking77": lambda: _read_csv(SHARED / "banking77/test.csv", "text", "category"),
        "hwu64": lambda: _read_csv(SHARED / "hwu64/hwu64.csv", "text", "label"),
        "demo": _demo,
    }
    for path in sorted(EXTRA.glob("*/data.csv")):
        loaders.setdefault(path.parent.name, functools.partial(_read_csv, path, "text", "label"))
    return [
        Dataset(name, *_cap(*load(), cap))
        for name, load in loaders.items()
        if not names or name in names
    ]


def noisy(data: Dataset) -> Dataset:
    """The channel-wrapped copy, reduced to its asks by the workspace's learned envelope."""
    wrapped = [w.text for w in wrap_texts(data.texts, share=0.7, typo_share=0.25, seed=SEED)]
    from triage.embedder import default_embedder

    embed = default_embedder("onnx").embed
    envelope = learn_reduction(wrapped, embed)
    return Dataset(data.name + "+noisy", reduce_texts(wrapped, envelope, embed), data.labels)


def long_tail(data: Dataset) -> Dataset:
    """A copy shaped like duplicate bug reports or a long tail of asks: each label keeps a
    seeded TAIL_SIZES draw of its items, and up to TAIL_ALONE out-of-scope items stay, each a
    request of its own (scored, unlike in the full set)."""
    rng = np.random.default_rng(SEED)
    labels = np.array(data.labels)
    keep: list[int] = []
    for label in sorted(set(data.labels)):
        members = np.flatnonzero(labels == label)
        size = TAIL_ALONE if label == OOS else int(rng.choice(TAIL_SIZES))
        keep.extend(rng.choice(members, min(size, len(members)), replace=False).tolist())
    keep.sort()
    return Dataset(
        data.name + "+tail",
        [data.texts[i] for i in keep],
        [f"{OOS}-{i}" if data.labels[i] == OOS else data.labels[i] for i in keep],
    )


def embed(data: Dataset) -> np.ndarray:
    """Embeddings of the set's texts, from /tmp/battery_cache/ when the texts are unchanged.
    Each distinct text is embedded once, as the product does: its copies share its vector."""
    digest = hashlib.sha256("\x00".join(data.texts).encode()).hexdigest()[:16]
    path = CACHE / f"{data.name}-{digest}.npy"
    if path.exists():
        return np.load(path)
    from triage.embedder import Remembering, default_embedder

    x = Remembering(default_embedder("onnx"))(data.texts).astype(np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, x)
    return x


def _singletons(labels: np.ndarray) -> np.ndarray:
    """Noise (-1) becomes one cluster per item."""
    labels = np.asarray(labels).copy()
    noise = np.flatnonzero(labels < 0)
    labels[noise] = labels.max() + 1 + np.arange(len(noise))
    return labels


def run_methods(
    data: Dataset, x: np.ndarray, methods: list[str], repeat: int = 1
) -> list[dict[str, object]]:
    """Every method on one set: scores of the first run's labels on in-scope items, and the
    median seconds (clustering only) of `repeat` runs."""
    ideas: list[np.ndarray] = []

    def ours() -> np.ndarray:
        ideas.append(cluster_embeddings(x, seed=SEED, texts=data.texts).labels)
        return ideas[-1]

    def themes() -> np.ndarray:
        idea = ideas[-1] if ideas else cluster_embeddings(x, seed=SEED, texts=data.texts).labels
        return group_ideas(x, idea)[idea]

    def kmeans() -> np.ndarray:
        from sklearn.cluster import KMeans

        return KMeans(n_clusters=data.k, random_state=SEED, n_init="auto").fit_predict(x)

    def hdbscan() -> np.ndarray:
        from sklearn.cluster import HDBSCAN

        return _singletons(HDBSCAN(min_cluster_size=5).fit_predict(x))

    def bertopic() -> np.ndarray:
        from bertopic import BERTopic

        topics, _ = BERTopic().fit_transform(data.texts, embeddings=x)
        return _singletons(np.asarray(topics))

    if "bertopic" in methods and not _WARM:  # numba compiles UMAP once: not charged to a set
        _WARM.append(True)
        try:
            from bertopic import BERTopic

            BERTopic().fit_transform(data.texts[:500], embeddings=x[:500])
        except ImportError:
            pass

    runs: dict[str, Callable[[], np.ndarray]] = {
        "ideas": ours,
        "themes": themes,
        "kmeans": kmeans,
        "hdbscan": hdbscan,
        "bertopic": bertopic,
    }
    names = {
        "ideas": "throughline ideas",
        "themes": "throughline themes",
        "kmeans": f"KMeans(k={data.k})",
        "hdbscan": "HDBSCAN(min_cluster_size=5)",
        "bertopic": "BERTopic (defaults)",
    }
    scored = np.array([label != OOS for label in data.labels])
    truth = [label for label in data.labels if label != OOS]
    rows: list[dict[str, object]] = []
    for method in methods:
        runs_seconds: list[float] = []
        labels: list[np.ndarray] = []
        try:
            for _ in range(max(1, repeat)):
                start = time.perf_counter()
                labels.append(np.asarray(runs[method]()))
                runs_seconds.append(time.perf_counter() - start)
        except ImportError as error:
            rows.append({"method": names[method], "error": str(error)})
            continue
        pred = labels[0]
        scores = clustering_scores(truth, pred[scored].tolist())
        scores["ideas"] = int(len(np.unique(pred)))
        rows.append(
            {
                "key": method,
                "method": names[method],
                **scores,
                "seconds": round(statistics.median(runs_seconds), 3),
                "runs": [round(t, 3) for t in runs_seconds],
                "same_labels": all(np.array_equal(pred, other) for other in labels[1:]),
            }
        )
    return rows


def ratios(rows: list[dict[str, object]]) -> dict[str, float]:
    """BERTopic's median seconds over ours (ideas, and ideas + themes), for the rows that ran."""
    seconds = {str(r["key"]): float(str(r["seconds"])) for r in rows if "seconds" in r}
    if "bertopic" not in seconds or not seconds.get("ideas"):
        return {}
    out = {"ideas": seconds["bertopic"] / seconds["ideas"]}
    if "themes" in seconds:
        out["ideas+themes"] = seconds["bertopic"] / (seconds["ideas"] + seconds["themes"])
    return out


def machine_line() -> str:
    """The CPU, core count and Python version, printed with every figure."""
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in open("/proc/cpuinfo")
            if ln.startswith("model name")
        ),
        platform.machine(),
    )
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def print_table(name: str, n: int, k: int, rows: list[dict[str, object]], repeat: int) -> None:
    print(f"\n## {name}: {n} items, {k} labels")
    seconds = "s" if repeat <= 1 else f"s(med{repeat})"
    print(
        f"{'method':30s} {'NMI':>6s} {'ARI':>6s} {'capt':>6s} {'pur':>6s} {'#cl':>6s} {seconds:>9s}"
    )
    for r in rows:
        if "error" in r:
            print(f"{r['method']:30s} not run: {r['error']}")
            continue
        print(
            f"{r['method']:30s} {r['nmi']:6.3f} {r['ari']:6.3f} {r['capture']:6.3f} "
            f"{r['purity']:6.3f} {r['ideas']:6d} {r['seconds']:9.3f}"
            + ("" if r["same_labels"] else " *")
        )
    if any(not r.get("same_labels", True) for r in rows):
        print("* labels changed between runs; scores are the first run's")
    ratio = ratios(rows)
    if ratio:
        shown = ", ".join(f"{method} {value:.1f}x" for method, value in ratio.items())
        print(f"ratio, BERTopic seconds / ours: {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", help="set names (default: all)")
    parser.add_argument(
        "--methods",
        nargs="*",
        default=["ideas", "themes", "kmeans", "hdbscan", "bertopic"],
    )
    parser.add_argument("--no-noisy", action="store_true", help="skip the wrapped copies")
    parser.add_argument("--no-tail", action="store_true", help="skip the long-tail copies")
    parser.add_argument("--cap", type=int, default=CAP, help="items per set at most")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per method; seconds are their median"
    )
    parser.add_argument("--json", type=Path, help="also write every row here")
    args = parser.parse_args()
    print(f"# {machine_line()}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    report = []
    for clean in load_sets(args.sets, args.cap):
        copies = [clean] if args.no_noisy else [clean, noisy(clean)]
        if clean.k >= TAIL_MIN_LABELS and not args.no_tail:
            copies += [long_tail(copy) for copy in copies]
        for data in copies:
            x = embed(data)
            rows = run_methods(data, x, args.methods, args.repeat)
            print_table(data.name, len(data.texts), data.k, rows, args.repeat)
            report.append(
                {
                    "set": data.name,
                    "n": len(data.texts),
                    "k": data.k,
                    "rows": rows,
                    "ratio": ratios(rows),
                }
            )
            sys.stdout.flush()
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine_line(), "repeat": args.repeat, "sets": report}, indent=1)
        )


if __name__ == "__main__":
    main()
