"""The key-result rules of drafting/RULES.md, applied to one parsed KR.

`drafting.critic` is the public entry point and documents how overlapping rules combine.
"""

from __future__ import annotations

import re

from drafting.krtext import KrScan, scan_key_result
from drafting.krverbs import MONITOR, TASK
from drafting.outcome_rules import output_metric, perverse, tiny_change, volume_only
from drafting.quantities import Span
from models.okr import SEVERITY, Direction, Finding, FindingCode, KeyResult

C = FindingCode

_HEDGE = re.compile(
    r"\b(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|not\s+less\s+than|a\s+minimum\s+of"
    r"|or\s+more|or\s+higher|slight(?:ly)?|modest(?:ly)?|marginal(?:ly)?|somewhat"
    r"|a\s+(?:little|bit|touch)|(?:small|minor)\s+(?:increase|improvement|gain|uptick|bump|lift"
    r"|amount|step)|incremental(?:ly)?|try\s+to|if\s+possible|where\s+possible)\b",
    re.IGNORECASE,
)
_VANITY = re.compile(
    r"\b(?:page\s*views?|views|visits|visitors|sessions|sign[\s-]?ups?|registrations|"
    r"registered\s+users|downloads?|installs?|followers|likes|impressions|clicks|traffic|"
    r"feedback\s+(?:volume|items|submissions|count)|accounts\s+created|total\s+users)\b",
    re.IGNORECASE,
)
_QUALITY = re.compile(
    r"\b(?:conver\w*|retention|retained|retain\w*|churn\w*|satisfaction|csat|nps|net\s+promoter|"
    r"activat\w*|active|paying|paid|revenue|mrr|arr|rate|ratio|engag\w*|repeat|returning|"
    r"qualified|upgrades?|expansion|ltv|lifetime\s+value|solved|confirm\w*|verdicts?|adopt\w*|"
    r"usage|use)\b",
    re.IGNORECASE,
)
_OUTPUTS = set(
    "guide guides article articles post posts blog integration integrations feature features "
    "webinar webinars interview interviews workshop workshops experiment experiments release "
    "releases template templates video videos tutorial tutorials doc docs dashboard dashboards "
    "campaign campaigns event events course courses study studies playbook playbooks".split()
)
_OVER_100_OK = re.compile(
    r"\b(?:nrr|ndr|net\s+(?:revenue|dollar)\s+retention|growth|yoy|attainment|coverage\s+ratio)\b",
    re.IGNORECASE,
)
_SCALE_MAX = {"%": 100.0, "/5": 5.0, "/10": 10.0, "/100": 100.0}
_STRETCH_LIMIT = 3.0  # drafting/RULES.md: more than ~3x the baseline in one quarter needs a look


def finding(code: FindingCode, message: str, suggestion: str, span: Span | None) -> Finding:
    """Build a finding with the severity drafting/RULES.md gives its code."""
    return Finding(
        code=code, severity=SEVERITY[code], message=message, span=span, suggestion=suggestion
    )


def whole(text: str) -> Span | None:
    """The span of the whole text, for findings about the statement as a whole."""
    return (0, len(text)) if text else None


def effective(kr: str | KeyResult) -> tuple[KrScan, KeyResult]:
    """Parse the text; fields a drafter set on a `KeyResult` override the parsed ones."""
    text = kr if isinstance(kr, str) else kr.text
    scan = scan_key_result(text)
    if isinstance(kr, str):
        return scan, scan.key_result
    given = {
        name: getattr(kr, name)
        for name in KeyResult.model_fields
        if name != "text" and getattr(kr, name) not in (None, [])
    }
    return scan, scan.key_result.model_copy(update=given)


