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
from urllib.parse import urlencode

from sqlalchemy.orm import Session

from models.demand import DemandSignal
from models.schemas import IdeaStatus
from models.shaping import ShapedIdea, ShapedIdeaPage
from models.shaping_tables import IdeaShape
from models.tables import Idea
from service.core.errors import InvalidInput
from service.ideas import shape_store
from service.ideas import store as idea_store
from service.ideas.views import SEARCH_LIMIT, IdeaSort, search_ideas, sort_key
from triage.demand import measure_demand
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
    signals: dict[int, list[DemandSignal]]  # the counted items of each idea on the page


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
) -> SliceResult:
    """The ideas the slice keeps with demand over its items; with a search, best match first."""
    now = now or datetime.now(UTC)
    ideas = {i.id: i for i in idea_store.list_all(session, workspace_id)}
    shapes = shape_store.workspace_shapes(session, workspace_id)
    signals = segment_signals(session, workspace_id, query)
    kept = [
        i
        for i in ideas.values()
        if (not query.status or i.status in query.status)
        and (not query.tag or set(query.tag) & set(_tags(shapes.get(i.id))))
        and (not query.segmented or i.id in signals)
    ]
    summaries = [_shaped(i, shapes.get(i.id), signals.get(i.id, []), query, now) for i in kept]
    if query.q:
        order = _search_order(session, workspace_id, query.q, embedder, ideas, shapes)
        summaries = sorted((s for s in summaries if s.id in order), key=lambda s: order[s.id])
    else:
        summaries.sort(key=lambda s: s.id)
        summaries.sort(key=sort_key(sort), reverse=descending)
    shown = summaries[offset:] if limit is None else summaries[offset : offset + limit]
    page = ShapedIdeaPage(ideas=shown, total=len(summaries), segment=query.segmented)
    return SliceResult(page, {s.id: signals.get(s.id, []) for s in shown})


def segment_signals(
    session: Session, workspace_id: int, query: IdeaSlice, idea_id: int | None = None
) -> dict[int, list[DemandSignal]]:
    """Each idea's items that match the slice's item filters, as demand signals."""
    rows = _matching_rows(session, workspace_id, query, idea_id)
    signals: dict[int, list[DemandSignal]] = defaultdict(list)
    for row in rows:
        signals[row.idea_id].append(  # rows come typed from the database: skip re-validating
            DemandSignal.model_construct(
                requester=row.requester,
                account=row.account,
                mrr=row.mrr,
                source=row.source,
                created_at=row.created_at,
            )
        )
    return signals


def _matching_rows(
    session: Session, workspace_id: int, query: IdeaSlice, idea_id: int | None
) -> list[shape_store.ItemRow]:
    wanted = query.meta_wanted()
    rows = shape_store.item_rows(
        session,
        workspace_id,
        idea_id=idea_id,
        sources=query.source,
        accounts=query.account,
        mrr_min=query.mrr_min,
        mrr_max=query.mrr_max,
        since=_start(query.since),
        until=_start(query.until + timedelta(days=1)) if query.until else None,
        with_meta=bool(wanted),
    )
    if not wanted:
        return rows
    return [r for r in rows if _meta_matches(r.meta or {}, wanted)]


def _meta_matches(meta: dict[str, object], wanted: dict[str, set[str]]) -> bool:
    folded = {str(k).casefold(): v for k, v in meta.items()}
    for key, values in wanted.items():
        value = folded.get(key.casefold())
        if value is None or _plain(value).strip().casefold() not in values:
            return False
    return True


def _start(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time(), UTC)


def _tags(shape: IdeaShape | None) -> list[str]:
    return list(shape.tags or []) if shape is not None else []


def _shaped(
    idea: Idea,
    shape: IdeaShape | None,
    signals: list[DemandSignal],
    query: IdeaSlice,
    now: datetime,
) -> ShapedIdea:
    demand = measure_demand(signals, now)
    return ShapedIdea(
        id=idea.id,
        title=(shape.title if shape is not None and shape.title else idea.title),
        quote_title=idea.title,
        status=idea.status,
        created_at=idea.created_at,
        item_count=demand.item_count,
        demand=demand,
        tags=_tags(shape),
        description=shape.description if shape is not None else None,
        segment_item_count=demand.item_count if query.segmented else None,
    )


def _search_order(
    session: Session,
    workspace_id: int,
    text: str,
    embedder: Embedder | None,
    ideas: dict[int, Idea],
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
