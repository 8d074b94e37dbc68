"""Rate limits on what the public can do: posts, votes, comments, suggestions and sign-in
mails, per client address and per identity, checked before any database or model work so a
flood is refused cheaply. Kept in the process, like the API-key throttle."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

from service.core.errors import TooManyRequests

MAX_KEYS = 50_000  # remembered clients; idle ones are dropped beyond this


class SlidingWindow:
    """At most `limit` accepted actions per key within `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, what: str) -> None:
        """Count one action, or raise TooManyRequests (nothing counted) when over the limit."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                wait = int(hits[0] + self.window - now) + 1
                raise TooManyRequests(
                    f"Too many {what} for now; try again in {wait} s.",
                    code="portal_rate_limited",
                    retry_after=wait,
                )
            hits.append(now)
            if len(self._hits) > MAX_KEYS:
                self._forget_idle(now)

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[key]


@dataclass
class PortalLimits:
    """Per-action windows; per address first (cheap), per identity once it is known."""

    posts_per_address: SlidingWindow = field(default_factory=lambda: SlidingWindow(10, 60))
    posts_per_person: SlidingWindow = field(default_factory=lambda: SlidingWindow(5, 60))
    actions_per_address: SlidingWindow = field(default_factory=lambda: SlidingWindow(60, 60))
    actions_per_person: SlidingWindow = field(default_factory=lambda: SlidingWindow(30, 60))
    suggestions_per_address: SlidingWindow = field(default_factory=lambda: SlidingWindow(300, 60))
    mails_per_address: SlidingWindow = field(default_factory=lambda: SlidingWindow(5, 600))
    mails_per_person: SlidingWindow = field(default_factory=lambda: SlidingWindow(3, 600))
