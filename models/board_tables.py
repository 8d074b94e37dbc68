"""Items' metadata and text as narrow rows, so the board filters and searches through them,
and each idea's demand kept as one row, so the unfiltered board counts no items.

Database triggers (migration 0012) write one row per key of an item's metadata whenever the
item is inserted or its metadata changes, whoever writes it: the key in lower case and the
value as the board compares it (plain text, stripped, lower case; true/false for booleans;
whole numbers without ".0"). Values longer than a filter can be are not kept.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Index, String, Text, text
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


class IdeaDemand(Base):
    """An idea's demand over all its items, stored so the board ranks 5,000 ideas by reading
    5,000 rows instead of counting 100,000 items. Triggers (migration 0013) mark the row
    `stale` whenever an item joins, leaves or changes its person, account, date or embedding,
    and an account's MRR changes; the service recounts stale rows before each commit
    (service.ideas.demand_row_store) and readers count a stale idea's items themselves, so a row
    is never trusted while stale. The 30-day trend moves with the clock, so it is not kept.
    No foreign key to `ideas`: a deleted idea's row goes at the next recount."""

    __tablename__ = "idea_demand"
    __table_args__ = (
        Index("ix_idea_demand_workspace", "workspace_id", "idea_id"),
        Index(
            "ix_idea_demand_stale",
            "workspace_id",
            sqlite_where=text("stale"),
            postgresql_where=text("stale"),
        ),
    )

    idea_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    workspace_id: Mapped[int]
    stale: Mapped[bool] = mapped_column(server_default=text("true"))
    item_count: Mapped[int] = mapped_column(server_default=text("0"))
    unique_requesters: Mapped[int] = mapped_column(server_default=text("0"))
    unique_accounts: Mapped[int] = mapped_column(server_default=text("0"))
    revenue: Mapped[float] = mapped_column(Float, server_default=text("0"))
    first_seen: Mapped[datetime | None]
    last_seen: Mapped[datetime | None]
    # service.ideas.centroids' mark of the idea's embedded items: count, sum and squares of ids.
    embedded_items: Mapped[int] = mapped_column(server_default=text("0"))
    embedded_id_sum: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    embedded_id_squares: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
