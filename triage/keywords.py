"""Naming ideas: class-based TF-IDF keywords, a title and three representative quotes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from triage.titles import title_from

TITLE_CHARS = 80
QUOTES = 3
NEAR_DUPLICATE = 0.95  # quotes more alike than this say the same thing twice


@dataclass(frozen=True)
class ClusterDescription:
    title: str
    keywords: list[str]
    quote_indices: list[int]  # item positions, most representative first


def _class_tfidf(texts: list[str], labels: np.ndarray, top_k: int) -> dict[int, list[str]]:
    """c-TF-IDF: a word scores high for an idea when frequent in it and rare across ideas."""
    vectorizer = CountVectorizer(stop_words="english", ngram_range=(1, 2), min_df=1)
    try:
        counts = vectorizer.fit_transform(texts)
    except ValueError:  # nothing but stop words
        return {int(label): [] for label in np.unique(labels)}
    n_labels = int(labels.max()) + 1
    per_class = np.zeros((n_labels, counts.shape[1]))
    for label in range(n_labels):
        rows = np.flatnonzero(labels == label)
        if len(rows):
            per_class[label] = np.asarray(counts[rows].sum(axis=0)).ravel()
    tf = per_class / np.clip(per_class.sum(axis=1, keepdims=True), 1, None)
    average_words = per_class.sum() / n_labels
    idf = np.log(1 + average_words / np.clip(per_class.sum(axis=0), 1, None))
    scores = tf * idf
    vocabulary = np.array(vectorizer.get_feature_names_out())
    return {
        label: [
            str(w)
            for w, s in zip(
                vocabulary[np.argsort(-row)[:top_k]], np.sort(row)[::-1][:top_k], strict=True
            )
            if s > 0
        ]
        for label, row in enumerate(scores)
    }


def describe_clusters(
    texts: list[str], labels: np.ndarray, x: np.ndarray, top_k: int = 8
) -> dict[int, ClusterDescription]:
    """Describe every cluster.

    Args:
        texts: the items' texts, aligned with labels and x.
        labels: cluster per item (0..n-1).
        x: the items' normalised embeddings.
        top_k: keywords per cluster.

    Returns:
        For each label: a title (the ask in the item closest to the centre, see
        `titles.title_from`), c-TF-IDF keywords, and up to three quotes close to the centre
        but not repeats.
    """
    keywords = _class_tfidf(texts, labels, top_k)
    described: dict[int, ClusterDescription] = {}
    for label in np.unique(labels).tolist():
        members = np.flatnonzero(labels == label)
        centre = x[members].sum(axis=0)
        centre /= max(float(np.linalg.norm(centre)), 1e-12)
        ranked = members[np.argsort(-(x[members] @ centre), kind="stable")]
        quotes: list[int] = []
        for item in ranked.tolist():
            if all(float(x[item] @ x[q]) < NEAR_DUPLICATE for q in quotes):
                quotes.append(item)
            if len(quotes) == QUOTES:
                break
        described[label] = ClusterDescription(
            title_from(texts[ranked[0]], TITLE_CHARS), keywords.get(label, []), quotes
        )
    return described
