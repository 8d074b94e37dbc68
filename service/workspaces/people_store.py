"""People, their workspace memberships, e-mailed link tokens, key owners and account mail."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from models.people_tables import AccountMail, AccountToken, KeyOwner, Membership, Person
from models.tables import ApiKey, Workspace


def get_person(session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def find_person(session: Session, email: str) -> Person | None:
    return session.scalar(select(Person).where(Person.email == email))


def add_person(session: Session, email: str, name: str, password_hash: str | None) -> Person:
    person = Person(email=email, name=name, password_hash=password_hash, session_version=0)
    session.add(person)
    session.flush()
    return person


def names_of(session: Session, person_ids: Collection[int]) -> dict[int, str]:
    if not person_ids:
        return {}
    rows = session.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids)))
    return {row.id: row.name for row in rows}


def end_sessions(session: Session, person_id: int) -> None:
    session.execute(
        update(Person)
        .where(Person.id == person_id)
        .values(session_version=Person.session_version + 1)
    )


def membership(session: Session, person_id: int, workspace_id: int) -> Membership | None:
    return session.scalar(
        select(Membership).where(
            Membership.person_id == person_id, Membership.workspace_id == workspace_id
        )
    )


def first_membership(session: Session, person_id: int) -> Membership | None:
    """The membership to sign in to: the workspace first by name."""
    return session.scalar(
        select(Membership)
        .join(Workspace, Workspace.id == Membership.workspace_id)
        .where(Membership.person_id == person_id)
        .order_by(Workspace.name)
        .limit(1)
    )


def set_membership(session: Session, person_id: int, workspace_id: int, role: str) -> Membership:
    found = membership(session, person_id, workspace_id)
    if found is None:
        found = Membership(person_id=person_id, workspace_id=workspace_id, role=role)
        session.add(found)
    found.role = role
    session.flush()
    return found


def delete_membership(session: Session, person_id: int, workspace_id: int) -> None:
    session.execute(
        delete(Membership).where(
            Membership.person_id == person_id, Membership.workspace_id == workspace_id
        )
    )


def members_of(session: Session, workspace_id: int) -> list[tuple[Person, Membership]]:
    rows = session.execute(
        select(Person, Membership)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.workspace_id == workspace_id)
        .order_by(Person.name, Person.id)
    )
    return [(row[0], row[1]) for row in rows]


def count_admins(session: Session, workspace_id: int) -> int:
    return len(
        session.scalars(
            select(Membership.id).where(
                Membership.workspace_id == workspace_id, Membership.role == "admin"
            )
        ).all()
    )


def add_token(session: Session, token: AccountToken) -> AccountToken:
    session.add(token)
    session.flush()
    return token


def get_token(session: Session, token_id: int) -> AccountToken | None:
    return session.get(AccountToken, token_id)


def pending_invitations(session: Session, workspace_id: int, now: datetime) -> list[AccountToken]:
    return list(
        session.scalars(
            select(AccountToken)
            .where(
                AccountToken.workspace_id == workspace_id,
                AccountToken.purpose == "invite",
                AccountToken.used_at.is_(None),
                AccountToken.expires_at > now,
            )
            .order_by(AccountToken.id.desc())
        )
    )


def key_owner(session: Session, key_id: int) -> KeyOwner | None:
    return session.get(KeyOwner, key_id)


def key_owners(session: Session, key_ids: Collection[int]) -> dict[int, KeyOwner]:
    if not key_ids:
        return {}
    owners = session.scalars(select(KeyOwner).where(KeyOwner.api_key_id.in_(key_ids)))
    return {owner.api_key_id: owner for owner in owners}


def set_key_owner(session: Session, key_id: int, person_id: int | None, label: str | None) -> None:
    session.add(KeyOwner(api_key_id=key_id, person_id=person_id, label=label))
    session.flush()


def live_keys_of(session: Session, workspace_id: int, person_id: int) -> list[ApiKey]:
    return list(
        session.scalars(
            select(ApiKey)
            .join(KeyOwner, KeyOwner.api_key_id == ApiKey.id)
            .where(
                ApiKey.workspace_id == workspace_id,
                ApiKey.revoked_at.is_(None),
                KeyOwner.person_id == person_id,
            )
        )
    )


def add_mail(session: Session, recipient: str, subject: str, body: str) -> AccountMail:
    mail = AccountMail(recipient=recipient, subject=subject[:300], body=body, attempts=0)
    session.add(mail)
    session.flush()
    return mail


def due_mail(session: Session, max_attempts: int, limit: int = 50) -> list[AccountMail]:
    return list(
        session.scalars(
            select(AccountMail)
            .where(AccountMail.sent_at.is_(None), AccountMail.attempts < max_attempts)
            .order_by(AccountMail.id)
            .limit(limit)
        )
    )


def record_mail_attempt(session: Session, mail_id: int, at: datetime, error: str | None) -> None:
    values: dict[str, object] = {"attempts": AccountMail.attempts + 1, "last_error": error}
    if error is None:
        values["sent_at"] = at
    session.execute(update(AccountMail).where(AccountMail.id == mail_id).values(**values))


def workspaces_of(session: Session, person_id: int) -> list[tuple[int, str, str]]:
    """(workspace id, name, role) of every workspace the person is in, by name."""
    rows = session.execute(
        select(Workspace.id, Workspace.name, Membership.role)
        .join(Membership, Membership.workspace_id == Workspace.id)
        .where(Membership.person_id == person_id)
        .order_by(Workspace.name)
    )
    return [(row.id, row.name, row.role) for row in rows]
