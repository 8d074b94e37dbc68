"""A stored OKR draft as Markdown a PM can read: the set, its evidence, findings and rounds."""

from __future__ import annotations

from models.drafts import DraftRead, DraftRound
from models.okr import Finding, KeyResult, OkrSet

_FIGURES = (
    ("unique_requesters", "people", "{:,.0f}"),
    ("unique_accounts", "accounts", "{:,.0f}"),
    ("revenue", "MRR", "${:,.0f}"),
    ("last_30_days", "items in 30 days", "{:,.0f}"),
)


def quantity(value: float | None, unit: str | None, missing: str = "?") -> str:
    """A KR value as people write it: "$53,800", "21.7%", "0.9 s", "4.5/5", "12"."""
    if value is None:
        return missing
    if unit == "$":
        return f"${value:,.0f}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit in (None, "", "count"):
        return text
    return f"{text}{unit}" if unit in ("%", "/5", "/10") else f"{text} {unit}"


def kr_line(kr: KeyResult) -> str:
    """What the page reads from a KR: direction, metric, baseline → target, deadline, source."""
    parts = [
        f"{kr.direction or 'change'} {kr.metric or ''}: "
        f"{quantity(kr.baseline, kr.unit, '—')} → {quantity(kr.target, kr.unit, '—')}"
    ]
    if kr.deadline:
        parts.append(f"by {kr.deadline}")
    if kr.confidence is not None:
        parts.append(f"confidence {kr.confidence * 100:.0f}%")
    if kr.baseline_source:
        parts.append(f"baseline: {kr.baseline_source}")
    if kr.baseline_window:
        parts.append(f"window {kr.baseline_window}")
    return " · ".join(parts)


def evidence_figures(figures: dict[str, float]) -> str:
    """The demand figures a drafted KR cites, in words."""
    parts = [fmt.format(figures[key]) + f" {name}" for key, name, fmt in _FIGURES if key in figures]
    return ", ".join(parts)


def _where(finding: Finding) -> str:
    if finding.objective_index is None:
        return "set"
    if finding.kr_index is None:
        return f"O{finding.objective_index + 1}"
    return f"O{finding.objective_index + 1} KR{finding.kr_index + 1}"


def _key_result(number: int, kr: KeyResult, previous: KeyResult | None) -> list[str]:
    lines = [f"{number}. **{kr.text}**"]
    lines.append(
        f"   - baseline {quantity(kr.baseline, kr.unit)} → target {quantity(kr.target, kr.unit)}"
        + (f" per {kr.period}" if kr.period else "")
        + (f", by {kr.deadline}" if kr.deadline else "")
    )
    if kr.baseline_source:
        window = f" (window {kr.baseline_window})" if kr.baseline_window else ""
        lines.append(f"   - measured: {kr.baseline_source}{window}")
    if kr.measurement_plan:
        lines.append(f"   - to measure: {kr.measurement_plan}")
    if previous is not None and previous.evidence == kr.evidence:
        lines.append(f"   - evidence: the same {len(kr.evidence)} idea(s) as above")
        return lines
    for evidence in kr.evidence:
        figures = evidence_figures(evidence.figures)
        lines.append(f"   - evidence: #{evidence.idea_id} {evidence.title} ({figures})")
    return lines


def okr_set_lines(okr_set: OkrSet) -> list[str]:
    lines: list[str] = []
    for number, objective in enumerate(okr_set.objectives, start=1):
        owner = f" — owner: {objective.owner}" if objective.owner else " — owner: (to assign)"
        lines += [f"### Objective {number}: {objective.title}{owner}", ""]
        previous = None
        for k, kr in enumerate(objective.key_results, start=1):
            lines += _key_result(k, kr, previous)
            previous = kr
        lines.append("")
    return lines


def _findings(findings: list[Finding]) -> list[str]:
    if not findings:
        return ["No findings."]
    return [
        f"- `{f.code}` ({f.severity}, {_where(f)}): {f.message} Fix: {f.suggestion}"
        for f in findings
    ]


def _round(r: DraftRound) -> list[str]:
    lines = [f"### Round {r.number} ({r.provider})", ""]
    if r.critique:
        lines += [f"> {r.critique}", ""]
    lines += [f"- {change}" for change in r.changes] or ["- (no changes)"]
    blocking = sum(1 for f in r.findings if f.severity == "block")
    lines += [
        "",
        f"{len(r.findings)} finding(s), {blocking} blocking: "
        + (", ".join(sorted({f"`{f.code}`" for f in r.findings})) or "none"),
        "",
    ]
    return lines


def render_markdown(draft: DraftRead) -> str:
    """The draft as Markdown: objectives, KRs with baselines and evidence, findings, rounds."""
    verdict = "passed the critic" if draft.passed else "did NOT pass the critic"
    model = f" ({draft.model})" if draft.model else ""
    lines = [
        f"# OKR draft {draft.id} for {draft.cycle_name}",
        "",
        f"Drafted by **{draft.provider}**{model}; {verdict}; status {draft.status}.",
    ]
    if draft.fallback_reason:
        lines.append(f"Fell back to the offline drafter: {draft.fallback_reason}.")
    if draft.usage.calls:
        u = draft.usage
        lines.append(
            f"LLM usage: {u.calls} call(s), {u.requests} request(s), {u.prompt_tokens:,} prompt + "
            f"{u.completion_tokens:,} completion tokens, ${u.cost_usd:.4f}."
        )
    if draft.goals:
        lines += ["", "Goals: " + "; ".join(draft.goals)]
    lines += ["", "## Objectives and key results", ""]
    lines += okr_set_lines(draft.okr_set)
    lines += ["## Findings", ""] + _findings(draft.findings) + ["", "## Rounds", ""]
    for r in draft.rounds:
        lines += _round(r)
    return "\n".join(lines).rstrip() + "\n"
