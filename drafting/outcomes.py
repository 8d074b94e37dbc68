"""Outcome KR candidates: did the change customers asked for reach them?

Feedback says *why* an objective matters; these candidates measure whether it worked for the
people who asked (issue 18, drafting/RULES.md "Outcome key results"):

- `verdict`: the share of the requesting accounts that answered "solved" to the ship e-mail's
  "Did it solve it?" (measured by Throughline, so the baseline is always known);
- `adoption`: a pushed product metric that matches the theme, its baseline the median of 8+
  weekly values; with no such metric, the weekly use of what was asked for by the requesting
  accounts, with a plan for how and by when its baseline will be measured.
"""

from __future__ import annotations

import re
from datetime import timedelta

from drafting.candidate import Measure
from drafting.themes import Theme, theme_overlap
from models.drafts import DraftRequest
from models.metrics import BASELINE_WEEKS, Better, ProductMetric
from models.okr import Direction, Evidence, cycle_dates

VERDICT_TARGET = 70.0  # "≥ 70% of the requesting accounts confirm it solved their need"
ADOPTION_TARGET = 60.0  # weekly use by the accounts that asked, when no baseline exists yet
METRIC_STRETCH = 0.3  # a matched product metric: 30% better than its robust baseline
PLAN_DAYS = 14  # a missing baseline is measured within the cycle's first two weeks


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _accounts(theme: Theme) -> dict[str, float]:
    accounts: dict[str, float] = {}
    for idea in theme.ideas:
        accounts.update(idea.window_accounts)
    return accounts


def _ideas(theme: Theme) -> str:
    n = len(theme.ideas)
    return f"{n} idea{'s' if n != 1 else ''}"


def verdict_measure(
    theme: Theme, request: DraftRequest, prefix: str, evidence: list[Evidence]
) -> Measure | None:
    """The share of the requesting accounts that confirm it solved their need."""
    accounts = _accounts(theme)
    if len(accounts) < 2:
        return None
    solved = set(accounts) & {a for i in theme.ideas for a in i.solved_accounts}
    baseline = round(100.0 * len(solved) / len(accounts), 1)
    if baseline >= 100.0:
        return None
    target = VERDICT_TARGET if baseline < VERDICT_TARGET - 10 else round((baseline + 100) / 2, 1)
    day = request.as_of.date()
    since = day - timedelta(days=request.window_days)
    label, n = theme.label, len(accounts)
    return Measure(
        f"{prefix}.verdict",
        "verdict",
        theme.key,
        label,
        f"share of the accounts that asked for {label} that confirm it solved their need",
        "%",
        None,
        baseline,
        target,
        f"{len(solved)} of the {n} accounts that raised {label} ({_ideas(theme)}) in the "
        f"{request.window_days} days to {day} answered 'solved' to the ship e-mail's "
        "'Did it solve it?'",
        evidence,
        Direction.increase,
        window=f"{since}..{day}",
        template=f"Raise the share of the {n} accounts that asked for {_braces(label)} that "
        "confirm it solved their need from {b} to {t}",
        binding={"kind": "verdict_solved_share", "idea_ids": [i.id for i in theme.ideas]},
    )


def matching_metric(theme: Theme, metrics: list[ProductMetric]) -> ProductMetric | None:
    """The pushed metric whose key and name share the most words with the theme, if any."""
    scored = [(theme_overlap(f"{m.key} {m.name}", theme), m.key, m) for m in metrics]
    best = max(scored, key=lambda s: (s[0], s[1]), default=None)
    return best[2] if best is not None and best[0] > 0 else None


def _stretch(value: float, better: Better, unit: str) -> float:
    factor = 1 + METRIC_STRETCH if better == Better.up else 1 - METRIC_STRETCH
    target = value * factor
    if unit == "%":
        target = min(target, 100.0)
    digits = 1 if abs(target) >= 10 else 2
    return round(target, digits)


def metric_measure(
    theme: Theme, metric: ProductMetric, prefix: str, evidence: list[Evidence]
) -> Measure | None:
    """A KR on a product metric the team pushed, from its median baseline."""
    base = metric.baseline
    unit = metric.unit or "count"
    target = _stretch(base.value, metric.better, unit)
    if target == base.value:
        return None
    up = metric.better == Better.up
    verb = "Raise" if up else "Cut"
    return Measure(
        f"{prefix}.metric",
        "adoption",
        theme.key,
        theme.label,
        metric.name,
        unit,
        None,
        base.value,
        target,
        f"{base.statistic} of product metric '{metric.key}' over the {base.weeks} weeks "
        f"{base.window} (pushed from analytics)",
        evidence,
        Direction.increase if up else Direction.decrease,
        window=base.window,
        template=f"{verb} {_braces(metric.name)} from {{b}} to {{t}}",
        binding={"kind": "product_metric", "metric_key": metric.key},
    )


def planned_adoption(
    theme: Theme, request: DraftRequest, prefix: str, evidence: list[Evidence]
) -> Measure:
    """Weekly use by the requesting accounts: no data in Throughline, so a plan, no baseline."""
    label = theme.label
    slug = re.sub(r"[^a-z0-9]+", "-", theme.key.lower()).strip("-") or "theme"
    key = f"{slug}-weekly-use"
    by = cycle_dates(request.cycle)[0] + timedelta(days=PLAN_DAYS)
    n = len(_accounts(theme))
    who = f"the {n} requesting accounts" if n else "the requesting accounts"
    return Measure(
        f"{prefix}.adoption",
        "adoption",
        theme.key,
        label,
        f"share of the accounts that asked for {label} using it every week",
        "%",
        "week",
        None,
        ADOPTION_TARGET,
        "",
        evidence,
        Direction.increase,
        plan=f"Baseline to be measured: Throughline has no usage data for {label}. Push the "
        f"weekly share of {who} that use it from product analytics as metric '{key}' "
        f"(POST /api/v1/metrics/{key}/points, or `throughline metrics import`) by {by}, "
        f"with the {BASELINE_WEEKS} weeks before; the baseline is the median of those "
        "weekly values. Then bind this KR to the metric.",
        template=f"Raise the share of the accounts that asked for {_braces(label)} using it "
        "every week to {t} (baseline to be measured)",
    )


def outcome_measures(
    theme: Theme, request: DraftRequest, prefix: str, evidence: list[Evidence]
) -> list[Measure]:
    """The theme's outcome candidates, verdict first, then adoption (measured or planned)."""
    out = []
    verdict = verdict_measure(theme, request, prefix, evidence)
    if verdict is not None:
        out.append(verdict)
    metric = matching_metric(theme, request.metrics)
    measured = metric_measure(theme, metric, prefix, evidence) if metric else None
    out.append(measured or planned_adoption(theme, request, prefix, evidence))
    return out
