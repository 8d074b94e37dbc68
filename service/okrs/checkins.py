"""Check-ins: people record a KR's value and confidence; KRs bound to a metric are measured
instead (source 'feedback', at most one per KR per day): from the stored feedback, from the
requesters' verdicts, or from a product metric the team pushes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from models.cycles import CheckInCreate, CheckInRead, CheckInSource, MetricBinding, MetricKind
from models.okr_tables import CheckIn, Cycle, KeyResultRow
from service.core.errors import InvalidInput
from service.notify import verdicts
from service.okrs import metrics, metrics_store
from service.okrs import store as okr_store
from service.okrs.cycles import bind_metric, find_key_result
from service.workspaces import store as workspace_store
from triage.feedback_metrics import measure, window

FEEDBACK_AUTHOR = "throughline"


def today_utc() -> date:
    return datetime.now(UTC).date()


def check_in(
    session: Session,
    workspace_id: int,
    kr_id: int,
    body: CheckInCreate,
    author: str,
    today: date | None = None,
) -> CheckIn:
    """Record a value with confidence and a note; past dates are fine, future ones are not."""
    kr = find_key_result(session, workspace_id, kr_id)
    today = today or today_utc()
    checked_on = body.checked_on or today
    if checked_on > today:
        raise InvalidInput(
            f"A check-in cannot be dated in the future ({checked_on}).", code="future_check_in"
        )
    cycle = okr_store.cycle_of(session, kr)
    if checked_on < cycle.starts_on:
        raise InvalidInput(
            f"{cycle.name} starts on {cycle.starts_on}; a check-in cannot come before it.",
            code="check_in_before_cycle",
        )
    row = CheckIn(
        key_result_id=kr.id,
        value=body.value,
        confidence=body.confidence,
        note=body.note or None,
        author=author[:100],
        checked_on=checked_on,
        source=CheckInSource.manual.value,
    )
    session.add(row)
    session.flush()
    return row


def list_check_ins(session: Session, workspace_id: int, kr_id: int) -> list[CheckInRead]:
    kr = find_key_result(session, workspace_id, kr_id)
    return [CheckInRead.model_validate(c) for c in okr_store.check_ins(session, [kr.id])[kr.id]]


def metric_value(
    session: Session, workspace_id: int, binding: MetricBinding, day: date
) -> float | None:
    """The bound metric on `day`: pushed points, verdicts, or the stored feedback over the
    window ending that day."""
    if binding.kind == MetricKind.product_metric and binding.metric_key:
        return metrics.value_on(session, workspace_id, binding.metric_key, day, binding.window_days)
    if binding.kind == MetricKind.verdict_solved_share:
        return verdicts.solved_share(session, workspace_id, binding.idea_ids, day)
    if binding.kind == MetricKind.reasks:
        return verdicts.reasks(session, workspace_id, binding.idea_ids, day)
    since, until = window(day, binding.window_days)
    scoped = binding.idea_ids or None
    if binding.kind != MetricKind.channel_share and scoped is None:
        return None
    signals = okr_store.signals(session, workspace_id, scoped, since, until)
    return measure(binding, signals, day)


_NOTES = {
    MetricKind.product_metric: "measured from the pushed product metric",
    MetricKind.verdict_solved_share: "measured from requesters' answers",
    MetricKind.reasks: "measured from re-asks after shipping",
}


def _record(
    session: Session, kr_id: int, day: date, value: float, note: str = "measured from feedback"
) -> CheckIn:
    """Upsert the day's measured check-in: re-measuring the same day replaces the value."""
    row = okr_store.feedback_check_in(session, kr_id, day)
    if row is None:
        row = CheckIn(
            key_result_id=kr_id,
            value=value,
            confidence=None,
            note=note,
            author=FEEDBACK_AUTHOR,
            checked_on=day,
            source=CheckInSource.feedback.value,
        )
        session.add(row)
    else:
        row.value = value
    session.flush()
    return row


