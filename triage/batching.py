"""One model call for many concurrent callers: the in-process micro-batcher (issue 17).

On a 2-core machine the model costs ~7 ms of CPU for one short text alone and ~4.5 ms per text
in batches of 4 to 8 (`bench/embedding_placement.py`), and vectors come out the same either
way. An API process answering single-item ingest calls concurrently thus embeds cheaper by
handing its texts to one thread that runs them through the model together.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field

import numpy as np

from triage.embedder import Embedder


@dataclass
class _Job:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    vectors: np.ndarray | None = None
    error: BaseException | None = None


class BatchingEmbedder:
    """An `Embedder` that coalesces concurrent `embed` calls into one call of `inner`.

    One thread owns the model calls. It takes the first waiting call, then whatever else is
    waiting or arrives within `window` seconds, up to `max_texts` texts, and embeds them at
    once. Under load calls queue while the model runs, so batches form even with no window;
    an idle process waits at most `window`. A call of `max_texts` texts or more is a batch
    already and goes straight to `inner` in the caller's thread.

    Args:
        inner: the model; its vectors are returned unchanged.
        window: seconds to wait for more callers after the first (0: take only who waits).
        max_texts: most texts gathered into one model call.
    """

    def __init__(self, inner: Embedder, window: float = 0.0, max_texts: int = 32) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.window = window
        self.max_texts = max_texts
        self.calls = 0  # model calls made by the batching thread, and texts in them
        self.texts = 0
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        """The vectors of `texts`, in order, as `inner.embed(texts)` gives them."""
        if not texts or len(texts) >= self.max_texts:
            return self.inner.embed(texts)
        job = _Job(list(texts))
        with self._start:  # queued under the lock close() takes, so never behind its sentinel
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="throughline-embed-batcher", daemon=True
                )
                self._thread.start()
            self._queue.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        assert job.vectors is not None
        return job.vectors

    def close(self) -> None:
        """End the batching thread once the calls already queued are answered."""
        with self._start:
            if self._thread is None:
                return
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while True:
            jobs, closing = self._gather()
            if jobs:
                self._answer(jobs)
            if closing:
                return

    def _gather(self) -> tuple[list[_Job], bool]:
        """The next batch of calls, and whether close() asked the thread to end."""
        first = self._queue.get()
        if first is None:
            return [], True
        jobs, count = [first], len(first.texts)
        deadline = time.perf_counter() + self.window
        while count < self.max_texts:
            remaining = deadline - time.perf_counter()
            try:
                job = (
                    self._queue.get(timeout=remaining)
                    if remaining > 0
                    else self._queue.get_nowait()
                )
            except queue.Empty:
                break
            if job is None:
                return jobs, True
            jobs.append(job)
            count += len(job.texts)
        return jobs, False

    def _answer(self, jobs: list[_Job]) -> None:
        texts = [text for job in jobs for text in job.texts]
        try:
            vectors = self.inner.embed(texts)
        except BaseException as error:  # every waiting caller hears of it; the thread goes on
            for job in jobs:
                job.error = error
                job.done.set()
            return
        self.calls += 1
        self.texts += len(texts)
        start = 0
        for job in jobs:
            job.vectors = vectors[start : start + len(job.texts)]
            start += len(job.texts)
            job.done.set()
