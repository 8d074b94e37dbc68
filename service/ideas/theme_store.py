"""Themes and which idea sits in which: the queries behind service.ideas.themes."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from models.review_tables import DistinctIdeas
from models.tables import Idea, Theme


def themes(session: Session, workspace_id: int) -> list[Theme]:
    query = select(Theme).where(Theme.workspace_id == workspace_id).order_by(Theme.id)
    return list(session.scalars(query))


def get_theme(session: Session, workspace_id: int, theme_id: int) -> Theme | None:
    theme = session.get(Theme, theme_id)
    return theme if theme is not None and theme.workspace_id == workspace_id else None


def create_theme(session: Session, workspace_id: int, title: str, source: str = "auto") -> Theme:
    theme = Theme(workspace_id=workspace_id, title=title[:300], title_source=source)
    session.add(theme)
    session.flush()
    return theme


def placements(session: Session, workspace_id: int) -> dict[int, tuple[int | None, bool]]:
    """idea id -> (theme id, placed by a PM) for every live idea of the workspace."""
    query = select(Idea.id, Idea.theme_id, Idea.theme_pinned).where(
        Idea.workspace_id == workspace_id, Idea.merged_into_id.is_(None)
    )
    return {idea_id: (theme_id, pinned) for idea_id, theme_id, pinned in session.execute(query)}


def place(session: Session, assignments: dict[int, int | None]) -> None:
    """Set each idea's theme (idea id -> theme id) in one executemany."""
    if assignments:
        rows = [{"id": idea_id, "theme_id": theme} for idea_id, theme in assignments.items()]
        session.execute(update(Idea), rows)


def set_titles(session: Session, titles: dict[int, str]) -> None:
    """Rename auto-titled themes (a PM's title is never overwritten)."""
    for theme_id, title in titles.items():
        session.execute(
            update(Theme)
            .where(Theme.id == theme_id, Theme.title_source == "auto")
            .values(title=title[:300])
        )


def delete_empty(session: Session, workspace_id: int) -> int:
    """Remove themes no live idea sits in; returns how many."""
    used = select(Idea.theme_id).where(
        Idea.workspace_id == workspace_id, Idea.theme_id.is_not(None)
    )
    result = session.execute(
        delete(Theme).where(Theme.workspace_id == workspace_id, Theme.id.not_in(used))
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]  # a CursorResult


def ideas_of_themes(session: Session, workspace_id: int) -> dict[int, list[Idea]]:
    """theme id -> its live ideas, biggest first is up to the caller."""
    query = select(Idea).where(
        Idea.workspace_id == workspace_id,
        Idea.merged_into_id.is_(None),
        Idea.theme_id.is_not(None),
    )
    grouped: dict[int, list[Idea]] = {}
    for idea in session.scalars(query):
        assert idea.theme_id is not None
        grouped.setdefault(idea.theme_id, []).append(idea)
    return grouped


def theme_titles(session: Session, idea_ids: list[int]) -> dict[int, tuple[int, str]]:
    """idea id -> (theme id, theme title) for the ideas that sit in a theme."""
    if not idea_ids:
        return {}
    query = (
        select(Idea.id, Theme.id, Theme.title)
        .join(Theme, Theme.id == Idea.theme_id)
        .where(Idea.id.in_(idea_ids))
    )
    return {idea_id: (theme_id, title) for idea_id, theme_id, title in session.execute(query)}


def distinct_pairs(session: Session, workspace_id: int) -> set[tuple[int, int]]:
    """Pairs of ideas a PM said are different requests (lower id first)."""
    query = select(DistinctIdeas.idea_id, DistinctIdeas.other_idea_id).where(
        DistinctIdeas.workspace_id == workspace_id
    )
    return {(a, b) for a, b in session.execute(query)}


def add_distinct_pairs(
    session: Session, workspace_id: int, pairs: set[tuple[int, int]], actor: str
) -> list[int]:
    """Remember pairs not remembered yet; returns the new rows' ids (for undo)."""
    known = distinct_pairs(session, workspace_id)
    rows = [
        DistinctIdeas(workspace_id=workspace_id, idea_id=a, other_idea_id=b, created_by=actor)
        for a, b in sorted(pairs - known)
    ]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]
