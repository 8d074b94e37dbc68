"""The people and accounts behind one idea, as rows a PM can sort (who asked, for how much)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from service.ideas import shape_store


class PeopleSort(StrEnum):
    items = "items"
    mrr = "mrr"
    name = "name"
    last = "last"


@dataclass
class PersonRow:
    key: str
    name: str | None
    account: str | None
    mrr: float | None
    items: int
    last_seen: datetime


@dataclass
class AccountRow:
    name: str
    mrr: float | None
    people: int
    items: int
    last_seen: datetime


R = TypeVar("R", PersonRow, AccountRow)


@dataclass
class IdeaPeople:
    people: list[PersonRow]
    accounts: list[AccountRow]
    anonymous: int  # items without a requester


def people_of_idea(
    session: Session, workspace_id: int, idea_id: int, sort: PeopleSort = PeopleSort.items
) -> IdeaPeople:
    """Each person once (with their account and its MRR) and each account once."""
    people: dict[str, PersonRow] = {}
    accounts: dict[str, AccountRow] = {}
    members: dict[str, set[str]] = {}
    anonymous = 0
    for row in shape_store.item_rows(session, workspace_id, idea_id=idea_id):
        if row.account:
            account = accounts.setdefault(
                row.account, AccountRow(row.account, row.mrr, 0, 0, row.created_at)
            )
            account.items += 1
            account.last_seen = max(account.last_seen, row.created_at)
            if row.requester:
                members.setdefault(row.account, set()).add(row.requester)
        if not row.requester:
            anonymous += 1
            continue
        person = people.setdefault(
            row.requester,
            PersonRow(row.requester, row.requester_name, row.account, row.mrr, 0, row.created_at),
        )
        person.items += 1
        person.last_seen = max(person.last_seen, row.created_at)
    for name, account in accounts.items():
        account.people = len(members.get(name, ()))
    return IdeaPeople(
        _sorted(list(people.values()), sort), _sorted(list(accounts.values()), sort), anonymous
    )


def _sorted(rows: list[R], sort: PeopleSort) -> list[R]:
    if sort == PeopleSort.name:
        return sorted(rows, key=lambda r: _label(r).casefold())
    rows.sort(key=lambda r: _label(r).casefold())
    if sort == PeopleSort.mrr:
        rows.sort(key=lambda r: r.mrr or 0.0, reverse=True)
    elif sort == PeopleSort.last:
        rows.sort(key=lambda r: r.last_seen, reverse=True)
    else:
        rows.sort(key=lambda r: r.items, reverse=True)
    return rows


def _label(row: PersonRow | AccountRow) -> str:
    return row.key if isinstance(row, PersonRow) else row.name
