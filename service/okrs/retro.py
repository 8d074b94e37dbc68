"""The retrospective at the end of a cycle: scores, what moved and what did not, what the
shipped ideas did to their feedback volume — and goal lines to start the next draft from."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from drafting import scoring
from models.cycles import KeyResultScore, KrMovement, Retro, ShippedIdeaImpact
from service.okrs import store as okr_store
from service.okrs.checkins import today_utc
from service.okrs.cycles import find_cycle
from service.okrs.scores import score_cycle

# A KR "moved" when it covered at least a tenth of the way from baseline to target.
MOVED_AT = 0.1
# Before/after windows around a ship date are this long at most (shorter when it is recent).
IMPACT_WINDOW_DAYS = 30
GOAL_CHARS = 200  # WorkspaceSettings.goals and the drafter take lines of at most 200 chars


def next_cycle_name(name: str) -> str | None:
    """ "2027-Q4" → "2028-Q1"; None for cycles not named by quarter."""
    match = re.match(r"^(\d{4})-Q([1-4])$", name)
    if not match:
        return None
    year, quarter = int(match.group(1)), int(match.group(2))
    return f"{year + 1}-Q1" if quarter == 4 else f"{year}-Q{quarter + 1}"


def movement(kr: KeyResultScore) -> KrMovement:
    """How far a KR went from its baseline; moved = at least MOVED_AT of the way to target."""
    first, last = kr.baseline, kr.current
    change = None if first is None or last is None else round(last - first, 6)
    if last is None or first is None:
        moved = False
    elif kr.target is not None:
        gained = scoring.progress(last, first, kr.target, None)
        moved = gained is not None and gained >= MOVED_AT and abs(kr.target - first) > 0
    else:
        moved = change != 0
    return KrMovement(
        key_result_id=kr.key_result_id,
        text=kr.text,
        first=first,
        last=last,
        change=change,
        score=kr.score,
        moved=moved,
    )


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def shipped_impact(
    session: Session, workspace_id: int, since: date, until: date
) -> list[ShippedIdeaImpact]:
    """Ideas shipped in [since, until]: items in equal windows before and after the ship."""
    end = _midnight(until) + timedelta(days=1)
    impacts = []
    for idea, shipped_at in okr_store.shipped_ideas(session, workspace_id, _midnight(since), end):
        shipped_at = shipped_at if shipped_at.tzinfo else shipped_at.replace(tzinfo=UTC)
        days = max(1, min(IMPACT_WINDOW_DAYS, (end - shipped_at).days))
        span = timedelta(days=days)
        before = okr_store.count_items(
            session, workspace_id, idea.id, shipped_at - span, shipped_at
        )
        after = okr_store.count_items(session, workspace_id, idea.id, shipped_at, shipped_at + span)
        impacts.append(
            ShippedIdeaImpact(
                idea_id=idea.id,
                title=idea.title,
                shipped_on=shipped_at.date(),
                window_days=days,
                items_before=before,
                items_after=after,
                change=round(after / before - 1, 4) if before else None,
            )
        )
    return impacts


def _goals(
    objective_scores: list[tuple[str, str | None, float | None]],
    stuck: list[KrMovement],
    shipped: list[ShippedIdeaImpact],
) -> list[str]:
    """Goal lines for the next draft: carry-overs, raised bars, stuck KRs, shipped ideas."""
    goals: list[str] = []
    for title, owner, score in objective_scores:
        if score is None:
            continue
        if score >= 1.0:
            goals.append(f"Raise the bar on '{title}' ({owner or 'no owner'}): it scored 1.0")
        elif score < scoring.SUCCESS:
            goals.append(f"Carry over '{title}': it scored {score:.2f}, short of 0.7")
    for kr in stuck:
        goals.append(f"Rethink or re-scope the KR that did not move: {kr.text}")
    for idea in shipped:
        if idea.items_after < idea.items_before:
            goals.append(
                f"Keep '{idea.title}' solved: feedback fell from {idea.items_before} to "
                f"{idea.items_after} in {idea.window_days} days after shipping"
            )
        elif idea.items_after > idea.items_before:
            goals.append(
                f"Follow up on shipped '{idea.title}': feedback rose from {idea.items_before} to "
                f"{idea.items_after} in {idea.window_days} days after shipping"
            )
    return [g[:GOAL_CHARS] for g in goals]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def build_retro(session: Session, workspace_id: int, name: str, as_of: date | None = None) -> Retro:
    """The retro as data: the drafting engineer seeds the next draft from `suggested_goals`.

    `as_of` defaults to the cycle's last day, or today while it still runs.
    """
    cycle = find_cycle(session, workspace_id, name)
    as_of = as_of or min(cycle.ends_on, today_utc())
    scores = score_cycle(session, workspace_id, cycle.name, as_of)
    movements = [movement(kr) for o in scores.objectives for kr in o.key_results]
    moved = [m for m in movements if m.moved]
    stuck = [m for m in movements if not m.moved]
    shipped = shipped_impact(session, workspace_id, cycle.starts_on, as_of)
    objective_scores = [(o.title, o.owner, o.score) for o in scores.objectives]
    score_text = "unscored" if scores.score is None else f"{scores.score:.2f} ({scores.grade})"
    summary = (
        f"{cycle.name} scored {score_text} over {_count(len(scores.objectives), 'objective')}; "
        f"{len(moved)} of {_count(len(movements), 'key result')} moved, {len(stuck)} did not; "
        f"{_count(len(shipped), 'idea')} shipped."
    )
    return Retro(
        cycle=cycle.name,
        next_cycle=next_cycle_name(cycle.name),
        scores=scores,
        moved=moved,
        did_not_move=stuck,
        shipped_ideas=shipped,
        suggested_goals=_goals(objective_scores, stuck, shipped),
        summary=summary,
    )