def lint_kr(scan: KrScan, k: KeyResult, *, in_cycle: bool, draft: bool) -> list[Finding]:
    """Apply every KR rule to an already parsed KR.

    Args:
        scan: Where the parts of the text sit (for spans).
        k: The effective key result (structured fields over parsed ones).
        in_cycle: The KR inherits a cycle's end date.
        draft: Apply the draft-only rules.

    Returns:
        The findings in the order of drafting/RULES.md.
    """
    text = scan.text
    out: list[Finding] = []
    has_target = any(v is not None for v in (k.target, k.relative_change, k.absolute_change))
    task_span = _task_span(scan, k)
    stay = k.direction == Direction.stay
    output = None if task_span is not None else output_metric(k, text)
    judge_numbers = task_span is None and output is None and bool(k.metric)
    if not has_target:
        if k.baseline is not None or scan.verb_kind == MONITOR:
            out.append(_missing_target(scan, k))
        else:
            out.append(_not_measurable(scan, k))
    elif not k.metric:
        out.append(
            finding(
                C.not_measurable,
                "The number has no metric: say what is counted or measured.",
                "Name the metric, e.g. 'Raise weekly exports from 900 to 2,000'.",
                scan.target_span or whole(text),
            )
        )
    if task_span is not None:
        out.append(
            finding(
                C.task_not_outcome,
                "This describes work the team does, not an outcome that may or may not happen.",
                "Name the change this work should cause, e.g. 'Lift week-4 retention from "
                "22% to 35%'.",
                task_span,
            )
        )
    if output is not None:
        out.append(
            finding(
                C.output_metric,
                "This counts what the team produces, not a change for customers.",
                "Measure what the output should change, e.g. 'Raise the share of requesting "
                "accounts that use the feature weekly from 10% to 40%'.",
                output.span(),
            )
        )
    planned = bool((k.measurement_plan or "").strip())
    if judge_numbers and has_target and k.baseline is None and not stay and not planned:
        out.append(
            finding(
                C.missing_baseline,
                "The target has no starting value, so progress cannot be judged.",
                "State the baseline: 'from <current> to <target>' or '(currently <value>)'.",
                scan.target_span or scan.change_span,
            )
        )
    if not in_cycle and not k.deadline:
        out.append(
            finding(
                C.missing_deadline,
                "The KR is not time-bound.",
                "Add a date: 'by end of Q3', 'by 2027-06-30' or 'this quarter'.",
                None,
            )
        )
    if stay:
        out.append(
            finding(
                C.kpi_not_okr,
                "Holding a level is a health metric (KPI) to monitor, not a change to achieve.",
                "Monitor it as a KPI, or set a change: 'Cut error rate from 1.8% to 0.5%'.",
                scan.verb_span or whole(text),
            )
        )
    if judge_numbers:
        out += _number_findings(scan, k, stay=stay)
    if draft and k.baseline is not None and not _sourced(k):
        out.append(
            finding(
                C.unsourced_baseline,
                "The baseline has no source: a drafter must not invent one.",
                "Cite the measurement it comes from (baseline_source, evidence) or mark it "
                "unknown.",
                scan.baseline_span,
            )
        )
    if judge_numbers and perverse(k):
        out.append(
            finding(
                C.perverse_target,
                f"Cutting '{k.metric}' is met by losing customers, not by serving them.",
                "Measure what should change for those customers: their verdict, their use of "
                "the feature, or their retention.",
                scan.metric_span or whole(text),
            )
        )
    if judge_numbers and (is_vanity(k) or volume_only(k)):
        out.append(_vanity(scan, k))
    if draft and not k.evidence:
        out.append(
            finding(
                C.no_evidence,
                "The drafted KR cites no feedback ideas, so a PM cannot check why it matters.",
                "Attach the ideas it comes from with their demand figures.",
                None,
            )
        )
    return in_rule_order(out)


def _not_measurable(scan: KrScan, k: KeyResult) -> Finding:
    return finding(
        C.not_measurable,
        "No number to reach: this is an intention, not a result.",
        "Name a metric and a target, e.g. 'Cut checkout p95 latency from 2.4 s to 0.9 s'.",
        scan.verb_span or whole(scan.text),
    )


def _missing_target(scan: KrScan, k: KeyResult) -> Finding:
    metric = k.metric or "the metric"
    return finding(
        C.missing_target,
        f"{metric} is named but no target value is set.",
        f"Say where {metric} should end up: 'from <current> to <target>' or 'by 30%'.",
        scan.metric_span or whole(scan.text),
    )


def _number_findings(scan: KrScan, k: KeyResult, *, stay: bool) -> list[Finding]:
    out = []
    wrong = _wrong_direction(k)
    if wrong:
        out.append(
            finding(
                C.wrong_direction,
                f"'{scan.verb or k.direction}' but the numbers go {wrong}.",
                "Swap baseline and target, or use a verb that matches them.",
                _join(scan.baseline_span, scan.target_span) or scan.verb_span,
            )
        )
    reason = None if stay or wrong else _unrealistic(k)
    if reason:
        out.append(
            finding(
                C.unrealistic_target,
                f"The target {reason}; a stretch is good, this needs a second look.",
                "Check the numbers, or split the goal across cycles.",
                scan.target_span or scan.change_span,
            )
        )
    hedge = None if stay else _HEDGE.search(scan.text)
    tiny = None if stay or wrong or hedge else tiny_change(k)
    if tiny is not None:
        out.append(
            finding(
                C.sandbagging,
                f"The target moves the metric by {tiny:.1%}: near-certain, not a stretch.",
                "Set the number the team would be proud to hit (a 60-70% bet).",
                scan.target_span or scan.change_span,
            )
        )
    if hedge:
        out.append(
            finding(
                C.sandbagging,
                f"'{hedge.group(0)}' hedges the target; a stretch KR has a 60-70% chance.",
                "Drop the hedge and set the number the team would be proud to hit.",
                hedge.span(),
            )
        )
    return out


