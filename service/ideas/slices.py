"""Find and slice the board: one search box plus filters and segments that combine.

Filters on the idea (status, tag, search) choose which ideas show. Filters on the items
(channel, account, metadata such as plan or region, MRR band, date range) make a *segment*:
only matching items count, so demand — people, accounts, MRR — is recomputed over them, and
ideas with no matching item drop out. Values of one filter are alternatives (status=open OR
planned); different filters must all hold."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from models.demand import DemandSignal
from models.schemas import IdeaStatus
from models.shaping import ShapedIdea, ShapedIdeaPage
from models.shaping_tables import IdeaShape
from service.core.errors import InvalidInput
from service.ideas import demand_row_store, demand_store, shape_store
from service.ideas import store as idea_store
from service.ideas.views import SEARCH_LIMIT, IdeaSort, search_ideas, sort_key
from triage.embedder import Embedder
from triage.normalise import normalise

LIST_FIELDS = ("status", "tag", "source", "account", "meta")
MAX_VALUES = 50


@dataclass
class IdeaSlice:
    """A board query; `to_query()` gives it back as the URL's query string."""

    q: str = ""
    status: list[str] = field(default_factory=list)
    tag: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    account: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)  # "plan:enterprise"
    mrr_min: float | None = None
    mrr_max: float | None = None
    since: date | None = None
    until: date | None = None  # inclusive day

    def __post_init__(self) -> None:
        self.q = self.q.strip()[:200]
        for name in LIST_FIELDS:
            values = [v.strip() for v in getattr(self, name) if v and v.strip()]
            if len(values) > MAX_VALUES:
                raise InvalidInput(f"At most {MAX_VALUES} {name} values.", code="too_many_values")
            setattr(self, name, list(dict.fromkeys(values)))
        self.tag = [t.lower() for t in self.tag]
        unknown = [s for s in self.status if s not in set(IdeaStatus)]
        if unknown:
            raise InvalidInput(f"Unknown status {unknown[0]!r}.", code="invalid_status")
        if any(":" not in m or not m.split(":", 1)[0].strip() for m in self.meta):
            raise InvalidInput("Metadata filters look like meta=plan:enterprise.", code="bad_meta")
        if self.mrr_min is not None and self.mrr_max is not None and self.mrr_max < self.mrr_min:
            raise InvalidInput("The MRR band ends before it starts.", code="bad_mrr_band")
        if self.since and self.until and self.until < self.since:
            raise InvalidInput("The date range ends before it starts.", code="bad_date_range")

    @property
    def segmented(self) -> bool:
        """True when item filters are on, so demand counts matching items only."""
        bounds = (self.mrr_min, self.mrr_max, self.since, self.until)
        return bool(self.source or self.account or self.meta or any(b is not None for b in bounds))

    @property
    def active(self) -> bool:
        return bool(self.q or self.status or self.tag or self.segmented)

    def meta_wanted(self) -> dict[str, set[str]]:
        wanted: dict[str, set[str]] = defaultdict(set)
        for pair in self.meta:
            key, value = pair.split(":", 1)
            wanted[key.strip()].add(value.strip().casefold())
        return wanted

    def pairs(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = [("q", self.q)] if self.q else []
        for name in LIST_FIELDS:
            out += [(name, v) for v in getattr(self, name)]
        for name in ("mrr_min", "mrr_max", "since", "until"):
            value = getattr(self, name)
            if value is not None:
                out.append((name, _plain(value)))
        return out

    def to_query(self) -> str:
        return urlencode(self.pairs())


def _plain(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def slice_from_pairs(pairs: Iterable[tuple[str, str]]) -> IdeaSlice:
    """Read a slice from a query string's pairs (the web pages' way; the API declares each)."""
    lists: dict[str, list[str]] = {name: [] for name in LIST_FIELDS}
    single: dict[str, str] = {}
    for key, value in pairs:
        if key in lists:
            lists[key].append(value)
        elif key in ("q", "mrr_min", "mrr_max", "since", "until") and value.strip():
            single[key] = value.strip()
    return IdeaSlice(
        q=single.get("q", ""),
        mrr_min=_number(single.get("mrr_min"), "mrr_min"),
        mrr_max=_number(single.get("mrr_max"), "mrr_max"),
        since=_day(single.get("since"), "since"),
        until=_day(single.get("until"), "until"),
        **lists,
    )


def _number(value: str | None, name: str) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.replace(",", "").lstrip("$"))
    except ValueError:
        raise InvalidInput(f"{name} must be a number.", code="bad_number") from None
    if number < 0 or number != number or number == float("inf"):
        raise InvalidInput(f"{name} must be zero or more.", code="bad_number")
    return number


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{name} must be a date like 2026-03-31.", code="bad_date") from None


@dataclass
class SliceResult:
    page: ShapedIdeaPage
    signals: dict[int, list[DemandSignal]]  # the counted items of the page's ideas, if asked


class _Ranked(NamedTuple):
    """An idea as ranking reads it: the attributes `sort_key` uses, without a model."""

    id: int
    title: str
    created_at: datetime | None  # read for the page, or for all when sorting by it
    item_count: int
    demand: demand_store.Figures
    idea: idea_store.IdeaRow
    shape: IdeaShape | None


def slice_ideas(
    session: Session,
    workspace_id: int,
    query: IdeaSlice,
    embedder: Embedder | None,
    sort: IdeaSort = IdeaSort.unique_requesters,
    descending: bool = True,
    limit: int | None = 50,
    offset: int = 0,
    now: datetime | None = None,
    with_signals: bool = False,
) -> SliceResult:
    """The ideas the slice keeps with demand over its items; with a search, best match first.
    Ranking reads the figure the sort needs (stored rows, or a count over a segment's items);
    only the page's ideas get every figure counted and become full objects."""
    now = now or datetime.now(UTC)
    ideas = idea_store.live_idea_rows(session, workspace_id, sort == IdeaSort.created_at)
    shapes = shape_store.workspace_shapes(session, workspace_id)
    kept = item_filter(query)
    # A search keeps only what it finds (a few hundred at most): count demand for those.
    order = (
        _search_order(session, workspace_id, query.q, embedder, ideas, shapes) if query.q else {}
    )
    found = list(order) if query.q else None
    figures = _rank_figures(session, workspace_id, query, kept, now, found, sort)
    ranked = [
        _ranked(idea, shapes.get(idea.id), figures.get(idea.id, NO_FIGURES))
        for idea in _chosen(ideas, shapes, query, figures)
    ]
    if query.q:
        ranked = sorted((r for r in ranked if r.id in order), key=lambda r: order[r.id])
    else:
        ranked.sort(key=lambda r: r.id)
        ranked.sort(key=sort_key(sort), reverse=descending)
    shown = ranked[offset:] if limit is None else ranked[offset : offset + limit]
    every = limit is None and offset == 0  # the CSV: one query for all, not a long id list
    page_ids = None if every else [r.id for r in shown]
    # The ideas shown get every figure counted; ranking read only the one it sorts by.
    full = demand_store.figures_by_idea(session, workspace_id, kept, now, page_ids)
    created = idea_store.created_times(session, [r.id for r in shown])
    shown = [
        r._replace(demand=f, item_count=f.item_count, created_at=created[r.id])
        for r, f in ((r, full.get(r.id, NO_FIGURES)) for r in shown)
    ]
    mix = demand_store.channel_mix(session, workspace_id, kept, page_ids)
    page = ShapedIdeaPage(
        ideas=[_shaped(r, mix.get(r.id, {}), query.segmented) for r in shown],
        total=len(ranked),
        segment=query.segmented,
    )
    signals = (
        demand_store.signals_of(session, workspace_id, kept, [r.id for r in shown])
        if with_signals
        else {}
    )
    return SliceResult(page, {r.id: signals.get(r.id, []) for r in shown})


NO_FIGURES = demand_store.Figures(0, 0, 0, 0.0, demand_store.TrendFigures(0, 0, None), None, None)
# The figure each sort reads (None: only which ideas have items).
_SORT_FIGURE: dict[IdeaSort, str | None] = {
    IdeaSort.item_count: "item_count",
    IdeaSort.unique_requesters: "unique_requesters",
    IdeaSort.unique_accounts: "unique_accounts",
    IdeaSort.revenue: "revenue",
    IdeaSort.trend: "trend",
    IdeaSort.trend_ratio: "trend",
    IdeaSort.last_seen: "last_seen",
    IdeaSort.first_seen: "first_seen",
    IdeaSort.created_at: None,
    IdeaSort.title: None,
    IdeaSort.id: None,
}


def _rank_figures(
    session: Session,
    workspace_id: int,
    query: IdeaSlice,
    kept: demand_store.ItemFilter,
    now: datetime,
    found: list[int] | None,
    sort: IdeaSort,
) -> dict[int, demand_store.Figures]:
    """What ranking reads: the sort's figure per idea (a search ranks by match, so none).
    Over every item the stored rows give it; a segment counts its matching items."""
    figure = None if query.q else _SORT_FIGURE[sort]
    fields = frozenset({figure} if figure else set())
    if query.segmented:
        return demand_store.figures_by_idea(session, workspace_id, kept, now, found, fields)
    return demand_row_store.figures(session, workspace_id, now, fields, found)


def _chosen(
    ideas: dict[int, idea_store.IdeaRow],
    shapes: dict[int, IdeaShape],
    query: IdeaSlice,
    figures: dict[int, demand_store.Figures],
) -> list[idea_store.IdeaRow]:
    """Ideas in the statuses and tags asked for; with a segment, those with matching items."""
    statuses, tags, segmented = set(query.status), set(query.tag), query.segmented
    return [
        idea
        for idea in ideas.values()
        if (not statuses or idea.status in statuses)
        and (not tags or tags & set(_tags(shapes.get(idea.id))))
        and (not segmented or idea.id in figures)
    ]


def item_filter(query: IdeaSlice) -> demand_store.ItemFilter:
    """The slice's item filters as the database applies them (`until` is an inclusive day)."""
    return demand_store.ItemFilter(
        sources=query.source,
        accounts=query.account,
        mrr_min=query.mrr_min,
        mrr_max=query.mrr_max,
        since=_start(query.since),
        until=_start(query.until + timedelta(days=1)) if query.until else None,
        meta=dict(query.meta_wanted()),
    )


def _start(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time(), UTC)


def _tags(shape: IdeaShape | None) -> list[str]:
    return list(shape.tags or []) if shape is not None else []


def _ranked(
    idea: idea_store.IdeaRow, shape: IdeaShape | None, figures: demand_store.Figures
) -> _Ranked:
    title = shape.title if shape is not None and shape.title else idea.title
    return _Ranked(idea.id, title, idea.created_at, figures.item_count, figures, idea, shape)


def _shaped(ranked: _Ranked, channels: dict[str, int], segmented: bool) -> ShapedIdea:
    demand = ranked.demand.demand(channels)
    shape = ranked.shape
    assert ranked.created_at is not None  # read for every idea shown
    return ShapedIdea(
        id=ranked.id,
        title=ranked.title,
        quote_title=ranked.idea.title,
        status=ranked.idea.status,
        created_at=ranked.created_at,
        item_count=demand.item_count,
        demand=demand,
        tags=_tags(shape),
        description=shape.description if shape is not None else None,
        segment_item_count=demand.item_count if segmented else None,
    )


def _search_order(
    session: Session,
    workspace_id: int,
    text: str,
    embedder: Embedder | None,
    ideas: dict[int, idea_store.IdeaRow],
    shapes: dict[int, IdeaShape],
) -> dict[int, int]:
    """Rank of each idea the search finds: those whose PM wording holds every word first,
    then what the idea search finds by meaning and by words in titles and items."""
    words = normalise(text).split()
    shaped = [
        idea_id
        for idea_id, shape in shapes.items()
        if idea_id in ideas and words and all(w in _shape_text(shape) for w in words)
    ]
    found = (
        [c.id for c in search_ideas(session, workspace_id, text, embedder, SEARCH_LIMIT)]
        if embedder is not None
        else []
    )
    order: dict[int, int] = {}
    for idea_id in [*shaped, *found]:
        order.setdefault(idea_id, len(order))
    return order


def _shape_text(shape: IdeaShape) -> str:
    return normalise(" ".join([shape.title or "", shape.description or "", *(shape.tags or [])]))
