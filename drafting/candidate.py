"""One KR candidate (`Measure`): a metric with its measured baseline, or a plan to measure it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from models.okr import Direction, Evidence, KeyResult

VOLUME_KINDS = frozenset({"weekly_items", "monthly_items"})


@dataclass
class Measure:
    """One measurable KR candidate for a theme.

    `baseline` is None only with a `plan`: Throughline holds no data for it yet, and the plan
    says how and by when it will be measured. `template` words outcome KRs: "{b}" and "{t}"
    stand for the formatted baseline and target.
    """

    id: str
    kind: str
    theme_key: str
    label: str
    metric: str
    unit: str
    period: str | None
    baseline: float | None
    target: float
    source: str
    evidence: list[Evidence] = field(default_factory=list)
    direction: Direction = Direction.decrease
    window: str | None = None
    plan: str | None = None
    template: str | None = None
    binding: dict[str, Any] | None = None  # how a cycle measures it (models.cycles.MetricBinding)

    @property
    def from_volume(self) -> bool:
        """Derived from how much feedback arrives (the guard KR), not from an outcome."""
        return self.kind in VOLUME_KINDS

    def sentence(self, target: float | None = None) -> str:
        """The KR as a person would write it, from the measured baseline to a target."""
        b = "" if self.baseline is None else fmt(self.baseline, self.unit)
        t = fmt(self.target if target is None else target, self.unit)
        if self.template is not None:
            return self.template.format(b=b, t=t)
        if self.kind == "weekly_items":
            return f"Cut feedback items about {self.label} from {b} to {t} a week"
        return f"Cut feedback items about {self.label} from {b} to {t} a month"

    def key_result(
        self, deadline: str, owner: str | None, target: float | None = None, text: str | None = None
    ) -> KeyResult:
        """A drafted KR with the baseline, its source and window (or the plan) and evidence."""
        goal = self.target if target is None else target
        return KeyResult(
            text=text or self.sentence(goal),
            metric=self.metric,
            direction=self.direction,
            baseline=self.baseline,
            target=goal,
            unit=self.unit,
            period=self.period,
            deadline=deadline,
            owner=owner,
            evidence=[e.model_copy(deep=True) for e in self.evidence],
            baseline_source=self.source if self.baseline is not None else None,
            baseline_window=self.window,
            measurement_plan=self.plan,
            measured_by=dict(self.binding) if self.binding else None,
        )

    def valid_target(self, target: float) -> bool:
        """Whether a target moves the right way and stays on the metric's scale."""
        if not math.isfinite(target) or target < 0 or (self.unit == "%" and target > 100):
            return False
        if self.direction == Direction.increase:
            return self.baseline is None or target > self.baseline
        return self.baseline is None or target < self.baseline


def fmt(value: float, unit: str) -> str:
    if unit == "$":
        return f"${value:,.0f}"
    text = f"{value:,.1f}".removesuffix(".0")
    return f"{text}%" if unit == "%" else text
