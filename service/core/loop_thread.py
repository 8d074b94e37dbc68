"""The thread behind every background loop (jobs, deliveries, digests): started once, asked
to stop from anywhere (a signal handler too), and joined so the loop finishes what it holds."""

from __future__ import annotations

import threading
from collections.abc import Callable


class LoopThread:
    """One named daemon thread running `target`; the loop watches `stopping` to end."""

    def __init__(self, name: str, target: Callable[[], None]) -> None:
        self.name = name
        self.target = target
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Start the thread unless it runs already; True if it was started now."""
        if self._thread is not None and self._thread.is_alive():
            return False
        self.stopping.clear()
        self._thread = threading.Thread(target=self.target, name=self.name, daemon=True)
        self._thread.start()
        return True

    def request_stop(self) -> None:
        self.stopping.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Ask the loop to end and wait up to `timeout` seconds for it."""
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


class LoopOwner:
    """Start and stop for a class whose loop runs on its `_loop`: what every background
    worker (jobs, digests, change-feed pruning) offers its process."""

    _loop: LoopThread

    def start(self) -> None:
        self._loop.start()

    def request_stop(self) -> None:
        """Stop after the work in flight (safe from a signal handler)."""
        self._loop.request_stop()

    def stop(self, timeout: float = 30.0) -> None:
        self._loop.stop(timeout)
