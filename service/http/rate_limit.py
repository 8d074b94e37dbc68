"""Requests per client address on the public intake endpoints: after LIMIT requests within
WINDOW seconds the address gets 429 until the oldest ages out. Kept in the process, as a first
line; a proxy in front of several processes should limit too."""

from __future__ import annotations

import threading
import time
from collections import deque

from fastapi import Request

from service.core.errors import TooManyRequests

LIMIT = 300  # a support team bulk-tagging tickets (one webhook each) stays under this
WINDOW_SECONDS = 60.0


class RequestRate:
    def __init__(self, limit: int = LIMIT, window: float = WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, client: str) -> None:
        """Count a request; raise TooManyRequests once the address is over the limit."""
        now = time.monotonic()
        with self._lock:
            seen = self._seen.setdefault(client, deque())
            while seen and seen[0] < now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                wait = int(seen[0] + self.window - now) + 1
                raise TooManyRequests(
                    f"Too many requests from this address; try again in {wait} s.",
                    code="rate_limited",
                    retry_after=wait,
                )
            seen.append(now)
            if len(self._seen) > 10_000:  # forget idle addresses so memory stays bounded
                for address in [a for a, q in self._seen.items() if not q]:
                    del self._seen[address]


def limit_by_address(request: Request) -> None:
    """A dependency: one shared RequestRate per app, keyed by the client's address."""
    rate = getattr(request.app.state, "intake_rate", None)
    if rate is None:
        rate = request.app.state.intake_rate = RequestRate()
    rate.hit(request.client.host if request.client else "unknown")
