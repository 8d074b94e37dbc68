"""Job rows claimed with a lease: `FOR UPDATE SKIP LOCKED` on PostgreSQL, so many worker
processes take different jobs; SQLite runs the same statements under its one writer lock."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from models.tables import Job

QUEUED = "queued"
RUNNING = "running"
DONE = "done"
FAILED = "failed"


def claim(
    session: Session,
    worker: str,
    now: datetime,
    lease_until: datetime,
    skip: set[int],
    kinds: list[str],
) -> Job | None:
    """Take the oldest queued job, or a running one whose lease lapsed (its worker died)."""
    query = (
        select(Job)
        .where(
            Job.kind.in_(kinds),
            or_(Job.status == QUEUED, (Job.status == RUNNING) & (Job.lease_until < now)),
        )
        .order_by(Job.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if skip:
        query = query.where(Job.id.not_in(skip))
    job = session.scalar(query)
    if job is None:
        return None
    job.status, job.claimed_by, job.lease_until = RUNNING, worker, lease_until
    job.attempts += 1
    session.flush()
    return job


def renew(
    session: Session, job_id: int, worker: str, lease_until: datetime, stage: str, progress: float
) -> bool:
    """Extend the claim and publish progress; False when the job is no longer ours."""
    result = session.execute(
        update(Job)
        .where(Job.id == job_id, Job.claimed_by == worker, Job.status == RUNNING)
        .values(lease_until=lease_until, stage=stage, progress=progress)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def finish(session: Session, job_id: int, worker: str, **values: Any) -> bool:
    """Record the outcome, if the claim is still this worker's."""
    result = session.execute(
        update(Job)
        .where(Job.id == job_id, Job.claimed_by == worker, Job.status == RUNNING)
        .values(lease_until=None, **values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
