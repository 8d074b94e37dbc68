"""The background loop that keeps the change feed short (`change_store.prune`).

Every live process applies the feed each time it decides for a workspace, so it needs only the
changes since its last decision there. Rows older than the retention window, beyond each
workspace's newest `keep`, are deleted; a process idle on a workspace for longer than that
rebuilds its index from the database on its next use instead of replaying (the gap in the
feed's numbers tells it). Deleting the same rows twice is harmless, so every worker runs it
without a claim."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.tables import utcnow
from service.core import change_store
from service.core.loop_thread import LoopOwner, LoopThread

log = logging.getLogger(__name__)


class ChangePruner(LoopOwner):
    """run_once() prunes now; start()/stop() prune every `every` seconds in a daemon thread."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        retention_seconds: float,
        keep: int,
        every: float,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.factory = factory
        self.retention = timedelta(seconds=retention_seconds)
        self.keep = keep
        self.every = every
        self.clock = clock
        self._loop = LoopThread("throughline-change-pruner", self.run_forever)

    def run_once(self) -> int:
        """Delete what no process needs to replay any more; how many rows went."""
        with unit_of_work(self.factory) as session:
            removed = change_store.prune(session, self.clock() - self.retention, self.keep)
        if removed:
            log.info("change feed pruned rows=%d", removed)
        return removed

    def run_forever(self) -> None:
        while not self._loop.stopping.is_set():
            try:
                self.run_once()
            except Exception:  # the database may be briefly away: log and try next round
                log.exception("change feed pruning failed")
            self._loop.stopping.wait(self.every)
