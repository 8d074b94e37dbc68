"""Group ideas into themes: sibling ideas a PM would read as one family of requests.

Ideas (`triage.cluster`) are cut fine so that each holds one request; the same request said in
very different words, or a request and its close variants ("SSO with Okta", "Log in with our
Okta accounts"), can still end up as sibling ideas. Themes put those siblings together:

1. each idea becomes one point, the normalised mean of its items after mean-centring the
   corpus (what every item shares stops counting; every idea weighs the same, so a popular
   idea does not swallow its neighbours);
2. average linkage merges ideas while the mean cosine between their points stays high;
3. the dendrogram is cut where the item graph (each item linked to its 50 nearest items,
   weighted by cosine) scores best on `cut_quality` at THEME_ENTROPY_WEIGHT: the data-driven
   rule that cuts ideas, one level up, so granularity follows the workspace's own similarity
   structure rather than a fixed cosine.

Siblings are grouped only when some of their items are near neighbours of each other: two
large ideas that share no neighbour links stay separate themes. Through the product on the
demo backlog (bench/demo_demand.py, 2026-12-07) items mapped to their idea's theme reach capture
0.78 at purity 0.92 (ideas: 0.77 at 0.92); on the battery's full copies, where ideas are cut from
copies counted once, themes barely group at all (the README's "Fourteenth round").

Pure: numpy and FAISS, no I/O.
"""

from __future__ import annotations

import numpy as np

from triage.cluster import NEIGHBOURS, _item_neighbours, centre, group_sums
from triage.dendrogram import CUT_GRID, Merger, best_cut, cut_labels

# Entropy weight of the theme cut (`triage.dendrogram.cut_quality`) on the cosine-weighted
# 50-neighbour item graph. Leave-one-set-out over {0.085, 0.1, 0.12, 0.15, 0.2, 0.3} on the ten
# battery sets, scoring min(capture / 0.85, purity / 0.90) (the theme goal), picks 0.15 in seven
# folds and 0.2 in three (both demo folds among them).
THEME_ENTROPY_WEIGHT = 0.15
ITEM_NEIGHBOURS = 50  # wider than the ideas' 10: sibling ideas must share some edges


def group_ideas(
    x: np.ndarray,
    ideas: np.ndarray,
    *,
    entropy_weight: float = THEME_ENTROPY_WEIGHT,
    threshold: float | None = None,
) -> np.ndarray:
    """Assign every idea to a theme.

    Args:
        x: float [n, d] item embeddings (L2-normalised), the ones the ideas were made from.
        ideas: int [n] idea label of every item, 0..n_ideas-1.
        entropy_weight: price of a merge in the cut's score; lower gives broader themes.
        threshold: merge height (mean-centred cosine between idea points) to cut at instead
            of choosing it from the data.

    Returns:
        int [n_ideas] theme label of every idea, 0..n_themes-1; map items with
        ``themes[ideas]``.

    Raises:
        ValueError: If `x` and `ideas` differ in length.
    """
    ideas = np.asarray(ideas, dtype=np.int64)
    if len(ideas) != len(x):
        raise ValueError(f"{len(x)} embeddings but {len(ideas)} idea labels")
    if len(ideas) == 0:
        return np.zeros(0, dtype=np.int64)
    n_ideas = int(ideas.max()) + 1
    if n_ideas < 2 or len(x) < 3:
        return np.arange(n_ideas, dtype=np.int64)
    y = centre(x)
    sums = group_sums(y, ideas, n_ideas)
    points = sums / np.clip(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12, None)
    merger = Merger(points, np.ones(n_ideas), np.zeros(n_ideas, dtype=bool))
    merger.link(points, NEIGHBOURS)
    merger.run(float(CUT_GRID[0]) if threshold is None else threshold)
    if threshold is None:
        similarity, near = _item_neighbours(y, ITEM_NEIGHBOURS)
        weights = np.clip(similarity, 0.0, None)  # unrelated items share no edge
        # The best score exactly: with the ideas' near-tie (CUT_TIE) the demo's themes moved
        # from 0.787 / 0.915 capture / purity to 0.803 / 0.902, onto the 0.90 purity bar.
        threshold = best_cut(near, ideas, merger.merges, entropy_weight, weights, tie=0.0)
    return cut_labels(n_ideas, merger.merges, threshold)


def theme_sizes(themes: np.ndarray, idea_sizes: np.ndarray) -> np.ndarray:
    """Items per theme.

    Args:
        themes: int [n_ideas] theme of every idea, as `group_ideas` returns.
        idea_sizes: int [n_ideas] items per idea.

    Returns:
        int [n_themes] items per theme.
    """
    return np.bincount(themes, weights=idea_sizes, minlength=int(themes.max(initial=-1)) + 1)