def measure_key_result(
    session: Session, workspace_id: int, kr: KeyResultRow, cycle: Cycle, today: date
) -> CheckIn | None:
    """Measure one bound KR on `today` (at most the cycle's last day); None before it starts."""
    if not kr.binding or today < cycle.starts_on:
        return None
    day = min(today, cycle.ends_on)
    binding = MetricBinding.model_validate(kr.binding)
    value = metric_value(session, workspace_id, binding, day)
    if value is None:
        return None
    return _record(session, kr.id, day, value, _NOTES.get(binding.kind, "measured from feedback"))


def backfill(
    session: Session, workspace_id: int, kr: KeyResultRow, cycle: Cycle, today: date, step: int
) -> list[CheckIn]:
    """Weekly (every `step` days) values from the cycle's start to today, for a new binding:
    the trajectory then starts at the cycle's start, not on the day the KR was bound."""
    rows = []
    day = cycle.starts_on
    last = min(today, cycle.ends_on)
    while day < last:
        found = measure_key_result(session, workspace_id, kr, cycle, day)
        if found is not None:
            rows.append(found)
        day += timedelta(days=step)
    found = measure_key_result(session, workspace_id, kr, cycle, last)
    if found is not None:
        rows.append(found)
    return rows


def refresh_bound_krs(session: Session, workspace_id: int, today: date | None = None) -> int:
    """Re-measure every feedback-bound KR of the workspace as of `today`; returns how many."""
    today = today or today_utc()
    done = 0
    for kr, cycle in okr_store.bound_key_results(session, workspace_id):
        if measure_key_result(session, workspace_id, kr, cycle, today) is not None:
            done += 1
    return done


def refresh_cycle(session: Session, workspace_id: int, cycle: Cycle, today: date) -> None:
    """Re-measure the bound KRs of one cycle (what reading its scores or view does)."""
    for kr, kr_cycle in okr_store.bound_key_results(session, workspace_id):
        if kr_cycle.id == cycle.id:
            measure_key_result(session, workspace_id, kr, cycle, today)


def bind_key_result(
    session: Session,
    workspace_id: int,
    kr_id: int,
    binding: MetricBinding | None,
    actor: str,
    today: date | None = None,
) -> KeyResultRow:
    """Bind a KR to a metric and measure it at once, back to the cycle's start."""
    if binding is not None and binding.kind == MetricKind.product_metric:
        key = metrics.check_key(binding.metric_key or "")
        if metrics_store.get_metric(session, workspace_id, key) is None:
            raise InvalidInput(
                f"No metric {key!r} in this workspace: push its points first.",
                code="metric_not_found",
            )
        binding = binding.model_copy(update={"metric_key": key})
    kr = bind_metric(session, workspace_id, kr_id, binding, actor)
    if binding is not None:
        cycle = okr_store.cycle_of(session, kr)
        cadence = workspace_store.read_settings(session, workspace_id).checkin_cadence_days
        backfill(session, workspace_id, kr, cycle, today or today_utc(), cadence)
    return kr


def follow(
    session: Session,
    workspace_id: int,
    *,
    metric_key: str | None = None,
    idea_id: int | None = None,
    today: date | None = None,
) -> int:
    """Re-measure the KRs bound to a pushed metric (new points) or to verdicts on an idea (a
    new answer), back to their cycle's start; returns how many KRs followed."""
    today = today or today_utc()
    cadence = workspace_store.read_settings(session, workspace_id).checkin_cadence_days
    followed = 0
    for kr, cycle in okr_store.bound_key_results(session, workspace_id):
        binding = MetricBinding.model_validate(kr.binding)
        by_key = metric_key is not None and binding.metric_key == metric_key
        verdict_kinds = (MetricKind.verdict_solved_share, MetricKind.reasks)
        by_idea = idea_id is not None and binding.kind in verdict_kinds
        if by_idea:
            by_idea = idea_id in verdicts.family(session, workspace_id, binding.idea_ids)
        if by_key or by_idea:
            backfill(session, workspace_id, kr, cycle, today, cadence)
            followed += 1
    return followed