def _join(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def _wrong_direction(k: KeyResult) -> str | None:
    if k.baseline is None or k.target is None:
        return None
    if k.direction == Direction.increase and k.target < k.baseline:
        return "down"
    if k.direction == Direction.decrease and k.target > k.baseline:
        return "up"
    if k.direction in (Direction.increase, Direction.decrease) and k.target == k.baseline:
        return "nowhere"
    return None


def _unrealistic(k: KeyResult) -> str | None:
    """Why the target needs a second look, or None."""
    ceiling = _SCALE_MAX.get(k.unit or "")
    if k.metric and re.search(r"\b(?:nps|net\s+promoter)\b", k.metric, re.IGNORECASE):
        ceiling = 100.0
    if k.unit == "%" and k.metric and _OVER_100_OK.search(k.metric):
        ceiling = None
    if ceiling is not None and k.target is not None and k.target > ceiling:
        return f"is above the top of its scale ({ceiling:g})"
    growing = k.direction in (Direction.increase, Direction.reach)
    if growing and k.baseline and k.baseline > 0 and k.target is not None:
        if k.target / k.baseline > _STRETCH_LIMIT:
            return f"is {k.target / k.baseline:.1f}x the baseline"
    if k.relative_change is not None:
        if k.relative_change + 1 > _STRETCH_LIMIT:
            return f"is {k.relative_change + 1:g}x the baseline"
        if k.relative_change < -1:
            return "cuts more than 100%"
    return None


def _metric_head(metric: str) -> str:
    """The counted thing: "guides for admins" -> "guides"."""
    head = re.split(r"\b(?:for|of|on|about|in|to|with|per|by|from)\b", metric.lower())[0]
    words = re.findall(r"[a-z]+", head)
    return words[-1] if words else ""


def _task_span(scan: KrScan, k: KeyResult) -> Span | None:
    if scan.verb_kind == TASK and (scan.lead_verb or k.baseline is None):
        return scan.verb_span
    counting = k.unit == "count" and k.direction in (Direction.increase, Direction.reach, None)
    # "active integrations per account" is adoption, an outcome; "8 guides" is output
    adoption = is_quality_metric(k.metric) or re.search(r"\bper\b", k.metric or "", re.I)
    if counting and k.metric and not adoption and _metric_head(k.metric) in _OUTPUTS:
        return scan.metric_span
    return None


def _sourced(k: KeyResult) -> bool:
    source = (k.baseline_source or "").strip().lower()
    if source and source != "unknown":
        return True
    figures = [v for ev in k.evidence for v in ev.figures.values()]
    return any(abs(v - (k.baseline or 0.0)) <= 1e-9 * max(1.0, abs(v)) for v in figures)


def is_vanity(k: KeyResult) -> bool:
    if k.direction not in (Direction.increase, Direction.reach) or not k.metric:
        return False
    head = re.split(r"\bper\b", k.metric, flags=re.IGNORECASE)[0]
    return bool(_VANITY.search(head)) and not is_quality_metric(k.metric)


def is_quality_metric(metric: str | None) -> bool:
    """Whether a metric measures quality (conversion, retention, satisfaction, NPS, ...)."""
    return bool(metric and _QUALITY.search(metric))


def _vanity(scan: KrScan, k: KeyResult) -> Finding:
    if volume_only(k):
        return finding(
            C.vanity_metric,
            f"'{k.metric}' alone also falls when customers give up asking.",
            "Pair it with what customers get: their verdict on the fix, their use of it, or "
            "their retention.",
            scan.metric_span or whole(scan.text),
        )
    match = _VANITY.search(scan.text)
    return finding(
        C.vanity_metric,
        f"'{k.metric}' is a raw count that can grow without serving the objective.",
        "Pair it with a quality KR (conversion, retention or satisfaction) or measure one instead.",
        match.span() if match else scan.metric_span,
    )


def in_rule_order(findings: list[Finding]) -> list[Finding]:
    order = {code: i for i, code in enumerate(FindingCode)}
    return sorted(findings, key=lambda f: order[f.code])
