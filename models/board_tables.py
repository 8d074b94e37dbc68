"""Items' metadata and text as narrow rows, so the board filters and searches through them.

Database triggers (migration 0012) write one row per key of an item's metadata whenever the
item is inserted or its metadata changes, whoever writes it: the key in lower case and the
value as the board compares it (plain text, stripped, lower case; true/false for booleans;
whole numbers without ".0"). Values longer than a filter can be are not kept.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.tables import Base

META_TEXT = 200  # a filter's key:value is at most 200 characters (the API's limit)


class ItemMeta(Base):
    __tablename__ = "item_meta"
    __table_args__ = (Index("ix_item_meta_value", "workspace_id", "key", "value", "item_id"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(META_TEXT), primary_key=True)
    value: Mapped[str] = mapped_column(String(META_TEXT), primary_key=True)
    workspace_id: Mapped[int]


class ItemText(Base):
    """Each item's text in lower case and its idea, apart from its wide row (the embedding
    lives there), so a word search reads a tenth of the bytes and no item row. Kept by
    triggers like `ItemMeta`, on new items and on any change of an item's text or idea."""

    __tablename__ = "item_text"
    __table_args__ = (Index("ix_item_text_idea", "idea_id"),)

    # The item id alone is the key, so the rows lie in one sequence a scan reads in order.
    item_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_items.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int]
    idea_id: Mapped[int | None]
    folded: Mapped[str] = mapped_column(Text)
