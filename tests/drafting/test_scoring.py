"""Scoring rules of drafting/RULES.md, checked against values computed by hand."""

from __future__ import annotations

import pytest

from drafting.scoring import (
    DEFAULT_STEPS,
    expected_value,
    grade,
    grade_notes,
    progress,
    score_key_result,
    step_score,
    weighted_mean,
)
from models.cycles import Grade, ScoringMethod
from models.okr import Direction

LINEAR, BINARY, THRESHOLD = ScoringMethod.linear, ScoringMethod.binary, ScoringMethod.threshold


@pytest.mark.parametrize(
    ("current", "expected"),
    [(140, 0.0), (200, 0.5), (230, 0.75), (260, 1.0), (300, 1.0), (100, 0.0)],
)
def test_linear_increase_is_share_of_the_way_clamped(current: float, expected: float) -> None:
    # "Raise upgrades from 140 to 260": (current − 140) / 120, clamped to [0, 1].
    assert score_key_result(LINEAR, current, 140, 260, Direction.increase) == expected


@pytest.mark.parametrize(
    ("current", "expected"), [(2.4, 0.0), (1.5, 0.6), (0.9, 1.0), (0.5, 1.0), (3.0, 0.0)]
)
def test_linear_decrease_counts_going_down_as_progress(current: float, expected: float) -> None:
    # "Cut p95 from 2.4 s to 0.9 s": 1.5 s is (1.5 − 2.4) / (0.9 − 2.4) = 0.6 of the way.
    assert score_key_result(LINEAR, current, 2.4, 0.9, Direction.decrease) == pytest.approx(
        expected
    )


def test_binary_is_reached_or_not_in_the_krs_direction() -> None:
    assert score_key_result(BINARY, 260, 140, 260, Direction.increase) == 1.0
    assert score_key_result(BINARY, 259.9, 140, 260, Direction.increase) == 0.0
    assert score_key_result(BINARY, 0.9, 2.4, 0.9, Direction.decrease) == 1.0
    assert score_key_result(BINARY, 0.95, 2.4, 0.9, Direction.decrease) == 0.0
    # no direction: read from baseline → target; no baseline either: higher is better
    assert score_key_result(BINARY, 0.8, 2.4, 0.9, None) == 1.0
    assert score_key_result(BINARY, 41, None, 40, Direction.reach) == 1.0


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (140, 0.0),
        (170, 0.0),  # 25% of the way
        (176, 0.5),  # 30%
        (222, 0.5),  # 68.3%
        (224, 0.7),  # 70%
        (259, 0.7),  # 99.2%
        (260, 1.0),
        (400, 1.0),
    ],
)
def test_threshold_reads_progress_through_the_step_table(current: float, expected: float) -> None:
    assert score_key_result(THRESHOLD, current, 140, 260, Direction.increase) == expected


def test_threshold_on_a_decreasing_kr_and_custom_steps() -> None:
    # 2.4 → 0.9: 1.35 s is (2.4 − 1.35) / 1.5 = 70% of the way → 0.7
    assert score_key_result(THRESHOLD, 1.35, 2.4, 0.9, Direction.decrease) == 0.7
    assert score_key_result(THRESHOLD, 2.0, 2.4, 0.9, Direction.decrease) == 0.0  # 26.7%
    steps = ((0.0, 0.0), (0.5, 0.6), (1.0, 1.0))
    assert score_key_result(THRESHOLD, 200, 140, 260, steps=steps) == 0.6
    assert step_score(0.29999) == 0.0 and step_score(0.3) == 0.5
    assert [s for _, s in DEFAULT_STEPS] == [0.0, 0.5, 0.7, 1.0]


def test_missing_values() -> None:
    # no check-in yet: the KR stands at its baseline
    assert score_key_result(LINEAR, None, 140, 260) == 0.0
    assert score_key_result(BINARY, None, 140, 260) == 0.0
    # nothing to measure from
    assert score_key_result(LINEAR, 200, None, 260) is None
    assert score_key_result(LINEAR, 200, 140, None) is None
    assert score_key_result(THRESHOLD, None, None, 260) is None
    assert progress(5, None, 10, None) is None


def test_stay_kr_with_equal_baseline_and_target_is_held_or_not() -> None:
    assert score_key_result(LINEAR, 99.95, 99.9, 99.9, Direction.stay) == 1.0
    assert score_key_result(LINEAR, 99.0, 99.9, 99.9, Direction.stay) == 0.0
    assert score_key_result(LINEAR, 0.4, 0.5, 0.5, Direction.decrease) == 1.0


def test_weighted_mean_skips_unscored_parts() -> None:
    assert weighted_mean([(0.5, 1.0), (1.0, 3.0)]) == pytest.approx((0.5 + 3.0) / 4)
    assert weighted_mean([(0.5, 1.0), (None, 5.0), (0.0, 1.0)]) == 0.25
    assert weighted_mean([(None, 1.0)]) is None
    assert weighted_mean([]) is None


def test_grades_and_notes() -> None:
    assert grade(0.7) == Grade.success and grade(0.95) == Grade.success
    assert grade(0.5) == Grade.progress and grade(0.31) == Grade.progress
    assert grade(0.3) == Grade.review and grade(0.0) == Grade.review
    assert grade(None) == Grade.unscored
    notes = grade_notes(0.72, {"Growth": [1.0, 1.0, 1.0], "Core": [0.8, 0.25], "Web": [0.6]})
    assert "0.7 or more is success" in notes[0]
    assert any("Growth scored 1.0 in all 3 cycles" in n for n in notes)
    assert any(n.startswith("Core scored 0.25") and "review" in n for n in notes)
    assert not any(n.startswith("Web") for n in notes)
    assert "review" in grade_notes(0.2, {})[0]
    assert grade_notes(None, {}) == []


def test_expected_line_from_baseline_to_target() -> None:
    assert expected_value(140, 260, 0, 90) == 140
    assert expected_value(140, 260, 45, 90) == 200
    assert expected_value(2.4, 0.9, 30, 90) == pytest.approx(1.9)
    assert expected_value(140, 260, 120, 90) == 260
