"""Editing OKRs on the pages: a draft's objectives, owners, alignment and KR sentences in one
form; a cycle's objectives and KRs one form each, archive and restore, and KR bindings. Every
form works by plain submit; `critique` routes give the critic's findings as JSON so the page's
script (static/okr_edit.js) can update them as the PM types."""

from __future__ import annotations

import re
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.cycles import MetricBinding
from models.db import unit_of_work
from models.okr_editing import Critique, DraftKeyResultUpdate, KeyResultUpdate, ObjectiveUpdate
from service.core.errors import DomainError, InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.okrs import checkins, draft_editing, drafts, editing
from service.okrs.draft_editing import DraftEdits
from service.web.cycle_page import cycle_page
from service.web.drafts_page import draft_page
from service.web.pages import page_router, see_other
from service.web.session import FormUserDep, PageUser

router = page_router()

_FIELD = re.compile(r"^o(\d{1,2})-(title|owner|parent|k(\d{1,2}))$")


async def posted_form(request: Request) -> dict[str, str]:
    """The posted form's text fields (read once; the CSRF check reads the same form)."""
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}


PostedDep = Annotated[dict[str, str], Depends(posted_form)]
M = TypeVar("M", bound=BaseModel)


def _valid(make: type[M], values: dict[str, Any], what: str) -> M:
    """Build a request model from form values; the first problem becomes a readable message."""
    try:
        return make.model_validate(values)
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = ".".join(str(p) for p in problem["loc"]) or what
        raise InvalidInput(f"{what} {field}: {problem['msg']}", code="invalid_edit") from None


