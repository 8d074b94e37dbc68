"""Failed attempts per client (an address, or an e-mail being signed in to): after LIMIT
failures within WINDOW seconds the client is refused with 429 until the oldest failure ages
out, so keys and passwords cannot be guessed at speed. Kept in the process, as a first line;
a proxy in front of several processes should limit too."""

from __future__ import annotations

import threading
import time
from collections import deque

from service.core.errors import TooManyRequests

LIMIT = 20
WINDOW_SECONDS = 60.0


class FailedKeyThrottle:
    def __init__(
        self,
        limit: int = LIMIT,
        window: float = WINDOW_SECONDS,
        *,
        what: str = "failed API keys from this address",
        code: str = "too_many_failed_keys",
    ) -> None:
        self.limit = limit
        self.window = window
        self.what = what
        self.code = code
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        """Raise TooManyRequests while the client has used up its failures."""
        with self._lock:
            recent = self._recent(client)
            if len(recent) >= self.limit:
                wait = int(recent[0] + self.window - time.monotonic()) + 1
                raise TooManyRequests(
                    f"Too many {self.what}; try again in {_duration(wait)}.",
                    code=self.code,
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


def _duration(seconds: int) -> str:
    return f"{seconds} s" if seconds < 120 else f"{(seconds + 59) // 60} minutes"


class SignInThrottle:
    """Failed sign-ins counted per address and per e-mail: one address cannot try many
    passwords, and many addresses together cannot try many passwords for one person."""

    def __init__(
        self,
        per_address: int = 20,
        per_email: int = 8,
        window: float = 15 * 60.0,
    ) -> None:
        self.by_address = FailedKeyThrottle(
            per_address, window, what="failed sign-ins from this address", code="too_many_sign_ins"
        )
        self.by_email = FailedKeyThrottle(
            per_email, window, what="failed sign-ins for this e-mail", code="too_many_sign_ins"
        )

    def check(self, address: str, email: str) -> None:
        self.by_address.check(address)
        if email:
            self.by_email.check(email.strip().lower())

    def failed(self, address: str, email: str) -> None:
        self.by_address.failed(address)
        if email:
            self.by_email.failed(email.strip().lower())
