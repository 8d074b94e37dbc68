"""Invitations and password resets: signed, expiring, single-use links sent by e-mail.

Accepting an invitation sets the person's name and password and adds them to the
workspace; a reset sets a new password. Asking for a reset never tells whether the address
belongs to anyone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from models.people import InvitationRead, PersonRole
from models.people_tables import AccountToken, Person
from models.tables import Workspace
from service.core import audit_store
from service.core.errors import Conflict, InvalidInput
from service.workspaces import account_mail, links
from service.workspaces import people_store as store
from service.workspaces.passwords import check_new_password
from service.workspaces.people import normalise_email, set_password

INVITE_DAYS = 7
RESET_HOURS = 2
INVITE = "invite"
RESET = "reset"


@dataclass(frozen=True)
class Sender:
    """What building a link needs from the running server."""

    secret: str
    public_url: str


def invite(
    session: Session,
    sender: Sender,
    workspace: Workspace,
    email: str,
    role: PersonRole,
    actor: str,
    inviter: str,
) -> InvitationRead:
    """Queue an invitation e-mail whose link lets the invitee join with `role`."""
    address = normalise_email(email)
    person = store.find_person(session, address)
    if person is not None and store.membership(session, person.id, workspace.id) is not None:
        raise Conflict(f"{address} is already in {workspace.name}.", code="already_member")
    row, link = _new_link(session, sender, INVITE, address, timedelta(days=INVITE_DAYS), actor)
    row.workspace_id, row.role = workspace.id, role.value
    body = (
        f"Hi,\n\n{inviter} invited you to the {workspace.name} workspace on Throughline "
        f"as {role.value}.\n\nChoose your name and password here (the link works once, "
        f"for {INVITE_DAYS} days):\n{link}\n\nIf you did not expect this, ignore this e-mail."
    )
    account_mail.queue(session, address, f"Join {workspace.name} on Throughline", body)
    audit_store.record(
        session, workspace.id, actor, "invite_person", ("invitation", row.id),
        {}, {"email": address, "role": role.value},
    )  # fmt: skip
    return InvitationRead(
        id=row.id, email=address, workspace=workspace.name, role=role, expires_at=row.expires_at
    )


def request_reset(session: Session, sender: Sender, email: str) -> None:
    """E-mail a reset link if the address belongs to a person; silent either way."""
    try:
        address = normalise_email(email)
    except InvalidInput:
        return
    person = store.find_person(session, address)
    if person is None:
        return
    _, link = _new_link(session, sender, RESET, address, timedelta(hours=RESET_HOURS), "self")
    body = (
        f"Hi {person.name},\n\nSomeone (hopefully you) asked to reset your Throughline "
        f"password. Choose a new one here (the link works once, for {RESET_HOURS} hours):\n"
        f"{link}\n\nIf it was not you, ignore this e-mail: your password stays as it is."
    )
    account_mail.queue(session, address, "Reset your Throughline password", body)


def _new_link(
    session: Session, sender: Sender, purpose: str, email: str, valid: timedelta, actor: str
) -> tuple[AccountToken, str]:
    expires = datetime.now(UTC).replace(microsecond=0) + valid
    secret = links.new_secret()
    row = store.add_token(
        session,
        AccountToken(
            purpose=purpose,
            email=email,
            secret_hash=links.hash_secret(secret),
            created_by=actor[:100],
            expires_at=expires,
        ),
    )
    token = links.make_token(sender.secret, purpose, row.id, int(expires.timestamp()), secret)
    path = "invitations" if purpose == INVITE else "reset-password"
    return row, f"{sender.public_url.rstrip('/')}/{path}/{token}"


def check_link(session: Session, secret: str, purpose: str, token: str) -> AccountToken:
    """The token's row if the link is genuine, unused and not expired; else InvalidInput
    with code `link_invalid`, `link_used` or `link_expired`."""
    parsed = links.read_token(secret, purpose, token)
    row = store.get_token(session, parsed.token_id) if parsed else None
    if (
        parsed is None
        or row is None
        or row.purpose != purpose
        or links.hash_secret(parsed.secret) != row.secret_hash
    ):
        raise InvalidInput("This link is not valid.", code="link_invalid")
    if row.used_at is not None:
        raise InvalidInput("This link was already used.", code="link_used")
    now = datetime.now(UTC)
    if row.expires_at <= now or parsed.expires <= now.timestamp():
        raise InvalidInput("This link has expired; ask for a new one.", code="link_expired")
    return row


def invitation_of(session: Session, secret: str, token: str) -> InvitationRead:
    """What an invitation link offers, for the page that accepts it."""
    row = check_link(session, secret, INVITE, token)
    workspace = session.get(Workspace, row.workspace_id)
    if workspace is None:
        raise InvalidInput("This workspace no longer exists.", code="link_invalid")
    return InvitationRead(
        id=row.id,
        email=row.email,
        workspace=workspace.name,
        role=PersonRole(row.role or PersonRole.viewer),
        expires_at=row.expires_at,
    )


def accept(
    session: Session, secret: str, token: str, name: str, password: str
) -> tuple[Person, int]:
    """Use an invitation: the person (new or existing) gets the name, the password and the
    role in the workspace. Returns the person and the workspace id."""
    row = check_link(session, secret, INVITE, token)
    if not name.strip():
        raise InvalidInput("Give your name.", code="missing_name")
    check_new_password(password)
    row.used_at = datetime.now(UTC)
    person = store.find_person(session, row.email)
    if person is None:
        person = store.add_person(session, row.email, name.strip()[:200], None)
    person.name = name.strip()[:200]
    set_password(session, person, password)
    assert row.workspace_id is not None  # invitations always name their workspace
    store.set_membership(session, person.id, row.workspace_id, row.role or PersonRole.viewer)
    audit_store.record(
        session, row.workspace_id, f"person:{person.id}", "accept_invitation",
        ("invitation", row.id), {}, {"person_id": person.id, "role": row.role},
    )  # fmt: skip
    return person, row.workspace_id


def reset(session: Session, secret: str, token: str, password: str) -> Person:
    """Use a reset link: a new password, and every other session of the person ends."""
    row = check_link(session, secret, RESET, token)
    check_new_password(password)
    person = store.find_person(session, row.email)
    if person is None:
        raise InvalidInput("This link is not valid.", code="link_invalid")
    row.used_at = datetime.now(UTC)
    set_password(session, person, password)
    return person
