"""Ideas: the groups of feedback that ask for the same thing."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple, cast

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Table,
    Text,
    column,
    delete,
    func,
    insert,
    null,
    select,
    text,
    update,
)
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session

from models.board_tables import ItemText
from models.demand import DemandSignal
from models.review_tables import IdeaStatusChange
from models.tables import FeedbackItem, Idea
from service.ideas import demand_store


def create_idea(session: Session, workspace_id: int, title: str) -> Idea:
    idea = Idea(workspace_id=workspace_id, title=title)
    session.add(idea)
    session.flush()
    return idea


def insert_idea(session: Session, workspace_id: int, title: str) -> int:
    """A new idea's id from one INSERT, without an ORM flush (the bulk-ingest path)."""
    table = cast(Table, Idea.__table__)
    statement = insert(table).returning(table.c.id)
    values = {"workspace_id": workspace_id, "title": title}
    return session.connection().execute(statement, values).scalar_one()


def titles(session: Session, idea_ids: list[int]) -> dict[int, str]:
    if not idea_ids:
        return {}
    rows = session.execute(select(Idea.id, Idea.title).where(Idea.id.in_(idea_ids)))
    return {idea_id: title for idea_id, title in rows}


def list_all(session: Session, workspace_id: int) -> list[Idea]:
    """The workspace's ideas, without those merged into another (they hold no items)."""
    return list(
        session.scalars(
            select(Idea).where(Idea.workspace_id == workspace_id, Idea.merged_into_id.is_(None))
        )
    )


class IdeaRow(NamedTuple):
    """What the board ranks an idea by, read without loading the ORM object."""

    id: int
    title: str
    status: str
    created_at: datetime | None  # None unless asked for


def live_idea_rows(
    session: Session, workspace_id: int, with_created: bool = True
) -> dict[int, IdeaRow]:
    """The workspace's ideas not merged into another, by id; their creation times only if
    asked (on SQLite each is a text to parse, a third of the read for 5,000 ideas)."""
    created = Idea.created_at if with_created else null()
    query = select(Idea.id, Idea.title, Idea.status, created).where(
        Idea.workspace_id == workspace_id, Idea.merged_into_id.is_(None)
    )
    return {row[0]: IdeaRow(*row) for row in session.execute(query)}


def created_times(session: Session, idea_ids: list[int]) -> dict[int, datetime]:
    if not idea_ids:
        return {}
    query = select(Idea.id, Idea.created_at).where(Idea.id.in_(idea_ids))
    return {idea_id: created for idea_id, created in session.execute(query)}


def get_idea(session: Session, workspace_id: int, idea_id: int) -> Idea | None:
    return session.scalar(select(Idea).where(Idea.workspace_id == workspace_id, Idea.id == idea_id))


def demand_signals(
    session: Session, workspace_id: int, idea_id: int | None = None
) -> dict[int, list[DemandSignal]]:
    """Each idea's items as demand signals (one query for the whole workspace)."""
    ideas = None if idea_id is None else [idea_id]
    return demand_store.signals_of(session, workspace_id, demand_store.ItemFilter(), ideas)


def search_candidates(session: Session, workspace_id: int) -> list[tuple[int, str, str, str]]:
    """(id, title, status, keywords as stored JSON text) of every live idea, for search: the
    caller decodes the keywords of titles it has not met (decoding 5,000 lists per search
    cost more than the query)."""
    keywords = cast_(Idea.keywords, Text)
    query = select(Idea.id, Idea.title, Idea.status, keywords).where(
        Idea.workspace_id == workspace_id, Idea.merged_into_id.is_(None)
    )
    return [(i, t, s, k or "[]") for i, t, s, k in session.execute(query)]


TRIGRAM = 3  # the word index holds three-letter pieces: a shorter word is scanned for


def ideas_with_item_word(
    session: Session, workspace_id: int, word: str, among: list[int] | None = None
) -> set[int]:
    """Ideas (of `among`, or all) holding an item whose text contains the word (any case),
    read from the narrow table of lower-case texts (models.board_tables). Over all ideas, a
    word index finds the items (migration 0013): PostgreSQL's trigram index serves the LIKE
    itself; SQLite's trigram FTS5 table is asked first (words of three letters or more)."""
    word = word.lower()
    query = (
        select(ItemText.idea_id)
        .where(
            ItemText.workspace_id == workspace_id, ItemText.folded.contains(word, autoescape=True)
        )
        .distinct()
    )
    if among is not None:  # few ideas: through the idea index
        query = query.where(ItemText.idea_id.in_(among))
    elif session.get_bind().dialect.name == "sqlite" and len(word) >= TRIGRAM:
        phrase = '"' + word.replace('"', '""') + '"'
        matching = text("SELECT rowid FROM item_words WHERE item_words MATCH :phrase")
        rows = matching.bindparams(phrase=phrase).columns(column("rowid", Integer))
        query = query.where(ItemText.item_id.in_(rows))
    return {cast(int, i) for i in session.scalars(query) if i is not None}


