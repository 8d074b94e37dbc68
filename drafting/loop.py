"""propose → critique → revise, at most N rounds, keeping every round for the PM to read.

The deterministic critic has the last word: a round passes when no finding blocks and the set
has the shape drafting/RULES.md asks of a draft (1-3 objectives, 2-5 KRs each, every baseline
sourced and every KR citing evidence). When a drafter cannot answer, or its draft still does
not pass after the last round, the fallback drafter (the offline one) takes over and the
reason is recorded with the result.
"""

from __future__ import annotations

import logging
from collections import Counter

from drafting.critic import lint_set
from drafting.proposal import Drafter, DrafterUnavailable, Proposal
from models.drafts import DraftRequest, DraftResult, DraftRound, Usage
from models.okr import Finding, FindingCode, OkrSet, Severity

log = logging.getLogger(__name__)

# Warnings a machine draft may not keep: they break the draft's promised shape or its honesty.
MUST_FIX_WARNINGS = {
    FindingCode.kr_count,
    FindingCode.too_many_objectives,
    FindingCode.unsourced_baseline,
    FindingCode.no_evidence,
}


def must_fix(findings: list[Finding]) -> list[Finding]:
    """Findings that keep a draft from passing: every block, and the draft-shape warnings."""
    return [f for f in findings if f.severity == Severity.block or f.code in MUST_FIX_WARNINGS]


def passes(okr_set: OkrSet, findings: list[Finding]) -> bool:
    return 1 <= len(okr_set.objectives) <= 3 and not must_fix(findings)


def summarise(findings: list[Finding]) -> str:
    """The critic's verdict in words, for rounds whose drafter wrote no critique itself."""
    if not findings:
        return "The critic found nothing to fix."
    blocking = Counter(f.code.value for f in findings if f.severity == Severity.block)
    warnings = Counter(f.code.value for f in findings if f.severity == Severity.warn)
    parts = []
    if blocking:
        parts.append("blocking: " + ", ".join(f"{c} x{n}" for c, n in blocking.items()))
    if warnings:
        parts.append("warnings: " + ", ".join(f"{c} x{n}" for c, n in warnings.items()))
    return "The critic found " + "; ".join(parts) + "."


class _Run:
    """Accumulates rounds and usage across a drafter and its fallback."""

    def __init__(self, request: DraftRequest) -> None:
        self.request = request
        self.rounds: list[DraftRound] = []
        self.usage = Usage()

    def record(self, drafter: Drafter, proposal: Proposal) -> list[Finding]:
        findings = lint_set(proposal.okr_set, draft=True)
        self.usage = self.usage.plus(proposal.usage)
        self.rounds.append(
            DraftRound(
                number=len(self.rounds) + 1,
                provider=drafter.provider,
                okr_set=proposal.okr_set,
                findings=findings,
                changes=proposal.changes,
                critique=proposal.critique or summarise(findings),
                usage=proposal.usage,
            )
        )
        log.info(
            "draft_round number=%d provider=%s objectives=%d blocking=%d must_fix=%d",
            len(self.rounds),
            drafter.provider,
            len(proposal.okr_set.objectives),
            sum(1 for f in findings if f.severity == Severity.block),
            len(must_fix(findings)),
        )
        return findings

    def iterate(self, drafter: Drafter, max_rounds: int) -> DraftResult:
        proposal = drafter.propose(self.request)
        findings = self.record(drafter, proposal)
        for _ in range(max_rounds - 1):
            if passes(proposal.okr_set, findings):
                break
            proposal = drafter.revise(self.request, proposal.okr_set, findings)
            findings = self.record(drafter, proposal)
        return DraftResult(
            okr_set=proposal.okr_set,
            findings=findings,
            rounds=list(self.rounds),
            passed=passes(proposal.okr_set, findings),
            provider=drafter.provider,
            model=drafter.model,
            usage=self.usage,
        )


def draft_okrs(
    request: DraftRequest,
    drafter: Drafter,
    max_rounds: int = 3,
    fallback: Drafter | None = None,
) -> DraftResult:
    """Draft OKRs: propose, critique with `lint_set`, revise until nothing must be fixed.

    Args:
        request: The cycle, goals and measured demand.
        drafter: Who proposes and revises (offline, or an LLM).
        max_rounds: Rounds at most, the first proposal included (at least 1).
        fallback: Takes over when `drafter` is unavailable or its last round does not pass;
            its rounds continue the numbering, and the reason is kept in `fallback_reason`.

    Returns:
        The final set, its findings, every round, whether it passed and the usage.

    Raises:
        DrafterUnavailable: the drafter could not answer and there is no fallback.
        NothingToDraft: the request holds too little measured demand.
    """
    run = _Run(request)
    rounds = max(1, max_rounds)
    try:
        result = run.iterate(drafter, rounds)
    except DrafterUnavailable as exc:
        if fallback is None:
            raise
        run.usage = run.usage.plus(exc.usage)
        reason = exc.reason
    else:
        if result.passed or fallback is None or fallback is drafter:
            return result
        left = len(must_fix(result.findings))
        reason = (
            f"the {drafter.provider} draft still had {left} finding(s) to fix after "
            f"{rounds} round(s)"
        )
    log.warning("draft_fallback provider=%s reason=%r", drafter.provider, reason)
    result = run.iterate(fallback, rounds)
    return result.model_copy(update={"fallback_reason": reason})
