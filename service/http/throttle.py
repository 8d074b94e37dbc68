"""Failed API-key attempts per client address: after LIMIT failures within WINDOW seconds the
client is refused with 429 until the oldest failure ages out, so keys cannot be guessed at speed.
Kept in the process, as a first line; a proxy in front of several processes should limit too."""

from __future__ import annotations

import threading
import time
from collections import deque

from service.core.errors import TooManyRequests

LIMIT = 20
WINDOW_SECONDS = 60.0


class FailedKeyThrottle:
    def __init__(self, limit: int = LIMIT, window: float = WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        """Raise TooManyRequests while the client has used up its failures."""
        with self._lock:
            recent = self._recent(client)
            if len(recent) >= self.limit:
                wait = int(recent[0] + self.window - time.monotonic()) + 1
                raise TooManyRequests(
                    f"Too many failed API keys from this address; try again in {wait} s.",
                    code="too_many_failed_keys",
                    retry_after=wait,
                )

    def failed(self, client: str) -> None:
        with self._lock:
            self._recent(client).append(time.monotonic())

    def _recent(self, client: str) -> deque[float]:
        failures = self._failures.setdefault(client, deque())
        while failures and failures[0] < time.monotonic() - self.window:
            failures.popleft()
        return failures
