"""Demand types: what one piece of feedback contributes, and an idea's demand figures."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class DemandSignal(BaseModel):
    """One feedback item as demand sees it: who asked, for which account, where and when."""

    requester: str | None = None
    account: str | None = None
    mrr: float | None = None
    source: str
    created_at: datetime


class Trend(BaseModel):
    last_30_days: int
    previous_30_days: int
    ratio: float | None = Field(description="last / previous; null when previous is 0")


class Demand(BaseModel):
    item_count: int
    unique_requesters: int
    unique_accounts: int
    revenue: float = Field(description="Sum of MRR over unique accounts, each counted once.")
    trend: Trend
    channels: dict[str, int]
    first_seen: datetime | None
    last_seen: datetime | None
