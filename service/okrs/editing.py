"""Editing a running cycle: an objective's title, owner, alignment and weight; a KR's sentence
(a new revision with its reason), weight and scoring; archiving an objective and bringing it
back. Every change is an audit entry."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from drafting.critic import lint_key_result, lint_set
from drafting.krtext import parse_key_result
from models.okr import Finding, KeyResult, Objective, OkrSet, Severity
from models.okr_editing import Critique, KeyResultUpdate, ObjectiveUpdate
from models.okr_tables import KeyResultRow, ObjectiveRow
from service.core import audit_store
from service.core.errors import InvalidInput, NotFound
from service.okrs import cycles
from service.okrs import store as okr_store


def find_objective(session: Session, workspace_id: int, objective_id: int) -> ObjectiveRow:
    row = okr_store.get_objective(session, workspace_id, objective_id)
    if row is None:
        raise NotFound(
            f"No objective {objective_id} in this workspace.", code="objective_not_found"
        )
    return row


def _parent(session: Session, workspace_id: int, row_id: int | None, parent: int | None) -> None:
    if parent is not None and parent == row_id:
        raise InvalidInput("An objective cannot support itself.", code="unknown_parent")
    cycles.check_parent(session, workspace_id, parent)


def update_objective(
    session: Session, workspace_id: int, objective_id: int, body: ObjectiveUpdate, actor: str
) -> ObjectiveRow:
    """Change only the fields sent; an empty owner or a null parent clears them."""
    row = find_objective(session, workspace_id, objective_id)
    before: dict[str, Any] = {"title": row.title, "owner": row.owner, "parent_id": row.parent_id}
    sent = body.model_fields_set
    if body.title is not None:
        row.title = body.title
    if "owner" in sent:
        row.owner = body.owner or None
    if "parent_id" in sent:
        _parent(session, workspace_id, row.id, body.parent_id)
        row.parent_id = body.parent_id
    if body.weight is not None:
        before["weight"] = row.weight
        row.weight = body.weight
    session.flush()
    after = {name: getattr(row, name) for name in before}
    audit_store.record(
        session, workspace_id, actor, "objective_edit", ("objective", row.id), before, after
    )
    return row


def set_archived(
    session: Session, workspace_id: int, objective_id: int, archived: bool, actor: str
) -> ObjectiveRow:
    """Archive an objective (out of the page, the scores and the exports) or restore it.

    Archiving keeps its KRs and check-ins, so restoring brings back exactly what was there.
    """
    row = find_objective(session, workspace_id, objective_id)
    is_archived = row.id in okr_store.archived_objectives(session, row.cycle_id)
    if is_archived != archived:
        action = okr_store.ARCHIVE if archived else okr_store.RESTORE
        audit_store.record(
            session,
            workspace_id,
            actor,
            action,
            ("objective", row.id),
            {"archived": is_archived},
            {"archived": archived, "title": row.title},
        )
    return row


def reworded(old: KeyResult, text: str) -> KeyResult:
    """The KR a new sentence says, keeping what the sentence cannot: its evidence, owner and
    confidence, and the baseline's source while the baseline stays the same."""
    new = parse_key_result(text)
    return new.model_copy(
        update={
            "evidence": old.evidence,
            "owner": new.owner or old.owner,
            "confidence": old.confidence,
            "baseline_source": old.baseline_source if new.baseline == old.baseline else None,
        }
    )


def update_key_result(
    session: Session, workspace_id: int, kr_id: int, body: KeyResultUpdate, actor: str
) -> KeyResultRow:
    """A changed sentence or structure is a new revision; weight and scoring change in place.

    Sending the sentence the KR already says adds no revision.
    """
    row = cycles.find_key_result(session, workspace_id, kr_id)
    history = okr_store.revisions(session, [row.id])[row.id]
    old = KeyResult.model_validate(history[-1].key_result) if history else KeyResult(text="")
    kr = body.key_result
    if kr is None and body.text is not None and body.text != old.text:
        kr = reworded(old, body.text)
    if kr is not None:
        revision = okr_store.add_revision(
            session, row.id, kr.model_dump(mode="json"), body.reason, actor
        )
        audit_store.record(
            session,
            workspace_id,
            actor,
            "kr_revise",
            ("key_result", row.id),
            {"text": old.text},
            {"revision": revision.number, "reason": body.reason, "text": kr.text},
        )
    before = {"weight": row.weight, "scoring": row.scoring}
    if body.weight is not None:
        row.weight = body.weight
    if body.scoring is not None:
        row.scoring = str(body.scoring)
    session.flush()
    after = {"weight": row.weight, "scoring": row.scoring}
    if after != before:
        audit_store.record(
            session, workspace_id, actor, "kr_edit", ("key_result", row.id), before, after
        )
    return row


def critique_objective(
    session: Session, workspace_id: int, objective_id: int, title: str, owner: str
) -> Critique:
    """The critic on a cycle objective as being edited: its words, its owner, its KRs' count."""
    row = find_objective(session, workspace_id, objective_id)
    krs = cycles.read_objective(session, row, False).key_results
    objective = Objective(
        title=title, owner=owner.strip() or None, key_results=[k.current for k in krs]
    )
    okr_set = OkrSet(cycle="in-cycle", objectives=[objective])  # any cycle: no KR deadlines
    found = [f for f in lint_set(okr_set) if f.kr_index is None and f.objective_index == 0]
    return _verdict(found)


def critique_key_result(text: str) -> Critique:
    """The critic on a cycle KR's sentence as being edited (it takes the cycle's deadline)."""
    return _verdict(lint_key_result(text, in_cycle=True) if text.strip() else [])


def _verdict(findings: list[Finding]) -> Critique:
    blocking = sum(1 for f in findings if f.severity == Severity.block)
    return Critique(findings=findings, blocking=blocking, passes=not blocking)


def alignment_choices(session: Session, workspace_id: int) -> list[tuple[int, str]]:
    """Objectives a draft or cycle objective may support, labelled with their cycle."""
    return [
        (row.id, f"{cycle_name}: {row.title}")
        for row, cycle_name in okr_store.live_objectives(session, workspace_id)
    ]


def archived_in(session: Session, workspace_id: int, cycle_name: str) -> list[ObjectiveRow]:
    """The cycle's archived objectives, for the page's restore buttons."""
    cycle = cycles.find_cycle(session, workspace_id, cycle_name)
    return okr_store.objectives(session, cycle.id, archived=True)


def cycle_findings(
    session: Session, workspace_id: int, cycle_name: str
) -> dict[tuple[str, int], list[Finding]]:
    """The critic on the cycle's live objectives and KRs as they stand, keyed by
    ("objective", id) or ("key_result", id), for the page without JavaScript."""
    read = cycles.read_cycle(session, workspace_id, cycle_name)
    okr_set = OkrSet(
        cycle=read.name,
        objectives=[
            Objective(title=o.title, owner=o.owner, key_results=[k.current for k in o.key_results])
            for o in read.objectives
        ],
    )
    found: dict[tuple[str, int], list[Finding]] = {}
    for f in lint_set(okr_set):
        if f.objective_index is None:
            continue
        objective = read.objectives[f.objective_index]
        key = (
            ("objective", objective.id)
            if f.kr_index is None
            else ("key_result", objective.key_results[f.kr_index].id)
        )
        found.setdefault(key, []).append(f)
    return found
