"""Scores and the progress view of a cycle, computed from the stored revisions and check-ins
by the pure rules in `drafting.scoring`.

Reading a KR as of a day: its latest revision says baseline, target and direction; its
current value is the latest check-in on or before that day. A KR that states no baseline
takes its first check-in as the baseline (the value measured at the start), and a relative
change ("by 30%") then sets the target. A KR with no value yet scores as if it still stood
at its baseline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from drafting import scoring
from models.cycles import (
    AlignmentNode,
    CheckInRead,
    CheckInSource,
    ConfidencePoint,
    CycleView,
    KeyResultScore,
    KeyResultView,
    MetricBinding,
    ObjectiveScore,
    ObjectiveView,
    RevisionRead,
    ScoreTable,
    ScoringMethod,
    TrajectoryPoint,
)
from models.okr import KeyResult
from models.okr_tables import CheckIn, Cycle, KeyResultRevision, KeyResultRow, ObjectiveRow
from service.okrs import store as okr_store
from service.okrs.checkins import refresh_cycle, today_utc
from service.okrs.cycles import find_cycle
from service.workspaces import store as workspace_store


@dataclass
class KrState:
    """One KR as of a day: what it says now, its check-ins so far and its score."""

    row: KeyResultRow
    revisions: list[KeyResultRevision]
    check_ins: list[CheckIn]
    current: KeyResult
    score: KeyResultScore


@dataclass
class ObjectiveState:
    row: ObjectiveRow
    krs: list[KrState]
    score: float | None


def effective_targets(kr: KeyResult, first: float | None) -> tuple[float | None, float | None]:
    """(baseline, target): the stated ones, else the first value and the stated change."""
    baseline = kr.baseline if kr.baseline is not None else first
    target = kr.target
    if target is None and baseline is not None:
        if kr.relative_change is not None:
            target = round(baseline * (1 + kr.relative_change), 6)
        elif kr.absolute_change is not None:
            target = baseline + kr.absolute_change
    return baseline, target


def is_stale(cycle: Cycle, last: date | None, as_of: date, cadence_days: int) -> bool:
    """Stale: the cycle is running and the last check-in (or its start) is over a cadence old."""
    if not cycle.starts_on <= as_of <= cycle.ends_on:
        return False
    return (as_of - (last or cycle.starts_on)).days > cadence_days


def kr_state(
    row: KeyResultRow,
    revisions: list[KeyResultRevision],
    check_ins: list[CheckIn],
    cycle: Cycle,
    as_of: date,
    cadence_days: int,
) -> KrState:
    current = (
        KeyResult.model_validate(revisions[-1].key_result) if revisions else KeyResult(text="")
    )
    first = check_ins[0].value if check_ins else None
    baseline, target = effective_targets(current, first)
    last = check_ins[-1] if check_ins else None
    confident = [c for c in check_ins if c.confidence is not None]
    method = ScoringMethod(row.scoring)
    score = KeyResultScore(
        key_result_id=row.id,
        objective_id=row.objective_id,
        text=current.text,
        scoring=method,
        weight=row.weight,
        baseline=baseline,
        target=target,
        current=last.value if last else None,
        score=scoring.score_key_result(
            method, last.value if last else None, baseline, target, current.direction
        ),
        confidence=confident[-1].confidence if confident else None,
        last_checked_on=last.checked_on if last else None,
        stale=is_stale(cycle, last.checked_on if last else None, as_of, cadence_days),
        source=CheckInSource(last.source) if last else None,
    )
    return KrState(row, revisions, check_ins, current, score)


def cycle_states(
    session: Session, workspace_id: int, cycle: Cycle, as_of: date
) -> list[ObjectiveState]:
    """Every objective of the cycle with its KRs read as of a day (one query per table)."""
    cadence = workspace_store.read_settings(session, workspace_id).checkin_cadence_days
    objectives = okr_store.objectives(session, cycle.id)
    krs = okr_store.key_results(session, [o.id for o in objectives])
    kr_ids = [k.id for k in krs]
    revisions = okr_store.revisions(session, kr_ids)
    check_ins = okr_store.check_ins(session, kr_ids, until=as_of)
    states = []
    for objective in objectives:
        mine = [
            kr_state(k, revisions[k.id], check_ins[k.id], cycle, as_of, cadence)
            for k in krs
            if k.objective_id == objective.id
        ]
        score = scoring.weighted_mean((s.score.score, s.row.weight) for s in mine)
        states.append(ObjectiveState(objective, mine, score))
    return states


def cycle_score(states: list[ObjectiveState]) -> float | None:
    return scoring.weighted_mean((s.score, s.row.weight) for s in states)


def owner_scores(states: list[ObjectiveState]) -> dict[str, float]:
    """Each owner's weighted mean over their objectives in one cycle."""
    owners: dict[str, list[tuple[float | None, float]]] = {}
    for state in states:
        if state.row.owner:
            owners.setdefault(state.row.owner, []).append((state.score, state.row.weight))
    found = {owner: scoring.weighted_mean(pairs) for owner, pairs in owners.items()}
    return {owner: score for owner, score in found.items() if score is not None}


