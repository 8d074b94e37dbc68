"""OKR drafts on the web: the list with a form to draft a new set, and one draft with its
findings, its rounds of propose → critique → revise, links to the evidence ideas, and the
button that accepts it into its cycle."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.cycles import AcceptMode
from models.db import unit_of_work
from models.drafts import MAX_GOALS, DraftCreate, DraftRead
from models.okr import Finding
from models.tables import Workspace
from service.core.errors import DomainError, InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.okrs import accepting, cycles, drafts, editing
from service.okrs.draft_markdown import render_markdown
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import FormUserDep, PageUser, PageUserDep
from service.workspaces import store as workspace_store

router = page_router()


def next_quarter(today: datetime) -> str:
    """The cycle a PM most likely plans during this one: the coming quarter."""
    quarter = (today.month - 1) // 3 + 1
    return f"{today.year + 1}-Q1" if quarter == 4 else f"{today.year}-Q{quarter + 1}"


def okrs_page(
    request: Request,
    session: Session,
    user: PageUser,
    form: dict[str, str],
    alert: str | None = None,
    status: int = 200,
) -> Response:
    """Drafts (newest first), cycles, and the draft form as filled in."""
    return workspace_page(
        request,
        session,
        user,
        "web/okrs.html",
        "okrs",
        {
            "drafts": drafts.list_drafts(session, user.workspace_id, 100).drafts,
            "cycles": list(reversed(cycles.list_cycles(session, user.workspace_id))),
            "form": form,
            "max_goals": MAX_GOALS,
            "llm": drafts.llm_available(request.app.state.context.settings),
            "alert": alert,
        },
        status,
    )


@router.get("/okrs", response_class=HTMLResponse)
def okrs(request: Request, user: PageUserDep, context: ContextDep, session: SessionDep) -> Response:
    """The form starts from the coming quarter, the workspace's goals and the set provider."""
    form = {
        "cycle": next_quarter(datetime.now(UTC)),
        "goals": "\n".join(workspace_store.read_settings(session, user.workspace_id).goals),
        "provider": context.settings.llm_provider,
        "owner": "",
    }
    return okrs_page(request, session, user, form)


def _draft_body(
    cycle: str, goals: str, provider: str, from_retro: str, owner: str = ""
) -> DraftCreate:
    """The form as the API's request (goals one per line); `create_draft` checks the rest."""
    lines = [line.strip() for line in goals.splitlines() if line.strip()]
    return DraftCreate(
        cycle=cycle.strip(),
        goals=lines or None,
        provider=provider,
        from_retro=from_retro.strip() or None,
        owner=owner.strip() or None,
    )


@router.post("/okrs/drafts", response_class=HTMLResponse)
def create(
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    cycle: Annotated[str, Form(max_length=20)] = "",
    goals: Annotated[str, Form(max_length=MAX_GOALS * 210)] = "",
    provider: Annotated[str, Form(max_length=20)] = "offline",
    from_retro: Annotated[str, Form(max_length=20)] = "",
    owner: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Draft a new OKR set from the workspace's demand (and a finished cycle's retro), then
    show it."""
    form = {"cycle": cycle, "goals": goals, "provider": provider, "owner": owner}
    try:
        body = _draft_body(cycle, goals, provider, from_retro, owner)
        with unit_of_work(context.factory) as writing:
            workspace = writing.get(Workspace, user.workspace_id)
            assert workspace is not None  # the signed-in session checked it
            draft = drafts.create_draft(writing, workspace, body, context.settings)
    except DomainError as exc:
        return okrs_page(request, session, user, form, exc.detail, exc.status)
    verdict = "passes the critic" if draft.passed else "still has blocking findings"
    return see_other(
        request, f"/okrs/drafts/{draft.id}", f"Draft {draft.id} for {draft.cycle_name} {verdict}."
    )


Place = tuple[int | None, int | None]  # (objective index, KR index); (None, None): the set


def findings_by_place(findings: list[Finding]) -> dict[Place, list[Finding]]:
    """Findings keyed by where they point, so each shows next to what it is about."""
    placed: dict[Place, list[Finding]] = {}
    for finding in findings:
        placed.setdefault((finding.objective_index, finding.kr_index), []).append(finding)
    return placed


def draft_page(
    request: Request,
    session: Session,
    user: PageUser,
    draft: DraftRead,
    alert: str | None = None,
    status: int = 200,
) -> Response:
    return workspace_page(
        request,
        session,
        user,
        "web/draft.html",
        "okrs",
        {
            "draft": draft,
            "placed": findings_by_place(draft.findings),
            "blocking": sum(1 for f in draft.findings if f.severity == "block"),
            "outlook": accepting.draft_outlook(session, user.workspace_id, draft.id),
            "supports": editing.alignment_choices(session, user.workspace_id),
            "alert": alert,
        },
        status,
    )


@router.get("/okrs/drafts/{draft_id}", response_class=HTMLResponse)
def show(draft_id: int, request: Request, user: PageUserDep, session: SessionDep) -> Response:
    draft = drafts.read_draft(session, user.workspace_id, draft_id)
    return draft_page(request, session, user, draft)


@router.get("/okrs/drafts/{draft_id}/markdown")
def markdown(draft_id: int, user: PageUserDep, session: SessionDep) -> Response:
    """The draft as a Markdown file, for a planning doc."""
    text = render_markdown(drafts.read_draft(session, user.workspace_id, draft_id))
    return Response(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="okr-draft-{draft_id}.md"'},
    )


@router.post("/okrs/drafts/{draft_id}/accept", response_class=HTMLResponse)
def accept(
    draft_id: int,
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    session: SessionDep,
    mode: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    """Turn the draft into its cycle's objectives and KRs (merged into or replacing what the
    cycle has, as the PM chose), then open the cycle, saying how much of it is left."""
    try:
        chosen = _mode(mode)
        with unit_of_work(context.factory) as writing:
            done = accepting.accept_draft(
                writing, user.workspace_id, draft_id, user.actor, mode=chosen
            )
            name, warnings = done.cycle.name, done.outlook.warnings
    except DomainError as exc:
        draft = drafts.read_draft(session, user.workspace_id, draft_id)
        return draft_page(request, session, user, draft, exc.detail, exc.status)
    how = {None: "now the plan", AcceptMode.merge: "merged into the plan"}.get(
        chosen, "now the plan (the earlier objectives are archived)"
    )
    message = " ".join([f"Draft {draft_id} is {how} for {name}.", *warnings])
    return see_other(request, f"/cycles/{name}", message, "warn" if warnings else "ok")


def _mode(value: str) -> AcceptMode | None:
    if not value:
        return None
    try:
        return AcceptMode(value)
    except ValueError:
        raise InvalidInput("Choose merge or replace.", code="invalid_mode") from None