def idea_item_vectors(
    session: Session, workspace_id: int, per_idea: int, idea_ids: list[int] | None = None
) -> list[tuple[int, bytes]]:
    """(idea id, embedding) of up to `per_idea` embedded items of each idea (or of these
    ideas), its first by id."""
    rank = func.row_number().over(partition_by=FeedbackItem.idea_id, order_by=FeedbackItem.id)
    ranked = select(FeedbackItem.idea_id, FeedbackItem.embedding, rank.label("rank")).where(
        FeedbackItem.workspace_id == workspace_id,
        FeedbackItem.idea_id.is_not(None),
        FeedbackItem.embedding.is_not(None),
    )
    if idea_ids is not None:
        ranked = ranked.where(FeedbackItem.idea_id.in_(idea_ids))
    rows = ranked.subquery()
    query = select(rows.c.idea_id, rows.c.embedding).where(rows.c.rank <= per_idea)
    return [(cast(int, i), cast(bytes, e)) for i, e in session.execute(query)]


def embedded_marks(
    session: Session, workspace_id: int, idea_ids: list[int] | None = None
) -> dict[int, tuple[int, int, int]]:
    """(count, sum of ids, sum of squared ids) of each idea's embedded items (of these ideas,
    or of all): a mark that changes whenever an item joins or leaves (read from the partial
    index alone). The board reads them stored (service.ideas.demand_row_store)."""
    item = cast(ColumnElement[int], cast_(FeedbackItem.id, BigInteger))
    ideas = (
        FeedbackItem.idea_id.is_not(None)
        if idea_ids is None
        else FeedbackItem.idea_id.in_(idea_ids)
    )
    query = (
        select(FeedbackItem.idea_id, func.count(), func.sum(item), func.sum(item * item))
        .where(
            FeedbackItem.workspace_id == workspace_id,
            ideas,
            FeedbackItem.embedding.is_not(None),
        )
        .group_by(FeedbackItem.idea_id)
    )
    return {cast(int, i): (n, int(s), int(q)) for i, n, s, q in session.execute(query)}


def ideas_by_id(session: Session, idea_ids: list[int]) -> dict[int, Idea]:
    return {i.id: i for i in session.scalars(select(Idea).where(Idea.id.in_(idea_ids)))}


def workspace_ideas(session: Session, workspace_id: int) -> dict[int, Idea]:
    """Every idea of the workspace by id, merged ones included."""
    query = select(Idea).where(Idea.workspace_id == workspace_id)
    return {i.id: i for i in session.scalars(query)}


def pinned_idea_ids(session: Session, workspace_id: int) -> set[int]:
    query = select(Idea.id).where(
        Idea.workspace_id == workspace_id, Idea.pinned, Idea.merged_into_id.is_(None)
    )
    return set(session.scalars(query))


def delete_ideas(session: Session, idea_ids: list[int]) -> None:
    if idea_ids:
        session.execute(delete(Idea).where(Idea.id.in_(idea_ids)))


def biggest_auto_titled(session: Session, workspace_id: int, limit: int) -> list[Idea]:
    """Live ideas of 2+ items whose title is still automatic, biggest first."""
    sizes = (
        select(FeedbackItem.idea_id, func.count().label("size"))
        .where(FeedbackItem.workspace_id == workspace_id)
        .group_by(FeedbackItem.idea_id)
        .subquery()
    )
    query = (
        select(Idea)
        .join(sizes, sizes.c.idea_id == Idea.id)
        .where(
            Idea.workspace_id == workspace_id,
            Idea.title_source == "auto",
            Idea.merged_into_id.is_(None),
            sizes.c.size >= 2,
        )
        .order_by(sizes.c.size.desc(), Idea.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def set_auto_title(session: Session, idea_id: int, title: str) -> bool:
    """Retitle the idea unless a PM titled it meanwhile; True if it changed."""
    result = session.execute(
        update(Idea).where(Idea.id == idea_id, Idea.title_source == "auto").values(title=title)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]  # a CursorResult


def ideas_in_status(session: Session, workspace_id: int, statuses: list[str]) -> list[Idea]:
    """Live (not merged) ideas in any of these statuses."""
    query = select(Idea).where(
        Idea.workspace_id == workspace_id,
        Idea.merged_into_id.is_(None),
        Idea.status.in_(statuses),
    )
    return list(session.scalars(query))


def status_history(session: Session, workspace_id: int, idea_id: int) -> list[IdeaStatusChange]:
    query = (
        select(IdeaStatusChange)
        .where(IdeaStatusChange.workspace_id == workspace_id, IdeaStatusChange.idea_id == idea_id)
        .order_by(IdeaStatusChange.id)
    )
    return list(session.scalars(query))


def latest_status_changes(session: Session, idea_ids: list[int]) -> dict[int, IdeaStatusChange]:
    """Each idea's most recent status change, for those that have one."""
    latest: dict[int, IdeaStatusChange] = {}
    if idea_ids:
        query = (
            select(IdeaStatusChange)
            .where(IdeaStatusChange.idea_id.in_(idea_ids))
            .order_by(IdeaStatusChange.id)
        )
        for change in session.scalars(query):
            latest[change.idea_id] = change
    return latest
