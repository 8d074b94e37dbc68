"""Feedback items, requesters, accounts and the decision log."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from models.schemas import DecisionKind
from models.tables import Account, DecisionLog, FeedbackItem, Idea, Requester, Theme
from service.feedback.accounts_store import upsert_account, upsert_requester, upsert_statement
from triage.normalise import content_hash


def known_hashes(session: Session, workspace_id: int, digests: list[str]) -> set[str]:
    """Which of these normalised-text hashes already have an item that belongs to an idea."""
    rows = session.execute(
        select(FeedbackItem.content_hash, FeedbackItem.idea_id).where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.content_hash.in_(set(digests)),
        )
    )
    # idea_id is tested here, not in SQL: "idea_id IS NOT NULL" there lets SQLite prefer the
    # (workspace, idea, ...) demand index and walk every item instead of the hash index.
    return {digest for digest, idea_id in rows if idea_id is not None}


@dataclass(frozen=True)
class ExactMatch:
    """What an item with an already stored ask joins, and how that ask was posted.

    Attributes:
        idea_id: The idea of the earliest item with the ask.
        embedding: That item's stored vector.
        plain: Whether some item was posted as the ask itself, with nothing cut off.
        text: That earliest item's text, to read its ask again by.
        chosen: Whether that ask was chosen by meaning among sentences (`triage.reduce`);
            None when not known yet (an item stored by an earlier call).
    """

    idea_id: int
    embedding: bytes | None
    plain: bool
    text: str
    chosen: bool | None = None


def first_by_hash(session: Session, workspace_id: int, digests: list[str]) -> dict[str, ExactMatch]:
    """For each ask hash already stored, what an exact re-post joins (the earliest such item's
    idea and embedding) and whether some item was posted as that ask, found for a whole batch
    in one query."""
    # No ORDER BY and no "idea_id IS NOT NULL": with either, SQLite walks another index over
    # every item instead of the hash index; the earliest assigned item per hash is picked here.
    rows = session.execute(
        select(
            FeedbackItem.content_hash,
            FeedbackItem.id,
            FeedbackItem.idea_id,
            FeedbackItem.embedding,
            FeedbackItem.ask.is_(None),
            FeedbackItem.text,
        ).where(
            FeedbackItem.workspace_id == workspace_id,
            FeedbackItem.content_hash.in_(set(digests)),
        )
    )
    earliest: dict[str, tuple[int, int, bytes | None, str]] = {}
    plain: set[str] = set()
    for digest, item_id, idea_id, embedding, as_posted, text in rows:
        if idea_id is None:
            continue
        if digest not in earliest or item_id < earliest[digest][0]:
            earliest[digest] = (item_id, idea_id, embedding, text)
        if as_posted:
            plain.add(digest)
    return {
        digest: ExactMatch(idea_id, embedding, digest in plain, text)
        for digest, (_, idea_id, embedding, text) in earliest.items()
    }


def posted_before(session: Session, workspace_id: int, digest: str, text: str) -> bool:
    """Whether an item with the ask hash ``digest`` was posted as ``text`` (normalised alike)."""
    rows = session.execute(
        select(FeedbackItem.text).where(
            FeedbackItem.workspace_id == workspace_id, FeedbackItem.content_hash == digest
        )
    )
    posted = content_hash(text)
    return any(content_hash(stored) == posted for (stored,) in rows)


ITEMS = cast(Table, FeedbackItem.__table__)


def insert_item(session: Session, values: dict[str, Any]) -> int | None:
    """One Core INSERT returning the new id: a third of an ORM flush's cost on bulk ingest.

    None when an item with the same (source, external_id) already exists: a twin that
    arrived at the same moment won, and no UniqueViolation aborts the whole batch.
    `values` are keyed by column name (the `meta` attribute is the `metadata` column)."""
    statement = (
        upsert_statement(session, ITEMS)
        .on_conflict_do_nothing(index_elements=["workspace_id", "source", "external_id"])
        .returning(ITEMS.c.id)
    )
    return session.connection().execute(statement, values).scalar_one_or_none()


def log_decisions(session: Session, entries: list[dict[str, Any]]) -> None:
    """Write a batch's decision-log rows in one executemany."""
    if entries:
        session.execute(insert(DecisionLog), entries)


