"""Themes above ideas: sibling ideas a PM reads as one family of requests, with the demand of
the whole family (each person, account and dollar of MRR counted once across its ideas).

Re-clustering regroups ideas into themes (triage.themes) and keeps what a PM decided: an idea a
PM moved stays in its theme, a theme a PM named keeps its name, and theme ids stay stable by
taking, for each new group, the previous theme most of its ideas sat in.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import numpy as np
from sqlalchemy.orm import Session

from models.demand import DemandSignal
from models.tables import Idea, Theme
from models.themes import ThemeIdea, ThemePage, ThemeRead
from service.core import audit_store
from service.core.errors import NotFound
from service.ideas import shape_store, theme_store
from service.ideas import store as idea_store
from triage.demand import measure_demand
from triage.themes import group_ideas


def regroup(session: Session, workspace_id: int, vectors: np.ndarray, idea_ids: list[int]) -> int:
    """Put every live idea in a theme after re-clustering; returns the number of themes.

    Args:
        vectors: the items' embeddings, one row per item.
        idea_ids: each item's idea, in the same order.
    """
    ideas = sorted(set(idea_ids))
    if not ideas:
        return 0
    position = {idea: n for n, idea in enumerate(ideas)}
    labels = np.fromiter((position[i] for i in idea_ids), dtype=np.int64, count=len(idea_ids))
    groups = group_ideas(vectors, labels)
    sizes = Counter(idea_ids)
    placed = theme_store.placements(session, workspace_id)
    members: dict[int, list[int]] = {}
    for idea, group in zip(ideas, groups.tolist(), strict=True):
        if not placed.get(idea, (None, False))[1]:  # a PM's placement stays as it is
            members.setdefault(group, []).append(idea)
    assignments: dict[int, int | None] = {}
    titles: dict[int, str] = {}
    taken: set[int] = set()
    names = idea_store.titles(session, ideas)
    for group_ideas_ in sorted(members.values(), key=lambda g: -sum(sizes[i] for i in g)):
        biggest = max(group_ideas_, key=lambda i: (sizes[i], -i))
        theme_id = _previous_theme(group_ideas_, placed, taken)
        if theme_id is None:
            theme_id = theme_store.create_theme(session, workspace_id, names[biggest]).id
        taken.add(theme_id)
        titles[theme_id] = names[biggest]
        assignments.update({idea: theme_id for idea in group_ideas_})
    theme_store.place(session, assignments)
    theme_store.set_titles(session, titles)
    theme_store.delete_empty(session, workspace_id)
    return len(taken | {t for t, pinned in placed.values() if pinned and t is not None})


def _previous_theme(
    ideas: list[int], placed: dict[int, tuple[int | None, bool]], taken: set[int]
) -> int | None:
    """The theme most of these ideas sat in before, unless a bigger group already took it."""
    before = Counter(placed[i][0] for i in ideas if i in placed and placed[i][0] is not None)
    for theme_id, _ in before.most_common():
        if theme_id is not None and theme_id not in taken:
            return theme_id
    return None


def list_themes(session: Session, workspace_id: int, now: datetime | None = None) -> ThemePage:
    """Every theme with its ideas and combined demand, the most people first."""
    now = now or datetime.now(UTC)
    signals = idea_store.demand_signals(session, workspace_id)
    grouped = theme_store.ideas_of_themes(session, workspace_id)
    titles = _pm_titles(session, workspace_id)
    read = [
        _read(theme, grouped.get(theme.id, []), signals, now, titles)
        for theme in theme_store.themes(session, workspace_id)
    ]
    read.sort(key=lambda t: (-t.demand.unique_requesters, t.id))
    return ThemePage(themes=read, total=len(read))


def get_theme(session: Session, workspace_id: int, theme_id: int) -> ThemeRead:
    theme = _theme(session, workspace_id, theme_id)
    ideas = theme_store.ideas_of_themes(session, workspace_id).get(theme.id, [])
    signals = idea_store.demand_signals(session, workspace_id)
    return _read(theme, ideas, signals, datetime.now(UTC), _pm_titles(session, workspace_id))


def _pm_titles(session: Session, workspace_id: int) -> dict[int, str]:
    """Ideas a PM titled: a theme lists them by that title, as the board does."""
    shapes = shape_store.workspace_shapes(session, workspace_id)
    return {idea_id: s.title for idea_id, s in shapes.items() if s.title}


def rename(session: Session, workspace_id: int, theme_id: int, title: str, actor: str) -> ThemeRead:
    """A PM's name for the theme; re-clustering never overwrites it."""
    theme = _theme(session, workspace_id, theme_id)
    before = {"title": theme.title, "title_source": theme.title_source}
    theme.title, theme.title_source = title, "pm"
    audit_store.record(
        session,
        workspace_id,
        actor,
        "rename_theme",
        ("theme", theme.id),
        before,
        {"title": title, "title_source": "pm"},
    )
    session.flush()
    return get_theme(session, workspace_id, theme_id)


def move_idea(
    session: Session, workspace_id: int, idea_id: int, theme_id: int | None, actor: str
) -> ThemeRead:
    """Put an idea in another theme (None: a new theme of its own); re-clustering keeps it."""
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    if idea is None:
        raise NotFound(f"No idea {idea_id} in this workspace.", code="idea_not_found")
    target = (
        theme_store.create_theme(session, workspace_id, idea.title, source="pm")
        if theme_id is None
        else _theme(session, workspace_id, theme_id)
    )
    before = {"theme_id": idea.theme_id, "theme_pinned": idea.theme_pinned}
    idea.theme_id, idea.theme_pinned = target.id, True
    audit_store.record(
        session,
        workspace_id,
        actor,
        "move_idea",
        ("idea", idea.id),
        before,
        {"theme_id": target.id, "theme_pinned": True},
    )
    session.flush()
    theme_store.delete_empty(session, workspace_id)
    return get_theme(session, workspace_id, target.id)


def _theme(session: Session, workspace_id: int, theme_id: int) -> Theme:
    theme = theme_store.get_theme(session, workspace_id, theme_id)
    if theme is None:
        raise NotFound(f"No theme {theme_id} in this workspace.", code="theme_not_found")
    return theme


def _read(
    theme: Theme,
    ideas: list[Idea],
    signals: dict[int, list[DemandSignal]],
    now: datetime,
    titles: dict[int, str],
) -> ThemeRead:
    every = [s for idea in ideas for s in signals.get(idea.id, [])]
    rows = sorted(
        (idea_row(idea, signals, now, titles.get(idea.id)) for idea in ideas),
        key=lambda r: (-r.unique_requesters, r.id),
    )
    return ThemeRead(
        id=theme.id,
        title=theme.title,
        title_source=theme.title_source,
        created_at=theme.created_at,
        demand=measure_demand(every, now),
        ideas=rows,
    )


def idea_row(
    idea: Idea,
    signals: dict[int, list[DemandSignal]],
    now: datetime,
    pm_title: str | None = None,
) -> ThemeIdea:
    """An idea as a theme (or a sibling group) lists it: title, status and its own people."""
    demand = measure_demand(signals.get(idea.id, []), now)
    return ThemeIdea(
        id=idea.id,
        title=pm_title or idea.title,
        status=idea.status,
        item_count=demand.item_count,
        unique_requesters=demand.unique_requesters,
    )
