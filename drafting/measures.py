"""What can be measured about a theme: the KR candidates with baselines or measurement plans.

Outcome candidates come first (`drafting.outcomes`: the requesters' verdict, their use of what
they asked for); one feedback-volume candidate follows as a guard. Every baseline is computed
from the request's figures and carries where it came from (`source`), the window it covers and
the ideas behind it (`evidence`), so no drafter ever has to invent a number: the offline
drafter takes the suggested targets, the LLM picks among candidates by id and sets its own
targets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from drafting.candidate import VOLUME_KINDS, Measure
from drafting.outcomes import outcome_measures
from drafting.themes import Theme, group_themes
from models.drafts import DraftRequest
from models.okr import Evidence

RECENT_WEEKS = 4
WEEKLY_FLOOR = 2.0  # below two items a week, a monthly count reads better
# The guard KR's suggested cut: item volume should halve once the asks are met.
CUTS = {kind: 0.5 for kind in VOLUME_KINDS}


def _cut(value: float, share: float, digits: int) -> float:
    target = round(value * (1 - share), digits)
    if target >= value:  # tiny baselines: step down by one unit of the last digit
        target = max(0.0, round(value - 10.0**-digits, digits))
    return target


def _evidence(theme: Theme, request: DraftRequest) -> list[Evidence]:
    out = []
    for idea in theme.ideas:
        recent = idea.weekly_counts[-RECENT_WEEKS:]
        figures = {
            "items": float(idea.demand.item_count),
            "unique_requesters": float(idea.demand.unique_requesters),
            "unique_accounts": float(idea.demand.unique_accounts),
            "revenue": float(idea.demand.revenue),
            "last_30_days": float(idea.demand.trend.last_30_days),
            "previous_30_days": float(idea.demand.trend.previous_30_days),
            "weekly_items_4w": round(sum(recent) / RECENT_WEEKS, 2) if recent else 0.0,
            "window_accounts": float(len(idea.window_accounts)),
            "window_mrr": round(sum(idea.window_accounts.values()), 2),
        }
        out.append(Evidence(idea_id=idea.id, title=idea.title, figures=figures))
    return out


def measure_theme(theme: Theme, request: DraftRequest, prefix: str) -> list[Measure]:
    """Every KR candidate for a theme: measured, or with a plan to measure it.

    Args:
        theme: The ideas behind one objective.
        request: Workspace totals and the date the figures were measured.
        prefix: Makes measure ids unique across themes ("t1" -> "t1.weekly_items").

    Returns:
        Candidates in order of preference: the outcome measures of `drafting.outcomes` (the
        requesters' verdict, then use of what they asked for), then one feedback-volume
        guard (items a week, or a month when few arrive).
    """
    day = request.as_of.date().isoformat()
    n = len(theme.ideas)
    ideas = f"{n} idea{'s' if n != 1 else ''}"
    evidence = _evidence(theme, request)
    label = theme.label
    found: list[Measure] = []

    def add(
        kind: str,
        metric: str,
        unit: str,
        period: str | None,
        baseline: float,
        digits: int,
        source: str,
        days: int,
    ) -> None:
        target = _cut(baseline, CUTS[kind], digits)
        since = (request.as_of - timedelta(days=days)).date().isoformat()
        found.append(
            Measure(
                f"{prefix}.{kind}",
                kind,
                theme.key,
                label,
                metric,
                unit,
                period,
                baseline,
                target,
                source,
                evidence,
                window=f"{since}..{day}",
                binding={
                    "kind": "idea_weekly_items",
                    "idea_ids": [i.id for i in theme.ideas],
                    "window_days": 7 if kind == "weekly_items" else 30,
                },
            )
        )

    weeks = [
        sum(c) for c in zip(*(i.weekly_counts[-RECENT_WEEKS:] for i in theme.ideas), strict=False)
    ]
    weekly = round(sum(weeks) / RECENT_WEEKS, 1) if len(weeks) == RECENT_WEEKS else 0.0
    monthly = float(sum(i.demand.trend.last_30_days for i in theme.ideas))
    if weekly >= WEEKLY_FLOOR:
        add(
            "weekly_items",
            f"feedback items about {label} per week",
            "count",
            "week",
            weekly,
            1,
            f"mean of {weeks} weekly feedback items about {label} ({ideas}) in the "
            f"{RECENT_WEEKS} weeks to {day}",
            7 * RECENT_WEEKS,
        )
    elif monthly >= 1:
        add(
            "monthly_items",
            f"feedback items about {label} per month",
            "count",
            "month",
            monthly,
            0,
            f"feedback items about {label} ({ideas}) in the 30 days to {day}",
            30,
        )
    return outcome_measures(theme, request, prefix, evidence) + found[:1]


@dataclass
class Catalog:
    """The themes worth an objective, each with its measurable KR candidates."""

    themes: list[tuple[Theme, list[Measure]]]

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for _, ms in self.themes for m in ms if m.id == measure_id), None)

    def by_metric(self, metric: str | None) -> Measure | None:
        return next((m for _, ms in self.themes for m in ms if m.metric == metric), None)

    def theme_of(self, idea_ids: set[int]) -> tuple[Theme, list[Measure]] | None:
        """The theme that shares the most ideas with a KR's or objective's evidence."""
        best = max(
            self.themes, key=lambda tm: len(idea_ids & {i.id for i in tm[0].ideas}), default=None
        )
        if best is None or not idea_ids & {i.id for i in best[0].ideas}:
            return None
        return best


def build_catalog(request: DraftRequest, max_themes: int = 6) -> Catalog:
    """Group the request's ideas into themes and keep those with at least two measures."""
    out: list[tuple[Theme, list[Measure]]] = []
    for theme in group_themes(request.ideas, request.goals):
        measures = measure_theme(theme, request, f"t{len(out) + 1}")
        if len(measures) >= 2:
            out.append((theme, measures))
        if len(out) == max_themes:
            break
    return Catalog(out)
