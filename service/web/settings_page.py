"""Settings pages for admins: the people of the workspace (invite, change role, remove) and
its API keys (create, revoke, rotate; each key belongs to a person or an integration)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import BackgroundTasks, Form, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from models.people import PersonRole
from models.schemas import ApiKeyCreated, Role
from models.tables import Workspace
from service.core.errors import DomainError, InvalidInput, NotFound
from service.http.deps import ContextDep, SessionDep
from service.web.account_page import send_mail_later, sender
from service.web.board import workspace_page
from service.web.pages import page_router, see_other
from service.web.session import AdminFormDep, AdminUserDep, PageUser
from service.workspaces import invitations, key_owners, keys, people
from service.workspaces import people_store as store

router = page_router()

KEY_ROLES = [Role.admin, Role.member, Role.ingest]


def _workspace(session: Session, user: PageUser) -> Workspace:
    workspace = session.get(Workspace, user.workspace_id)
    if workspace is None:
        raise NotFound("The workspace no longer exists.", code="unknown_workspace")
    return workspace


def _role(value: str) -> PersonRole:
    try:
        return PersonRole(value)
    except ValueError:
        raise InvalidInput(f"Unknown role {value!r}.", code="bad_role") from None


def people_page(
    request: Request, session: Session, user: PageUser, alert: str | None = None, status: int = 200
) -> Response:
    values: dict[str, Any] = {
        "members": people.list_members(session, user.workspace_id),
        "invitations": store.pending_invitations(session, user.workspace_id, datetime.now(UTC)),
        "roles": list(PersonRole),
        "alert": alert,
    }
    return workspace_page(
        request, session, user, "web/settings_people.html", "settings", values, status
    )


@router.get("/settings/people", response_class=HTMLResponse)
def show_people(request: Request, user: AdminUserDep, session: SessionDep) -> Response:
    return people_page(request, session, user)


@router.post("/settings/people/invite", response_class=HTMLResponse)
def invite(
    request: Request,
    background: BackgroundTasks,
    user: AdminFormDep,
    context: ContextDep,
    session: SessionDep,
    email: Annotated[str, Form(max_length=320)] = "",
    role: Annotated[str, Form(max_length=20)] = PersonRole.member,
) -> Response:
    """E-mail an invitation link; the invitee chooses name and password."""
    try:
        sent = invitations.invite(
            session, sender(context), _workspace(session, user), email, _role(role),
            user.actor, user.name or "An admin",
        )  # fmt: skip
    except DomainError as exc:
        return people_page(request, session, user, exc.detail, exc.status)
    send_mail_later(background, context)
    return see_other(request, "/settings/people", f"Invitation e-mailed to {sent.email}.")


@router.post("/settings/people/{person_id}/role", response_class=HTMLResponse)
def change_role(
    person_id: int,
    request: Request,
    user: AdminFormDep,
    session: SessionDep,
    role: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    try:
        changed = people.change_role(session, user.workspace_id, person_id, _role(role), user.actor)
    except DomainError as exc:
        return people_page(request, session, user, exc.detail, exc.status)
    return see_other(request, "/settings/people", f"{changed.name} is now {changed.role}.")


@router.post("/settings/people/{person_id}/remove", response_class=HTMLResponse)
def remove(person_id: int, request: Request, user: AdminFormDep, session: SessionDep) -> Response:
    """Take the person out of the workspace; their keys stop and their sessions end now."""
    try:
        people.remove_member(session, user.workspace_id, person_id, user.actor)
    except DomainError as exc:
        return people_page(request, session, user, exc.detail, exc.status)
    return see_other(request, "/settings/people", "Removed; their sessions and keys have ended.")


def keys_page(
    request: Request,
    session: Session,
    user: PageUser,
    created: ApiKeyCreated | None = None,
    alert: str | None = None,
    status: int = 200,
) -> Response:
    values: dict[str, Any] = {
        "keys": key_owners.list_owned(session, user.workspace_id),
        "members": people.list_members(session, user.workspace_id),
        "key_roles": KEY_ROLES,
        "created": created,
        "alert": alert,
    }
    return workspace_page(
        request, session, user, "web/settings_keys.html", "settings", values, status
    )


@router.get("/settings/keys", response_class=HTMLResponse)
def show_keys(request: Request, user: AdminUserDep, session: SessionDep) -> Response:
    return keys_page(request, session, user)


@router.post("/settings/keys", response_class=HTMLResponse)
def create_key(
    request: Request,
    user: AdminFormDep,
    session: SessionDep,
    role: Annotated[str, Form(max_length=20)] = Role.member,
    owner: Annotated[str, Form(max_length=20)] = "",
    label: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """A new key, shown on this answer only."""
    try:
        key_role = Role(role) if role in KEY_ROLES else None
        if key_role is None:
            raise InvalidInput(f"Unknown key role {role!r}.", code="bad_role")
        person_id = int(owner) if owner.isdigit() else None
        created = key_owners.create_owned(
            session, _workspace(session, user), key_role, person_id, label
        )
    except DomainError as exc:
        return keys_page(request, session, user, alert=exc.detail, status=exc.status)
    return keys_page(request, session, user, created=created, status=201)


@router.post("/settings/keys/{key_id}/revoke", response_class=HTMLResponse)
def revoke_key(key_id: int, request: Request, user: AdminFormDep, session: SessionDep) -> Response:
    """The key stops at once; if it is a person's, their sessions in the pages end too."""
    try:
        done = keys.revoke(session, user.workspace_id, key_id)
    except DomainError as exc:
        return keys_page(request, session, user, alert=exc.detail, status=exc.status)
    return see_other(request, "/settings/keys", f"Key {done.prefix}… is revoked.")


@router.post("/settings/keys/{key_id}/rotate", response_class=HTMLResponse)
def rotate_key(key_id: int, request: Request, user: AdminFormDep, session: SessionDep) -> Response:
    """Revoke the key and show its replacement (same role and owner) once."""
    try:
        created = keys.rotate(session, _workspace(session, user), key_id)
    except DomainError as exc:
        return keys_page(request, session, user, alert=exc.detail, status=exc.status)
    return keys_page(request, session, user, created=created)
