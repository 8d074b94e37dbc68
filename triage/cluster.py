"""Batch clustering of a whole backlog into ideas, without being told how many there are.

Granularity comes from the workspace itself, not from a fixed cosine:
0. copies of one vector (an exact re-post shares its first post's stored embedding) are
   clustered once and follow it: how often a request was re-posted says nothing about which
   requests belong together, yet every copy used to fill neighbour lists and count in the cut's
   score, and posting every item twice moved the cut on every battery set (HWU64 0.325 -> 0.35,
   BANKING77 0.475 -> 0.575, the demo backlog 0.375 -> 0.625; bench/repost_invariance.py);
1. the embeddings are mean-centred and re-normalised, so what every item shares (the domain,
   an e-mail or ticket envelope that survived extraction) stops counting and a random pair of
   items sits at cosine ~0 in every workspace;
2. spherical k-means (FAISS's, 7 iterations, stopping early once no item moves) cuts large
   backlogs into micro-clusters (~8 items; small backlogs use items directly), and average
   linkage merges them down to CUT_GRID's lowest height, keeping the merge order (the
   dendrogram, `triage.dendrogram`). Each unit counts once, so tight small groups are not
   swamped; only near-neighbour pairs are candidates, so memory stays linear;
3. the dendrogram is cut at the height that scores best on `cut_quality` over the item
   10-nearest-neighbour graph: the share of neighbour links kept inside ideas plus
   ENTROPY_WEIGHT times the entropy of the ideas' link shares. Two groups merge when more than
   ~8% of their links cross (equal sizes; a small group joins a big one for less), whatever
   the corpus or group size. Heights scoring within CUT_TIE of the best tie, and the coarsest
   wins. A workspace of fine, crowded intents is cut high (BANKING77: 0.55), broader ones
   lower (HWU64: 0.425, the demo backlog as published: 0.3);
4. two rounds of neighbour voting mend the borders, and items whose mean cosine to the rest of
   their idea is under half the cut height stand alone;
5. the link score assumes requests bigger than the neighbour count. Where most requests are
   asked once or a few times (duplicate bug reports, a long tail of feature asks), every
   item's neighbour list runs past its own request, so the best height is the lowest and
   unrelated requests share ideas (CLINC150 sampled to 1-12 items per intent: purity 0.39). So
   a second candidate, the persistent cut (`triage.dendrogram.persistent_cut`: groups that
   hold together over a long range of heights, weighted by size), goes through step 4 too. It
   replaces the height cut when it finds more ideas and a higher silhouette (items closer to
   their own idea than to the next one) or, where the height cut sits on the grid's floor (its
   score ran out of heights), more ideas and a silhouette not clearly lower (`_split_wins`).
   It may only split: silhouette alone would also join sibling requests whose family stands
   far from the rest, which is the themes' job;
6. where most neighbour links join texts naming different code-like specifics (an issue
   tracker's versions and modules, `triage.specifics.reads_like_tracker`; names do not count),
   neighbours that differ in specifics never share an idea and the cut is TRACKER_CUT instead
   of step 3's: there nearly every item is a request of its own;
7. neighbours (the item graph's) that ask for opposite directions ("turn the lights on" /
   "… off", `triage.polarity`) never share an idea: the model places them side by side, and
   on HWU64 ideas mixed them (NMI / ARI at the entropy weight of before, 0.085: 0.783 / 0.501
   -> 0.787 / 0.533 with them apart, noisy 0.770 / 0.471 -> 0.770 / 0.496; README "Sixteenth
   round").
PM constraints are honoured: must-link groups start as one unit and are locked (nothing else
joins them), cannot-link pairs are never merged.

Figures from before typos were corrected and near-best cuts tied (bench/battery.py, ten sets:
BANKING77, HWU64, demo backlog, CLINC150, SNIPS, each clean and channel-wrapped; the README has
the current ones): mean NMI+ARI over the sets 1.340 at ENTROPY_WEIGHT 0.085, against
1.309 / 1.316 / 1.297 at 0.07 / 0.1 / 0.15 and 1.322 for modularity (resolution 4) in its place.
Against the fixed 0.64 it replaces (same embeddings, NMI/ARI): BANKING77 0.797/0.441 ->
0.812/0.484, HWU64 0.773/0.473 -> 0.788/0.510, demo 0.795/0.400 -> 0.861/0.747 (capture 0.317
-> 0.618), SNIPS 0.577/0.275 -> 0.733/0.698; CLINC150 stays at NMI 0.891 but ARI falls 0.656 ->
0.609, and its wrapped copy 0.810/0.480 -> 0.802/0.444: one global cut is too coarse where
intents are many and close. Mean-centring assumes no single request dominates: one holding
61% of a backlog is still found whole (tests), one holding 84% is not (the mean becomes it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import faiss
import numpy as np
from scipy import sparse

from triage.dendrogram import CUT_GRID, Merger, best_cut, cut_labels, persistent_cut
from triage.neighbours import nearest_others
from triage.polarity import opposed_links
from triage.specifics import specific_cannot_links

# Entropy weight of the ideas' cut (see triage.dendrogram.cut_quality): leave-one-set-out over
# {0.05, 0.07, 0.085, 0.1, 0.12, 0.15, 0.2} on the ten battery sets picked 0.085 in the eight
# folds holding out an intent set and 0.12 in the two holding out the demo backlog. Rerun once
# copies were clustered once (2026-12-07), on the ten copies of BANKING77, HWU64 and the demo
# this machine holds (clean, noisy, long-tail): 0.085 in nine folds, 0.12 holding out the demo;
# mean NMI+ARI 1.368, against 1.321 for the code before (1.338 at its best weight, 0.07). Rerun
# with opposite directions kept apart (step 7; 2026-12-07, README "Sixteenth round"): 0.1 in eight
# folds, 0.085 holding out HWU64 noisy, 0.12 holding out the clean demo; mean 1.400 (0.085: 1.397).
# Rerun with import/export as a direction (2026-12-07, README "Seventeenth round") on a finer
# grid (0.085-0.14 in steps of 0.005-0.015, then 0.15-0.3): 0.11 in nine folds, 0.105 holding out
# BANKING77; mean 1.408 (0.1: 1.400), held-out mean 1.403. Choosing PERSISTENCE_POWER in the
# same leave-one-set-out gave a lower held-out mean (1.393): the power BANKING77's long tails
# want (1.5) is not what the other copies want when they are held out.
ENTROPY_WEIGHT = 0.11
# Below this many items the corpus mean is mostly the few requests themselves (a workspace of
# one request asked five ways would be centred into noise) and a 10-neighbour graph says little:
# such backlogs keep raw cosines and the fixed cut the adaptive one replaced (0.64, mean raw
# cosine), which merges paraphrases of one request and keeps two requests apart.
SMALL_BACKLOG = 50
SMALL_BACKLOG_THRESHOLD = 0.64
MICRO_SIZE = 8  # items per k-means micro-cluster on large backlogs
# k-means iterations: 10 gave the scores of 20 in half the time; 7 gives the labels of 10 on nine
# of the ten battery sets (CLINC150 wrapped: NMI/ARI -0.001) in 8 assignment passes instead of 11;
# 6 still passes (mean NMI+ARI -0.001, BANKING77 wrapped ARI -0.006), 5 does not (CLINC150 -0.019).
KMEANS_ITER = 7
ITEM_LEVEL_UP_TO = 3_000  # below this, agglomerate items directly: exact and still fast
TWO_LEVEL_ABOVE = 30_000  # above this, k-means runs per coarse region (see _two_level_kmeans)
REGION_SIZE = 1_000  # items per coarse region in two-level k-means
SCATTER_ROWS = 256  # rows per block when k-means writes fresh similarity columns
NEIGHBOURS = 30  # merge candidates per unit
VOTERS = 10  # item neighbours: the graph the cut is judged on, and the border votes
# The cut where specifics part the requests (an issue tracker): the grid's highest. There
# nearly every item is a request of its own, which `best_cut`'s score, made to find groups,
# does not foresee: on real Hadoop and SeaMonkey issue reports (2,503 and 1,076 titles, 95% and
# 92% of them alone in their labelled group) it chose 0.525 and 0.45 and grouped 18% of the
# items wrongly.
TRACKER_CUT = float(CUT_GRID[-1])
VOTE_ROUNDS = 2
EXACT_KNN_UP_TO = 20_000  # beyond this, item neighbours come from an HNSW graph
# Size exponent of the persistent cut (triage.dendrogram.persistent_cut), the second candidate.
# On the battery's sets and long-tail copies (bench/battery.py), every value in 1.25-2 lifted
# the long-tail copies by 0.12-0.16 NMI+ARI on average and moved the full sets' mean by at most
# 0.007; at 1.75 and 2 no full set changed, and at 1.75 no long-tail copy lost.
PERSISTENCE_POWER = 1.75
# An item whose mean cosine to the rest of its idea is under this share of the cut height stands
# alone: mean NMI+ARI over the ten battery sets 1.315 / 1.322 / 1.314 at 0 / 0.5 / 0.75, with at
# most 0.4% / 7% / 23% of items left alone.
OUTLIER_SHARE = 0.5
# Standard errors by which the persistent cut's item silhouettes may trail a height cut on the
# grid's floor and still replace it (`_split_wins`). BANKING77's long-tail noisy copy: a loss of
# 0.007 at 0.7 errors, the split far better in NMI / ARI (0.790 / 0.385 against 0.717 / 0.277);
# loose paraphrase groups the split would shatter: a loss of 0.056 at 10.6 errors.
SPLIT_LOSS_ERRORS = 2.0
SILHOUETTE_ROWS = 1024  # items scored per batch: 80 MB of group similarities at 20,000 groups

Progress = Callable[[str, float], None]


@dataclass
class ClusterResult:
    labels: np.ndarray  # cluster per item, 0..n_clusters-1; singletons get their own label
    n_clusters: int
    singleton_share: float
    confidence: np.ndarray  # cosine of each item to its cluster centre (as given, not centred)
    threshold: float = 0.0  # merge height used: mean pairwise cosine after mean-centring


def _kmeans(x: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Each item's centroid after spherical k-means: faiss's `Kmeans(niter=KMEANS_ITER,
    spherical=True)` (same start, same centroid floats per iteration), run here so that it stops
    once no item changes centroid (every later iteration would repeat the last one), and so that
    an iteration only recomputes the similarities to the centroids that moved: a centroid whose
    members stayed is the same floats. After the first few iterations most stay, so the item x
    centroid products cost about a third of faiss's full search per iteration. The similarities
    come from numpy's BLAS rather than faiss's, so an item whose two best centroids are within
    float rounding (~1e-7) of each other may pick the other one; labels are identical to faiss's
    on every battery set. Where a centroid empties (faiss re-seeds it at random), faiss's own
    k-means runs instead."""
    n, d = x.shape
    x = np.ascontiguousarray(x, dtype=np.float32)
    perm = np.empty(n, dtype=np.int32)
    # faiss's start, k items at random (rand_perm and fvec_renorm_L2 are not in faiss's stubs)
    faiss.rand_perm(faiss.swig_ptr(perm), n, seed + 1)  # type: ignore[attr-defined]
    centroids = np.ascontiguousarray(x[perm[:k]])
    faiss.fvec_renorm_L2(d, k, faiss.swig_ptr(centroids))  # type: ignore[attr-defined]
    similarity = x @ centroids.T  # [n, k], kept up to date column by column
    assign = np.full(n, -1, dtype=np.int64)
    for _ in range(KMEANS_ITER):
        nearest = similarity.argmax(axis=1)
        if np.array_equal(nearest, assign):  # settled: the centroids would not move again
            return nearest
        assign = nearest
        sizes = np.bincount(assign, minlength=k)
        if not sizes.all():
            return _faiss_kmeans(x, k, seed)
        # faiss's update: members summed in item order, times 1 / size in float32, re-normed
        updated = group_sums(x, assign, k)
        updated *= (np.float32(1.0) / sizes.astype(np.float32))[:, None]
        faiss.fvec_renorm_L2(d, k, faiss.swig_ptr(updated))  # type: ignore[attr-defined]
        moved = np.flatnonzero((updated != centroids).any(axis=1))
        centroids = updated
        fresh = x @ centroids[moved].T
        for start in range(0, n, SCATTER_ROWS):  # a tenth of the time of one column scatter
            similarity[start : start + SCATTER_ROWS, moved] = fresh[start : start + SCATTER_ROWS]
    return similarity.argmax(axis=1)