def owner_history(
    session: Session, workspace_id: int, cycle: Cycle, current: dict[str, float]
) -> dict[str, list[float]]:
    """Per owner of this cycle: their score in each earlier cycle, then in this one."""
    history: dict[str, list[float]] = {owner: [] for owner in current}
    for earlier in okr_store.list_cycles(session, workspace_id):
        if earlier.starts_on >= cycle.starts_on or earlier.id == cycle.id:
            continue
        past = owner_scores(cycle_states(session, workspace_id, earlier, earlier.ends_on))
        for owner, score in past.items():
            if owner in history:
                history[owner].append(score)
    for owner, score in current.items():
        history[owner].append(score)
    return history


def _prepare(
    session: Session, workspace_id: int, name: str, as_of: date | None
) -> tuple[Cycle, date, list[ObjectiveState], float | None, list[str]]:
    cycle = find_cycle(session, workspace_id, name)
    as_of = as_of or today_utc()
    refresh_cycle(session, workspace_id, cycle, min(as_of, today_utc()))
    states = cycle_states(session, workspace_id, cycle, as_of)
    score = cycle_score(states)
    history = owner_history(session, workspace_id, cycle, owner_scores(states))
    return cycle, as_of, states, score, scoring.grade_notes(score, history)


def score_cycle(
    session: Session, workspace_id: int, name: str, as_of: date | None = None
) -> ScoreTable:
    """The score table: every KR's score, objective means and the cycle's grade and notes.

    Feedback-bound KRs are measured first, so their values are current.
    """
    cycle, as_of, states, score, notes = _prepare(session, workspace_id, name, as_of)
    return ScoreTable(
        cycle=cycle.name,
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        as_of=as_of,
        score=score,
        grade=scoring.grade(score),
        notes=notes,
        objectives=[
            ObjectiveScore(
                objective_id=s.row.id,
                title=s.row.title,
                owner=s.row.owner,
                parent_id=s.row.parent_id,
                weight=s.row.weight,
                score=s.score,
                key_results=[k.score for k in s.krs],
            )
            for s in states
        ],
    )


def trajectory(state: KrState, cycle: Cycle) -> list[TrajectoryPoint]:
    """Check-in values against the straight line from baseline (start) to target (end)."""
    baseline, target = state.score.baseline, state.score.target
    total = (cycle.ends_on - cycle.starts_on).days

    def expected(day: date) -> float | None:
        if baseline is None or target is None:
            return None
        return scoring.expected_value(baseline, target, (day - cycle.starts_on).days, total)

    actual: dict[date, float] = {c.checked_on: c.value for c in state.check_ins}
    days = sorted({cycle.starts_on, cycle.ends_on, *actual})
    return [TrajectoryPoint(on=d, expected=expected(d), actual=actual.get(d)) for d in days]


def kr_view(state: KrState, cycle: Cycle) -> KeyResultView:
    return KeyResultView(
        **state.score.model_dump(),
        unit=state.current.unit,
        direction=state.current.direction,
        revision=state.revisions[-1].number if state.revisions else 0,
        revisions=[RevisionRead.model_validate(r) for r in state.revisions],
        binding=MetricBinding.model_validate(state.row.binding) if state.row.binding else None,
        trajectory=trajectory(state, cycle),
        confidence_trend=[
            ConfidencePoint(on=c.checked_on, confidence=c.confidence)
            for c in state.check_ins
            if c.confidence is not None
        ],
        check_ins=[CheckInRead.model_validate(c) for c in state.check_ins],
    )


def alignment(states: list[ObjectiveState]) -> list[AlignmentNode]:
    """The tree of objectives: roots are those without a parent in this cycle."""
    here = {s.row.id for s in states}
    children: dict[int | None, list[ObjectiveState]] = {}
    for s in states:
        parent = s.row.parent_id if s.row.parent_id in here else None
        children.setdefault(parent, []).append(s)

    def node(state: ObjectiveState, seen: frozenset[int]) -> AlignmentNode:
        below = [c for c in children.get(state.row.id, []) if c.row.id not in seen]
        return AlignmentNode(
            objective_id=state.row.id,
            title=state.row.title,
            owner=state.row.owner,
            score=state.score,
            children=[node(c, seen | {c.row.id}) for c in below],
        )

    return [node(s, frozenset({s.row.id})) for s in children.get(None, [])]


def cycle_view(
    session: Session, workspace_id: int, name: str, as_of: date | None = None
) -> CycleView:
    """The progress view model of a cycle: the web page only lays this out."""
    cycle, as_of, states, score, notes = _prepare(session, workspace_id, name, as_of)
    total = (cycle.ends_on - cycle.starts_on).days
    elapsed = min(1.0, max(0.0, (as_of - cycle.starts_on).days / total)) if total else 1.0
    return CycleView(
        cycle=cycle.name,
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        as_of=as_of,
        cadence_days=workspace_store.read_settings(session, workspace_id).checkin_cadence_days,
        elapsed=round(elapsed, 4),
        score=score,
        grade=scoring.grade(score),
        notes=notes,
        objectives=[
            ObjectiveView(
                objective_id=s.row.id,
                title=s.row.title,
                owner=s.row.owner,
                parent_id=s.row.parent_id,
                weight=s.row.weight,
                score=s.score,
                stale_key_results=sum(1 for k in s.krs if k.score.stale),
                key_results=[kr_view(k, cycle) for k in s.krs],
            )
            for s in states
        ],
        alignment=alignment(states),
    )
