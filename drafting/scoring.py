"""Scoring a cycle, as drafting/RULES.md "Scoring" describes it.

Every KR scores 0.0–1.0 from its baseline, target and current value:

- **linear** (default): progress = (current − baseline) / (target − baseline), clamped to
  [0, 1]. The formula is direction-aware by itself: for a decreasing KR (2.4 s → 0.9 s) both
  differences are negative, so getting down to 1.5 s is progress 0.6.
- **binary**: 1.0 when the target is reached (at or past it in the KR's direction), else 0.0.
- **threshold**: progress (as for linear) read through a step table. The default table,
  `DEFAULT_STEPS`, puts each band of drafting/RULES.md on one score:

  | progress        | score |
  |-----------------|-------|
  | below 30%       | 0.0   |
  | 30% up to 70%   | 0.5   |
  | 70% up to 100%  | 0.7   |
  | 100% (target)   | 1.0   |

An objective scores the weighted mean of its scored KRs; the cycle scores the weighted mean
of its scored objectives. 0.7 is success for a stretch goal; ≤ 0.3 calls for a review; a team
that scores 1.0 every cycle is not aiming high enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from models.cycles import Grade, ScoringMethod
from models.okr import Direction

# (lowest progress, score) pairs, ascending: the score of the last step reached applies.
DEFAULT_STEPS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.3, 0.5), (0.7, 0.7), (1.0, 1.0))
SUCCESS = 0.7
REVIEW = 0.3
_EPSILON = 1e-9


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def heading(baseline: float | None, target: float, direction: Direction | None) -> Direction:
    """Which way a KR must move: its stated direction, else baseline vs target, else up.

    `reach` and `stay` take the way from baseline to target; with none, higher is better.
    """
    if direction in (Direction.increase, Direction.decrease):
        return direction
    if baseline is not None and target < baseline:
        return Direction.decrease
    return Direction.increase


def reached(
    current: float, target: float, baseline: float | None, direction: Direction | None
) -> bool:
    """True when `current` is at the target or past it in the KR's direction."""
    if heading(baseline, target, direction) == Direction.decrease:
        return current <= target + _EPSILON
    return current >= target - _EPSILON


def progress(
    current: float, baseline: float | None, target: float, direction: Direction | None
) -> float | None:
    """Linear progress from baseline to target, clamped to [0, 1].

    Args:
        current: the latest measured value.
        baseline: the value at the start; None when unknown.
        target: the value to reach.
        direction: the KR's direction (only used when baseline equals the target).

    Returns:
        0.0–1.0, or None when there is no baseline to measure from.
    """
    if baseline is None:
        return None
    span = target - baseline
    if abs(span) < _EPSILON:  # "stay at X": either it holds or it does not
        return 1.0 if reached(current, target, baseline, direction) else 0.0
    return _clamp((current - baseline) / span)


def step_score(fraction: float, steps: Sequence[tuple[float, float]] = DEFAULT_STEPS) -> float:
    """The score of the highest step whose lower bound `fraction` reaches."""
    score = steps[0][1]
    for lowest, value in steps:
        if fraction + _EPSILON >= lowest:
            score = value
    return score


def score_key_result(
    method: ScoringMethod | str,
    current: float | None,
    baseline: float | None,
    target: float | None,
    direction: Direction | None = None,
    steps: Sequence[tuple[float, float]] = DEFAULT_STEPS,
) -> float | None:
    """Score one KR 0.0–1.0 by its scoring method.

    Args:
        method: linear, binary or threshold.
        current: the latest value; None when nothing was measured (then the baseline is
            taken as the current value, which scores no progress).
        baseline: the starting value, or None.
        target: the value to reach; None leaves the KR unscored.
        direction: increase, decrease, reach or stay (None: read from baseline vs target).
        steps: the threshold step table.

    Returns:
        The score rounded to 4 places, or None when the KR cannot be scored.
    """
    if target is None:
        return None
    value = current if current is not None else baseline
    if value is None:
        return None
    method = ScoringMethod(method)
    if method == ScoringMethod.binary:
        return 1.0 if reached(value, target, baseline, direction) else 0.0
    fraction = progress(value, baseline, target, direction)
    if fraction is None:
        return None
    if method == ScoringMethod.threshold:
        return step_score(fraction, steps)
    return round(fraction, 4)


def weighted_mean(scored: Iterable[tuple[float | None, float]]) -> float | None:
    """Mean of the (score, weight) pairs that have a score; None when none has.

    Unscored parts are left out rather than counted as 0: a KR with nothing to measure
    from says nothing about progress.
    """
    total = weights = 0.0
    for score, weight in scored:
        if score is None or weight <= 0:
            continue
        total += score * weight
        weights += weight
    return round(total / weights, 4) if weights else None


def grade(score: float | None) -> Grade:
    """The OKR reading of a score: ≥ 0.7 success, ≤ 0.3 review, between: progress."""
    if score is None:
        return Grade.unscored
    if score >= SUCCESS - _EPSILON:
        return Grade.success
    if score <= REVIEW + _EPSILON:
        return Grade.review
    return Grade.progress


def grade_notes(score: float | None, owner_history: dict[str, list[float]]) -> list[str]:
    """Readings for a cycle and its teams.

    Args:
        score: the cycle's score.
        owner_history: per owner, their score in each cycle so far, oldest first, the
            current cycle last.

    Returns:
        One sentence per reading: the cycle grade, owners that scored 1.0 every cycle
        (not aiming high enough) and owners at 0.3 or less this cycle (review).
    """
    notes: list[str] = []
    reading = grade(score)
    if reading == Grade.success:
        notes.append(f"Cycle score {score:.2f}: 0.7 or more is success for stretch goals.")
    elif reading == Grade.progress:
        notes.append(f"Cycle score {score:.2f}: progress, short of the 0.7 that counts as success.")
    elif reading == Grade.review:
        notes.append(
            f"Cycle score {score:.2f}: 0.3 or less — review the goals, the execution or "
            "the assumptions."
        )
    for owner, history in sorted(owner_history.items()):
        if not history:
            continue
        if all(s >= 1.0 - _EPSILON for s in history):
            cycles = "this cycle" if len(history) == 1 else f"all {len(history)} cycles"
            notes.append(
                f"{owner} scored 1.0 in {cycles}: a team that always scores 1.0 is not aiming "
                "high enough."
            )
        elif history[-1] <= REVIEW + _EPSILON:
            notes.append(
                f"{owner} scored {history[-1]:.2f}: review the goal, the execution or the "
                "assumptions."
            )
    return notes


def expected_value(baseline: float, target: float, elapsed_days: int, total_days: int) -> float:
    """The straight line from baseline (cycle start) to target (cycle end) on a given day."""
    if total_days <= 0:
        return target
    share = min(1.0, max(0.0, elapsed_days / total_days))
    return round(baseline + (target - baseline) * share, 6)
