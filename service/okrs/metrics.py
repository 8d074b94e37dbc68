"""Product metrics pushed from the team's analytics: store points, read robust baselines, and
measure KRs bound to them. The API, the CSV import and the CLI all go through here."""

from __future__ import annotations

import csv
import io
import statistics
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from models.metrics import (
    BASELINE_WEEKS,
    MAX_POINTS,
    METRIC_KEY,
    Better,
    MetricBaseline,
    MetricImportResult,
    MetricPoint,
    MetricPointsCreate,
    MetricRead,
    ProductMetric,
)
from models.metrics_tables import Metric, MetricPointRow
from service.core.errors import InvalidInput, NotFound
from service.okrs import metrics_store as store

BASELINE_SPAN_WEEKS = 13  # a baseline looks back one quarter at most
KEY_COLUMNS = ("metric", "key")
DAY_COLUMNS = ("date", "day", "at", "timestamp", "week")


def check_key(key: str) -> str:
    key = key.strip().lower()
    if not METRIC_KEY.match(key):
        raise InvalidInput(
            f"Metric key {key!r} is not valid: use 1-80 lowercase letters, digits, '.', '_', '-'.",
            code="invalid_metric_key",
        )
    return key


def moment(at: date | datetime) -> datetime:
    """A day is its midnight UTC; a naive moment is taken as UTC."""
    if isinstance(at, datetime):
        return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
    return datetime.combine(at, time(), tzinfo=UTC)


def find_metric(session: Session, workspace_id: int, key: str) -> Metric:
    metric = store.get_metric(session, workspace_id, check_key(key))
    if metric is None:
        raise NotFound(f"No metric {key!r} in this workspace.", code="metric_not_found")
    return metric


def push_points(
    session: Session, workspace_id: int, key: str, body: MetricPointsCreate
) -> MetricImportResult:
    """Store a batch of points; the metric is created on first use. Idempotent per moment."""
    key = check_key(key)
    metric = store.get_metric(session, workspace_id, key)
    if metric is None:
        metric = Metric(
            workspace_id=workspace_id,
            key=key,
            name=body.name or key,
            unit=body.unit,
            better=(body.better or Better.up).value,
        )
        session.add(metric)
        session.flush()
    else:
        metric.name = body.name or metric.name
        metric.unit = body.unit or metric.unit
        metric.better = (body.better or Better(metric.better)).value
    latest: dict[datetime, float] = {}
    for point in body.points:
        latest[moment(point.at)] = point.value  # the last value for a moment wins
    stored = store.existing_moments(session, metric.id, list(latest))
    new = 0
    for at, value in latest.items():
        if at in stored:
            stored[at].value = value
        else:
            session.add(MetricPointRow(metric_id=metric.id, at=at, value=value))
            new += 1
    session.flush()
    return MetricImportResult(
        key=key, received=len(body.points), stored=new, metric=read_metric(session, metric)
    )


def weekly_means(values: list[tuple[datetime, float]], end: date) -> dict[int, float]:
    """Mean value per week back from `end` (week 0 ends on `end`), weeks with points only."""
    weeks: dict[int, list[float]] = defaultdict(list)
    for at, value in values:
        back = (end - at.date()).days
        if back >= 0:
            weeks[back // 7].append(value)
    return {week: statistics.fmean(v) for week, v in weeks.items()}


def baseline(session: Session, metric: Metric, as_of: date) -> MetricBaseline | None:
    """The median of weekly means over the last quarter, once 8+ weeks have values: a surge
    week moves a median far less than a mean or the latest value."""
    until = moment(as_of) + timedelta(days=1) - timedelta(microseconds=1)
    since = moment(as_of) - timedelta(weeks=BASELINE_SPAN_WEEKS)
    weeks = weekly_means(store.points(session, metric.id, until=until, since=since), as_of)
    if len(weeks) < BASELINE_WEEKS:
        return None
    oldest = max(weeks)
    return MetricBaseline(
        value=round(statistics.median(weeks.values()), 4),
        weeks=len(weeks),
        starts_on=as_of - timedelta(days=7 * oldest + 6),
        ends_on=as_of,
    )


def read_metric(session: Session, metric: Metric, as_of: date | None = None) -> MetricRead:
    count, first, last = store.span(session, metric.id)
    day = as_of or (last.date() if last else datetime.now(UTC).date())
    return MetricRead(
        key=metric.key,
        name=metric.name,
        unit=metric.unit,
        better=Better(metric.better),
        points=count,
        first_on=first.date() if first else None,
        last_on=last.date() if last else None,
        baseline=baseline(session, metric, day) if count else None,
    )


def list_metrics(session: Session, workspace_id: int) -> list[MetricRead]:
    return [read_metric(session, m) for m in store.list_metrics(session, workspace_id)]


def product_metrics(session: Session, workspace_id: int, as_of: date) -> list[ProductMetric]:
    """The drafter's view: every pushed metric that has a robust baseline as of `as_of`."""
    out = []
    for metric in store.list_metrics(session, workspace_id):
        base = baseline(session, metric, as_of)
        if base is not None:
            out.append(
                ProductMetric(
                    key=metric.key,
                    name=metric.name,
                    unit=metric.unit,
                    better=Better(metric.better),
                    baseline=base,
                )
            )
    return out


def value_on(
    session: Session, workspace_id: int, key: str, day: date, window_days: int
) -> float | None:
    """A bound KR's value on `day`: the mean of the points in the window ending that day."""
    metric = store.get_metric(session, workspace_id, key)
    if metric is None:
        return None
    until = moment(day) + timedelta(days=1) - timedelta(microseconds=1)
    values = store.points(session, metric.id, until=until, since=until - timedelta(window_days))
    return round(statistics.fmean(v for _, v in values), 6) if values else None


def parse_csv(text: str, key: str | None = None) -> dict[str, list[MetricPoint]]:
    """Points by metric key from CSV: a date column and a value column, plus a `metric`
    column unless one `key` is given for the whole file."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    columns = {c.strip().lower(): c for c in reader.fieldnames or []}
    day_col = next((columns[c] for c in DAY_COLUMNS if c in columns), None)
    key_col = next((columns[c] for c in KEY_COLUMNS if c in columns), None)
    if day_col is None or "value" not in columns or (key_col is None and key is None):
        raise InvalidInput(
            "The CSV needs a 'date' and a 'value' column, and a 'metric' column unless a key "
            "is given.",
            code="invalid_metric_csv",
        )
    out: dict[str, list[MetricPoint]] = defaultdict(list)
    for line, row in enumerate(reader, start=2):
        name = check_key(key if key is not None else (row.get(key_col or "") or ""))
        try:
            point = MetricPoint.model_validate(
                {"at": (row[day_col] or "").strip(), "value": (row[columns["value"]] or "").strip()}
            )
        except ValueError:
            raise InvalidInput(
                f"Line {line}: {row[day_col]!r}, {row[columns['value']]!r} is not a date and a "
                "number.",
                code="invalid_metric_csv",
            ) from None
        out[name].append(point)
        if sum(len(v) for v in out.values()) > MAX_POINTS:
            raise InvalidInput(
                f"At most {MAX_POINTS} points per file; split it.", code="too_many_points"
            )
    if not out:
        raise InvalidInput("The CSV has no points.", code="invalid_metric_csv")
    return dict(out)


def import_csv(
    session: Session, workspace_id: int, text: str, key: str | None = None
) -> list[MetricImportResult]:
    """Push every metric of a CSV file (the browser-free way for a team's exports)."""
    return [
        push_points(session, workspace_id, name, MetricPointsCreate(points=points))
        for name, points in parse_csv(text, key).items()
    ]
