"""The background role: re-clustering and naming jobs, notification delivery, PM digests,
and pruning the change feed.

`throughline worker` runs it in processes of its own (as many as wanted: jobs and deliveries
are claimed with leases, so each is done by one of them); `throughline serve` runs it inside
the API process too unless told not to (THROUGHLINE_BACKGROUND=false, or `--workers N`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from models.db import unit_of_work
from models.tables import Workspace
from service.alerts.scheduler import DigestScheduler
from service.context import AppContext
from service.core.change_pruner import ChangePruner
from service.core.errors import NotFound
from service.core.jobs import UPLOAD_JOB, ClaimedJob, JobHandler, JobRunner, Progress
from service.ideas.names import llm_namer, rename_with_llm
from service.intake import upload
from service.notify.worker import DeliveryWorker

log = logging.getLogger(__name__)

RECLUSTER = "recluster"


def recluster_job(context: AppContext) -> JobHandler:
    """Re-cluster the workspace, then let the LLM name the biggest ideas when one is set."""

    def run(job: ClaimedJob, progress: Progress) -> dict[str, Any]:
        namer = llm_namer(context.settings)
        share = 0.9 if namer else 1.0  # of the progress bar, before the LLM names ideas
        summary = context.recluster(
            job.workspace_id,
            seed=int(job.params.get("seed", 0)),
            progress=lambda s, f: progress(s, f * share),
        )
        result = summary.as_dict()
        if namer is not None:
            progress("naming ideas with the LLM", share)
            result["llm_named"] = rename_with_llm(context.factory, job.workspace_id, namer)
        return result

    return run


def upload_job(context: AppContext) -> JobHandler:
    """Import a file a PM uploaded, through the ingest path (the file is in the data folder,
    which the API process and this worker share)."""

    def run(job: ClaimedJob, progress: Progress) -> dict[str, Any]:
        with unit_of_work(context.factory) as session:
            workspace = session.get(Workspace, job.workspace_id)
            if workspace is None:
                raise NotFound("The workspace no longer exists.")
            session.expunge(workspace)
        params = job.params
        return upload.import_upload(
            context.factory,
            context.ingestor,
            workspace,
            Path(params["path"]),
            dict(params["mapping"]),
            str(params["source"]),
            progress,
        )

    return run


class Background:
    """The job runner and the delivery worker of one process, started and stopped together."""

    def __init__(self, context: AppContext, *, jobs: bool = True, delivery: bool = True) -> None:
        settings = context.settings
        self.jobs = (
            JobRunner(
                context.factory,
                {RECLUSTER: recluster_job(context), UPLOAD_JOB: upload_job(context)},
                lease_seconds=settings.lease_seconds,
                poll_seconds=settings.job_poll_seconds,
            )
            if jobs
            else None
        )
        # The change feed is pruned with the jobs: by every worker that runs them.
        self.pruner = (
            ChangePruner(
                context.factory,
                retention_seconds=settings.change_retention_seconds,
                keep=settings.change_keep,
                every=settings.change_prune_seconds,
            )
            if jobs
            else None
        )
        self.delivery = DeliveryWorker(context) if delivery else None
        # The PM digests go out with the deliveries: each period claimed by one process.
        self.digests = DigestScheduler(context.factory, settings) if delivery else None

    def start(self) -> None:
        if self.jobs is not None:
            self.jobs.start()
        if self.pruner is not None:
            self.pruner.start()
        if self.delivery is not None:
            self.delivery.start()
        if self.digests is not None:
            self.digests.start()

    def request_stop(self) -> None:
        if self.jobs is not None:
            self.jobs.request_stop()
        if self.pruner is not None:
            self.pruner.request_stop()
        if self.delivery is not None:
            self.delivery.request_stop()
        if self.digests is not None:
            self.digests.request_stop()

    def stop(self) -> None:
        """Finish the job and the message in flight; the rest wait in their tables."""
        if self.digests is not None:
            self.digests.stop()
        if self.delivery is not None:
            self.delivery.stop()
        if self.pruner is not None:
            self.pruner.stop()
        if self.jobs is not None:
            self.jobs.stop()
