"""Background jobs: a row per job that clients poll, claimed and run by any worker process.

A job is queued by the API and claimed by a `JobRunner` (inside `throughline serve`, or in
`throughline worker` processes) with a lease of a few seconds that a heartbeat renews while
it runs. A worker killed mid-job stops renewing; within a lease another runner takes the job
again (its transaction died with the worker, so nothing half-done remains), and a job that
lost its worker MAX_ATTEMPTS times is marked failed instead of tried forever.

Progress is published on the row by the heartbeat, and kept in memory for the process that
runs it (SQLite: the job's own transaction may hold the single write lock until it ends).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.tables import Job, utcnow
from service.core import job_store
from service.core.heartbeat import heartbeat, worker_name
from service.core.loop_thread import LoopOwner, LoopThread

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
MAX_ATTEMPTS = 2  # claims of one job: the first run and one resumption after a lost worker
UPLOAD_JOB = "upload"  # a file a PM uploaded in the browser, imported by a worker


@dataclass(frozen=True)
class ClaimedJob:
    """What a handler gets: the job's identity and its parameters."""

    id: int
    workspace_id: int
    kind: str
    params: dict[str, Any] = field(default_factory=dict)


JobHandler = Callable[[ClaimedJob, Progress], dict[str, Any]]


def create_job(
    session: Session, workspace_id: int, kind: str, params: dict[str, Any] | None = None
) -> Job:
    job = Job(workspace_id=workspace_id, kind=kind, params=params or {})
    session.add(job)
    session.flush()
    return job


_live: dict[int, tuple[str, float]] = {}


def get_job(session: Session, workspace_id: int, job_id: int) -> Job | None:
    job = session.get(Job, job_id)
    return job if job is not None and job.workspace_id == workspace_id else None


def live_progress(job_id: int) -> tuple[str, float] | None:
    """(stage, fraction) of a job running in this process, if it is."""
    return _live.get(job_id)


class JobRunner(LoopOwner):
    """Claims and runs jobs one at a time: run_once() for one, start()/stop() for a thread."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        handlers: dict[str, JobHandler],
        *,
        lease_seconds: float = 10.0,
        poll_seconds: float = 1.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.factory = factory
        self.handlers = handlers
        self.lease = timedelta(seconds=lease_seconds)
        self.poll_seconds = poll_seconds
        self.clock = clock
        self.worker = worker_name()
        self._running: set[int] = set()  # never re-claimed by this process while it runs
        self._loop = LoopThread("throughline-jobs", self.run_forever)
        self._stop = self._loop.stopping

    def run_once(self) -> bool:
        """Claim one due job and run it to its end; False when none was due."""
        now = self.clock()
        with unit_of_work(self.factory) as session:
            job = job_store.claim(
                session, self.worker, now, now + self.lease, self._running, list(self.handlers)
            )
            if job is None:
                return False
            claimed = ClaimedJob(job.id, job.workspace_id, job.kind, dict(job.params or {}))
            attempts = job.attempts
        if attempts > MAX_ATTEMPTS:
            log.warning("job abandoned id=%s attempts=%s", claimed.id, attempts)
            self._finish(claimed.id, status=job_store.FAILED, error=_ABANDONED)
            return True
        self._run(claimed)
        return True

    def _run(self, job: ClaimedJob) -> None:
        log.info("job started id=%s kind=%s worker=%s", job.id, job.kind, self.worker)
        self._running.add(job.id)
        _live[job.id] = ("starting", 0.0)

        def progress(stage: str, fraction: float) -> None:
            _live[job.id] = (stage, round(min(max(fraction, 0.0), 1.0), 3))

        def renew() -> None:
            stage, fraction = _live.get(job.id, ("", 0.0))
            with unit_of_work(self.factory) as session:
                until = self.clock() + self.lease
                if not job_store.renew(session, job.id, self.worker, until, stage, fraction):
                    log.warning("job claim lost id=%s worker=%s", job.id, self.worker)

        try:
            with heartbeat(renew, self.lease.total_seconds() / 3, f"job-{job.id}"):
                result = self.handlers[job.kind](job, progress)
        except Exception as exc:  # a failed job is reported on its row, never lost in a thread
            log.exception("job failed id=%s", job.id)
            self._finish(job.id, status=job_store.FAILED, error=f"{type(exc).__name__}: {exc}")
            return
        finally:
            _live.pop(job.id, None)
            self._running.discard(job.id)
        self._finish(job.id, status=job_store.DONE, progress=1.0, stage="done", result=result)
        log.info("job done id=%s", job.id)

    def _finish(self, job_id: int, **values: Any) -> None:
        with unit_of_work(self.factory) as session:
            if not job_store.finish(session, job_id, self.worker, **values):
                log.warning("job outcome dropped id=%s: claimed by another worker", job_id)

    def run_forever(self) -> None:
        """Job after job; when none is due, wait poll_seconds; until stop()."""
        while not self._stop.is_set():
            try:
                ran = self.run_once()
            except Exception:  # the database may be briefly away: log and poll again
                log.exception("job claim failed")
                ran = False
            if not ran:
                self._stop.wait(self.poll_seconds)


_ABANDONED = "The worker running this job stopped before it finished, more than once."
