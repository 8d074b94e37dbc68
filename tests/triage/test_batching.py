"""The micro-batcher gives every concurrent caller exactly what the model gives it alone."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from service.sampledata.backlog import generate_feedback
from triage.batching import BatchingEmbedder
from triage.embedder import Embedder

TEXTS = [item.text for item in generate_feedback(60, seed=5)]


def concurrently(batcher: BatchingEmbedder, calls: list[list[str]]) -> list[np.ndarray]:
    """Every call at once, from its own thread."""
    start = threading.Barrier(len(calls))

    def call(texts: list[str]) -> np.ndarray:
        start.wait()
        return batcher.embed(texts)

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(call, calls))


def test_concurrent_callers_get_the_vectors_of_one_text_at_a_time(embedder: Embedder) -> None:
    calls = [[t] for t in TEXTS[:20]] + [TEXTS[20:23], TEXTS[23:25]]  # singles and small lists
    alone = [np.stack([embedder.embed([t])[0] for t in call]) for call in calls]
    batcher = BatchingEmbedder(embedder, window=0.01)
    try:
        got = concurrently(batcher, calls)
    finally:
        batcher.close()
    for mine, expected in zip(got, alone, strict=True):
        assert mine.dtype == np.float32
        np.testing.assert_array_equal(mine, expected)
    assert batcher.texts == sum(len(c) for c in calls)
    assert batcher.calls < len(calls)  # callers did share model calls


def test_a_failing_call_fails_its_callers_and_the_next_call_works(embedder: Embedder) -> None:
    batcher = BatchingEmbedder(embedder)
    try:
        with pytest.raises((TypeError, ValueError)):
            batcher.embed([None])  # type: ignore[list-item]  # the tokenizer refuses it
        np.testing.assert_array_equal(batcher.embed([TEXTS[0]]), embedder.embed([TEXTS[0]]))
    finally:
        batcher.close()


def test_big_calls_go_straight_to_the_model_and_close_can_restart(embedder: Embedder) -> None:
    batcher = BatchingEmbedder(embedder, max_texts=8)
    bulk = batcher.embed(TEXTS[:40])
    np.testing.assert_array_equal(bulk, embedder.embed(TEXTS[:40]))
    assert batcher.calls == 0  # not through the batching thread
    assert batcher.embed([]).shape == (0, embedder.dim)
    batcher.close()  # never started: nothing to end
    batcher.embed([TEXTS[0]])
    batcher.close()
    batcher.embed([TEXTS[1]])  # a closed batcher starts its thread again
    batcher.close()
    assert batcher.calls == 2
