"""OKR types shared by the drafter, the critic, the API and the CLI.

Finding codes and their severities are the public interface of `drafting/RULES.md`:
never rename a code.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field


class Severity(StrEnum):
    block = "block"  # the draft is not acceptable as written
    warn = "warn"  # a person should look


class FindingCode(StrEnum):
    # key result rules
    not_measurable = "not_measurable"
    task_not_outcome = "task_not_outcome"
    missing_baseline = "missing_baseline"
    missing_target = "missing_target"
    missing_deadline = "missing_deadline"
    kpi_not_okr = "kpi_not_okr"
    wrong_direction = "wrong_direction"
    unrealistic_target = "unrealistic_target"
    sandbagging = "sandbagging"
    unsourced_baseline = "unsourced_baseline"
    vanity_metric = "vanity_metric"
    output_metric = "output_metric"
    perverse_target = "perverse_target"
    # objective rules
    quantitative_objective = "quantitative_objective"
    vague_objective = "vague_objective"
    task_objective = "task_objective"
    # set rules
    too_many_objectives = "too_many_objectives"
    kr_count = "kr_count"
    no_owner = "no_owner"
    no_evidence = "no_evidence"
    duplicate_kr = "duplicate_kr"


_BLOCKING = {
    FindingCode.not_measurable,
    FindingCode.task_not_outcome,
    FindingCode.missing_target,
    FindingCode.wrong_direction,
    FindingCode.output_metric,
    FindingCode.perverse_target,
    FindingCode.quantitative_objective,
    FindingCode.vague_objective,
    FindingCode.task_objective,
}

SEVERITY: dict[FindingCode, Severity] = {
    code: Severity.block if code in _BLOCKING else Severity.warn for code in FindingCode
}


class Finding(BaseModel):
    """One broken rule, pointing at the offending words so a UI can underline them."""

    code: FindingCode
    severity: Severity
    message: str
    span: tuple[int, int] | None = Field(
        default=None, description="[start, end) character offsets into the linted text."
    )
    suggestion: str = Field(description="A one-line fix.")
    objective_index: int | None = Field(
        default=None, description="Which objective of a set (lint_set only)."
    )
    kr_index: int | None = Field(
        default=None, description="Which key result of that objective (lint_set only)."
    )


class Direction(StrEnum):
    increase = "increase"
    decrease = "decrease"
    reach = "reach"
    stay = "stay"


class Evidence(BaseModel):
    """A feedback idea a drafted KR comes from, with the demand figures that justify it."""

    idea_id: int
    title: str
    figures: dict[str, float] = Field(default_factory=dict)


class KeyResult(BaseModel):
    text: str
    metric: str | None = None
    direction: Direction | None = None
    baseline: float | None = None
    target: float | None = None
    unit: str | None = Field(default=None, description='e.g. "%", "$", "s", "ms", "count", "/5"')
    relative_change: float | None = Field(
        default=None, description='-0.5 for "halve", 0.3 for "by 30%"'
    )
    absolute_change: float | None = Field(
        default=None, description='-5 for "by 5 points" on a decrease; in the unit above'
    )
    period: str | None = Field(default=None, description='"month" for "260 a month"')
    deadline: str | None = None
    owner: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    baseline_source: str | None = Field(
        default=None, description='Where the baseline was measured, or "unknown".'
    )
    baseline_window: str | None = Field(
        default=None,
        description='The period the baseline was measured over: "2026-10-26..2026-12-20".',
    )
    measured_by: dict[str, Any] | None = Field(
        default=None,
        description="For a drafted KR: the metric binding (models.cycles.MetricBinding) that "
        "measures it once its draft is accepted into a cycle.",
    )
    measurement_plan: str | None = Field(
        default=None,
        description="When Throughline holds no data for a baseline: how and by when it will be "
        "measured (the KR then states no baseline rather than an invented one).",
    )


class Objective(BaseModel):
    title: str
    owner: str | None = None
    key_results: list[KeyResult] = Field(default_factory=list)
    parent_id: int | None = None


class OkrSet(BaseModel):
    objectives: list[Objective] = Field(default_factory=list)
    cycle: str | None = Field(default=None, description='e.g. "2027-Q2"; KRs inherit its end.')


_CYCLE_NAME = re.compile(r"^(\d{4})-Q([1-4])$")


def cycle_dates(name: str) -> tuple[date, date]:
    """First and last day of a quarter cycle named like "2027-Q1".

    Raises:
        ValueError: when the name is not YEAR-Qn.
    """
    match = _CYCLE_NAME.match(name.strip())
    if not match:
        raise ValueError(f"cycle {name!r} is not like 2027-Q1")
    year, quarter = int(match.group(1)), int(match.group(2))
    start = date(year, 3 * quarter - 2, 1)
    following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, following - timedelta(days=1)
