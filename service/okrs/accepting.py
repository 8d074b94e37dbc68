"""Accepting a draft into its cycle. A cycle that already has objectives gets the draft only
when the PM chose how: merge (objectives with the same title are one objective, KRs already
there are not added twice) or replace (the cycle's objectives are archived first). A draft
accepted with more than half its quarter gone says how little is left."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from pydantic import ValidationError
from sqlalchemy.orm import Session

from models.cycles import AcceptMode, MetricBinding, ObjectiveCreate, ScoringMethod
from models.okr import KeyResult, OkrSet, cycle_dates
from models.okr_tables import Cycle, OkrDraft
from service.core import audit_store
from service.core.errors import Conflict, InvalidInput, NotFound
from service.okrs import cycles, editing
from service.okrs import store as okr_store

LATE = 0.5  # more than half the quarter gone: say so when accepting


@dataclass
class Outlook:
    """What accepting a draft would meet: the cycle's live objectives and the time left."""

    cycle_name: str
    live_titles: list[str]
    quarter_left: float
    days_left: int
    days: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class Accepted:
    cycle: Cycle
    mode: AcceptMode | None
    outlook: Outlook


def normal(text: str) -> str:
    """Titles and KR sentences compared as a person reads them: case and spacing aside."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def share_left(starts_on: date, ends_on: date, today: date) -> tuple[float, int, int]:
    """Share of the cycle still ahead on `today` (0–1), the days left and the days in all."""
    days = (ends_on - starts_on).days + 1
    left = min(days, max(0, (ends_on - today).days + 1))
    return (left / days if days > 0 else 0.0), left, days


def outlook(
    session: Session, workspace_id: int, draft: OkrDraft, today: date | None = None
) -> Outlook:
    """The cycle the draft goes into (existing or a quarter still to create), as of today."""
    name = draft.cycle_name
    cycle = okr_store.get_cycle(session, workspace_id, name)
    if cycle is not None:
        live = [o.title for o in okr_store.objectives(session, cycle.id)]
        starts_on, ends_on = cycle.starts_on, cycle.ends_on
    else:
        live = []
        try:
            starts_on, ends_on = cycle_dates(name)
        except ValueError:
            return Outlook(name, live, 1.0, 0, 0)
    share, left, days = share_left(starts_on, ends_on, today or datetime.now(UTC).date())
    warnings = []
    if share < 1 - LATE:
        warnings.append(
            f"Only {share:.0%} of {name} is left ({left} of {days} days): "
            "targets drafted for a whole quarter may need to shrink."
        )
    return Outlook(name, live, round(share, 4), left, days, warnings)


def _draft_set(session: Session, workspace_id: int, draft_id: int) -> tuple[OkrDraft, OkrSet]:
    draft = okr_store.lock_draft(session, workspace_id, draft_id)
    if draft is None:
        raise NotFound(f"No OKR draft {draft_id} in this workspace.", code="draft_not_found")
    if draft.status == "accepted":
        raise Conflict(
            f"Draft {draft_id} was already accepted.",
            code="draft_accepted",
            cycle_id=draft.cycle_id,
        )
    try:
        return draft, OkrSet.model_validate(draft.okr_set or {})
    except ValidationError as exc:
        raise InvalidInput(
            f"Draft {draft_id} holds no valid OKR set: {exc}", code="invalid_draft"
        ) from None


def accept_draft(
    session: Session,
    workspace_id: int,
    draft_id: int,
    actor: str,
    owners: dict[int, str] | None = None,
    scoring: ScoringMethod = ScoringMethod.linear,
    mode: AcceptMode | None = None,
) -> Accepted:
    """Turn a drafted OKR set into the cycle's objectives and KRs (each at revision 1).

    The cycle is created from the draft's name when missing. `owners` maps an objective's
    index in the draft to its owner, overriding the draft's. A draft is accepted once. When
    the cycle already has objectives, `mode` must say merge or replace (409 `cycle_not_empty`).
    """
    draft, okr_set = _draft_set(session, workspace_id, draft_id)
    ahead = outlook(session, workspace_id, draft)
    cycle = cycles.ensure_cycle(session, workspace_id, draft.cycle_name or okr_set.cycle or "")
    live = okr_store.objectives(session, cycle.id)
    if live and mode is None:
        raise Conflict(
            f"{cycle.name} already has {len(live)} objective(s): merge the draft into them "
            "or replace them.",
            code="cycle_not_empty",
            objectives=[o.title for o in live],
        )
    if mode == AcceptMode.replace_all:
        for old in live:
            editing.set_archived(session, workspace_id, old.id, True, actor)
        live = []
    by_title = {normal(o.title): o for o in live}
    owners = owners or {}
    reason = f"accepted from draft {draft.id}"
    for index, objective in enumerate(okr_set.objectives):
        row = by_title.get(normal(objective.title))
        if row is None:
            body = ObjectiveCreate(
                title=objective.title,
                owner=owners.get(index) or objective.owner,
                parent_id=objective.parent_id,
            )
            row = cycles.new_objective(session, workspace_id, cycle, body, draft.id)
            by_title[normal(row.title)] = row
        said = _kr_texts(session, row.id)
        for kr in objective.key_results:
            if normal(kr.text) not in said:
                kr_row = cycles.new_kr(
                    session, workspace_id, row.id, kr, scoring, 1.0, reason, actor
                )
                kr_row.binding = _drafted_binding(session, workspace_id, kr)
                said.add(normal(kr.text))
    draft.status = "accepted"
    draft.cycle_id = cycle.id
    draft.accepted_at = datetime.now(UTC)
    session.flush()
    audit_store.record(
        session,
        workspace_id,
        actor,
        "draft_accept",
        ("okr_draft", draft.id),
        {},
        {"cycle": cycle.name, "mode": mode.value if mode else None},
    )
    return Accepted(cycle, mode, ahead)


def _drafted_binding(session: Session, workspace_id: int, kr: KeyResult) -> dict | None:
    """The metric a drafted KR names in `measured_by`, when it is valid and its ideas are
    this workspace's: an accepted verdict, product-metric or volume KR measures itself."""
    if not kr.measured_by:
        return None
    try:
        binding = MetricBinding.model_validate(kr.measured_by)
    except ValidationError:
        return None
    found = okr_store.existing_ideas(session, workspace_id, binding.idea_ids)
    if set(binding.idea_ids) - found:
        return None
    return binding.model_dump(mode="json")


def _kr_texts(session: Session, objective_id: int) -> set[str]:
    """What the objective's KRs say now (their latest revisions), compared as `normal`."""
    krs = okr_store.key_results(session, [objective_id])
    history = okr_store.revisions(session, [k.id for k in krs])
    return {normal(str(h[-1].key_result.get("text", ""))) for h in history.values() if h}


def draft_outlook(session: Session, workspace_id: int, draft_id: int) -> Outlook | None:
    """The outlook of a draft still to accept (None once accepted or when missing)."""
    draft = okr_store.get_draft(session, workspace_id, draft_id)
    if draft is None or draft.status == "accepted":
        return None
    return outlook(session, workspace_id, draft)