def _parent(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit():
        raise InvalidInput(f"Supports {value!r} is not an objective id.", code="unknown_parent")
    return int(value)


def draft_edits(form: dict[str, str]) -> DraftEdits:
    """The draft page's fields (o0-title, o0-owner, o0-parent, o0-k1) as edits by index."""
    objectives: dict[int, dict[str, Any]] = {}
    edits = DraftEdits()
    for key, value in form.items():
        match = _FIELD.match(key)
        if not match:
            continue
        index, name, kr = int(match.group(1)), match.group(2), match.group(3)
        if kr is not None:
            body = _valid(DraftKeyResultUpdate, {"text": value}, f"Objective {index + 1} KR")
            edits.key_results[(index, int(kr))] = body
        else:
            values = objectives.setdefault(index, {})
            values["parent_id" if name == "parent" else name] = (
                _parent(value) if name == "parent" else value
            )
    for index, values in objectives.items():
        edits.objectives[index] = _valid(ObjectiveUpdate, values, f"Objective {index + 1}")
    return edits


def _json(critique: Critique) -> Response:
    return JSONResponse(critique.model_dump(mode="json"), headers={"Cache-Control": "no-store"})


def _problem(exc: DomainError) -> Response:
    body = {"code": exc.code, "detail": exc.detail, "status": exc.status}
    return JSONResponse(body, status_code=exc.status, media_type="application/problem+json")


@router.post("/okrs/drafts/{draft_id}/critique")
def critique_draft(
    draft_id: int, user: FormUserDep, session: SessionDep, form: PostedDep
) -> Response:
    """The critic's findings on the draft as edited on the page, nothing stored."""
    try:
        edits = draft_edits(form)
        return _json(draft_editing.preview(session, user.workspace_id, draft_id, edits))
    except DomainError as exc:
        return _problem(exc)


@router.post("/okrs/drafts/{draft_id}/edit")
def edit_draft(
    draft_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    form: PostedDep,
) -> Response:
    """Save every edit of the draft page, then show the draft with its new findings."""
    try:
        edits = draft_edits(form)
        with unit_of_work(context.factory) as writing:
            saved = draft_editing.edit_draft(
                writing, user.workspace_id, draft_id, edits, user.actor
            )
    except DomainError as exc:
        draft = drafts.read_draft(session, user.workspace_id, draft_id)
        return draft_page(request, session, user, draft, exc.detail, exc.status)
    verdict = "passes the critic" if saved.passed else "still has blocking findings"
    return see_other(request, f"/okrs/drafts/{draft_id}", f"Saved: draft {draft_id} {verdict}.")


def _back(request: Request, name: str, anchor: str, message: str) -> Response:
    return see_other(request, f"/cycles/{name}#{anchor}", message)


def _on_cycle(
    request: Request, session: Session, user: PageUser, name: str, exc: DomainError
) -> Response:
    return cycle_page(request, session, user, name, alert=exc.detail, status=exc.status)


@router.post("/cycles/{name}/objectives/{objective_id}/edit")
def edit_objective(
    name: str,
    objective_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    form: PostedDep,
) -> Response:
    """Save an objective's title, owner, alignment and weight."""
    values: dict[str, Any] = {
        "title": form.get("title", ""),
        "owner": form.get("owner", ""),
        "parent_id": _parent(form.get("parent", "")),
    }
    if form.get("weight", "").strip():
        values["weight"] = form["weight"].strip()
    try:
        body = _valid(ObjectiveUpdate, values, "Objective")
        with unit_of_work(context.factory) as writing:
            editing.update_objective(writing, user.workspace_id, objective_id, body, user.actor)
    except DomainError as exc:
        return _on_cycle(request, session, user, name, exc)
    return _back(request, name, f"obj-{objective_id}", "Objective saved.")


@router.post("/cycles/{name}/objectives/{objective_id}/critique")
def critique_objective(
    name: str, objective_id: int, user: FormUserDep, session: SessionDep, form: PostedDep
) -> Response:
    try:
        found = editing.critique_objective(
            session, user.workspace_id, objective_id, form.get("title", ""), form.get("owner", "")
        )
    except DomainError as exc:
        return _problem(exc)
    return _json(found)


@router.post("/cycles/{name}/objectives/{objective_id}/archive")
def archive(
    name: str,
    objective_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    form: PostedDep,
) -> Response:
    """Archive the objective, or with `restore` bring it back."""
    restore = form.get("restore") == "1"
    with unit_of_work(context.factory) as writing:
        row = editing.set_archived(
            writing, user.workspace_id, objective_id, not restore, user.actor
        )
        title = row.title
    done = "restored" if restore else "archived (restore it under Archived objectives)"
    return _back(request, name, f"obj-{objective_id}", f"“{title}” {done}.")


@router.post("/cycles/{name}/key-results/{kr_id}/edit")
def edit_key_result(
    name: str,
    kr_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    form: PostedDep,
) -> Response:
    """Save a KR: a changed sentence is a new revision with its reason; weight and scoring."""
    values: dict[str, Any] = {"text": form.get("text", "")}
    for field in ("reason", "weight", "scoring"):
        if form.get(field, "").strip():
            values[field] = form[field].strip()
    try:
        body = _valid(KeyResultUpdate, values, "Key result")
        with unit_of_work(context.factory) as writing:
            editing.update_key_result(writing, user.workspace_id, kr_id, body, user.actor)
    except DomainError as exc:
        return _on_cycle(request, session, user, name, exc)
    return _back(request, name, f"kr-{kr_id}", f"KR {kr_id} saved.")


@router.post("/cycles/{name}/key-results/{kr_id}/critique")
def critique_key_result(name: str, kr_id: int, user: FormUserDep, form: PostedDep) -> Response:
    return _json(editing.critique_key_result(form.get("text", "")))


def _binding(form: dict[str, str]) -> MetricBinding | None:
    kind = form.get("kind", "").strip()
    if not kind:
        return None
    ideas = [p for p in re.split(r"[\s,#]+", form.get("idea_ids", "")) if p]
    if not all(p.isdigit() for p in ideas):
        raise InvalidInput("Ideas are idea numbers like 12, 15.", code="invalid_binding")
    values: dict[str, Any] = {"kind": kind, "idea_ids": [int(p) for p in ideas]}
    if form.get("channel", "").strip():
        values["channel"] = form["channel"].strip()
    if form.get("window_days", "").strip():
        values["window_days"] = form["window_days"].strip()
    if form.get("metric_key", "").strip():
        values["metric_key"] = form["metric_key"].strip()
    return _valid(MetricBinding, values, "Binding")


@router.post("/cycles/{name}/key-results/{kr_id}/binding")
def bind(
    name: str,
    kr_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    form: PostedDep,
) -> Response:
    """Measure the KR from a feedback metric (and back to the cycle's start), or stop."""
    try:
        binding = _binding(form)
        with unit_of_work(context.factory) as writing:
            checkins.bind_key_result(writing, user.workspace_id, kr_id, binding, user.actor)
    except DomainError as exc:
        return _on_cycle(request, session, user, name, exc)
    message = f"KR {kr_id} is measured automatically." if binding else f"KR {kr_id} unbound."
    return _back(request, name, f"kr-{kr_id}", message)