def _indexed(workspace_id: int) -> list:
    """Items that belong in the vector index: exact re-posts would only crowd the neighbours."""
    return [
        FeedbackItem.workspace_id == workspace_id,
        FeedbackItem.embedding.is_not(None),
        FeedbackItem.decision != "exact_duplicate",
    ]


def count_indexed(session: Session, workspace_id: int) -> int:
    return session.scalar(select(func.count(FeedbackItem.id)).where(*_indexed(workspace_id))) or 0


def count_indexed_upto(session: Session, workspace_id: int, max_id: int) -> int:
    query = select(func.count(FeedbackItem.id)).where(
        *_indexed(workspace_id), FeedbackItem.id <= max_id
    )
    return session.scalar(query) or 0


def embeddings_after(
    session: Session, workspace_id: int, after_id: int
) -> list[tuple[int, int | None, bytes]]:
    """(id, idea id, embedding) of indexable items with id > after_id, in id order."""
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.idea_id, FeedbackItem.embedding)
        .where(*_indexed(workspace_id), FeedbackItem.id > after_id)
        .order_by(FeedbackItem.id)
    )
    return [(i, idea, cast(bytes, vector)) for i, idea, vector in rows]


def first_indexed(session: Session, workspace_id: int, limit: int) -> list[tuple[str, bytes]]:
    """(ask, embedding) of the workspace's first `limit` indexable items by id; the ask is the
    text the model saw (its reduced ask, else its text)."""
    rows = session.execute(
        select(FeedbackItem.ask, FeedbackItem.text, FeedbackItem.embedding)
        .where(*_indexed(workspace_id))
        .order_by(FeedbackItem.id)
        .limit(limit)
    )
    return [(ask or text, cast(bytes, vector)) for ask, text, vector in rows]


def indexable_rows(
    session: Session, workspace_id: int, item_ids: list[int]
) -> list[tuple[int, int | None, bytes]]:
    """(id, idea id, embedding) of those of these items that belong in the index, by id."""
    found: list[tuple[int, int | None, bytes]] = []
    for start in range(0, len(item_ids), 1000):  # well under SQLite's parameter limit
        chunk = item_ids[start : start + 1000]
        rows = session.execute(
            select(FeedbackItem.id, FeedbackItem.idea_id, FeedbackItem.embedding).where(
                *_indexed(workspace_id), FeedbackItem.id.in_(chunk)
            )
        )
        found += [(i, idea, cast(bytes, vector)) for i, idea, vector in rows]
    return sorted(found)


def idea_assignments(session: Session, workspace_id: int) -> dict[int, int]:
    """item id -> idea id for every assigned item of the workspace."""
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.idea_id).where(
            FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id.is_not(None)
        )
    )
    return {item_id: cast(int, idea_id) for item_id, idea_id in rows}


def iter_items(session: Session, workspace_id: int, batch: int = 2000) -> Iterator[tuple]:
    """(item, requester key, account name, theme id, theme title) in id order, streamed for
    exports of any size."""
    query = (
        select(FeedbackItem, Requester.key, Account.name, Theme.id, Theme.title)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .outerjoin(Idea, Idea.id == FeedbackItem.idea_id)
        .outerjoin(Theme, Theme.id == Idea.theme_id)
        .where(FeedbackItem.workspace_id == workspace_id)
        .order_by(FeedbackItem.id)
        .execution_options(yield_per=batch)
    )
    yield from session.execute(query)


