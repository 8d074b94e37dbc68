"""Background work: re-clustering as a job, and job status."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, status

from models.db import unit_of_work
from models.schemas import Schema
from service.core.errors import NotFound
from service.core.jobs import create_job, get_job, live_progress
from service.http.deps import ContextDep, ReaderWorkspaceDep, SessionDep

router = APIRouter(tags=["jobs"])


class JobRead(Schema):
    id: int
    kind: str
    status: str
    progress: float
    stage: str
    result: dict[str, Any]
    error: str | None
    created_at: datetime
    updated_at: datetime


@router.post("/ideas:recluster", response_model=JobRead, status_code=status.HTTP_202_ACCEPTED)
def recluster_ideas(workspace: ReaderWorkspaceDep, context: ContextDep, seed: int = 0) -> JobRead:
    """Queue re-clustering of the workspace; a worker process (or this server's own) claims
    it. Poll `GET /api/v1/jobs/{id}` for progress."""
    with unit_of_work(context.factory) as session:
        job = create_job(session, workspace.id, "recluster", {"seed": seed})
        return JobRead.model_validate(job)


@router.get("/jobs/{job_id}", response_model=JobRead)
def read_job(job_id: int, workspace: ReaderWorkspaceDep, session: SessionDep) -> JobRead:
    job = get_job(session, workspace.id, job_id)
    if job is None:
        raise NotFound(f"No job {job_id} in this workspace.", code="job_not_found")
    read = JobRead.model_validate(job)
    live = live_progress(job_id)
    if live is not None and read.status == "running":
        read.stage, read.progress = live
    return read
