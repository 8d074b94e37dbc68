"""Ideas a PM shapes and the board's slices, as the API shows them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from models.schemas import IdeaSummary, Schema, ShortStr, _no_nul

LongText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=20_000), AfterValidator(_no_nul)
]
Tag = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=40),
    AfterValidator(_no_nul),
]


class IdeaShapeUpdate(Schema):
    """Fields left out stay as they are; an empty title or text clears it."""

    title: ShortStr | None = Field(
        default=None, description="Public title; replaces the customer quote on the roadmap."
    )
    description: LongText | None = Field(default=None, description="Public, Markdown.")
    notes: LongText | None = Field(default=None, description="Internal only, Markdown.")
    tags: list[Tag] | None = Field(default=None, max_length=30)


class IdeaShapeRead(Schema):
    pm_title: str | None = Field(description="The PM's title; null: the automatic one is used.")
    description: str | None
    notes: str | None
    tags: list[str]


class ShapedIdea(IdeaSummary):
    """An idea on the board: `title` is what a PM sees (their title, else the automatic one),
    `quote_title` the automatic title taken from the feedback."""

    quote_title: str
    tags: list[str] = Field(default_factory=list)
    description: str | None = None
    segment_item_count: int | None = Field(
        default=None, description="Items matching the segment; null without item filters."
    )


class ShapedIdeaPage(Schema):
    ideas: list[ShapedIdea]
    total: int
    segment: bool = Field(
        default=False,
        description="True when item filters are on: demand counts matching items only.",
    )


class SavedViewCreate(Schema):
    name: Annotated[ShortStr, StringConstraints(min_length=1, max_length=100)]
    query: Annotated[str, StringConstraints(max_length=2000), AfterValidator(_no_nul)] = Field(
        description="The board's query string, e.g. `meta=plan:enterprise&status=open`."
    )


class SavedViewRead(Schema):
    id: int
    name: str
    query: str
    created_by: str
    created_at: datetime
