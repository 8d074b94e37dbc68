"""Background jobs in the server process: a row per job that clients poll for progress.

Progress of a running job is kept in memory, not written to its row: the job's own transaction
may hold SQLite's single write lock until it finishes. The row gets the start and the outcome.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from models.db import unit_of_work
from models.tables import Job

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
JobBody = Callable[[Progress], dict[str, Any]]


def create_job(session: Session, workspace_id: int, kind: str) -> Job:
    job = Job(workspace_id=workspace_id, kind=kind)
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


def _set_on_row(factory: sessionmaker[Session], job_id: int, **values: Any) -> None:
    """The job runner is an edge: start and outcome each commit in a unit of work of their own."""
    with unit_of_work(factory) as session:
        job = session.get(Job, job_id)
        if job is not None:
            for name, value in values.items():
                setattr(job, name, value)


def run_job(factory: sessionmaker[Session], job_id: int, body: JobBody) -> None:
    """Run body, recording its progress, result or error on the job row."""
    _set_on_row(factory, job_id, status="running")

    def progress(stage: str, fraction: float) -> None:
        _live[job_id] = (stage, round(min(max(fraction, 0.0), 1.0), 3))

    try:
        result = body(progress)
    except Exception as exc:  # a failed job is reported on its row, never lost in a thread
        log.exception("job failed id=%s", job_id)
        _set_on_row(factory, job_id, status="failed", error=f"{type(exc).__name__}: {exc}")
        return
    finally:
        _live.pop(job_id, None)
    _set_on_row(factory, job_id, status="done", progress=1.0, stage="done", result=result)


def start_job(factory: sessionmaker[Session], job_id: int, body: JobBody) -> threading.Thread:
    thread = threading.Thread(target=run_job, args=(factory, job_id, body), daemon=True)
    thread.start()
    return thread
