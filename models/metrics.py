"""Product metrics and requesters' verdicts (issue 18): the types the API, the CLI, the
drafter and the check-ins share. Tables live in `models.metrics_tables`."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from models.schemas import Schema

METRIC_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
BASELINE_WEEKS = 8  # a baseline is the median of at least this many weekly values
MAX_POINTS = 5000  # per request or file: a year of hourly values fits in a few requests
REASK_DAYS = 30  # asking again this soon after shipping means it did not solve it


class Better(StrEnum):
    """Which way a metric should move to be better."""

    up = "up"
    down = "down"


class Verdict(StrEnum):
    """A requester's answer to "Did it solve it?" in the ship e-mail."""

    solved = "solved"
    not_yet = "not_yet"
    not_for_me = "not_for_me"


VERDICT_LABELS = {
    Verdict.solved: "Solved it",
    Verdict.not_yet: "Not yet",
    Verdict.not_for_me: "Not for me",
}


class MetricPoint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    at: date | datetime = Field(description="The day (or moment, UTC) the value is for.")
    value: float = Field(allow_inf_nan=False)


MetricName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class MetricPointsCreate(Schema):
    """`POST /api/v1/metrics/{key}/points`: values from the team's analytics."""

    model_config = ConfigDict(extra="forbid")

    points: list[MetricPoint] = Field(min_length=1, max_length=MAX_POINTS)
    name: MetricName | None = Field(
        default=None, description="How people read the metric; default: the key."
    )
    unit: str | None = Field(default=None, max_length=20, description='e.g. "%", "count", "s"')
    better: Better | None = Field(
        default=None, description="Which way is better: up (default) or down."
    )


class MetricBaseline(Schema):
    """A robust starting value: the median of weekly values, with the window it covers."""

    value: float
    weeks: int
    starts_on: date
    ends_on: date
    statistic: str = "median of weekly means"

    @property
    def window(self) -> str:
        return f"{self.starts_on.isoformat()}..{self.ends_on.isoformat()}"


class MetricRead(Schema):
    key: str
    name: str
    unit: str | None
    better: Better
    points: int
    first_on: date | None
    last_on: date | None
    baseline: MetricBaseline | None = Field(
        default=None, description=f"None until {BASELINE_WEEKS} weeks have values."
    )


class MetricImportResult(Schema):
    key: str
    received: int
    stored: int = Field(description="New points; a repeated day or moment replaces its value.")
    metric: MetricRead


class MetricList(Schema):
    metrics: list[MetricRead]


class ProductMetric(BaseModel):
    """A pushed metric as the drafter sees it: what it measures and its robust baseline."""

    key: str
    name: str
    unit: str | None = None
    better: Better = Better.up
    baseline: MetricBaseline


class VerdictCounts(Schema):
    """Answers to "Did it solve it?" for one idea (its merged ideas included)."""

    solved: int = 0
    not_yet: int = 0
    not_for_me: int = 0
    requesters: int = Field(default=0, description="People behind the idea.")
    reasks: int = Field(
        default=0,
        description=f"Requesters who raised it again within {REASK_DAYS} days of shipping.",
    )

    @property
    def answered(self) -> int:
        return self.solved + self.not_yet + self.not_for_me