def items_of_idea(
    session: Session, workspace_id: int, idea_id: int, limit: int, offset: int = 0
) -> list[tuple]:
    query = (
        select(FeedbackItem, Requester.key, Account.name)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.idea_id == idea_id)
        .order_by(FeedbackItem.created_at.desc(), FeedbackItem.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [tuple(row) for row in session.execute(query)]


def texts(session: Session, item_ids: Collection[int]) -> dict[int, str]:
    """item id -> text, for quotes."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.text).where(FeedbackItem.id.in_(set(item_ids)))
    )
    return {item_id: text for item_id, text in rows}


class StoredAsk(NamedTuple):
    """What the model saw for an item, whether that was cut out of its text, and the text."""

    ask: str
    cut: bool
    text: str


def asks_of(session: Session, item_ids: Collection[int]) -> dict[int, StoredAsk]:
    """item id -> the text the model saw for it (its reduced ask, else its text), and more."""
    if not item_ids:
        return {}
    rows = session.execute(
        select(FeedbackItem.id, FeedbackItem.ask, FeedbackItem.text).where(
            FeedbackItem.id.in_(set(item_ids))
        )
    )
    return {row.id: StoredAsk(row.ask or row.text, row.ask is not None, row.text) for row in rows}


def count_items(session: Session, workspace_id: int) -> int:
    query = select(func.count(FeedbackItem.id)).where(FeedbackItem.workspace_id == workspace_id)
    return session.scalar(query) or 0


def items_with_people(session: Session, item_ids: list[int]) -> list[tuple]:
    """(item, requester key, account name) for these items, in no particular order."""
    query = (
        select(FeedbackItem, Requester.key, Account.name)
        .outerjoin(Requester, Requester.id == FeedbackItem.requester_id)
        .outerjoin(Account, Account.id == FeedbackItem.account_id)
        .where(FeedbackItem.id.in_(item_ids))
    )
    return [tuple(row) for row in session.execute(query)]


def embedding_of(session: Session, item_id: int) -> bytes | None:
    return session.scalar(select(FeedbackItem.embedding).where(FeedbackItem.id == item_id))


def embedded_members(session: Session, idea_id: int, except_item: int) -> list[Any]:
    """(id, text, embedding) rows of the idea's other embedded items."""
    query = select(FeedbackItem.id, FeedbackItem.text, FeedbackItem.embedding).where(
        FeedbackItem.idea_id == idea_id,
        FeedbackItem.id != except_item,
        FeedbackItem.embedding.is_not(None),
    )
    return list(session.execute(query).all())


def embedded_items(session: Session, workspace_id: int) -> list[Any]:
    """(id, idea_id, text, content_hash, embedding) rows of every embedded item, in id order;
    `text` is the item's ask (what was embedded), for titles and keywords."""
    query = (
        select(
            FeedbackItem.id,
            FeedbackItem.idea_id,
            func.coalesce(FeedbackItem.ask, FeedbackItem.text).label("text"),
            FeedbackItem.content_hash,
            FeedbackItem.embedding,
        )
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.embedding.is_not(None))
        .order_by(FeedbackItem.id)
    )
    return list(session.execute(query).all())


def assign_clusters(session: Session, assignments: list[dict[str, Any]]) -> None:
    """Set idea_id and cluster_confidence by item id, in one executemany."""
    if assignments:
        session.execute(update(FeedbackItem), assignments)


def auto_merged_ids(session: Session, workspace_id: int) -> list[int]:
    query = select(FeedbackItem.id).where(
        FeedbackItem.workspace_id == workspace_id,
        FeedbackItem.decision == DecisionKind.auto_merge,
    )
    return list(session.scalars(query))


def people_of_ideas(session: Session, idea_ids: list[int]) -> list[tuple[int, int | None, int]]:
    """(idea id, requester id, item id) of every item in these ideas."""
    query = select(FeedbackItem.idea_id, FeedbackItem.requester_id, FeedbackItem.id).where(
        FeedbackItem.idea_id.in_(idea_ids)
    )
    return [(cast(int, idea), requester, item) for idea, requester, item in session.execute(query)]


def decision_scores(session: Session, workspace_id: int) -> list[tuple[int, float | None, Any]]:
    """(item id, best score, scores) logged for the workspace's auto-merge and review decisions."""
    query = select(DecisionLog.item_id, DecisionLog.best_score, DecisionLog.scores).where(
        DecisionLog.workspace_id == workspace_id,
        DecisionLog.decision.in_([DecisionKind.auto_merge, DecisionKind.review]),
    )
    return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def best_score(session: Session, item_id: int) -> float | None:
    """The best idea score logged when the item was decided."""
    query = select(DecisionLog.best_score).where(DecisionLog.item_id == item_id).limit(1)
    return session.scalar(query)


