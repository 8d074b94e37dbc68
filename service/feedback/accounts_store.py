"""Accounts and requesters, written with INSERT ... ON CONFLICT: the first arrival of one
account or person at two processes at once yields one row, never a UniqueViolation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.tables import Account, Requester


def upsert_statement(session: Session, table: Any) -> Any:
    """An INSERT that can say ON CONFLICT: the same syntax on both engines."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)


def upsert_account(session: Session, workspace_id: int, name: str, mrr: float | None) -> int:
    """The account's id, created if new; a given MRR replaces the stored one (it changes over
    time). Concurrent first arrivals of one account both get the same row."""
    values = {"workspace_id": workspace_id, "name": name, "mrr": mrr}
    statement = upsert_statement(session, Account).values(**values)
    if mrr is None:
        statement = statement.on_conflict_do_nothing(index_elements=["workspace_id", "name"])
    else:
        statement = statement.on_conflict_do_update(
            index_elements=["workspace_id", "name"], set_={"mrr": mrr}
        )
    session.execute(statement)
    found = select(Account.id).where(Account.workspace_id == workspace_id, Account.name == name)
    return session.execute(found).scalar_one()


def upsert_requester(
    session: Session, workspace_id: int, key: str, name: str | None, account_id: int | None
) -> int:
    """The requester's id, created if new; a given name or account replaces the stored one."""
    email = key if "@" in key else None
    values = {"workspace_id": workspace_id, "key": key, "name": name, "email": email}
    statement = upsert_statement(session, Requester).values(account_id=account_id, **values)
    changes = {k: v for k, v in (("name", name), ("account_id", account_id)) if v is not None}
    if changes:
        statement = statement.on_conflict_do_update(
            index_elements=["workspace_id", "key"], set_=changes
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["workspace_id", "key"])
    session.execute(statement)
    found = select(Requester.id).where(Requester.workspace_id == workspace_id, Requester.key == key)
    return session.execute(found).scalar_one()
