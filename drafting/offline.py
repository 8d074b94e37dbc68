"""The offline drafter: OKRs from measured demand with no key and no network.

It turns the top themes (goal-matched ones first) into objectives and each theme's measures
into key results: baselines are the measured figures, targets the suggested stretch cuts.
Revising is deterministic repair driven by the critic's findings, so the same data always
gives the same draft.
"""

from __future__ import annotations

from drafting.critic import lint_objective
from drafting.measures import Catalog, Measure, build_catalog
from drafting.proposal import NothingToDraft, Proposal
from drafting.themes import Theme
from models.drafts import DraftRequest
from models.okr import Finding, FindingCode, KeyResult, Objective, OkrSet, Severity, cycle_dates

MAX_OBJECTIVES = 3
MAX_KRS = 5
KRS_PER_OBJECTIVE = 3
MIN_SHARE_OF_TOP = 0.2  # a theme with under a fifth of the top theme's people waits its turn
MIN_GOAL_SHARE = 0.05  # even a goal cannot make an objective of a handful of asks
SAFE_TITLE = "Resolve the needs customers keep raising in our feedback"
_FIX_BY_REPLACING = {
    FindingCode.not_measurable,
    FindingCode.task_not_outcome,
    FindingCode.missing_target,
    FindingCode.wrong_direction,
    FindingCode.unsourced_baseline,
    FindingCode.no_evidence,
    FindingCode.unrealistic_target,
    FindingCode.sandbagging,
    FindingCode.kpi_not_okr,
    FindingCode.missing_baseline,
    FindingCode.output_metric,
    FindingCode.perverse_target,
}


def deadline(request: DraftRequest) -> str:
    """KRs of a cycle end with it."""
    return cycle_dates(request.cycle)[1].isoformat()


def objective_titles(theme: Theme) -> list[str]:
    """Titles to try for a theme, the PM's own goal first; the last one always passes."""
    out = list(theme.goals)
    if theme.area is not None:
        out.append(theme.area.objective)
    out += [f"Resolve the {theme.label} needs customers keep raising", SAFE_TITLE]
    return out


def first_clean_title(candidates: list[str]) -> str:
    return next((t for t in candidates if not lint_objective(t)), SAFE_TITLE)


def pick_measures(measures: list[Measure], count: int = KRS_PER_OBJECTIVE) -> list[Measure]:
    """Outcomes first (the requesters' verdict, their use of it); one feedback-volume guard."""
    guard = [m for m in measures if m.from_volume][:1]
    outcomes = [m for m in measures if not m.from_volume][: max(1, count - len(guard))]
    return outcomes + guard


def chosen_themes(catalog: Catalog) -> list[tuple[Theme, list[Measure]]]:
    if not catalog.themes:
        return []
    top = max(theme.people for theme, _ in catalog.themes)
    chosen = [
        (theme, ms)
        for theme, ms in catalog.themes
        if theme.people >= (MIN_GOAL_SHARE if theme.goals else MIN_SHARE_OF_TOP) * top
    ]
    return (chosen or catalog.themes[:1])[:MAX_OBJECTIVES]


