"""Editing a draft before it is accepted: objectives' titles, owners and alignment, and KR
sentences (their targets and baselines are read from them). Every edit runs the critic again
through `drafting.critic.lint_set`, so the findings and the verdict always match the text."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from drafting.critic import lint_set
from drafting.loop import passes
from models.drafts import DraftRead
from models.okr import Objective, OkrSet, Severity
from models.okr_editing import Critique, DraftKeyResultUpdate, ObjectiveUpdate
from service.core import audit_store
from service.core.errors import Conflict, InvalidInput, NotFound
from service.okrs import cycles, editing
from service.okrs import drafts_store as draft_store
from service.okrs import store as okr_store
from service.okrs.draft_markdown import kr_line


def critique(okr_set: OkrSet) -> Critique:
    """The critic's findings on a drafted set as edited, and whether it would pass."""
    findings = lint_set(okr_set, draft=True)
    return Critique(
        findings=findings,
        blocking=sum(1 for f in findings if f.severity == Severity.block),
        passes=passes(okr_set, findings),
    )


def edited_objective(objective: Objective, body: ObjectiveUpdate) -> Objective:
    """The objective with the fields sent changed; an empty owner or null parent clears."""
    changes: dict[str, object] = {}
    sent = body.model_fields_set
    if body.title is not None:
        changes["title"] = body.title
    if "owner" in sent:
        changes["owner"] = body.owner or None
    if "parent_id" in sent:
        changes["parent_id"] = body.parent_id
    return objective.model_copy(update=changes)


def _place(okr_set: OkrSet, index: int, kr_index: int | None = None) -> Objective:
    if not 0 <= index < len(okr_set.objectives):
        raise NotFound(f"The draft has no objective {index}.", code="objective_not_found")
    objective = okr_set.objectives[index]
    if kr_index is not None and not 0 <= kr_index < len(objective.key_results):
        raise NotFound(
            f"Objective {index} has no key result {kr_index}.", code="key_result_not_found"
        )
    return objective


def with_objective(okr_set: OkrSet, index: int, body: ObjectiveUpdate) -> OkrSet:
    objectives = list(okr_set.objectives)
    objectives[index] = edited_objective(_place(okr_set, index), body)
    return okr_set.model_copy(update={"objectives": objectives})


def with_key_result(
    okr_set: OkrSet, index: int, kr_index: int, body: DraftKeyResultUpdate
) -> OkrSet:
    objective = _place(okr_set, index, kr_index)
    krs = list(objective.key_results)
    old = krs[kr_index]
    if body.key_result is not None:
        krs[kr_index] = body.key_result
    elif body.text is not None and body.text != old.text:
        krs[kr_index] = editing.reworded(old, body.text)
    objectives = list(okr_set.objectives)
    objectives[index] = objective.model_copy(update={"key_results": krs})
    return okr_set.model_copy(update={"objectives": objectives})


def editable_set(session: Session, workspace_id: int, draft_id: int) -> OkrSet:
    """The draft's set, locked for the edit; an accepted draft is edited in its cycle."""
    row = okr_store.lock_draft(session, workspace_id, draft_id)
    if row is None:
        raise NotFound(f"No OKR draft {draft_id} in this workspace.", code="draft_not_found")
    if row.status == "accepted":
        raise Conflict(
            f"Draft {draft_id} was accepted: edit its objectives in the cycle.",
            code="draft_accepted",
            cycle_id=row.cycle_id,
        )
    return OkrSet.model_validate(row.okr_set or {})


def save(
    session: Session, workspace_id: int, draft_id: int, okr_set: OkrSet, actor: str
) -> DraftRead:
    """Store an edited set with the critic's findings on it."""
    row = okr_store.lock_draft(session, workspace_id, draft_id)
    if row is None:
        raise NotFound(f"No OKR draft {draft_id} in this workspace.", code="draft_not_found")
    for objective in okr_set.objectives:
        if not objective.title.strip():
            raise InvalidInput("Every objective needs a title.", code="empty_title")
        if any(not kr.text.strip() for kr in objective.key_results):
            raise InvalidInput("Every key result needs its sentence.", code="empty_key_result")
        cycles.check_parent(session, workspace_id, objective.parent_id)
    verdict = critique(okr_set)
    before = {"passed": row.passed}
    draft_store.save_edit(session, row, okr_set, verdict.findings, verdict.passes)
    audit_store.record(
        session,
        workspace_id,
        actor,
        "draft_edit",
        ("okr_draft", row.id),
        before,
        {"passed": verdict.passes, "blocking": verdict.blocking},
    )
    return DraftRead.from_row(row)


def edit_objective(
    session: Session,
    workspace_id: int,
    draft_id: int,
    index: int,
    body: ObjectiveUpdate,
    actor: str,
) -> DraftRead:
    """Change one drafted objective (by its index in the draft)."""
    okr_set = with_objective(editable_set(session, workspace_id, draft_id), index, body)
    return save(session, workspace_id, draft_id, okr_set, actor)


def edit_key_result(
    session: Session,
    workspace_id: int,
    draft_id: int,
    place: tuple[int, int],
    body: DraftKeyResultUpdate,
    actor: str,
) -> DraftRead:
    """Change one drafted KR, at (objective index, KR index)."""
    okr_set = editable_set(session, workspace_id, draft_id)
    okr_set = with_key_result(okr_set, place[0], place[1], body)
    return save(session, workspace_id, draft_id, okr_set, actor)


@dataclass
class DraftEdits:
    """Every change a PM made on the draft page at once, by objective and KR index."""

    objectives: dict[int, ObjectiveUpdate] = field(default_factory=dict)
    key_results: dict[tuple[int, int], DraftKeyResultUpdate] = field(default_factory=dict)

    def applied(self, okr_set: OkrSet) -> OkrSet:
        for index, body in sorted(self.objectives.items()):
            okr_set = with_objective(okr_set, index, body)
        for (index, kr_index), kr_body in sorted(self.key_results.items()):
            okr_set = with_key_result(okr_set, index, kr_index, kr_body)
        return okr_set


def preview(session: Session, workspace_id: int, draft_id: int, edits: DraftEdits) -> Critique:
    """What the critic would say with these edits, nothing stored (the page's live findings)."""
    draft = draft_store.get_draft(session, workspace_id, draft_id)
    if draft is None:
        raise NotFound(f"No OKR draft {draft_id} in this workspace.", code="draft_not_found")
    okr_set = edits.applied(OkrSet.model_validate(draft.okr_set or {}))
    lines = {
        f"{o}.{k}": kr_line(kr)
        for o, objective in enumerate(okr_set.objectives)
        for k, kr in enumerate(objective.key_results)
    }
    return critique(okr_set).model_copy(update={"lines": lines})


def edit_draft(
    session: Session, workspace_id: int, draft_id: int, edits: DraftEdits, actor: str
) -> DraftRead:
    """Store every edit of the draft page at once, with the critic's new findings."""
    okr_set = edits.applied(editable_set(session, workspace_id, draft_id))
    return save(session, workspace_id, draft_id, okr_set, actor)
