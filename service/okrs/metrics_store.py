"""SQL for product metrics pushed from analytics: the series and their points."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.metrics_tables import Metric, MetricPointRow


def get_metric(session: Session, workspace_id: int, key: str) -> Metric | None:
    return session.scalars(
        select(Metric).where(Metric.workspace_id == workspace_id, Metric.key == key)
    ).one_or_none()


def list_metrics(session: Session, workspace_id: int) -> list[Metric]:
    return list(
        session.scalars(
            select(Metric).where(Metric.workspace_id == workspace_id).order_by(Metric.key)
        )
    )


def existing_moments(session: Session, metric_id: int, moments: list[datetime]) -> dict:
    """The stored points among `moments`, by moment, so a repeat replaces instead of adding."""
    if not moments:
        return {}
    rows = session.scalars(
        select(MetricPointRow).where(
            MetricPointRow.metric_id == metric_id, MetricPointRow.at.in_(moments)
        )
    )
    return {row.at: row for row in rows}


def points(
    session: Session, metric_id: int, until: datetime | None = None, since: datetime | None = None
) -> list[tuple[datetime, float]]:
    """(moment, value) pairs in time order, within [since, until] when given."""
    query = select(MetricPointRow.at, MetricPointRow.value).where(
        MetricPointRow.metric_id == metric_id
    )
    if until is not None:
        query = query.where(MetricPointRow.at <= until)
    if since is not None:
        query = query.where(MetricPointRow.at > since)
    return [(at, value) for at, value in session.execute(query.order_by(MetricPointRow.at))]


def span(session: Session, metric_id: int) -> tuple[int, datetime | None, datetime | None]:
    """How many points a metric has, and its first and last moment."""
    count, first, last = session.execute(
        select(
            func.count(MetricPointRow.id), func.min(MetricPointRow.at), func.max(MetricPointRow.at)
        ).where(MetricPointRow.metric_id == metric_id)
    ).one()
    return int(count), first, last
