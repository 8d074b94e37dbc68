"""What can be measured about a theme from feedback alone: the KR candidates with baselines.

Every candidate's baseline is computed here from the request's figures and carries where it
came from (`source`) and the ideas behind it (`evidence`), so no drafter ever has to invent a
number: the offline drafter takes the suggested targets, the LLM picks among candidates by id
and sets its own targets. Suggested targets are stretch cuts (the drafting/RULES.md 60-70% bet):
shipping what a theme asks for should take a large share of its feedback away.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from drafting.themes import Theme, group_themes
from models.drafts import DraftRequest
from models.okr import Direction, Evidence, KeyResult

RECENT_WEEKS = 4
WEEKLY_FLOOR = 2.0  # below two items a week, a monthly count reads better
# Suggested cuts: item volume should halve once the asks are met; accounts and revenue move
# slower (some accounts ask about several things), so they get a smaller cut.
CUTS = {"weekly_items": 0.5, "monthly_items": 0.5, "account_share": 0.4, "revenue": 0.4}
CUTS["feedback_share"] = 0.5


@dataclass
class Measure:
    """One measurable KR candidate for a theme."""

    id: str
    kind: str
    theme_key: str
    label: str
    metric: str
    unit: str
    period: str | None
    baseline: float
    target: float
    source: str
    evidence: list[Evidence] = field(default_factory=list)
    direction: Direction = Direction.decrease

    def sentence(self, target: float | None = None) -> str:
        """The KR as a person would write it, from the measured baseline to a target."""
        b, t = (
            _fmt(self.baseline, self.unit),
            _fmt(self.target if target is None else target, self.unit),
        )
        if self.kind == "weekly_items":
            return f"Cut feedback items about {self.label} from {b} to {t} a week"
        if self.kind == "monthly_items":
            return f"Cut feedback items about {self.label} from {b} to {t} a month"
        if self.kind == "account_share":
            return f"Cut the share of active accounts raising {self.label} from {b} to {t}"
        if self.kind == "revenue":
            return f"Cut the MRR of accounts raising {self.label} from {b} to {t}"
        return f"Cut the share of all feedback that is about {self.label} from {b} to {t}"

    def key_result(
        self, deadline: str, owner: str | None, target: float | None = None, text: str | None = None
    ) -> KeyResult:
        """A drafted KR with the baseline, its source and its evidence filled in."""
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
            baseline_source=self.source,
        )

    def valid_target(self, target: float) -> bool:
        """Whether a target moves the right way and stays on the metric's scale."""
        if not math.isfinite(target) or target < 0 or target >= self.baseline:
            return False
        return self.unit != "%" or target <= 100


def _fmt(value: float, unit: str) -> str:
    if unit == "$":
        return f"${value:,.0f}"
    text = f"{value:,.1f}".removesuffix(".0")
    return f"{text}%" if unit == "%" else text


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
    """Every KR candidate that the data can give a non-zero baseline for.

    Args:
        theme: The ideas behind one objective.
        request: Workspace totals and the date the figures were measured.
        prefix: Makes measure ids unique across themes ("t1" -> "t1.weekly_items").

    Returns:
        Candidates in order of preference: item volume, share of accounts, revenue, and the
        theme's share of all feedback.
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
    ) -> None:
        target = _cut(baseline, CUTS[kind], digits)
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
        )
    accounts: dict[str, float] = {}
    for idea in theme.ideas:
        accounts.update(idea.window_accounts)
    active = request.totals.active_accounts
    if len(accounts) >= 2 and active >= len(accounts):
        share = round(100.0 * len(accounts) / active, 1)
        add(
            "account_share",
            f"share of active accounts raising {label}",
            "%",
            None,
            share,
            1,
            f"{len(accounts)} of {active} accounts with feedback in the {request.window_days} "
            f"days to {day} raised {label} ({ideas})",
        )
    mrr = round(sum(accounts.values()), -1)
    if mrr >= 10:
        add(
            "revenue",
            f"MRR of accounts raising {label}",
            "$",
            None,
            mrr,
            -1,
            f"summed MRR of the {len(accounts)} accounts that raised {label} ({ideas}) in the "
            f"{request.window_days} days to {day}",
        )
    total = sum(request.totals.weekly_items[-RECENT_WEEKS:])
    if sum(weeks) > 0 and total > 0:
        share = round(100.0 * sum(weeks) / total, 1)
        add(
            "feedback_share",
            f"share of all feedback about {label}",
            "%",
            None,
            share,
            1,
            f"{sum(weeks)} of {total} feedback items in the {RECENT_WEEKS} weeks to {day} were "
            f"about {label} ({ideas})",
        )
    return found


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
