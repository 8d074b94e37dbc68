"""The digest settings page for admins: schedule, MRR bar, recipients, a test send, and the
last digests with their status."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.alerts import AlertSchedule, AlertSettingsRead, AlertSettingsUpdate
from models.tables import utcnow
from service.alerts import preferences, runs
from service.core.errors import DomainError
from service.http.deps import ContextDep, SessionDep
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import AdminFormDep, AdminUserDep, PageUser

router = page_router()

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def alerts_page(
    request: Request,
    session: Session,
    user: PageUser,
    form: dict[str, Any] | None = None,
    alert: str | None = None,
    status: int = 200,
) -> Response:
    saved: AlertSettingsRead = preferences.read(session, user.workspace_id, utcnow())
    bar = int(saved.mrr_bar) if saved.mrr_bar.is_integer() else saved.mrr_bar
    shown = form or {**saved.model_dump(), "emails": "\n".join(saved.emails), "mrr_bar": bar}
    values: dict[str, Any] = {
        "saved": saved,
        "form": shown,
        "schedules": list(AlertSchedule),
        "weekdays": WEEKDAYS,
        "alert": alert,
    }
    return workspace_page(
        request, session, user, "web/settings_alerts.html", "settings", values, status
    )


def _problems(exc: ValidationError) -> str:
    """One readable line per bad field, for a PM (not the JSON the API answers)."""
    lines = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"] if not isinstance(part, int))
        lines.append(f"{field or 'value'}: {error['msg'].removeprefix('Value error, ')}")
    return "Not saved — " + "; ".join(lines)


@router.get("/settings/alerts", response_class=HTMLResponse)
def show_alerts(request: Request, user: AdminUserDep, session: SessionDep) -> Response:
    return alerts_page(request, session, user)


@router.post("/settings/alerts", response_class=HTMLResponse)
def save_alerts(
    request: Request,
    user: AdminFormDep,
    session: SessionDep,
    schedule: Annotated[str, Form(max_length=10)] = "off",
    hour_utc: Annotated[str, Form(max_length=5)] = "8",
    weekday: Annotated[str, Form(max_length=5)] = "0",
    mrr_bar: Annotated[str, Form(max_length=20)] = "1000",
    emails: Annotated[str, Form(max_length=20_000)] = "",
    webhook_url: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Save the digest settings; a bad value shows the form again with what was typed."""
    form = {
        "schedule": schedule,
        "hour_utc": hour_utc,
        "weekday": weekday,
        "mrr_bar": mrr_bar,
        "emails": emails,
        "webhook_url": webhook_url,
    }
    try:
        body = AlertSettingsUpdate.model_validate(
            {
                **form,
                "emails": [e for e in emails.replace(",", "\n").split() if e],
                "webhook_url": webhook_url.strip() or None,
            }
        )
    except ValidationError as exc:
        return alerts_page(request, session, user, form, _problems(exc), 422)
    saved = preferences.update(session, user.workspace_id, body, utcnow())
    when = "off" if saved.next_send_at is None else f"next {saved.next_send_at:%a %d %b %H:%M} UTC"
    return see_other(request, "/settings/alerts", f"Digest settings saved ({when}).")


@router.post("/settings/alerts/send-now", response_class=HTMLResponse)
def send_now(
    request: Request, user: AdminFormDep, context: ContextDep, session: SessionDep
) -> Response:
    """Send a test digest to the saved recipients now; its outcome is listed below."""
    try:
        sent = runs.send_now(session, context.settings, user.workspace_id, utcnow())
    except DomainError as exc:
        return alerts_page(request, session, user, alert=exc.detail, status=exc.status)
    state = sent.digest.state if sent.digest else "sent"
    kind = "ok" if state == "sent" else "error"
    return see_other(request, "/settings/alerts", f"Test digest: {state}.", kind)
