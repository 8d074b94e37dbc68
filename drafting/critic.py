"""The OKR critic: the deterministic rules of `drafting/RULES.md`, one finding per broken rule.

The drafter revises until no `block` finding is left; a person who pastes an OKR gets the
same findings. Each finding points at the offending words (span) and says how to fix them.

Policy where rules overlap, so one problem is not reported three times:
- A KR with no target (no absolute value and no relative or absolute change) gets exactly
  one of `missing_target` (it names a measurement without a goal: a baseline is stated, or
  the verb is track/measure/monitor/report) or `not_measurable` (everything else: intentions
  such as "Speed up checkout", and tasks such as "Launch the new onboarding flow").
  A number with no metric left around it ("Increase to 500") is `not_measurable` too.
- `task_not_outcome` (a work verb, or a count of outputs such as guides or integrations)
  silences the rules about the quality of the numbers (missing_baseline, wrong_direction,
  unrealistic_target, sandbagging, vanity_metric, unsourced_baseline): the fix is to name
  the outcome, after which the numbers change anyway. Whether the KR is measurable at all,
  its deadline and (in a draft) its evidence are still checked.
- `kpi_not_okr` (maintain/keep/stay/sustain/hold ... at/under/above) silences
  missing_baseline and sandbagging: a health threshold is a bound, not a stretch.
- `wrong_direction` also fires when an increase or decrease verb has equal baseline and
  target: the numbers do not move. It silences `unrealistic_target` (fix the direction first).
- `missing_deadline` is independent of every other rule; it is skipped inside a cycle.
- `vanity_metric` applies to raw counts the KR wants more of and to feedback or ticket volume
  alone (`drafting/outcome_rules.py`); `lint_set` drops it when a sibling KR of the same
  objective measures quality (conversion, retention, NPS, the requesters' verdict, ...).
- `output_metric` (a count of the team's own output) is not reported with `task_not_outcome`
  and silences the same number rules; `perverse_target` is a number rule.
- A tiny move (under 5% of the baseline) is `sandbagging` like a hedge, reported once.
- A KR with a `measurement_plan` states no baseline on purpose: no `missing_baseline`.
- An objective gets `task_objective` and/or `quantitative_objective`; `vague_objective` is
  only checked when neither fired (a to-do list or a number is a different problem). A metric
  with a generic verb ("Reduce churn", "Increase sales") is vague: it names no one; a work
  verb with an abstract object ("Rebuild trust with ...") is a change, not a task.
When a KR is given as a `KeyResult`, its structured fields win over what the text says.
"""

from __future__ import annotations

import re

from drafting.kr_rules import effective, finding, is_quality_metric, is_vanity, lint_kr
from drafting.objective_rules import lint_objective
from models.okr import Finding, FindingCode, KeyResult, Objective, OkrSet

__all__ = ["lint_key_result", "lint_objective", "lint_set", "lint_text", "metric_key"]

C = FindingCode


def lint_key_result(
    kr: str | KeyResult, *, in_cycle: bool = False, draft: bool = False
) -> list[Finding]:
    """Check one key result against the KR rules.

    Args:
        kr: The KR sentence, or a `KeyResult` (its structured fields win over its text).
        in_cycle: The KR belongs to a cycle and inherits its end date, so no deadline needed.
        draft: The KR was drafted by the machine: its baseline must be sourced and it must
            cite evidence (`unsourced_baseline`, `no_evidence`).

    Returns:
        Findings in the order of drafting/RULES.md, each with a span into the KR text.
    """
    scan, k = effective(kr)
    return lint_kr(scan, k, in_cycle=in_cycle, draft=draft)


_SYNONYMS = (
    (r"\bnet promoter score\b", "nps"),
    (r"\bcustomer satisfaction\b", "csat"),
    (r"\bsign[\s-]?ups?\b", "signup"),
    (r"\bpage\s*views?\b", "pageview"),
)
_METRIC_NOISE = set(
    "the a an our of for number count total amount weekly monthly daily quarterly yearly "
    "per".split()
)


def metric_key(metric: str | None) -> frozenset[str] | None:
    """A comparable form of a metric name, so "weekly sign-ups" matches "signups per week"."""
    if not metric:
        return None
    text = metric.lower()
    for pattern, repl in _SYNONYMS:
        text = re.sub(pattern, repl, text)
    words = re.findall(r"[a-z0-9]+", text.replace("-", " "))
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    ]
    key = frozenset(w for w in words if w not in _METRIC_NOISE and w not in ("week", "month"))
    return key or None


def lint_set(okr_set: OkrSet, *, draft: bool = False) -> list[Finding]:
    """Check a whole draft or cycle: the set rules, each objective and each key result.

    Args:
        okr_set: The objectives with their KRs. With a `cycle`, KRs need no own deadline.
        draft: Machine-drafted: check baselines' sources and every KR's evidence.

    Returns:
        Findings with `objective_index` / `kr_index` saying which part they are about.
    """
    out: list[Finding] = []
    count = len(okr_set.objectives)
    if count > 3:
        out.append(
            finding(
                C.too_many_objectives,
                f"{count} objectives: keep 1-3 per team per cycle (5 is the hard ceiling).",
                "Merge or drop objectives until three or fewer remain.",
                None,
            )
        )
    seen: dict[frozenset[str], tuple[int, int]] = {}
    for oi, objective in enumerate(okr_set.objectives):
        out += [f.model_copy(update={"objective_index": oi}) for f in lint_objective(objective)]
        out += _objective_set_rules(objective, oi)
        scans = [effective(kr) for kr in objective.key_results]
        paired = any(is_quality_metric(k.metric) and not is_vanity(k) for _, k in scans)
        for ki, (scan, k) in enumerate(scans):
            found = lint_kr(scan, k, in_cycle=okr_set.cycle is not None, draft=draft)
            if paired:
                found = [f for f in found if f.code != C.vanity_metric]
            key = metric_key(k.metric)
            if key is not None and key in seen:
                first = seen[key]
                found.append(
                    finding(
                        C.duplicate_kr,
                        f"Measures the same metric as objective {first[0] + 1}, KR {first[1] + 1}.",
                        "Merge the two KRs or measure a different metric.",
                        scan.metric_span,
                    )
                )
            elif key is not None:
                seen[key] = (oi, ki)
            out += [f.model_copy(update={"objective_index": oi, "kr_index": ki}) for f in found]
    return out


def _objective_set_rules(objective: Objective, index: int) -> list[Finding]:
    out = []
    n = len(objective.key_results)
    if not 2 <= n <= 5:
        out.append(
            finding(
                C.kr_count,
                f"{n} key results: an objective needs 2-5.",
                "Add KRs that show the objective is met." if n < 2 else "Keep the 5 that matter.",
                None,
            )
        )
    if not (objective.owner or "").strip():
        out.append(
            finding(
                C.no_owner,
                "The objective has no owner.",
                "Name the person or team accountable for it.",
                None,
            )
        )
    return [f.model_copy(update={"objective_index": index}) for f in out]


def lint_text(
    text: str, *, objective: bool = False, in_cycle: bool = False, draft: bool = False
) -> list[Finding]:
    """Check one pasted statement as a key result, or as an objective when `objective`.

    Args:
        text: The statement as written.
        objective: Apply the objective rules instead of the KR rules.
        in_cycle: For a KR: it inherits a cycle's end date.
        draft: For a KR: apply the draft-only rules.

    Returns:
        The findings, with spans into `text`.
    """
    if objective:
        return lint_objective(text)
    return lint_key_result(text, in_cycle=in_cycle, draft=draft)