class OfflineDrafter:
    """Deterministic drafter; the default, and the fallback when an LLM cannot answer."""

    provider = "offline"
    model: str | None = None

    def propose(self, request: DraftRequest) -> Proposal:
        catalog = build_catalog(request)
        chosen = chosen_themes(catalog)
        if not chosen:
            raise NothingToDraft(
                "Too little feedback to measure: no theme has two measurable key results."
            )
        due = deadline(request)
        objectives, changes = [], []
        titles: set[str] = set()
        for number, (theme, measures) in enumerate(chosen, start=1):
            title = first_clean_title([t for t in objective_titles(theme) if t not in titles])
            titles.add(title)
            picked = pick_measures(measures)
            objectives.append(
                Objective(
                    title=title,
                    owner=request.owner,
                    key_results=[m.key_result(due, request.owner) for m in picked],
                )
            )
            n = len(theme.ideas)
            changes.append(
                f"Objective {number} from theme '{theme.label}': {n} idea{'s' * (n != 1)}, "
                f"{theme.people} people, ${theme.revenue:,.0f} MRR behind it in the window; "
                f"KRs measure {', '.join(m.kind.replace('_', ' ') for m in picked)}."
            )
            changes += [f"Objective {number} serves the goal '{goal}'." for goal in theme.goals]
        used = {goal for theme, _ in chosen for goal in theme.goals}
        changes += [
            f"Goal '{goal}' matches no theme with enough feedback behind it: no baseline can be "
            "measured for it, so it has no objective here; add one by hand."
            for goal in request.goals
            if goal not in used
        ]
        return Proposal(okr_set=OkrSet(objectives=objectives, cycle=request.cycle), changes=changes)

    def revise(self, request: DraftRequest, okr_set: OkrSet, findings: list[Finding]) -> Proposal:
        """Repair what the critic found: rename blocked objectives, restate or drop bad KRs."""
        catalog = build_catalog(request)
        due = deadline(request)
        changes: list[str] = []
        by_place: dict[tuple[int, int | None], list[Finding]] = {}
        for f in findings:
            if f.objective_index is not None:
                by_place.setdefault((f.objective_index, f.kr_index), []).append(f)
        objectives = []
        for oi, objective in enumerate(okr_set.objectives[:MAX_OBJECTIVES]):
            ideas = {e.idea_id for kr in objective.key_results for e in kr.evidence}
            theme = catalog.theme_of(ideas)
            title = objective.title
            if any(f.severity == Severity.block for f in by_place.get((oi, None), [])):
                candidates = objective_titles(theme[0]) if theme else [SAFE_TITLE]
                title = first_clean_title([t for t in candidates if t != objective.title])
                changes.append(f"Objective {oi + 1}: retitled '{objective.title}' -> '{title}'.")
            krs = self._revise_krs(oi, objective, by_place, catalog, due, request, changes)
            if len(krs) < 2 and theme is not None:
                used = {kr.metric for kr in krs}
                for measure in pick_measures(theme[1], MAX_KRS):
                    if len(krs) >= 2:
                        break
                    if measure.metric not in used:
                        krs.append(measure.key_result(due, request.owner))
                        changes.append(f"Objective {oi + 1}: added KR '{krs[-1].text}'.")
            owner = objective.owner or request.owner
            objectives.append(
                objective.model_copy(update={"title": title, "key_results": krs, "owner": owner})
            )
        if len(okr_set.objectives) > MAX_OBJECTIVES:
            changes.append(
                f"Kept the first {MAX_OBJECTIVES} objectives of {len(okr_set.objectives)}."
            )
        return Proposal(okr_set=OkrSet(objectives=objectives, cycle=request.cycle), changes=changes)

    def _revise_krs(
        self,
        oi: int,
        objective: Objective,
        by_place: dict[tuple[int, int | None], list[Finding]],
        catalog: Catalog,
        due: str,
        request: DraftRequest,
        changes: list[str],
    ) -> list[KeyResult]:
        krs: list[KeyResult] = []
        for ki, kr in enumerate(objective.key_results):
            codes = {f.code for f in by_place.get((oi, ki), [])}
            if FindingCode.duplicate_kr in codes or any(k.metric == kr.metric for k in krs):
                changes.append(f"Objective {oi + 1}: dropped KR '{kr.text}' (same metric twice).")
                continue
            if len(krs) == MAX_KRS:
                changes.append(f"Objective {oi + 1}: dropped KR '{kr.text}' (more than {MAX_KRS}).")
                continue
            if codes & _FIX_BY_REPLACING:
                measure = catalog.by_metric(kr.metric)
                if measure is None:
                    changes.append(
                        f"Objective {oi + 1}: dropped KR '{kr.text}' ({', '.join(sorted(codes))}; "
                        "no measured baseline to restate it from)."
                    )
                    continue
                kr = measure.key_result(due, request.owner)
                changes.append(
                    f"Objective {oi + 1}: restated KR {ki + 1} as '{kr.text}' "
                    f"({', '.join(sorted(codes))})."
                )
            krs.append(kr)
        return krs
