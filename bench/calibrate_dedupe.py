"""Calibrate the duplicate-decision thresholds on a labelled set (default: BANKING77).

Streams the texts one by one in a seeded random order through the real `triage.dedupe.decide`,
exactly as `POST /api/v1/feedback` would (exact match first, then k nearest stored items
aggregated per idea; raw vectors and the raw defaults for the first FIT_ITEMS items, then the
workspace's whitened space, where the grid applies), and scores each threshold setting:

- auto-merge precision: share of auto-merges whose idea was founded by an item of the same label;
- coverage: share of items that have an earlier same-labelled item which were auto-merged or
  exact-matched (what the product saves a PM);
- review share and new-idea count;
- unseen → new: of the items whose label had not been seen yet (nothing to merge with, like
  out-of-scope feedback), the share decided `new` rather than sent to review or merged;
- with --oos-label: items carrying that label are out of scope. Each is its own label (merging
  one anywhere, or anything into one, is wrong), and "oos → new" is the share decided `new`.
  That is strict: two out-of-scope items asking the same thing are duplicates to a PM, so
  "in_scope" also reports the share right among the auto-merges of in-scope items.

It also prints the hindsight ceiling: the most coverage ANY cut-off on the similarity to the
nearest earlier item could reach at >= 97% precision, with the cut-off picked after seeing the
labels. It bounds every rule of the "close enough to an earlier item" kind with this embedding.

Usage: python bench/calibrate_dedupe.py [--csv PATH ... --text-col text --label-col category
       --oos-label oos --sample N --seed S --raw --asks]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import platform
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from models.schemas import DecisionKind
from service.feedback.vectors import CANDIDATES
from triage.dedupe import Neighbour, Thresholds, conflicting, decide
from triage.metrics import keep_apart, stream_scores
from triage.normalise import content_hash
from triage.reduce import learn_reduction, reduce_texts
from triage.whitening import FIT_ITEMS, fit_whitening

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "banking77"
K = 20


def load(paths: list[Path], text_col: str, label_col: str) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for path in paths:
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                texts.append(row[text_col])
                labels.append(row[label_col])
    return texts, labels


def embed(texts: list[str], cache: Path | None) -> np.ndarray:
    if cache and cache.exists():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            return vectors
    from triage.embedder import default_embedder

    vectors = default_embedder().embed(texts)  # the runtime the service uses
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, vectors)
    return vectors


def _conflicts(texts: list[str], order: np.ndarray, new: int, stored: list[int]) -> bool:
    return conflicting(texts[new], [texts[order[pos]] for pos in stored])


def simulate(
    vectors: np.ndarray,
    texts: list[str],
    labels: list[str],
    oos_label: str | None,
    order: np.ndarray,
    th: Thresholds,
    whiten_after: int | None = None,
) -> dict[str, float]:
    """Replay `order` and score it as `throughline eval` does; with whiten_after, the first that
    many items are decided on raw vectors with the default thresholds, then a whitening fitted
    on them applies and `th` takes over."""
    idea_of: list[int] = []  # idea per stored position
    kinds: list[DecisionKind] = []
    by_hash: dict[str, int] = {}
    raw = vectors
    raw_stored = raw[order].copy()  # row pos holds the pos-th streamed item
    indexed = np.ones(len(order), dtype=bool)  # as the service: exact re-posts are not indexed
    stored = np.zeros((len(order), vectors.shape[1]), dtype=np.float32)
    centroids: dict[int, np.ndarray] = {}
    active = th if whiten_after is None else Thresholds()
    ideas = 0
    for pos, i in enumerate(order):
        if pos and pos == whiten_after:
            whitening = fit_whitening(raw[order[:pos]])
            vectors = whitening.apply(raw)
            stored = np.zeros((len(order), whitening.dims), dtype=np.float32)
            stored[:pos] = vectors[order[:pos]] * indexed[:pos, None]
            centroids = {}
            for n, idea in enumerate(idea_of):
                if indexed[n]:
                    centroids[idea] = centroids.get(idea, 0.0) + stored[n]
            active = th
        digest = content_hash(texts[i])
        if digest in by_hash:
            idea = idea_of[by_hash[digest]]
            kind = DecisionKind.exact_duplicate
            indexed[pos], raw_stored[pos] = False, 0.0
        else:
            if vectors is raw:
                sims = stored[:pos] @ vectors[i]
                top = np.argsort(-sims)[:K] if pos else np.array([], dtype=int)
            else:  # as the service: the raw nearest CANDIDATES, rescored whitened
                candidates = np.argsort(-(raw_stored[:pos] @ raw[i]))[:CANDIDATES]
                sims = np.zeros(pos, dtype=np.float32)
                sims[candidates] = stored[candidates] @ vectors[i]
                top = candidates[np.argsort(-sims[candidates], kind="stable")[:K]]
            neighbours = [Neighbour(int(j), idea_of[j], float(sims[j])) for j in top]
            decision = decide(
                vectors[i],
                neighbours,
                centroids,
                active,
                partial(_conflicts, texts, order, int(i)),  # as the service does
            )
            kind = decision.kind
            if kind == DecisionKind.auto_merge and decision.idea_id is not None:
                idea = decision.idea_id
            else:
                idea, ideas = ideas, ideas + 1
            by_hash.setdefault(digest, pos)
            stored[pos] = vectors[i]
            centroids[idea] = centroids.get(idea, 0.0) + vectors[i]
        idea_of.append(idea)
        kinds.append(kind)
    return {
        **stream_scores([labels[i] for i in order], idea_of, kinds, oos_label),
        "review_share": kinds.count(DecisionKind.review) / len(order),
        "ideas": ideas,
    }


def hindsight_ceiling(
    vectors: np.ndarray, texts: list[str], labels: list[str], order: np.ndarray, target: float
) -> tuple[float, float]:
    """Best coverage at `target` precision of a cut-off on nearest-earlier-item similarity.

    Returns (coverage, cut-off). Exact re-posts count as covered, as in `simulate`.
    """
    seen: set[str] = set()
    hashes: set[str] = set()
    nearest, right = [], []
    exact = eligible = 0
    stored = vectors[order]
    for pos, i in enumerate(order):
        has_earlier = labels[i] in seen
        seen.add(labels[i])
        eligible += has_earlier
        digest = content_hash(texts[i])
        if digest in hashes:
            exact += has_earlier
            continue
        hashes.add(digest)
        if pos:
            sims = stored[:pos] @ stored[pos]
            j = int(np.argmax(sims))
            nearest.append(float(sims[j]))
            right.append(labels[order[j]] == labels[i])
    by_similarity = np.argsort(-np.array(nearest))
    hits = np.cumsum(np.array(right)[by_similarity])
    precision = hits / np.arange(1, len(hits) + 1)
    passing = np.flatnonzero(precision >= target)
    if not len(passing):
        return exact / max(eligible, 1), 1.0
    last = int(passing[-1])
    return (exact + int(hits[last])) / max(eligible, 1), nearest[by_similarity[last]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, nargs="*", help="labelled CSV files")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--label-col", default="category")
    parser.add_argument("--oos-label", help="label of out-of-scope items (CLINC150: oos)")
    parser.add_argument("--sample", type=int, default=6000, help="items streamed per run")
    parser.add_argument("--auto-merge", type=float, nargs="+")
    parser.add_argument("--review", type=float, nargs="+")
    parser.add_argument("--margin-weight", type=float, nargs="+")
    parser.add_argument(
        "--lone-idea", type=float, nargs="+", help="extra bar to merge into a one-item idea"
    )
    parser.add_argument(
        "--raw", action="store_true", help="raw vectors throughout (no whitening), grid included"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=Path(".cache/banking77_minilm.npy"))
    parser.add_argument(
        "--asks",
        action="store_true",
        help="reduce each text to its ask first, envelope and typos learned from the file, as "
        "import does (for copies wrapped by channel_wrap.py)",
    )
    args = parser.parse_args()
    args.whiten = not args.raw
    grid_defaults = (  # around the shipped defaults of the space the grid applies to
        ([0.77, 0.79, 0.80, 0.81, 0.83, 0.85], [0.65], [0.0], [0.0, 0.05])
        if args.whiten
        else ([0.90, 0.92, 0.93, 0.94], [0.55, 0.62, 0.70], [0.5], [0.0])
    )
    args.auto_merge = args.auto_merge or grid_defaults[0]
    args.review = args.review or grid_defaults[1]
    args.margin_weight = args.margin_weight or grid_defaults[2]
    args.lone_idea = args.lone_idea or grid_defaults[3]
    paths = args.csv or [DEFAULT_DIR / "train.csv", DEFAULT_DIR / "test.csv"]
    texts, labels = load(paths, args.text_col, args.label_col)
    if args.asks:
        from triage.embedder import default_embedder

        model = default_embedder().embed
        texts = reduce_texts(texts, learn_reduction(texts, model), model)
    apart = keep_apart(labels, args.oos_label)  # for the ceiling, as stream_scores does
    vectors = embed(texts, args.cache if not args.csv else None)
    order = np.random.default_rng(args.seed).permutation(len(texts))[: args.sample]
    print(f"# {platform.node()} {platform.machine()} {datetime.now(UTC):%Y-%m-%d}")
    print(f"# {len(order)} of {len(texts)} items streamed, k={K}, seed={args.seed}")
    coverage, cut = hindsight_ceiling(vectors, texts, apart, order, 0.97)
    print(f"# hindsight ceiling at 97% precision: coverage {coverage:.3f} (cut-off {cut:.3f})")
    if args.whiten:
        whitened = fit_whitening(vectors[order[:FIT_ITEMS]]).apply(vectors)
        coverage, cut = hindsight_ceiling(whitened, texts, apart, order, 0.97)
        print(f"# ... on whitened vectors: coverage {coverage:.3f} (cut-off {cut:.3f})")
    print("auto_merge margin_w review lone | precision in_scope coverage review_share", end=" ")
    print("unseen_new oos_new ideas | s")
    grid = itertools.product(args.auto_merge, args.margin_weight, args.review, args.lone_idea)
    for auto, margin, review, lone in grid:
        start = time.perf_counter()
        th = Thresholds(auto_merge=auto, margin_weight=margin, review=review, lone_idea=lone)
        whiten_after = FIT_ITEMS if args.whiten else None
        result = simulate(vectors, texts, labels, args.oos_label, order, th, whiten_after)
        precision = result["auto_merge_precision"]
        print(
            f"{auto:10.2f} {margin:6.2f} {review:6.2f} {lone:4.2f} | {precision:9.3f} "
            f"{result.get('in_scope_precision', precision):8.3f} {result['coverage']:8.3f} "
            f"{result['review_share']:12.3f} {result['unseen_new']:10.3f} "
            f"{result.get('oos_new', float('nan')):7.3f} {result['ideas']:5d} "
            f"| {time.perf_counter() - start:7.1f}"
        )


if __name__ == "__main__":
    main()
