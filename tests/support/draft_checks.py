"""What every stored draft must be: the issue's acceptance checks as one assertion."""

from __future__ import annotations

from drafting.critic import lint_set
from models.drafts import DraftResult
from models.okr import OkrSet, Severity, cycle_dates


def assert_good_draft(okr_set: OkrSet, cycle: str) -> None:
    """1-3 objectives, 2-5 KRs each, no blocking finding, every KR measured and evidenced."""
    assert 1 <= len(okr_set.objectives) <= 3
    blocking = [f for f in lint_set(okr_set, draft=True) if f.severity == Severity.block]
    assert blocking == []
    end = cycle_dates(cycle)[1].isoformat()
    for objective in okr_set.objectives:
        assert 2 <= len(objective.key_results) <= 5, objective.title
        for kr in objective.key_results:
            assert kr.baseline is not None and kr.target is not None, kr.text
            assert kr.baseline_source and kr.baseline_source != "unknown", kr.text
            assert kr.evidence and all(e.figures for e in kr.evidence), kr.text
            assert kr.deadline == end


def assert_good_result(result: DraftResult, cycle: str) -> None:
    assert result.passed, result.findings
    assert result.okr_set.cycle == cycle
    assert_good_draft(result.okr_set, cycle)
    assert result.rounds and result.rounds[-1].okr_set == result.okr_set
    assert [r.number for r in result.rounds] == list(range(1, len(result.rounds) + 1))