def _faiss_kmeans(x: np.ndarray, k: int, seed: int) -> np.ndarray:
    """faiss's spherical k-means on every item, each item's nearest centroid after it."""
    kmeans = faiss.Kmeans(x.shape[1], k, niter=KMEANS_ITER, seed=seed, spherical=True)
    kmeans.cp.min_points_per_centroid = 1  # few items per centroid is the point here
    kmeans.cp.max_points_per_centroid = 1 << 20  # train on every item, no sampling
    kmeans.train(x)
    _, nearest = kmeans.index.search(x, 1)
    return nearest[:, 0].astype(np.int64)


def _two_level_kmeans(x: np.ndarray, seed: int) -> np.ndarray:
    """Coarse regions first, then micro-clusters inside each: cost n*k_coarse instead of n*n/8."""
    regions = _kmeans(x, max(2, len(x) // REGION_SIZE), seed)
    units = np.zeros(len(x), dtype=np.int64)
    offset = 0
    for region in np.unique(regions):
        members = np.flatnonzero(regions == region)
        k = len(members) // MICRO_SIZE
        local = _kmeans(x[members], k, seed) if k > 1 else np.zeros(len(members), np.int64)
        units[members] = local + offset
        offset += int(local.max()) + 1
    return units


def _micro_clusters(
    x: np.ndarray, seed: int, must_link: list[list[int]], isolated: set[int]
) -> np.ndarray:
    """Assign items to micro-clusters; a must-link group is one unit, an isolated item another."""
    n = len(x)
    k = n // MICRO_SIZE
    if n <= ITEM_LEVEL_UP_TO:
        units = np.arange(n, dtype=np.int64)  # small backlogs: every item is its own unit
    elif n > TWO_LEVEL_ABOVE:
        units = _two_level_kmeans(x, seed)
    elif k > 1:
        units = _kmeans(x, k, seed)
    else:
        units = np.zeros(n, dtype=np.int64)
    next_unit = int(units.max()) + 1
    for group in must_link:
        units[np.asarray(group, dtype=np.int64)] = next_unit
        next_unit += 1
    for item in sorted(isolated):
        units[item] = next_unit
        next_unit += 1
    return np.unique(units, return_inverse=True)[1]


def centre(x: np.ndarray) -> np.ndarray:
    """Subtract the corpus mean and re-normalise: what every item shares stops counting."""
    y = np.asarray(x, dtype=np.float32) - np.asarray(x, dtype=np.float32).mean(axis=0)
    return (y / np.clip(np.linalg.norm(y, axis=1, keepdims=True), 1e-12, None)).astype(np.float32)


def cluster_embeddings(
    x: np.ndarray,
    *,
    seed: int = 0,
    must_link: list[list[int]] | None = None,
    cannot_link: list[tuple[int, int]] | None = None,
    progress: Progress | None = None,
    threshold: float | None = None,
    entropy_weight: float = ENTROPY_WEIGHT,
    texts: Sequence[str] | None = None,
) -> ClusterResult:
    """Group normalised embeddings into ideas. Copies of one vector (an ask posted again) are
    clustered once and follow it: every item posted twice gives the ideas of every item posted
    once. Items under a PM constraint keep rows of their own.

    Args:
        x: float32 [n, d] L2-normalised embeddings.
        seed: k-means and sampling seed; the same input and seed give the same labels.
        must_link: groups of item indices that must stay together and take no one else.
        cannot_link: pairs of item indices that must never share a cluster.
        progress: called with (stage, fraction done).
        threshold: mean pairwise cosine, after mean-centring, needed to merge two groups; by
            default the dendrogram height with the best `cut_quality` (`best_cut`). Backlogs
            under SMALL_BACKLOG items are not centred and cut at SMALL_BACKLOG_THRESHOLD.
        entropy_weight: price of a merge in `cut_quality`; higher gives finer ideas.
        texts: the asks the vectors embed. Neighbours (the VOTERS nearest) that ask for
            opposite directions are cannot-links (`triage.polarity.opposed_links`). Where most
            neighbour links join asks naming different code-like specifics (an issue
            tracker's versions and modules), neighbours that differ in specifics are
            cannot-links too (`triage.specifics.specific_cannot_links`), and the default cut
            is TRACKER_CUT.

    Returns:
        Labels for every item, the number of clusters, the singleton share and each item's
        cosine to its cluster centre.
    """
    raw = np.ascontiguousarray(x, dtype=np.float32)
    if len(raw) == 0:
        return ClusterResult(np.zeros(0, dtype=np.int64), 0, 0.0, np.zeros(0, dtype=np.float32))
    constrained = {i for g in must_link or [] for i in g} | {
        i for pair in cannot_link or [] for i in pair
    }
    rows, row_of = _distinct_rows(raw, constrained)
    distinct_labels, threshold = _cluster_distinct(
        raw[rows],
        seed=seed,
        must_link=[sorted({int(row_of[i]) for i in g}) for g in must_link or []],
        cannot_link=[(int(row_of[i]), int(row_of[j])) for i, j in cannot_link or []],
        progress=progress,
        threshold=threshold,
        entropy_weight=entropy_weight,
        texts=[texts[i] for i in rows] if texts else None,
    )
    labels = distinct_labels[row_of]
    sizes = np.bincount(labels)
    return ClusterResult(
        labels=labels,
        n_clusters=len(sizes),
        singleton_share=float(np.mean(sizes[labels] == 1)),
        confidence=_confidence(raw, labels),
        threshold=threshold,
    )


def _distinct_rows(x: np.ndarray, own_row: set[int]) -> tuple[np.ndarray, np.ndarray]:
    """The first copy of each distinct row of `x`, in item order, and each item's place among
    them. Items in `own_row` are never merged with their copies."""
    n = len(x)
    keys = np.ascontiguousarray(x).view(np.dtype((np.void, x.dtype.itemsize * x.shape[1])))[:, 0]
    pinned = np.asarray(sorted(own_row), dtype=np.int64)
    free = np.setdiff1d(np.arange(n), pinned)
    _, first, copy_of = np.unique(keys[free], return_index=True, return_inverse=True)
    rows = np.sort(np.concatenate([free[first], pinned]))
    row_of = np.empty(n, dtype=np.int64)
    row_of[free] = np.searchsorted(rows, free[first][copy_of.ravel()])
    row_of[rows] = np.arange(len(rows))
    return rows, row_of


def _cluster_distinct(
    x: np.ndarray,
    *,
    seed: int,
    must_link: list[list[int]],
    cannot_link: list[tuple[int, int]],
    progress: Progress | None,
    threshold: float | None,
    entropy_weight: float,
    texts: Sequence[str] | None,
) -> tuple[np.ndarray, float]:
    """Each item's idea and the cut height, every item counted once (`cluster_embeddings`
    has removed copies): the labels of the rows of `x`, 0..n_ideas-1."""
    report = progress or (lambda _stage, _fraction: None)
    n = len(x)
    if n < SMALL_BACKLOG:  # too few items to tell what they share from what they ask
        threshold = SMALL_BACKLOG_THRESHOLD if threshold is None else threshold
    else:
        x = centre(x)
    faiss.omp_set_num_threads(faiss.omp_get_max_threads())
    report("item graph", 0.0)
    scores, neighbours = _item_neighbours(x, VOTERS)
    groups = [g for g in (must_link or []) if len(g) > 0]
    specific = specific_cannot_links(texts, neighbours) if texts and n >= SMALL_BACKLOG else []
    if specific:  # an issue tracker: nearly every item is a request of its own
        cannot_link = [*(cannot_link or []), *_unless_joined(specific, groups)]
        threshold = TRACKER_CUT if threshold is None else threshold
    if texts:  # "turn the lights on" / "… off": neighbours, never one request
        opposite = _unless_joined(opposed_links(texts, neighbours), groups)
        cannot_link = [*(cannot_link or []), *opposite]
    report("micro-clusters", 0.1)
    grouped = {i for g in groups for i in g}
    isolated = {i for pair in cannot_link or [] for i in pair} - grouped
    units = _micro_clusters(x, seed, groups, isolated)
    n_units = int(units.max()) + 1
    sums = group_sums(x, units, n_units)
    locked = np.zeros(n_units, dtype=bool)
    for group in groups:
        locked[units[group[0]]] = True
    centres = sums / np.clip(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12, None)
    # Each micro-cluster counts once, whatever its size: tight small groups are not swamped.
    merger = Merger(centres, np.ones(n_units), locked)
    for i, j in cannot_link or []:
        a, b = int(units[i]), int(units[j])
        merger.cannot[a].add(b)
        merger.cannot[b].add(a)
    report("neighbour graph", 0.3)
    merger.link(centres, NEIGHBOURS)
    report("merging", 0.5)
    merger.run(float(CUT_GRID[0]) if threshold is None else threshold)
    persistent = None
    if threshold is None:
        report("choosing the cut", 0.7)
        threshold = best_cut(neighbours, units, merger.merges, entropy_weight)
        floor = float(CUT_GRID[0])
        persistent = persistent_cut(units, merger.merges, floor, PERSISTENCE_POWER)
    report("neighbour votes", 0.8)
    item_locked = locked[units]

    def finish(labels: np.ndarray, height: float | None) -> np.ndarray:
        """Votes, outliers alone, cannot-links apart. A cut without one height (the persistent
        one) judges its outliers by its typical idea."""
        labels = _neighbour_vote(labels, scores, neighbours, item_locked)
        height = _typical_height(x, labels) if height is None else height
        labels = _split_outliers(x, labels, item_locked, height)
        return _separate(labels, cannot_link or [], item_locked)

    labels = finish(cut_labels(n_units, merger.merges, threshold)[units], threshold)
    if persistent is not None:
        report("choosing the ideas", 0.9)
        split = finish(persistent, None)
        if split.max() > labels.max():  # it may only split, not join
            at_floor = threshold <= float(CUT_GRID[0])
            labels = split if _split_wins(x, split, labels, at_floor, seed) else labels
    report("done", 1.0)
    return labels, threshold


def _unless_joined(pairs: list[tuple[int, int]], groups: list[list[int]]) -> list[tuple[int, int]]:
    """The automatic cannot-links `pairs` without those inside one must-link group: a PM who put
    two items in one idea has the last word."""
    group_of = {i: n for n, group in enumerate(groups) for i in group}
    return [(i, j) for i, j in pairs if group_of.get(i, -1) != group_of.get(j, -2)]


def group_sums(x: np.ndarray, labels: np.ndarray, n_groups: int) -> np.ndarray:
    """float32 [n_groups, d] sums of x's rows by label: the floats of `np.add.at` from zeros
    (each group's rows added one at a time, in row order). A sparse [n_groups, n] one-hot
    product adds them in that order (scipy's CSR times dense: y += 1 * row, row by row) in a
    seventh of the time of stepping through the groups' rows with numpy."""
    n = len(labels)
    onehot = sparse.csr_matrix(
        (np.ones(n, dtype=np.float32), (np.asarray(labels, dtype=np.int64), np.arange(n))),
        shape=(n_groups, n),
    )
    return np.asarray(onehot @ np.asarray(x, dtype=np.float32), dtype=np.float32)


def silhouette(x: np.ndarray, labels: np.ndarray, sample: int = 5_000, seed: int = 0) -> float:
    """Mean cosine silhouette of `labels` over unit rows `x` (a seeded sample of at most
    `sample` items): each item's mean similarity to the rest of its group against the best
    other group's; items alone count 0. Used to choose between candidate cuts, so it needs
    no size assumption: it compares each item with groups, not with a neighbour count."""
    return silhouettes(x, [labels], sample, seed)[0]


def silhouettes(
    x: np.ndarray, partitions: list[np.ndarray], sample: int = 5_000, seed: int = 0
) -> list[float]:
    """`silhouette` of each partition of the same items, from one matrix product: the rows'
    similarities to the parts of the partitions' common refinement, summed into each
    partition's groups. Candidate cuts share most of their groups, so two cost little more
    than one."""
    return [float(s.mean()) for s in item_silhouettes(x, partitions, sample, seed)]


def item_silhouettes(
    x: np.ndarray, partitions: list[np.ndarray], sample: int = 5_000, seed: int = 0
) -> list[np.ndarray]:
    """Each sampled item's silhouette in each partition (`silhouettes`' terms), items in the
    same order for every partition, so that two cuts can be compared item by item."""
    codes = [np.unique(p, return_inverse=True)[1] for p in partitions]
    parts = np.zeros(len(x), dtype=np.int64)  # the common refinement
    for code in codes:
        parts = np.unique(parts * (int(code.max()) + 1) + code, return_inverse=True)[1]
    n_parts = int(parts.max()) + 1 if len(x) else 0
    sums = group_sums(x, parts, n_parts)
    group_of_part = []
    for code in codes:
        group = np.zeros(n_parts, dtype=np.int64)
        group[parts] = code
        group_of_part.append(group)
    rows = np.arange(len(x))
    if len(x) > sample:
        rows = np.sort(np.random.default_rng(seed).choice(len(x), sample, replace=False))
    sizes = [np.bincount(code) for code in codes]
    scores: list[list[np.ndarray]] = [[] for _ in codes]
    for batch in np.split(rows, range(SILHOUETTE_ROWS, len(rows), SILHOUETTE_ROWS)):
        dots = x[batch] @ sums.T  # [rows, parts]
        for code, size, group, out in zip(codes, sizes, group_of_part, scores, strict=True):
            if len(size) < 2:
                out.append(np.zeros(len(batch)))
                continue
            totals = dots if len(size) == n_parts else group_sums(dots.T, group, len(size)).T
            out.append(_silhouettes(totals, code[batch], size))
    return [np.concatenate(out) if out else np.zeros(0) for out in scores]


def _split_wins(
    x: np.ndarray, split: np.ndarray, cut: np.ndarray, cut_at_floor: bool, seed: int
) -> bool:
    """Whether the persistent cut's finer ideas replace the height cut's, by their items'
    silhouettes. Where the height cut sits on CUT_GRID's floor, its score ran out of heights
    rather than chose one (the long-tail shape of step 5), so the split wins unless its items
    do clearly worse: a mean loss beyond SPLIT_LOSS_ERRORS standard errors of the item by
    item difference. Elsewhere it must do better on average."""
    split_items, cut_items = item_silhouettes(x, [split, cut], seed=seed)
    gain = split_items - cut_items
    if cut_at_floor and len(gain) > 1:
        return bool(gain.mean() > -SPLIT_LOSS_ERRORS * gain.std(ddof=1) / np.sqrt(len(gain)))
    return bool(len(gain) and gain.mean() > 0)


def _silhouettes(totals: np.ndarray, own: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Silhouettes of rows in groups `own`, given each row's summed similarity to every
    group's members and the groups' sizes."""
    mean = totals / sizes  # [rows, groups]: mean similarity to each group's members
    at = np.arange(len(own))
    inside = (mean[at, own] * sizes[own] - 1.0) / np.maximum(sizes[own] - 1, 1)
    mean[at, own] = -np.inf
    a, b = 1.0 - inside, 1.0 - mean.max(axis=1)
    score = (b - a) / np.maximum(np.maximum(a, b), 1e-9)
    return np.where(sizes[own] > 1, score, 0.0)


def _item_neighbours(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each item's k nearest other items: exact when small, HNSW graph when large."""
    if len(x) <= EXACT_KNN_UP_TO:
        return nearest_others(x, k)
    index = faiss.IndexHNSWFlat(x.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = 64
    index.add(x)
    scores, ids = index.search(x, min(k + 1, len(x)))
    return scores[:, 1:], ids[:, 1:]


def _neighbour_vote(
    labels: np.ndarray, scores: np.ndarray, ids: np.ndarray, locked: np.ndarray
) -> np.ndarray:
    """Move each unlocked item to its neighbours' weighted majority cluster (never a locked one).

    scores, ids: each item's nearest other items and their cosines (`_item_neighbours`). Each
    item votes for itself with weight 1, each neighbour with its clipped cosine; ties go to the
    lowest label. A dense [n, k+1] tally gives the labels (and the float sums, added in the same
    order) of the scipy sparse matrix and `argmax` it replaced, in a fifth of the time.
    """
    n = len(labels)
    if n < 2:
        return labels
    valid = np.concatenate([ids >= 0, np.ones((n, 1), dtype=bool)], axis=1)
    weights = np.concatenate([np.clip(scores, 0, None).astype(np.float64), np.ones((n, 1))], axis=1)
    voters = np.concatenate([np.where(ids >= 0, ids, 0), np.arange(n)[:, None]], axis=1)
    locked_labels = np.unique(labels[locked])
    for _ in range(VOTE_ROUNDS):
        votes = labels[voters]
        allowed = valid & ~np.isin(votes, locked_labels)  # nobody may join a locked idea by vote
        weights_allowed = np.where(allowed, weights, 0.0)
        tally = np.zeros(votes.shape)
        for j in range(votes.shape[1]):  # each label's sum, its votes added in voter order
            tally += np.where(votes == votes[:, j : j + 1], weights_allowed[:, j : j + 1], 0.0)
        tally[~allowed] = -np.inf
        best = tally.max(axis=1)
        winner = np.where(tally == best[:, None], votes, np.iinfo(votes.dtype).max).min(axis=1)
        labels = np.where(locked | (best <= 0), labels, winner)
    return labels


def _mean_to_rest(x: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each item's mean cosine to the rest of its cluster, and its cluster's size."""
    sums = group_sums(x, labels, int(labels.max()) + 1)
    sizes = np.bincount(labels)[labels]
    return (np.einsum("ij,ij->i", x, sums[labels]) - 1.0) / np.maximum(sizes - 1, 1), sizes


def _typical_height(x: np.ndarray, labels: np.ndarray) -> float:
    """The height a cut without one height stands for: the median item's mean cosine to the
    rest of its cluster (items alone left out)."""
    mean_to_rest, sizes = _mean_to_rest(x, np.unique(labels, return_inverse=True)[1])
    return float(np.median(mean_to_rest[sizes > 1])) if np.any(sizes > 1) else 0.0


def _split_outliers(
    x: np.ndarray, labels: np.ndarray, locked: np.ndarray, height: float
) -> np.ndarray:
    """Items whose mean cosine to the rest of their cluster is below OUTLIER_SHARE * height
    become singletons (locked items never do): they would not pass the merge test alone."""
    labels = np.unique(labels, return_inverse=True)[1]
    mean_to_rest, sizes = _mean_to_rest(x, labels)
    outliers = np.flatnonzero((mean_to_rest < OUTLIER_SHARE * height) & (sizes > 1) & ~locked)
    labels = labels.copy()
    labels[outliers] = labels.max() + 1 + np.arange(len(outliers))
    return np.unique(labels, return_inverse=True)[1]


def _confidence(x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Cosine of each item to its cluster's normalised mean (1.0 for a singleton)."""
    centres = group_sums(x, labels, int(labels.max()) + 1)
    centres /= np.clip(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12, None)
    return np.einsum("ij,ij->i", x, centres[labels]).astype(np.float32)


def _separate(
    labels: np.ndarray, cannot_link: list[tuple[int, int]], locked: np.ndarray
) -> np.ndarray:
    """Last guard for cannot-link pairs that voting put together: items stand alone, the one at
    odds with most of its idea first, until no pair is left. So an issue that voting pulled in
    beside two copies of another leaves, not both copies (an unlocked item leaves before a
    locked one; a tie, the later item)."""
    labels = labels.copy()
    at_odds: dict[int, set[int]] = {}
    for i, j in cannot_link:
        if labels[i] == labels[j]:
            at_odds.setdefault(i, set()).add(j)
            at_odds.setdefault(j, set()).add(i)
    while at_odds:
        loner = max(at_odds, key=lambda i: (not locked[i], len(at_odds[i]), i))
        for other in at_odds.pop(loner):
            at_odds[other].discard(loner)
            if not at_odds[other]:
                del at_odds[other]
        labels[loner] = labels.max() + 1
    return np.unique(labels, return_inverse=True)[1]


def match_previous(labels: np.ndarray, previous: list[int | None]) -> dict[int, int]:
    """Map new cluster labels to previous idea ids by largest overlap, each id used once.

    Greedy on overlap size: the biggest shared groups keep their idea first, so an unchanged
    idea keeps its id and a split idea's id goes to its larger part.
    """
    overlap: dict[tuple[int, int], int] = {}
    for label, old in zip(labels.tolist(), previous, strict=True):
        if old is not None:
            overlap[(label, old)] = overlap.get((label, old), 0) + 1
    mapping: dict[int, int] = {}
    taken: set[int] = set()
    for (label, old), _size in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if label not in mapping and old not in taken:
            mapping[label] = old
            taken.add(old)
    return mapping
