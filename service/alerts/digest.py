"""The digest's rules: which ideas surge, which requests count as high-MRR, which deliveries
failed, over which window.

A *surging idea* had at least SURGE_MIN_PEOPLE people ask in the last 7 days, and at least
SURGE_FACTOR times the median number of people per week over the BASELINE_WEEKS weeks before
(a median below 1 counts as 1, so a brand-new idea needs SURGE_FACTOR people, and at least
SURGE_MIN_PEOPLE). People are counted once per week, by requester; an item without a
requester counts as its own person."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from statistics import median

from sqlalchemy.orm import Session

from models.alerts import Digest, FailedDelivery, HighValueRequest, SurgingIdea
from models.tables import Workspace
from service.alerts import store
from service.core.errors import NotFound

SURGE_MIN_PEOPLE = 5
SURGE_FACTOR = 3.0
BASELINE_WEEKS = 8
WEEK = timedelta(days=7)
LIST_LIMIT = 20  # per section: a digest is read on a phone
QUOTE_CHARS = 200


def weekly_people(rows: list[store.ItemRow], until: datetime) -> dict[int, list[int]]:
    """idea id -> distinct people per week, [last 7 days, the week before, ...]."""
    people: dict[int, list[set[str]]] = defaultdict(
        lambda: [set() for _ in range(BASELINE_WEEKS + 1)]
    )
    for idea_id, item_id, requester_id, created_at in rows:
        if created_at >= until:
            continue
        week = int((until - created_at) / WEEK)
        if week <= BASELINE_WEEKS:
            who = f"r{requester_id}" if requester_id is not None else f"i{item_id}"
            people[idea_id][week].add(who)
    return {idea: [len(s) for s in weeks] for idea, weeks in people.items()}


def surges(counts: dict[int, list[int]]) -> list[tuple[int, int, float]]:
    """(idea id, people this week, baseline median) of every surging idea, biggest first."""
    found = []
    for idea_id, weeks in counts.items():
        recent, baseline = weeks[0], float(median(weeks[1:]))
        if recent >= SURGE_MIN_PEOPLE and recent >= SURGE_FACTOR * max(baseline, 1.0):
            found.append((idea_id, recent, baseline))
    return sorted(found, key=lambda f: (-f[1], f[0]))


def build(
    session: Session, workspace_id: int, mrr_bar: float, since: datetime, until: datetime
) -> Digest:
    """The digest of one workspace: surges as of `until`; new high-MRR requests and failed
    deliveries in [since, until)."""
    workspace = session.get(Workspace, workspace_id)
    if workspace is None:
        raise NotFound("The workspace no longer exists.", code="unknown_workspace")
    rows = store.item_times(session, workspace_id, until - WEEK * (BASELINE_WEEKS + 1))
    found = surges(weekly_people(rows, until))[:LIST_LIMIT]
    titles = store.idea_titles(session, workspace_id, [f[0] for f in found])
    surging = [
        SurgingIdea(idea_id=i, title=titles.get(i, f"Idea {i}"), recent=n, baseline=b)
        for i, n, b in found
    ]
    high_value = [
        HighValueRequest(
            item_id=item.id,
            idea_id=item.idea_id,
            idea_title=title,
            account=account.name,
            mrr=account.mrr or 0.0,
            text=_quote(item.text),
            created_at=item.created_at,
        )
        for item, account, title in store.high_value_items(
            session, workspace_id, since, until, mrr_bar, LIST_LIMIT
        )
    ]
    failed = [
        FailedDelivery(
            notification_id=n.id,
            idea_id=n.idea_id,
            channel=n.channel,
            recipient=n.recipient,
            error=n.last_error,
        )
        for n in store.failed_notifications(session, workspace_id, since, until, LIST_LIMIT)
    ]
    return Digest(
        workspace=workspace.name,
        since=since,
        until=until,
        mrr_bar=mrr_bar,
        surging=surging,
        high_value=high_value,
        failed=failed,
    )


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1] + "…"
