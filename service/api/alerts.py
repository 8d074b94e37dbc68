"""The PM digest's settings and a send-now, for admins: GET/PUT /alert-settings and
POST /alerts:send-now."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict

from models.alerts import AlertSettingsRead, AlertSettingsUpdate, DigestSent
from models.tables import utcnow
from service.alerts import preferences, runs
from service.http.deps import AdminWorkspaceDep, ContextDep, SessionDep

router = APIRouter(tags=["alerts"])


class SendNow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dry_run: bool = False


@router.get("/alert-settings", response_model=AlertSettingsRead)
def read_alert_settings(session: SessionDep, workspace: AdminWorkspaceDep) -> AlertSettingsRead:
    """The digest schedule, MRR bar and recipients, when the next one is due, the last runs."""
    return preferences.read(session, workspace.id, utcnow())


@router.put("/alert-settings", response_model=AlertSettingsRead)
def replace_alert_settings(
    body: AlertSettingsUpdate, session: SessionDep, workspace: AdminWorkspaceDep
) -> AlertSettingsRead:
    """Replace the digest settings: schedule (off, daily, weekly), hour_utc, weekday (weekly),
    mrr_bar, emails and a Slack-compatible webhook_url. A bad value is a 422 problem."""
    return preferences.update(session, workspace.id, body, utcnow())


@router.post("/alerts:send-now", response_model=DigestSent)
def send_digest_now(
    session: SessionDep,
    workspace: AdminWorkspaceDep,
    context: ContextDep,
    body: SendNow | None = None,
) -> DigestSent:
    """Send the digest now to the saved recipients (409 `no_alert_recipients` when there are
    none); `{"dry_run": true}` only returns its text. The run is listed with its status."""
    dry_run = body.dry_run if body is not None else False
    return runs.send_now(session, context.settings, workspace.id, utcnow(), dry_run)
