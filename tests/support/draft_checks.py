"""What every stored draft must be: the issue's acceptance checks as one assertion."""

from __future__ import annotations

from drafting.critic import lint_set
from models.drafts import DraftResult
from models.okr import KeyResult, OkrSet, Severity, cycle_dates


def assert_good_draft(okr_set: OkrSet, cycle: str) -> None:
    """1-3 objectives, 2-5 KRs each, no blocking finding, every KR evidenced and measured
    (a sourced baseline with its window) or planned (how and by when it will be measured);
    at least one KR per objective not from feedback volume, at most one from it."""
    assert 1 <= len(okr_set.objectives) <= 3
    blocking = [f for f in lint_set(okr_set, draft=True) if f.severity == Severity.block]
    assert blocking == []
    end = cycle_dates(cycle)[1].isoformat()
    for objective in okr_set.objectives:
        assert 2 <= len(objective.key_results) <= 5, objective.title
        volume = [kr for kr in objective.key_results if is_feedback_volume(kr)]
        assert len(volume) <= 1, objective.title
        assert len(volume) < len(objective.key_results), objective.title
        for kr in objective.key_results:
            assert kr.target is not None, kr.text
            if kr.baseline is None:
                plan = kr.measurement_plan or ""
                assert "by 20" in plan and "metric" in plan, kr.text  # how and by when
                assert "to be measured" in kr.text, kr.text
            else:
                assert kr.baseline_source and kr.baseline_source != "unknown", kr.text
                assert kr.baseline_window and ".." in kr.baseline_window, kr.text
            assert kr.evidence and all(e.figures for e in kr.evidence), kr.text
            assert kr.deadline == end


def is_feedback_volume(kr: KeyResult) -> bool:
    """A KR that counts feedback items (the guard), judged from its metric's words."""
    return "feedback items" in (kr.metric or "")


def assert_good_result(result: DraftResult, cycle: str) -> None:
    assert result.passed, result.findings
    assert result.okr_set.cycle == cycle
    assert_good_draft(result.okr_set, cycle)
    assert result.rounds and result.rounds[-1].okr_set == result.okr_set
    assert [r.number for r in result.rounds] == list(range(1, len(result.rounds) + 1))
