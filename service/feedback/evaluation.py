"""Evaluate Throughline on a labelled file: batch clustering, stream decisions, and peers."""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.schemas import FeedbackCreate, FeedbackResult
from service.core.errors import InvalidInput
from service.feedback import asks
from service.feedback.ingest import Ingestor
from service.workspaces import store as workspace_store
from triage.cluster import cluster_embeddings
from triage.metrics import clustering_scores, stream_scores
from triage.themes import group_ideas

Row = dict[str, Any]


def read_labelled(path: Path, text_col: str, label_col: str) -> tuple[list[str], list[str]]:
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file", code="file_not_found")
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {text_col, label_col} - set(reader.fieldnames or [])
        if missing:
            raise InvalidInput(
                f"{path}: missing column(s) {sorted(missing)}", code="missing_column"
            )
        rows = [(r[text_col], r[label_col]) for r in reader if (r[text_col] or "").strip()]
    return [t for t, _ in rows], [label for _, label in rows]


def evaluate_batch(
    x: np.ndarray,
    labels: list[str],
    seed: int = 0,
    out_of_scope: str | None = None,
    asks: list[str] | None = None,
) -> list[Row]:
    """Ideas as re-clustering cuts them (from the vectors and the `asks` they embed), and the
    themes those ideas are grouped into."""
    start = time.perf_counter()
    result = cluster_embeddings(x, seed=seed, texts=asks)
    idea_seconds = time.perf_counter() - start
    themes = group_ideas(x, result.labels)[result.labels]
    theme_seconds = time.perf_counter() - start
    return [
        {
            "method": "throughline",
            **clustering_scores(labels, result.labels.tolist(), out_of_scope=out_of_scope),
            "seconds": round(idea_seconds, 2),
        },
        {
            "method": "throughline themes",
            **clustering_scores(labels, themes.tolist(), out_of_scope=out_of_scope),
            "seconds": round(theme_seconds, 2),
        },
    ]


def stream_decisions(
    ingestor: Ingestor,
    factory: sessionmaker[Session],
    texts: list[str],
    progress: Callable[[int], None],
) -> list[FeedbackResult]:
    """Run every text through the real ingest path, in order, and return each decision.

    Takes a session factory: each chunk of 256 is its own unit of work, as in an import, which
    learns the workspace's envelope from the file's texts first."""
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "eval")
        asks.relearn(session, ws.id, ingestor.registry.embedder, texts)
        session.expunge(ws)
    results: list[FeedbackResult] = []
    for i in range(0, len(texts), 256):
        chunk = [FeedbackCreate(text=t) for t in texts[i : i + 256]]
        results += ingestor.ingest(factory, ws, chunk)
        progress(len(chunk))
    return results


def evaluate_stream(
    ingestor: Ingestor,
    factory: sessionmaker[Session],
    texts: list[str],
    labels: list[str],
    progress: Callable[[int], None],
    out_of_scope: str | None = None,
) -> Row:
    """Score the decisions of `stream_decisions` on an empty database."""
    start = time.perf_counter()
    results = stream_decisions(ingestor, factory, texts, progress)
    seconds = time.perf_counter() - start
    ideas = [-1 if result.idea_id is None else result.idea_id for result in results]
    decisions = [result.decision.value for result in results]
    return {
        "method": "throughline stream",
        **clustering_scores(labels, ideas, out_of_scope=out_of_scope),
        **stream_scores(labels, ideas, decisions, out_of_scope),
        "seconds": round(seconds, 2),
    }


def evaluate_peers(
    texts: list[str], x: np.ndarray, labels: list[str], out_of_scope: str | None = None
) -> list[Row]:
    """The peers on the same embeddings: KMeans told the true number of groups, HDBSCAN,
    sentence-transformers community_detection(0.75) and, if installed, BERTopic defaults."""
    k = max(1, len({label for label in labels if label != out_of_scope}))
    peers: list[tuple[str, Callable[[], Any]]] = [
        (f"KMeans (told k={k})", lambda: _kmeans(x, k)),
        ("HDBSCAN (min_cluster_size=5)", lambda: _hdbscan(x)),
        ("community_detection(0.75)", lambda: _communities(x)),
    ]
    try:
        from bertopic import BERTopic

        peers.append(
            ("BERTopic (defaults)", lambda: _singletons(BERTopic().fit_transform(texts, x)[0]))
        )
    except ImportError:  # an optional peer: pip install -e '.[peers]'
        pass
    rows = []
    for name, run in peers:
        start = time.perf_counter()
        assigned = np.asarray(run())
        rows.append(
            {
                "method": name,
                **clustering_scores(labels, assigned.tolist(), out_of_scope=out_of_scope),
                "seconds": round(time.perf_counter() - start, 2),
            }
        )
    return rows


def _kmeans(x: np.ndarray, k: int) -> np.ndarray:
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=min(k, len(x)), n_init=3, random_state=0).fit_predict(x)


def _hdbscan(x: np.ndarray) -> np.ndarray:
    from sklearn.cluster import HDBSCAN

    return _singletons(HDBSCAN(min_cluster_size=5).fit_predict(x))


def _communities(x: np.ndarray) -> np.ndarray:
    from sentence_transformers.util import community_detection

    communities = community_detection(x, threshold=0.75, min_community_size=1)
    assigned = np.full(len(x), -1)
    for n, members in enumerate(communities):
        assigned[[m for m in members if assigned[m] < 0]] = n
    return _singletons(assigned)


def _singletons(assigned: np.ndarray | list[int]) -> np.ndarray:
    """Noise (-1) becomes one cluster per item: an unplaced item is a request of its own."""
    out = np.asarray(assigned).copy()
    noise = np.flatnonzero(out < 0)
    out[noise] = out.max(initial=-1) + 1 + np.arange(len(noise))
    return out
