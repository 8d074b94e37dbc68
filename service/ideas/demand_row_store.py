"""Each idea's stored demand row (models.board_tables.IdeaDemand): read for the unfiltered
board, recounted when triggers have marked it stale.

Triggers mark an idea's row whenever its items change, whoever writes them; before each
commit of a session from the service's factory, the stale rows are recounted from the items
(`keep_current`). A reader never trusts a stale row: it counts that idea's items itself, so
a write made outside the service (a bulk load, a CLI with its own factory) is still right.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, event, null, select, update
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from models.board_tables import IdeaDemand
from service.ideas import demand_store
from service.ideas import store as idea_store
from service.ideas.demand_store import Figures, ItemFilter, TrendFigures

Mark = tuple[int, int, int]
MARK_COLUMNS = ("embedded_items", "embedded_id_sum", "embedded_id_squares")
STORED = frozenset(Figures._fields) - {"trend"}  # the trend moves with the clock
NO_TREND = TrendFigures(0, 0, None)
# Past this many stale ideas, one count over the workspace beats a long IN list.
FEW_STALE = 500


def figures(
    session: Session,
    workspace_id: int,
    now: datetime,
    fields: frozenset[str] = demand_store.EVERY_FIGURE,
    idea_ids: Sequence[int] | None = None,
) -> dict[int, Figures]:
    """Every idea's figures over all its items (of these ideas, or of all with items):
    stored rows, stale ones counted afresh; the trend counted only if `fields` asks."""
    query = select(
        IdeaDemand.idea_id,
        IdeaDemand.stale,
        IdeaDemand.item_count,
        IdeaDemand.unique_requesters,
        IdeaDemand.unique_accounts,
        IdeaDemand.revenue,
        IdeaDemand.first_seen if "first_seen" in fields else null(),
        IdeaDemand.last_seen if "last_seen" in fields else null(),
    ).where(IdeaDemand.workspace_id == workspace_id)
    if idea_ids is not None:
        query = query.where(IdeaDemand.idea_id.in_(list(idea_ids)))
    found: dict[int, Figures] = {}
    stale: list[int] = []
    for idea_id, is_stale, count, people, accounts, revenue, first, last in session.execute(query):
        if is_stale:
            stale.append(idea_id)
        elif count:
            found[idea_id] = Figures(count, people, accounts, revenue, NO_TREND, first, last)
    if stale:
        wanted = stale if len(stale) <= FEW_STALE else idea_ids
        live = demand_store.figures_by_idea(
            session, workspace_id, ItemFilter(), now, wanted, fields - {"trend"}
        )
        recounted = set(stale)
        found.update((i, f) for i, f in live.items() if i in recounted)
    if "trend" in fields and found:
        found = _with_trend(session, workspace_id, now, found, idea_ids)
    return found


def embedded_marks(session: Session, workspace_id: int) -> dict[int, Mark]:
    """`idea_store.embedded_marks` of every idea, read from the stored rows (stale ones
    counted afresh), so a search does not count every embedded item to check its cache."""
    query = select(
        IdeaDemand.idea_id,
        IdeaDemand.stale,
        IdeaDemand.embedded_items,
        IdeaDemand.embedded_id_sum,
        IdeaDemand.embedded_id_squares,
    ).where(IdeaDemand.workspace_id == workspace_id)
    marks: dict[int, Mark] = {}
    stale: list[int] = []
    for idea_id, is_stale, count, total, squares in session.execute(query):
        if is_stale:
            stale.append(idea_id)
        elif count:
            marks[idea_id] = (count, total, squares)
    if stale:
        wanted = stale if len(stale) <= FEW_STALE else None
        live = idea_store.embedded_marks(session, workspace_id, wanted)
        marks.update((i, live[i]) for i in stale if i in live)
    return marks


def _with_trend(
    session: Session,
    workspace_id: int,
    now: datetime,
    found: dict[int, Figures],
    idea_ids: Sequence[int] | None,
) -> dict[int, Figures]:
    trends = demand_store.figures_by_idea(
        session, workspace_id, ItemFilter(), now, idea_ids, frozenset({"trend"})
    )
    return {i: f._replace(trend=trends[i].trend) if i in trends else f for i, f in found.items()}


def refresh_stale(session: Session) -> int:
    """Recount every stale row from its idea's items; rows of ideas left without items go.
    On PostgreSQL the rows are locked first (skipping those another writer holds: it will
    recount them itself), so the count reads every item committed before the lock."""
    query = (
        select(IdeaDemand.workspace_id, IdeaDemand.idea_id)
        .where(IdeaDemand.stale)
        .order_by(IdeaDemand.idea_id)
        .with_for_update(skip_locked=True)
    )
    by_workspace: dict[int, list[int]] = defaultdict(list)
    for workspace_id, idea_id in session.execute(query):
        by_workspace[workspace_id].append(idea_id)
    for workspace_id, ids in by_workspace.items():
        _recount(session, workspace_id, ids)
    return sum(len(ids) for ids in by_workspace.values())


def _recount(session: Session, workspace_id: int, ids: list[int]) -> None:
    wanted = ids if len(ids) <= FEW_STALE else None
    now = datetime.now(UTC)  # read by the trend alone, which is not stored
    counted = demand_store.figures_by_idea(session, workspace_id, ItemFilter(), now, wanted, STORED)
    marks = idea_store.embedded_marks(session, workspace_id, wanted)
    marked = set(ids)
    rows = [
        {
            "idea_id": i,
            "stale": False,
            "item_count": f.item_count,
            "unique_requesters": f.unique_requesters,
            "unique_accounts": f.unique_accounts,
            "revenue": f.revenue,
            "first_seen": f.first_seen,
            "last_seen": f.last_seen,
            **dict(zip(MARK_COLUMNS, marks.get(i, (0, 0, 0)), strict=True)),
        }
        for i, f in counted.items()
        if i in marked
    ]
    if rows:
        session.execute(update(IdeaDemand), rows)
    empty = sorted(marked - counted.keys())
    if empty:
        session.execute(delete(IdeaDemand).where(IdeaDemand.idea_id.in_(empty)))


_BEGAN = "demand_row_store.began"  # session.info: the transaction has a connection


def keep_current(factory: sessionmaker[Session]) -> None:
    """Recount stale rows before every commit of the factory's sessions that touched the
    database (a commit with nothing begun opens no transaction for it)."""
    event.listen(factory, "after_begin", _began)
    event.listen(factory, "after_transaction_end", _ended)
    event.listen(factory, "before_commit", _before_commit)


def _began(session: Session, _transaction: SessionTransaction, _connection: Connection) -> None:
    session.info[_BEGAN] = True


def _ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BEGAN, None)


def _before_commit(session: Session) -> None:
    session.flush()  # the triggers fire on the flush; commit would flush after this hook
    if session.info.get(_BEGAN):
        refresh_stale(session)
