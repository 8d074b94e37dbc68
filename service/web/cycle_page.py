"""One OKR cycle on the web: scores and grade, the alignment tree, every KR with its score bar,
trajectory chart, confidence trend, stale marker and revision history, a check-in form per KR,
the Markdown/CSV export, and once the cycle is over its retro with a button that drafts the
next cycle from it. The page lays out `cycle_scores.cycle_view`, the API's view model."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.cycles import CheckInCreate, MetricKind, ScoringMethod
from models.db import unit_of_work
from service.core.errors import DomainError, InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.okrs import checkins, editing, metrics
from service.okrs import scores as cycle_scores
from service.okrs.export import ExportFormat, export
from service.okrs.retro import build_retro
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import FormUserDep, PageUser, PageUserDep

router = page_router()

GRADE_LABELS = {
    "success": "Success (0.7 or more)",
    "progress": "Progress",
    "review": "Needs review (0.3 or less)",
    "unscored": "Nothing measured yet",
}
_MEDIA = {ExportFormat.md: "text/markdown; charset=utf-8", ExportFormat.csv: "text/csv"}


def cycle_page(
    request: Request,
    session: Session,
    user: PageUser,
    name: str,
    as_of: date | None = None,
    alert: str | None = None,
    status: int = 200,
) -> Response:
    view = cycle_scores.cycle_view(session, user.workspace_id, name, as_of)
    ended = view.as_of >= view.ends_on
    return workspace_page(
        request,
        session,
        user,
        "web/cycle.html",
        "okrs",
        {
            "view": view,
            "retro": build_retro(session, user.workspace_id, name, view.as_of) if ended else None,
            "grade_label": GRADE_LABELS[view.grade],
            "today": checkins.today_utc(),
            "supports": editing.alignment_choices(session, user.workspace_id),
            "archived": editing.archived_in(session, user.workspace_id, name),
            "findings": editing.cycle_findings(session, user.workspace_id, name),
            "scorings": list(ScoringMethod),
            "metric_kinds": list(MetricKind),
            "metric_keys": [m.key for m in metrics.list_metrics(session, user.workspace_id)],
            "alert": alert,
        },
        status,
    )


def _as_of(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"as_of must be a date like 2027-02-15 (got {value!r}).") from None


@router.get("/cycles/{name}", response_class=HTMLResponse)
def show(
    name: str, request: Request, user: PageUserDep, session: SessionDep, as_of: str | None = None
) -> Response:
    return cycle_page(request, session, user, name, _as_of(as_of))


@router.get("/cycles/{name}/export.{fmt}")
def download(name: str, fmt: str, user: PageUserDep, session: SessionDep) -> Response:
    """The cycle as a Markdown or CSV file, the same figures as the page."""
    try:
        format_ = ExportFormat(fmt)
    except ValueError:
        raise InvalidInput(f"Export as md or csv, not {fmt!r}.", code="invalid_format") from None
    text = export(cycle_scores.cycle_view(session, user.workspace_id, name), format_)
    filename = f"{name}.{format_.value}".replace('"', "")
    return Response(
        text,
        media_type=_MEDIA[format_],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _check_in_body(value: str, confidence: str, note: str, checked_on: str) -> CheckInCreate:
    """The form as the API's check-in; the first problem becomes a readable message."""
    try:
        return CheckInCreate.model_validate(
            {
                "value": value.strip(),
                "confidence": confidence.strip() or None,
                "note": note,
                "checked_on": checked_on or None,
            }
        )
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = str(problem["loc"][0]) if problem["loc"] else "check-in"
        raise InvalidInput(f"{field}: {problem['msg']}", code="invalid_check_in") from None


@router.post("/cycles/{name}/key-results/{kr_id}/check-ins", response_class=HTMLResponse)
def check_in(
    name: str,
    kr_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    value: Annotated[str, Form(max_length=40)] = "",
    confidence: Annotated[str, Form(max_length=10)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    checked_on: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    """Record a check-in for one KR, then show the cycle with the new score."""
    try:
        body = _check_in_body(value, confidence, note, checked_on)
        with unit_of_work(context.factory) as writing:
            row = checkins.check_in(writing, user.workspace_id, kr_id, body, user.actor)
            day = row.checked_on
    except DomainError as exc:
        return cycle_page(request, session, user, name, alert=exc.detail, status=exc.status)
    return see_other(
        request, f"/cycles/{name}#kr-{kr_id}", f"Checked in {body.value:g} on KR {kr_id} for {day}."
    )
