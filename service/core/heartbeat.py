"""Renewing a claim while work runs: the proof of life behind every lease (issue 17).

A worker that dies stops renewing, its lease lapses within seconds, and another process may
take the work; a worker that lives renews at a third of the lease, so a slow but healthy
job or send is never taken from it."""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)


def worker_name() -> str:
    """host:pid:random, unique per process start, recorded on what it claims."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@contextmanager
def heartbeat(renew: Callable[[], None], every: float, name: str = "heartbeat") -> Iterator[None]:
    """Call `renew` every `every` seconds in a thread while the block runs; a failed renewal
    is logged and tried again next beat (the database may be briefly busy or away)."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(every):
            try:
                renew()
            except Exception:
                log.warning("lease renewal failed", exc_info=True)

    thread = threading.Thread(target=beat, name=name, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=every + 30)
