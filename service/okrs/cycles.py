"""OKR cycles: create them by hand or by accepting a draft, add objectives and key results,
revise KRs (a new revision with a reason, never an edit in place) and bind KRs to feedback
metrics. The API, the CLI and the web pages all go through these functions."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import ValidationError
from sqlalchemy.orm import Session

from drafting.krtext import parse_key_result
from models.cycles import (
    CYCLE_NAME,
    CycleCreate,
    CycleRead,
    CycleSummary,
    KeyResultCreate,
    KeyResultRead,
    KeyResultRevise,
    MetricBinding,
    ObjectiveCreate,
    ObjectiveRead,
    RevisionRead,
    ScoringMethod,
)
from models.okr import KeyResult, OkrSet, cycle_dates
from models.okr_tables import Cycle, KeyResultRevision, KeyResultRow, ObjectiveRow
from service.core import audit_store
from service.core.errors import Conflict, InvalidInput, NotFound
from service.okrs import store as okr_store


def check_cycle_name(name: str) -> str:
    """A cycle name is short and URL-safe: "2027-Q1", "2027-H1", "growth-sprint-3"."""
    name = name.strip()
    if not CYCLE_NAME.match(name):
        raise InvalidInput(
            f"Cycle name {name!r} is not valid: use e.g. 2027-Q1 (letters, digits, . _ -).",
            code="invalid_cycle_name",
        )
    return name


def find_cycle(session: Session, workspace_id: int, name: str) -> Cycle:
    cycle = okr_store.get_cycle(session, workspace_id, check_cycle_name(name))
    if cycle is None:
        raise NotFound(f"No cycle {name!r} in this workspace.", code="cycle_not_found")
    return cycle


def find_key_result(session: Session, workspace_id: int, kr_id: int) -> KeyResultRow:
    kr = okr_store.get_key_result(session, workspace_id, kr_id)
    if kr is None:
        raise NotFound(f"No key result {kr_id} in this workspace.", code="key_result_not_found")
    return kr


def _dates(name: str, starts_on: date | None, ends_on: date | None) -> tuple[date, date]:
    if starts_on is None or ends_on is None:
        try:
            default_start, default_end = cycle_dates(name)
        except ValueError:
            raise InvalidInput(
                f"Cycle {name!r} is not a quarter like 2027-Q1: give starts_on and ends_on.",
                code="invalid_cycle_name",
            ) from None
        starts_on, ends_on = starts_on or default_start, ends_on or default_end
    if ends_on <= starts_on:
        raise InvalidInput("A cycle ends after it starts.", code="invalid_cycle_dates")
    return starts_on, ends_on


def create_cycle(session: Session, workspace_id: int, body: CycleCreate, actor: str) -> Cycle:
    """A new cycle; quarter names ("2027-Q1") get their dates from the calendar."""
    name = check_cycle_name(body.name)
    if okr_store.get_cycle(session, workspace_id, name) is not None:
        raise Conflict(f"Cycle {name!r} already exists.", code="cycle_exists")
    starts_on, ends_on = _dates(name, body.starts_on, body.ends_on)
    cycle = okr_store.create_cycle(session, workspace_id, name, starts_on, ends_on)
    audit_store.record(
        session, workspace_id, actor, "cycle_create", ("cycle", cycle.id), {}, {"name": name}
    )
    return cycle


def _ensure_cycle(session: Session, workspace_id: int, name: str) -> Cycle:
    cycle = okr_store.get_cycle(session, workspace_id, check_cycle_name(name))
    if cycle is not None:
        return cycle
    starts_on, ends_on = _dates(name, None, None)
    return okr_store.create_cycle(session, workspace_id, name, starts_on, ends_on)


def _check_parent(session: Session, workspace_id: int, parent_id: int | None) -> None:
    if parent_id is not None and okr_store.get_objective(session, workspace_id, parent_id) is None:
        raise InvalidInput(
            f"No objective {parent_id} in this workspace to align with.", code="unknown_parent"
        )


def _new_objective(
    session: Session, workspace_id: int, cycle: Cycle, body: ObjectiveCreate, draft_id: int | None
) -> ObjectiveRow:
    _check_parent(session, workspace_id, body.parent_id)
    row = ObjectiveRow(
        workspace_id=workspace_id,
        cycle_id=cycle.id,
        parent_id=body.parent_id,
        title=body.title,
        owner=body.owner,
        weight=body.weight,
        position=okr_store.next_objective_position(session, cycle.id),
        draft_id=draft_id,
    )
    session.add(row)
    session.flush()
    return row


def add_objective(
    session: Session, workspace_id: int, cycle_name: str, body: ObjectiveCreate, actor: str
) -> ObjectiveRow:
    """An objective with its owner (a person or a team) and optional parent (alignment)."""
    cycle = find_cycle(session, workspace_id, cycle_name)
    row = _new_objective(session, workspace_id, cycle, body, None)
    audit_store.record(
        session,
        workspace_id,
        actor,
        "objective_add",
        ("objective", row.id),
        {},
        {"title": row.title},
    )
    return row


def _key_result_from(text: str | None, structured: KeyResult | None) -> KeyResult:
    if structured is not None:
        return structured
    if text:
        return parse_key_result(text)
    raise InvalidInput(
        "Send the KR's `text` or a structured `key_result`.", code="empty_key_result"
    )


def _new_kr(
    session: Session,
    workspace_id: int,
    objective_id: int,
    kr: KeyResult,
    scoring: ScoringMethod,
    weight: float,
    reason: str,
    author: str,
) -> KeyResultRow:
    row = KeyResultRow(
        workspace_id=workspace_id,
        objective_id=objective_id,
        position=okr_store.next_kr_position(session, objective_id),
        weight=weight,
        scoring=str(scoring),
        binding=None,
    )
    session.add(row)
    session.flush()
    okr_store.add_revision(session, row.id, kr.model_dump(mode="json"), reason, author)
    return row


def add_key_result(
    session: Session, workspace_id: int, objective_id: int, body: KeyResultCreate, actor: str
) -> KeyResultRow:
    """A KR from its sentence or structured fields; it starts at revision 1."""
    objective = okr_store.get_objective(session, workspace_id, objective_id)
    if objective is None:
        raise NotFound(
            f"No objective {objective_id} in this workspace.", code="objective_not_found"
        )
    kr = _key_result_from(body.text, body.key_result)
    row = _new_kr(
        session, workspace_id, objective.id, kr, body.scoring, body.weight, "created", actor
    )
    audit_store.record(
        session, workspace_id, actor, "kr_add", ("key_result", row.id), {}, {"text": kr.text}
    )
    return row


def revise_key_result(
    session: Session, workspace_id: int, kr_id: int, body: KeyResultRevise, actor: str
) -> KeyResultRevision:
    """Record a changed KR as a new revision with its reason; earlier ones stay visible."""
    row = find_key_result(session, workspace_id, kr_id)
    kr = _key_result_from(body.text, body.key_result)
    revision = okr_store.add_revision(
        session, row.id, kr.model_dump(mode="json"), body.reason, actor
    )
    audit_store.record(
        session,
        workspace_id,
        actor,
        "kr_revise",
        ("key_result", row.id),
        {},
        {"revision": revision.number, "reason": body.reason},
    )
    return revision


def bind_metric(
    session: Session, workspace_id: int, kr_id: int, binding: MetricBinding | None, actor: str
) -> KeyResultRow:
    """Measure a KR by a feedback metric (or stop, with None); its ideas must be ours."""
    row = find_key_result(session, workspace_id, kr_id)
    if binding is not None:
        missing = set(binding.idea_ids) - okr_store.existing_ideas(
            session, workspace_id, binding.idea_ids
        )
        if missing:
            raise InvalidInput(
                f"No idea {sorted(missing)} in this workspace.", code="idea_not_found"
            )
    before = {"binding": row.binding}
    row.binding = binding.model_dump(mode="json") if binding else None
    session.flush()
    audit_store.record(
        session,
        workspace_id,
        actor,
        "kr_bind",
        ("key_result", row.id),
        before,
        {"binding": row.binding},
    )
    return row


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


def accept_draft(
    session: Session,
    workspace_id: int,
    draft_id: int,
    actor: str,
    owners: dict[int, str] | None = None,
    scoring: ScoringMethod = ScoringMethod.linear,
) -> Cycle:
    """Turn a drafted OKR set into the cycle's objectives and KRs (each at revision 1).

    The cycle is created from the draft's name when missing. `owners` maps an objective's
    index in the draft to its owner, overriding the draft's. A draft is accepted once.
    """
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
        okr_set = OkrSet.model_validate(draft.okr_set or {})
    except ValidationError as exc:
        raise InvalidInput(
            f"Draft {draft_id} holds no valid OKR set: {exc}", code="invalid_draft"
        ) from None
    cycle = _ensure_cycle(session, workspace_id, draft.cycle_name or okr_set.cycle or "")
    owners = owners or {}
    for index, objective in enumerate(okr_set.objectives):
        body = ObjectiveCreate(
            title=objective.title,
            owner=owners.get(index) or objective.owner,
            parent_id=objective.parent_id,
        )
        row = _new_objective(session, workspace_id, cycle, body, draft.id)
        for kr in objective.key_results:
            kr_row = _new_kr(
                session,
                workspace_id,
                row.id,
                kr,
                scoring,
                1.0,
                f"accepted from draft {draft.id}",
                actor,
            )
            kr_row.binding = _drafted_binding(session, workspace_id, kr)
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
        {"cycle": cycle.name},
    )
    return cycle


def key_result_read(row: KeyResultRow, revisions: list[KeyResultRevision]) -> KeyResultRead:
    history = [RevisionRead.model_validate(r) for r in revisions]
    return KeyResultRead(
        id=row.id,
        objective_id=row.objective_id,
        position=row.position,
        weight=row.weight,
        scoring=ScoringMethod(row.scoring),
        binding=MetricBinding.model_validate(row.binding) if row.binding else None,
        revision=history[-1].number if history else 0,
        current=history[-1].key_result if history else KeyResult(text=""),
        history=history,
    )


def read_key_result(session: Session, workspace_id: int, kr_id: int) -> KeyResultRead:
    row = find_key_result(session, workspace_id, kr_id)
    return key_result_read(row, okr_store.revisions(session, [row.id])[row.id])


def read_objective(session: Session, objective: ObjectiveRow) -> ObjectiveRead:
    krs = okr_store.key_results(session, [objective.id])
    revisions = okr_store.revisions(session, [k.id for k in krs])
    return ObjectiveRead(
        id=objective.id,
        cycle_id=objective.cycle_id,
        parent_id=objective.parent_id,
        title=objective.title,
        owner=objective.owner,
        weight=objective.weight,
        position=objective.position,
        key_results=[key_result_read(k, revisions[k.id]) for k in krs],
    )


def read_cycle(session: Session, workspace_id: int, name: str) -> CycleRead:
    """The cycle with every objective and KR, each KR with its full revision history."""
    cycle = find_cycle(session, workspace_id, name)
    return CycleRead(
        id=cycle.id,
        name=cycle.name,
        starts_on=cycle.starts_on,
        ends_on=cycle.ends_on,
        objectives=[read_objective(session, o) for o in okr_store.objectives(session, cycle.id)],
    )


def list_cycles(session: Session, workspace_id: int) -> list[CycleSummary]:
    summaries = []
    for cycle in okr_store.list_cycles(session, workspace_id):
        objectives = okr_store.objectives(session, cycle.id)
        krs = okr_store.key_results(session, [o.id for o in objectives])
        summaries.append(
            CycleSummary(
                id=cycle.id,
                name=cycle.name,
                starts_on=cycle.starts_on,
                ends_on=cycle.ends_on,
                objectives=len(objectives),
                key_results=len(krs),
            )
        )
    return summaries