class BatchLookups:
    """Everything one bulk call looks up per item, fetched in three queries up front.

    Per-item SELECTs (each also forcing an autoflush) were most of bulk ingest's database time.
    """

    def __init__(
        self,
        session: Session,
        workspace_id: int,
        external_ids: set[tuple[str, str]],
        account_names: set[str],
        requester_keys: set[str],
    ) -> None:
        self.session = session
        self.workspace_id = workspace_id
        self.items: dict[tuple[str, str], FeedbackItem] = {}
        if external_ids:
            rows = session.scalars(
                select(FeedbackItem).where(
                    FeedbackItem.workspace_id == workspace_id,
                    FeedbackItem.external_id.in_({e for _, e in external_ids}),
                )
            )
            self.items = {(r.source, r.external_id or ""): r for r in rows}
        # name -> (id, mrr) and key -> (id, name, account id), as stored or as last written
        self.accounts: dict[str, tuple[int, float | None]] = {}
        if account_names:
            accounts = session.execute(
                select(Account.name, Account.id, Account.mrr).where(
                    Account.workspace_id == workspace_id, Account.name.in_(account_names)
                )
            )
            self.accounts = {name: (i, mrr) for name, i, mrr in accounts}
        self.requesters: dict[str, tuple[int, str | None, int | None]] = {}
        if requester_keys:
            found = session.execute(
                select(Requester.key, Requester.id, Requester.name, Requester.account_id).where(
                    Requester.workspace_id == workspace_id, Requester.key.in_(requester_keys)
                )
            )
            self.requesters = {key: (i, name, account) for key, i, name, account in found}

    def stored(self, source: str, external_id: str) -> FeedbackItem | None:
        return self.items.get((source, external_id))

    def remember(self, item: FeedbackItem) -> None:
        if item.external_id:
            self.items[(item.source, item.external_id)] = item

    def account(self, name: str, mrr: float | None) -> int:
        """The account's id; an upsert the first time the batch meets it (or a new MRR)."""
        known = self.accounts.get(name)
        if known is not None and (mrr is None or known[1] == mrr):
            return known[0]
        account_id = upsert_account(self.session, self.workspace_id, name, mrr)
        stored = known[1] if known else None
        self.accounts[name] = (account_id, mrr if mrr is not None else stored)
        return account_id

    def requester(self, key: str, name: str | None, account_id: int | None) -> int:
        """The requester's id; an upsert unless the batch already wrote what it knows."""
        known = self.requesters.get(key)
        if (
            known is not None
            and (name is None or known[1] == name)
            and (account_id is None or known[2] == account_id)
        ):
            return known[0]
        requester_id = upsert_requester(self.session, self.workspace_id, key, name, account_id)
        self.requesters[key] = (
            requester_id,
            name or (known[1] if known else None),
            account_id or (known[2] if known else None),
        )
        return requester_id


def recent_texts(session: Session, workspace_id: int, limit: int) -> list[str]:
    """The newest `limit` texts as they arrived, for learning the workspace's envelope."""
    query = (
        select(FeedbackItem.text)
        .where(FeedbackItem.workspace_id == workspace_id)
        .order_by(FeedbackItem.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def texts_and_asks(session: Session, workspace_id: int) -> list[tuple[int, str, str | None]]:
    """(id, text, ask) of every embedded item, to re-derive asks after the envelope changed."""
    query = (
        select(FeedbackItem.id, FeedbackItem.text, FeedbackItem.ask)
        .where(FeedbackItem.workspace_id == workspace_id, FeedbackItem.embedding.is_not(None))
        .order_by(FeedbackItem.id)
    )
    return [(i, t, a) for i, t, a in session.execute(query)]


def set_asks(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write new asks with their hash and embedding (`id`, `ask`, `content_hash`, `embedding`)."""
    if rows:
        session.execute(update(FeedbackItem), rows)
