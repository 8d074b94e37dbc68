"""Typed dependencies: the app context, a unit-of-work session, the caller's workspace."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from models.db import unit_of_work
from models.schemas import Role
from models.tables import Workspace
from service.context import AppContext
from service.core.errors import Forbidden, NotFound, Unauthorized
from service.http.throttle import FailedKeyThrottle
from service.workspaces import key_owners
from service.workspaces import store as workspace_store

bearer = HTTPBearer(auto_error=False, description="An API key from `throughline keys create`.")


def get_context(request: Request) -> AppContext:
    return request.app.state.context


ContextDep = Annotated[AppContext, Depends(get_context)]


def get_session(context: ContextDep) -> Iterator[Session]:
    """The request's one unit of work: commits after the route (a no-op if it committed)."""
    with unit_of_work(context.factory) as session:
        yield session


# scope="function": the unit of work commits when the route returns, before the answer is sent.
# With the default scope it committed after the answer, so a client could read the state from
# before its own change on its next call (and a failed commit could follow a 200).
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_workspace(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    workspace_name: Annotated[
        str | None,
        Header(alias="X-Throughline-Workspace", description="Optional: must match the key."),
    ] = None,
) -> Workspace:
    """The workspace the Bearer key belongs to; every call is scoped to exactly one."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized("Send 'Authorization: Bearer <api key>'.", code="missing_api_key")
    throttle: FailedKeyThrottle = request.app.state.key_throttle
    client = request.client.host if request.client else "unknown"
    throttle.check(client)
    key = workspace_store.find_key(session, credentials.credentials)
    if key is None:
        throttle.failed(client)
        raise Unauthorized("The API key is not valid.")
    workspace = session.get(Workspace, key.workspace_id)
    if workspace is None:
        raise NotFound("The key's workspace no longer exists.", code="unknown_workspace")
    if workspace_name is not None and workspace_name != workspace.name:
        if workspace_store.get_workspace(session, workspace_name) is None:
            raise NotFound(f"No workspace named {workspace_name!r}.", code="unknown_workspace")
        raise Forbidden("This key belongs to another workspace.", code="wrong_workspace")
    session.expunge(workspace)
    request.state.role = key.role
    request.state.actor = key_owners.actor_for_key(session, key)  # its person, if it has one
    return workspace


WorkspaceDep = Annotated[Workspace, Depends(get_workspace)]


def get_reader_workspace(request: Request, workspace: WorkspaceDep) -> Workspace:
    """The workspace, for calls that read or change ideas: `ingest` keys may only send feedback."""
    if request.state.role == Role.ingest:
        raise Forbidden("This key may only send feedback.", code="insufficient_role")
    return workspace


ReaderWorkspaceDep = Annotated[Workspace, Depends(get_reader_workspace)]


def get_admin_workspace(request: Request, workspace: WorkspaceDep) -> Workspace:
    """The workspace, for managing it (its keys): admin keys only."""
    if request.state.role != Role.admin:
        raise Forbidden("Only an admin key may do this.", code="insufficient_role")
    return workspace


AdminWorkspaceDep = Annotated[Workspace, Depends(get_admin_workspace)]


def get_actor(request: Request, workspace: ReaderWorkspaceDep) -> str:
    """Who is acting, for the audit log: the key's person ("person:<id>"), else its prefix."""
    return request.state.actor


ActorDep = Annotated[str, Depends(get_actor)]
