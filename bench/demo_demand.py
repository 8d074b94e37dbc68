"""The demo backlog through the product, scored against the themes its generator knows.

Generates the demo's items (default 3,000, seed 7), imports them as `throughline import` does
(the workspace's envelope learned from the file first, then every item through the duplicate
decision), re-clusters (ideas, then themes) and reads back what a PM would see:
- idea-level and theme-level demand capture and purity against the generator's themes
  (one-off asks, which belong to no theme, are left out of both);
- how many distinct generator themes the 20 ideas, and the 20 themes, with the most people cover;
- the review queue: pending suggestions, and how many ask about the item's own idea;
- the sibling groups ("these ideas are one request") offered.

Usage: python bench/demo_demand.py [--items 3000] [--seed 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from service.context import build_context
from service.core.settings import Settings
from service.feedback import asks
from service.feedback import store as feedback_store
from service.ideas.themes import list_themes
from service.ideas.views import IdeaSort, list_ideas
from service.review import siblings
from service.review.queue import list_queue
from service.sampledata.backlog import SampleItem, generate_feedback
from service.workspaces import store as workspace_store
from triage.metrics import demand_capture, purity

TOP = 20
NO_THEME = "(one-off)"


def _create(item: SampleItem) -> FeedbackCreate:
    return FeedbackCreate(
        text=item.text,
        source=item.source,
        external_id=item.external_id,
        requester=item.requester_email,
        requester_name=item.requester_name,
        account=item.account,
        mrr=item.mrr,
        created_at=item.created_at,
    )


def _majority(labels: list[str]) -> str:
    return Counter(labels).most_common(1)[0][0]


def run(n: int, seed: int) -> dict[str, object]:
    generated = generate_feedback(n, seed=seed)
    truth = {item.external_id: item.theme or NO_THEME for item in generated}
    with tempfile.TemporaryDirectory(prefix="throughline-demo-bench-") as folder:
        context = build_context(Settings(data_dir=Path(folder), notify_worker=False))
        try:
            with unit_of_work(context.factory) as session:
                ws = workspace_store.get_or_create_workspace(session, "demo")
                asks.relearn(
                    session, ws.id, context.registry.embedder, [item.text for item in generated]
                )
                session.expunge(ws)
            start = time.perf_counter()
            for i in range(0, n, 256):
                context.ingestor.ingest(
                    context.factory, ws, [_create(x) for x in generated[i : i + 256]]
                )
            ingest_seconds = time.perf_counter() - start
            start = time.perf_counter()
            summary = context.recluster(ws.id)
            cluster_seconds = time.perf_counter() - start
            with unit_of_work(context.factory) as session:
                rows = list(feedback_store.iter_items(session, ws.id))
                ideas = list_ideas(session, ws.id, IdeaSort.unique_requesters, limit=TOP)
                themes = list_themes(session, ws.id).themes[:TOP]
                queue = list_queue(session, ws.id, limit=10_000)
                centres, review = context.ingestor.idea_centres(session, ws.id)
                groups = siblings.sibling_groups(session, ws.id, centres, review, limit=1000)
        finally:
            context.close()
    labels = [truth[item.external_id] for item, *_ in rows]
    idea_of = [item.idea_id for item, *_ in rows]
    theme_of = [theme_id for _, _, _, theme_id, _ in rows]
    label_of_idea: dict[int, list[str]] = {}
    label_of_theme: dict[int, list[str]] = {}
    for label, idea_id, theme_id in zip(labels, idea_of, theme_of, strict=True):
        label_of_idea.setdefault(idea_id, []).append(label)
        label_of_theme.setdefault(theme_id, []).append(label)
    return {
        "items": n,
        "ideas": summary.ideas,
        "themes": summary.themes,
        "idea_capture": round(demand_capture(labels, idea_of, NO_THEME), 4),
        "idea_purity": round(purity(labels, idea_of, NO_THEME), 4),
        "theme_capture": round(demand_capture(labels, theme_of, NO_THEME), 4),
        "theme_purity": round(purity(labels, theme_of, NO_THEME), 4),
        "top_ideas_cover": len({_majority(label_of_idea[i.id]) for i in ideas.ideas} - {NO_THEME}),
        "top_themes_cover": len({_majority(label_of_theme[t.id]) for t in themes} - {NO_THEME}),
        "pending_suggestions": queue.total,
        "own_idea_suggestions": sum(s.item.idea_id == s.idea.id for s in queue.suggestions),
        "sibling_groups": len(groups),
        "ingest_seconds": round(ingest_seconds, 1),
        "recluster_seconds": round(cluster_seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    figures = run(args.items, args.seed)
    figures |= {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "date": datetime.now(UTC).date().isoformat(),
    }
    if args.json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:22} {value}")


if __name__ == "__main__":
    main()
