"""The signed-in person's own page: who they are, and the workspaces they can switch to."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from service.core.errors import Forbidden, NotFound
from service.http.deps import SessionDep
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import PageUserDep, SignedInFormDep, start_person_session
from service.workspaces import people
from service.workspaces import people_store as store

router = page_router()


@router.get("/account", response_class=HTMLResponse)
def account(request: Request, user: PageUserDep, session: SessionDep) -> Response:
    if user.person_id is None:
        raise Forbidden("Signed in with an API key: there is no account to show.", code="no_person")
    values = {"workspaces": people.workspaces_of(session, user.person_id)}
    return workspace_page(request, session, user, "web/account.html", "account", values)


@router.post("/account/workspace", response_class=HTMLResponse)
def switch_workspace(
    request: Request,
    user: SignedInFormDep,
    session: SessionDep,
    workspace_id: Annotated[int, Form()] = 0,
) -> Response:
    """Continue in another of the person's workspaces (with their role there)."""
    person = store.get_person(session, user.person_id) if user.person_id else None
    names = {w[0]: w[1] for w in people.workspaces_of(session, user.person_id or 0)}
    if person is None or workspace_id not in names:
        raise NotFound("You are not in that workspace.", code="not_a_member")
    response = see_other(request, "/ideas", f"You are now in {names[workspace_id]}.")
    start_person_session(response, request, person, workspace_id)
    return response
