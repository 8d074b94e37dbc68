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
from models.schemas import FeedbackCreate
from service.core.errors import InvalidInput
from service.feedback import asks
from service.feedback.ingest import Ingestor
from service.workspaces import store as workspace_store
from triage.cluster import cluster_embeddings
from triage.metrics import clustering_scores, stream_scores

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


def evaluate_batch(x: np.ndarray, labels: list[str], seed: int = 0) -> Row:
    start = time.perf_counter()
    result = cluster_embeddings(x, seed=seed)
    seconds = time.perf_counter() - start
    return {
        "method": "throughline",
        **clustering_scores(labels, result.labels.tolist()),
        "seconds": round(seconds, 2),
    }


def evaluate_stream(
    ingestor: Ingestor,
    factory: sessionmaker[Session],
    texts: list[str],
    labels: list[str],
    progress: Callable[[int], None],
    out_of_scope: str | None = None,
) -> Row:
    """Run every text through the real ingest path, in order, into an empty database.

    Takes a session factory: each chunk of 256 is its own unit of work, as in an import, which
    learns the workspace's envelope from the file's texts first."""
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "eval")
        asks.relearn(session, ws.id, texts)
        session.expunge(ws)
    ideas: list[int] = []
    decisions: list[str] = []
    start = time.perf_counter()
    for i in range(0, len(texts), 256):
        chunk = [FeedbackCreate(text=t) for t in texts[i : i + 256]]
        for result in ingestor.ingest(factory, ws, chunk):
            ideas.append(-1 if result.idea_id is None else result.idea_id)
            decisions.append(result.decision.value)
        progress(len(chunk))
    seconds = time.perf_counter() - start
    return {
        "method": "throughline stream",
        **clustering_scores(labels, ideas),
        **stream_scores(labels, ideas, decisions, out_of_scope),
        "seconds": round(seconds, 2),
    }


def evaluate_peers(texts: list[str], x: np.ndarray, labels: list[str]) -> list[Row]:
    """sentence-transformers community_detection(0.75) and, if installed, BERTopic defaults."""
    from sentence_transformers.util import community_detection

    rows = []
    start = time.perf_counter()
    communities = community_detection(x, threshold=0.75, min_community_size=1)
    assigned = np.full(len(x), -1)
    for n, members in enumerate(communities):
        assigned[[m for m in members if assigned[m] < 0]] = n
    lonely = np.flatnonzero(assigned < 0)
    assigned[lonely] = len(communities) + np.arange(len(lonely))
    rows.append(
        {
            "method": "community_detection(0.75)",
            **clustering_scores(labels, assigned.tolist()),
            "seconds": round(time.perf_counter() - start, 2),
        }
    )
    try:
        from bertopic import BERTopic
    except ImportError:
        return rows
    start = time.perf_counter()
    topics, _ = BERTopic().fit_transform(texts, embeddings=x)
    rows.append(
        {
            "method": "BERTopic (defaults)",
            **clustering_scores(labels, topics),
            "seconds": round(time.perf_counter() - start, 2),
        }
    )
    return rows
