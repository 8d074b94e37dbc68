"""Product metrics over HTTP: push points from analytics (JSON or CSV), read series with their
robust baselines; and the requesters' verdicts on an idea."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from models.metrics import (
    MetricImportResult,
    MetricList,
    MetricPointsCreate,
    MetricRead,
    VerdictCounts,
)
from service.core.errors import InvalidInput
from service.http.deps import ReaderWorkspaceDep, SessionDep, WorkspaceDep
from service.notify import verdicts
from service.okrs import checkins, metrics

router = APIRouter(tags=["metrics"])

CSV_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "text/csv": {
                "schema": {"type": "string"},
                "example": "metric,date,value\nsso-weekly-use,2026-11-02,0.31\n",
            }
        },
    }
}


@router.post(
    "/metrics/{key}/points",
    response_model=MetricImportResult,
    status_code=status.HTTP_201_CREATED,
)
def push_points(
    key: str, body: MetricPointsCreate, workspace: WorkspaceDep, session: SessionDep
) -> MetricImportResult:
    """Store values of a metric (created on first push); a repeated day replaces its value.
    KRs bound to the metric are re-measured at once. Ingest keys may push."""
    result = metrics.push_points(session, workspace.id, key, body)
    checkins.follow(session, workspace.id, metric_key=result.key)
    return result


@router.post(
    "/metrics/import",
    response_model=list[MetricImportResult],
    status_code=status.HTTP_201_CREATED,
    openapi_extra=CSV_BODY,
)
async def import_csv(
    request: Request,
    workspace: WorkspaceDep,
    session: SessionDep,
    key: Annotated[
        str | None, Query(description="The metric for every row, when there is no metric column.")
    ] = None,
) -> list[MetricImportResult]:
    """CSV with `date` and `value` columns and a `metric` column (or `?key=`)."""
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("The CSV is not UTF-8.", code="invalid_metric_csv") from None
    results = metrics.import_csv(session, workspace.id, text, key)
    for result in results:
        checkins.follow(session, workspace.id, metric_key=result.key)
    return results


@router.get("/metrics", response_model=MetricList)
def list_metrics(workspace: ReaderWorkspaceDep, session: SessionDep) -> MetricList:
    """Every pushed metric with its point count, span and baseline (median of weekly means)."""
    return MetricList(metrics=metrics.list_metrics(session, workspace.id))


@router.get("/metrics/{key}", response_model=MetricRead)
def read_metric(key: str, workspace: ReaderWorkspaceDep, session: SessionDep) -> MetricRead:
    return metrics.read_metric(session, metrics.find_metric(session, workspace.id, key))


@router.get("/ideas/{idea_id}/verdicts", response_model=VerdictCounts)
def idea_verdicts(
    idea_id: int, workspace: ReaderWorkspaceDep, session: SessionDep
) -> VerdictCounts:
    """Answers to the ship e-mail's "Did it solve it?" and re-asks after shipping."""
    return verdicts.summary(session, workspace.id, idea_id)
