"""Themes above ideas, and groups of sibling ideas that may be one request, as the API shows
them."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from models.demand import Demand
from models.schemas import Schema, ShortStr


class ThemeIdea(Schema):
    id: int
    title: str
    status: str
    item_count: int
    unique_requesters: int


class ThemeRead(Schema):
    id: int
    title: str
    title_source: str = Field(description="'auto' (re-clustering names it) or 'pm'.")
    created_at: datetime
    demand: Demand = Field(
        description="Across the theme's ideas: each person and account counted once."
    )
    ideas: list[ThemeIdea]


class ThemePage(Schema):
    themes: list[ThemeRead]
    total: int


class ThemeUpdate(Schema):
    title: ShortStr = Field(min_length=1)


class IdeaThemeUpdate(Schema):
    theme_id: int | None = Field(
        description="The theme to move the idea to; null: a new theme of its own."
    )


class SiblingGroup(Schema):
    """Open ideas of one theme so close they are probably one request."""

    theme_id: int
    theme_title: str
    similarity: float = Field(description="Lowest cosine between the group's idea centroids.")
    unique_requesters: int = Field(description="People behind the group, each counted once.")
    ideas: list[ThemeIdea]


class SiblingMerge(Schema):
    idea_ids: list[int] = Field(min_length=2, max_length=50)
    into_idea_id: int


class SiblingDismiss(Schema):
    idea_ids: list[int] = Field(min_length=2, max_length=50)
