"""People in a workspace: add, list, change role, remove, check a password, and name the
person behind an audit actor ("person:<id>")."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.people import MemberRead, PersonRole
from models.people_tables import Person
from models.tables import Workspace
from service.core import audit_store
from service.core.errors import Conflict, InvalidInput, NotFound
from service.workspaces import keys
from service.workspaces import people_store as store
from service.workspaces.passwords import (
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\".]+(\.[^@\s<>,;\".]+)+$")
ACTOR_PREFIX = "person:"


@dataclass(frozen=True)
class SignedIn:
    """A person with a live membership: what a session cookie resolves to on each request."""

    person: Person
    workspace: Workspace
    role: PersonRole


def normalise_email(email: str) -> str:
    """The address lower-cased and trimmed, or InvalidInput if it is not one."""
    address = email.strip().lower()
    if len(address) > 320 or not _EMAIL.match(address):
        raise InvalidInput(f"{email.strip()[:80]!r} is not an e-mail address.", code="bad_email")
    return address


def actor_of(person_id: int) -> str:
    return f"{ACTOR_PREFIX}{person_id}"


def actor_names(session: Session, actors: Iterable[str]) -> dict[str, str]:
    """Display names for the "person:<id>" actors among `actors` (others are left out)."""
    ids = {int(a[len(ACTOR_PREFIX) :]) for a in actors if _person_actor(a)}
    return {actor_of(pid): name for pid, name in store.names_of(session, ids).items()}


def _person_actor(actor: str) -> bool:
    return actor.startswith(ACTOR_PREFIX) and actor[len(ACTOR_PREFIX) :].isdigit()


def _read(person: Person, role: str) -> MemberRead:
    return MemberRead(
        id=person.id,
        email=person.email,
        name=person.name,
        role=PersonRole(role),
        created_at=person.created_at,
        has_password=person.password_hash is not None,
    )


def add_person(
    session: Session,
    workspace: Workspace,
    email: str,
    name: str,
    role: PersonRole,
    password: str | None,
) -> tuple[MemberRead, bool]:
    """Add a person to the workspace (creating them if new); True when the person is new.
    An existing person keeps their password; a second add to the same workspace conflicts."""
    address = normalise_email(email)
    if not name.strip():
        raise InvalidInput("Give the person's name.", code="missing_name")
    person = store.find_person(session, address)
    created = person is None
    if person is None:
        hashed = hash_password(check_new_password(password)) if password else None
        person = store.add_person(session, address, name.strip()[:200], hashed)
    elif store.membership(session, person.id, workspace.id) is not None:
        raise Conflict(f"{address} is already in {workspace.name}.", code="already_member")
    store.set_membership(session, person.id, workspace.id, role.value)
    return _read(person, role.value), created


def list_members(session: Session, workspace_id: int) -> list[MemberRead]:
    return [_read(p, m.role) for p, m in store.members_of(session, workspace_id)]


def change_role(
    session: Session, workspace_id: int, person_id: int, role: PersonRole, actor: str
) -> MemberRead:
    """Give a member another role; takes effect on their next request."""
    person, current = _member(session, workspace_id, person_id)
    if current == PersonRole.admin and role != PersonRole.admin:
        _keep_an_admin(session, workspace_id)
    store.set_membership(session, person_id, workspace_id, role.value)
    audit_store.record(
        session, workspace_id, actor, "change_role", ("person", person_id),
        {"role": current}, {"role": role.value},
    )  # fmt: skip
    return _read(person, role.value)


def remove_member(session: Session, workspace_id: int, person_id: int, actor: str) -> None:
    """Take a person out of the workspace: their keys here are revoked and every session of
    theirs ends at once (the person row stays, so the audit trail still names them)."""
    person, current = _member(session, workspace_id, person_id)
    if current == PersonRole.admin:
        _keep_an_admin(session, workspace_id)
    for key in store.live_keys_of(session, workspace_id, person_id):
        keys.revoke(session, workspace_id, key.id)
    store.delete_membership(session, person_id, workspace_id)
    store.end_sessions(session, person_id)
    audit_store.record(
        session, workspace_id, actor, "remove_person", ("person", person_id),
        {"email": person.email, "role": current}, {},
    )  # fmt: skip


def _member(session: Session, workspace_id: int, person_id: int) -> tuple[Person, str]:
    person = store.get_person(session, person_id)
    found = store.membership(session, person_id, workspace_id) if person else None
    if person is None or found is None:
        raise NotFound(f"No person {person_id} in this workspace.", code="person_not_found")
    return person, found.role


def _keep_an_admin(session: Session, workspace_id: int) -> None:
    if store.count_admins(session, workspace_id) <= 1:
        raise Conflict(
            "This is the workspace's last admin; make someone else admin first.",
            code="last_admin",
        )


def find(session: Session, email: str) -> Person | None:
    """The person with this e-mail address (any case), if there is one."""
    try:
        return store.find_person(session, normalise_email(email))
    except InvalidInput:
        return None


def authenticate(session: Session, email: str, password: str) -> Person | None:
    """The person if the e-mail and password match, else None (same cost either way)."""
    try:
        address = normalise_email(email)
    except InvalidInput:
        address = ""
    person = store.find_person(session, address) if address else None
    stored = person.password_hash if person else None
    if not verify_password(stored, password) or person is None or stored is None:
        return None
    if needs_rehash(stored):
        person.password_hash = hash_password(password)
    return person


def set_password(session: Session, person: Person, password: str) -> None:
    """A new password; every other session of the person ends."""
    person.password_hash = hash_password(check_new_password(password))
    session.flush()
    store.end_sessions(session, person.id)
    session.refresh(person)


def signed_in(session: Session, person_id: int, workspace_id: int, version: int) -> SignedIn | None:
    """The person and their current role if the session is still valid: the person exists,
    is still in the workspace, and has not been signed out everywhere since."""
    person = store.get_person(session, person_id)
    if person is None or person.session_version != version:
        return None
    found = store.membership(session, person_id, workspace_id)
    workspace = session.get(Workspace, workspace_id) if found else None
    if found is None or workspace is None:
        return None
    return SignedIn(person, workspace, PersonRole(found.role))


def workspaces_of(session: Session, person_id: int) -> list[tuple[int, str, str]]:
    """The person's workspaces as (id, name, role), to switch between them."""
    return store.workspaces_of(session, person_id)


def home_workspace(session: Session, person: Person) -> int | None:
    """The workspace a person signs in to (the first of theirs by name)."""
    found = store.first_membership(session, person.id)
    return found.workspace_id if found else None


def generate_password() -> str:
    """A random password for someone added from the command line (shown once)."""
    return secrets.token_urlsafe(12)


def ensure_admin(session: Session, workspace: Workspace, email: str, name: str) -> str:
    """Make `email` an admin of the workspace with a fresh random password, and return it
    (the demo runs this each time, so its printed password always works)."""
    address = normalise_email(email)
    password = generate_password()
    person = store.find_person(session, address)
    if person is None:
        person = store.add_person(session, address, name, hash_password(password))
    else:
        set_password(session, person, password)
    store.set_membership(session, person.id, workspace.id, PersonRole.admin.value)
    return password
