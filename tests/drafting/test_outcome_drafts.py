"""The issue's goals over demo backlogs of several sizes and goal lists (the `throughline demo`
generator in service/sampledata): every drafted objective has an outcome KR, at most one
feedback-volume KR, no blocking finding, and every KR a measured baseline with its window or a
stated plan for measuring it."""

from __future__ import annotations

import pytest

from drafting.critic import lint_set
from drafting.loop import draft_okrs
from drafting.offline import OfflineDrafter
from models.okr import KeyResult, Severity
from tests.support.draft_checks import assert_good_result, is_feedback_volume
from tests.support.draft_data import demo_request

BACKLOGS = [
    (400, [], "2027-Q1"),
    (1200, ["Make invoicing painless for finance teams"], "2027-Q2"),
    (3000, [], "2027-Q1"),
    (3000, ["Launch Okta SSO", "Make exports reliable"], "2027-Q3"),
]


@pytest.mark.parametrize(
    ("n", "goals", "cycle"), BACKLOGS, ids=[f"{b[0]}-{b[2]}" for b in BACKLOGS]
)
def test_every_demo_draft_leads_with_outcomes(n: int, goals: list[str], cycle: str) -> None:
    result = draft_okrs(demo_request(goals, cycle=cycle, n=n), OfflineDrafter(), 3)
    assert_good_result(result, cycle)
    assert not [f for f in lint_set(result.okr_set, draft=True) if f.severity == Severity.block]
    for objective in result.okr_set.objectives:
        outcomes = [kr for kr in objective.key_results if not is_feedback_volume(kr)]
        assert outcomes and len(objective.key_results) - len(outcomes) <= 1
        # the requesters' own verdict leads each objective whose theme has accounts behind it
        assert "confirm it solved their need" in outcomes[0].text, objective.title
        for kr in objective.key_results:
            assert (kr.baseline is not None and kr.baseline_window) or kr.measurement_plan


def test_revise_replaces_perverse_and_output_krs_with_outcomes() -> None:
    request = demo_request()
    drafter = OfflineDrafter()
    good = drafter.propose(request).okr_set
    first = good.objectives[0]
    evidence = first.key_results[0].evidence
    perverse = KeyResult(
        text="Cut the MRR of accounts raising integrations from $194,860 to $116,920",
        evidence=evidence,
        baseline_source="summed MRR of the accounts that raised it",
    )
    output = KeyResult(
        text="Increase the number of features shipped from 4 to 12", evidence=evidence
    )
    broken = good.model_copy(
        update={
            "objectives": [first.model_copy(update={"key_results": [perverse, output]})]
            + good.objectives[1:]
        }
    )
    findings = lint_set(broken, draft=True)
    assert {"perverse_target", "output_metric"} <= {f.code.value for f in findings}
    fixed = drafter.revise(request, broken, findings)
    assert not [f for f in lint_set(fixed.okr_set, draft=True) if f.severity == Severity.block]
    texts = [kr.text for kr in fixed.okr_set.objectives[0].key_results]
    assert perverse.text not in texts and output.text not in texts
    assert any("confirm it solved their need" in t for t in texts)
