"""Ideas as the API and pages show them: each with its demand, sortable by any figure."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from models.demand import Demand
from models.review import IdeaChoice
from models.schemas import FeedbackRead, IdeaDetail, IdeaPage, IdeaSummary
from models.tables import FeedbackItem, Idea
from service.core.errors import NotFound
from service.feedback import store as feedback_store
from service.ideas import demand_row_store, demand_store
from service.ideas import store as idea_store
from service.ideas.centroids import idea_centroids
from triage.demand import measure_demand
from triage.embedder import Embedder
from triage.normalise import normalise


class IdeaSort(StrEnum):
    item_count = "item_count"
    unique_requesters = "unique_requesters"
    unique_accounts = "unique_accounts"
    revenue = "revenue"
    trend = "trend"  # items in the last 30 days
    trend_ratio = "trend_ratio"
    last_seen = "last_seen"
    first_seen = "first_seen"
    created_at = "created_at"
    title = "title"  # type: ignore[assignment]  # shadows str.title, on purpose
    id = "id"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

SEARCH_WORDS = 5
# An idea found by meaning alone must score at least this cosine (raw embeddings) between the
# query and its centroid. One- or two-word queries score their own theme of the demo backlog
# 0.38-0.77 (and "SSO" a lone "single sign-on through Okta" item 0.32), while unrelated themes
# score a median of 0.04-0.19 and nonsense words at most 0.28.
MEANING_FLOOR = 0.30
# Ideas that hold every word typed are lifted by this much: words a PM types are deliberate,
# and it keeps a title match above ideas that are only about the same area.
WORD_BONUS = 0.15
SEARCH_LIMIT = 200  # matches GET /ideas?q= pages through
CENTROID_ITEMS = 32  # an idea's first items by id stand for it: bounded work per keystroke
# Keys read attributes only: the board ranks light rows named like IdeaSummary with them.
_SORT_KEYS: dict[IdeaSort, Callable[[Any], Any]] = {
    IdeaSort.item_count: lambda s: s.item_count,
    IdeaSort.unique_requesters: lambda s: s.demand.unique_requesters,
    IdeaSort.unique_accounts: lambda s: s.demand.unique_accounts,
    IdeaSort.revenue: lambda s: s.demand.revenue,
    IdeaSort.trend: lambda s: s.demand.trend.last_30_days,
    IdeaSort.trend_ratio: lambda s: s.demand.trend.ratio or 0.0,
    IdeaSort.last_seen: lambda s: s.demand.last_seen or _EPOCH,
    IdeaSort.first_seen: lambda s: s.demand.first_seen or _EPOCH,
    IdeaSort.created_at: lambda s: s.created_at,
    IdeaSort.title: lambda s: s.title.casefold(),
    IdeaSort.id: lambda s: s.id,
}


def sort_key(sort: IdeaSort) -> Callable[[Any], Any]:
    """What ideas are ranked by for `sort` (before reversing for descending order)."""
    return _SORT_KEYS[sort]


def _summary(idea: Idea, demand: Demand) -> IdeaSummary:
    return IdeaSummary(
        id=idea.id,
        title=idea.title,
        status=idea.status,
        created_at=idea.created_at,
        item_count=demand.item_count,
        demand=demand,
    )


def list_ideas(
    session: Session,
    workspace_id: int,
    sort: IdeaSort = IdeaSort.item_count,
    descending: bool = True,
    limit: int = 50,
    offset: int = 0,
    now: datetime | None = None,
) -> IdeaPage:
    """A page of ideas with demand; ties are broken by idea id so pages are stable."""
    now = now or datetime.now(UTC)
    demand = demand_store.demand_by_idea(session, workspace_id, demand_store.ItemFilter(), now)
    none = measure_demand([], now)
    summaries = [
        _summary(idea, demand.get(idea.id, none))
        for idea in idea_store.list_all(session, workspace_id)
    ]
    summaries.sort(key=lambda s: s.id)
    summaries.sort(key=_SORT_KEYS[sort], reverse=descending)
    return IdeaPage(ideas=summaries[offset : offset + limit], total=len(summaries))


def idea_detail(
    session: Session,
    workspace_id: int,
    idea_id: int,
    items: int,
    now: datetime | None = None,
    offset: int = 0,
) -> IdeaDetail:
    """One idea with its demand and its newest items (skipping `offset` of them)."""
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    if idea is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    signals = idea_store.demand_signals(session, workspace_id, idea_id).get(idea_id, [])
    demand = measure_demand(signals, now or datetime.now(UTC))
    members = [
        feedback_read(item, requester, account)
        for item, requester, account in feedback_store.items_of_idea(
            session, workspace_id, idea_id, items, offset
        )
    ]
    return IdeaDetail(**_summary(idea, demand).model_dump(), items=members)


def feedback_read(item: FeedbackItem, requester: str | None, account: str | None) -> FeedbackRead:
    """An item as the API shows it, with its requester's key and its account's name."""
    return FeedbackRead(
        id=item.id,
        idea_id=item.idea_id,
        text=item.text,
        source=item.source,
        external_id=item.external_id,
        created_at=item.created_at,
        decision=item.decision,
        requester=requester,
        account=account,
    )


def search_ideas(
    session: Session, workspace_id: int, query: str, embedder: Embedder, limit: int = 10
) -> list[IdeaChoice]:
    """Live ideas that mean what was typed or hold its words, best first.

    Words match the idea's title, keywords or any of its items' texts (all words, any case);
    meaning is the cosine between the query's embedding and the idea's centroid, so "SSO"
    finds "single sign-on through Okta". Both ways are ranked on one scale: the cosine, plus
    WORD_BONUS when every word is there."""
    words = normalise(query).split()[:SEARCH_WORDS]
    if not words:
        return []
    candidates = idea_store.search_candidates(session, workspace_id)
    named = {c[0]: _named(c[1], c[3]) for c in candidates}
    holding = _holding_every_word(session, workspace_id, words, named)
    similarity = _similarities(session, workspace_id, embedder.embed([query])[0])
    sizes = demand_row_store.figures(session, workspace_id, datetime.now(UTC), ITEM_COUNT)
    # Plain tuples ranked first: a common word finds thousands of ideas; `limit` are kept.
    found: list[tuple[float, int, int, str, str, float | None, bool]] = []
    for idea_id, title, status, _keywords in candidates:
        word_match = idea_id in holding
        cosine = similarity.get(idea_id)
        if not word_match and (cosine is None or cosine < MEANING_FLOOR):
            continue
        count = sizes[idea_id].item_count if idea_id in sizes else 0
        score = (cosine or 0.0) + WORD_BONUS * word_match
        found.append((-score, -count, idea_id, title, status, cosine, word_match))
    found.sort(key=lambda f: f[:3])
    return [
        IdeaChoice(
            id=idea_id,
            title=title,
            status=status,
            item_count=-negative_count,
            similarity=None if cosine is None else round(cosine, 4),
            word_match=word_match,
        )
        for _, negative_count, idea_id, title, status, cosine, word_match in found[:limit]
    ]


# Ideas whose item texts a word search scans through an IN list rather than the whole table.
FEW_IDEAS = 400


ITEM_COUNT = frozenset({"item_count"})


@lru_cache(maxsize=65536)
def _named(title: str, keywords: str) -> str:
    """An idea's title and keywords (their stored JSON text) as search compares words
    (cached: titles and keywords rarely change)."""
    return normalise(" ".join([title, *(json.loads(keywords) or [])]))


def _holding_every_word(
    session: Session, workspace_id: int, words: list[str], named: dict[int, str]
) -> set[int]:
    """Ideas where each word is in the title, keywords or one of the items' texts. The
    longest word goes first: ideas it leaves out are never read again for the others."""
    alive = set(named)
    for word in sorted(words, key=len, reverse=True):
        by_name = {i for i in alive if word in named[i]}
        rest = alive - by_name
        among = sorted(rest) if len(rest) <= FEW_IDEAS else None
        in_items = (
            idea_store.ideas_with_item_word(session, workspace_id, word, among) if rest else set()
        )
        alive = by_name | (rest & in_items)
        if not alive:
            break
    return alive


def _similarities(session: Session, workspace_id: int, query: np.ndarray) -> dict[int, float]:
    """Cosine of the query to each idea's centroid (mean of its items' stored embeddings)."""
    ids, centres = idea_centroids(session, workspace_id, CENTROID_ITEMS)
    if not ids:
        return {}
    unit = query / max(float(np.linalg.norm(query)), 1e-12)
    return dict(zip(ids, (centres @ unit).tolist(), strict=True))


def search_page(
    session: Session,
    workspace_id: int,
    query: str,
    embedder: Embedder,
    limit: int = 50,
    offset: int = 0,
    now: datetime | None = None,
) -> IdeaPage:
    """The ideas `search_ideas` finds, best first, with their demand (GET /ideas?q=)."""
    found = search_ideas(session, workspace_id, query, embedder, SEARCH_LIMIT)
    now = now or datetime.now(UTC)
    shown = [c.id for c in found[offset : offset + limit]]
    kept = demand_store.ItemFilter()
    demand = demand_store.demand_by_idea(session, workspace_id, kept, now, shown)
    ideas = idea_store.ideas_by_id(session, shown)
    none = measure_demand([], now)
    summaries = [_summary(ideas[i], demand.get(i, none)) for i in shown]
    return IdeaPage(ideas=summaries, total=len(found))
