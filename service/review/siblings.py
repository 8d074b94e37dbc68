"""\"These ideas are one request\": open sibling ideas of one theme whose centres are closer
than nearly all of the workspace's idea pairs, grouped and ranked for a PM to merge or keep
apart. Shipping an idea asks first when such siblings are still open."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import numpy as np
from sqlalchemy.orm import Session

from models.tables import Idea
from models.themes import SiblingGroup, ThemeIdea
from service.core.errors import Conflict, InvalidInput
from service.ideas import store as idea_store
from service.ideas import theme_store
from service.ideas.themes import idea_row
from triage.demand import measure_demand

MAX_GROUP = 8  # a PM merges a handful at a time; larger groups are rarely one request
# Two ideas of one theme are offered as one request when their centres are closer than this
# share of all the workspace's idea pairs: a bar from the workspace's own similarity structure,
# not a fixed cosine (whitened and raw spaces, and domains, put cosines on different scales).
# On the demo backlog 51 of the 71 in-theme pairs above it (72%) are the same request; at the
# 99th percentile 38 of 52, at the 95th 66 of 91 (bench/demo_demand.py's pipeline, 2026-12-04).
PAIR_PERCENTILE = 98.0
MAX_IDEAS_FOR_BAR = 2_000  # a sample of ideas is enough to place a percentile
MIN_IDEAS_FOR_BAR = 10  # fewer ideas place no percentile: the review cut-off stands in


def sibling_bar(centroids: dict[int, np.ndarray], review: float) -> float:
    """The cosine between idea centres above which a pair is rarer than PAIR_PERCENTILE; in a
    workspace too small for that, `review`, the cut-off an item needs to reach the queue."""
    if len(centroids) < MIN_IDEAS_FOR_BAR:
        return review
    ids = sorted(centroids)[-MAX_IDEAS_FOR_BAR:]
    units = np.stack([_unit(centroids[i]) for i in ids])
    pairs = (units @ units.T)[np.triu_indices(len(ids), 1)]
    return float(np.percentile(pairs, PAIR_PERCENTILE))


def sibling_groups(
    session: Session,
    workspace_id: int,
    centroids: dict[int, np.ndarray],
    review: float,
    limit: int = 20,
) -> list[SiblingGroup]:
    """Groups of open ideas in one theme whose every pair of centres clears `sibling_bar`,
    ranked by closeness times the square root of the people behind them (close pairs first,
    big demand breaking near-ties), skipping pairs a PM kept apart."""
    bar = sibling_bar(centroids, review)
    apart = theme_store.distinct_pairs(session, workspace_id)
    titles = {t.id: t.title for t in theme_store.themes(session, workspace_id)}
    signals = idea_store.demand_signals(session, workspace_id)
    now = datetime.now(UTC)
    found: list[SiblingGroup] = []
    for theme_id, ideas in theme_store.ideas_of_themes(session, workspace_id).items():
        live = [i for i in ideas if i.status == "open" and i.id in centroids]
        for group, closeness in _groups(live, centroids, bar, apart):
            people = measure_demand([s for i in group for s in signals.get(i.id, [])], now)
            found.append(
                SiblingGroup(
                    theme_id=theme_id,
                    theme_title=titles.get(theme_id, ""),
                    similarity=round(closeness, 4),
                    unique_requesters=people.unique_requesters,
                    # the idea with the most people first: the one the group merges into
                    ideas=sorted(
                        (idea_row(i, signals, now) for i in group),
                        key=lambda r: (-r.unique_requesters, r.id),
                    ),
                )
            )
    found.sort(key=lambda g: -g.similarity * math.sqrt(max(g.unique_requesters, 1)))
    return found[:limit]


def open_siblings(
    session: Session,
    workspace_id: int,
    idea_id: int,
    centroids: dict[int, np.ndarray],
    review: float,
) -> list[ThemeIdea]:
    """Open ideas of the same theme close enough to be the same request (the ship warning)."""
    bar = sibling_bar(centroids, review)
    idea = idea_store.get_idea(session, workspace_id, idea_id)
    if idea is None or idea.theme_id is None or idea_id not in centroids:
        return []
    apart = theme_store.distinct_pairs(session, workspace_id)
    ideas = theme_store.ideas_of_themes(session, workspace_id).get(idea.theme_id, [])
    signals = idea_store.demand_signals(session, workspace_id)
    now = datetime.now(UTC)
    mine = _unit(centroids[idea_id])
    return [
        idea_row(other, signals, now)
        for other in ideas
        if other.id != idea_id
        and other.status == "open"
        and other.id in centroids
        and _pair(idea_id, other.id) not in apart
        and float(mine @ _unit(centroids[other.id])) >= bar
    ]


def guard_ship(
    session: Session,
    workspace_id: int,
    idea_id: int,
    centroids: dict[int, np.ndarray],
    review: float,
) -> None:
    """Refuse to ship an idea while close siblings are open: their requesters asked for the
    same thing and would not hear that it shipped (Conflict open_siblings lists them)."""
    found = open_siblings(session, workspace_id, idea_id, centroids, review)
    if found:
        names = "; ".join(f"#{s.id} {s.title}" for s in found[:5])
        raise Conflict(
            f"Ideas that are probably the same request are still open: {names}. Merge them "
            "first, or ship anyway.",
            code="open_siblings",
            siblings=[s.model_dump() for s in found],
        )


def dismiss(session: Session, workspace_id: int, idea_ids: list[int], actor: str) -> int:
    """A PM says these ideas are different requests: never group them again."""
    ideas = [idea_store.get_idea(session, workspace_id, i) for i in dict.fromkeys(idea_ids)]
    if any(i is None for i in ideas) or len(ideas) < 2:
        raise InvalidInput("Name two or more ideas of this workspace.", code="unknown_ideas")
    ids = sorted(i.id for i in ideas if i is not None)
    pairs = {(a, b) for n, a in enumerate(ids) for b in ids[n + 1 :]}
    return len(theme_store.add_distinct_pairs(session, workspace_id, pairs, actor))


def _groups(
    ideas: list[Idea], centroids: dict[int, np.ndarray], bar: float, apart: set[tuple[int, int]]
) -> list[tuple[list[Idea], float]]:
    """Greedy complete-linkage: start from the closest free pair, add ideas close to every
    member; chains of merely neighbouring ideas never form one group."""
    if len(ideas) < 2:
        return []
    units = np.stack([_unit(centroids[i.id]) for i in ideas])
    scores = units @ units.T
    pairs = sorted(
        (
            (float(scores[a, b]), a, b)
            for a in range(len(ideas))
            for b in range(a + 1, len(ideas))
            if scores[a, b] >= bar and _pair(ideas[a].id, ideas[b].id) not in apart
        ),
        reverse=True,
    )
    used: set[int] = set()
    groups = []
    for _, a, b in pairs:
        if a in used or b in used:
            continue
        members = [a, b]
        for c in np.argsort(-scores[a]).tolist():
            if len(members) >= MAX_GROUP:
                break
            if c in used or c in members:
                continue
            if all(
                scores[c, m] >= bar and _pair(ideas[c].id, ideas[m].id) not in apart
                for m in members
            ):
                members.append(c)
        used.update(members)
        closeness = min(float(scores[x, y]) for x in members for y in members if x < y)
        groups.append(([ideas[m] for m in members], closeness))
    return groups


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-12)


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)
