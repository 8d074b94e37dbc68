"""Live duplicate suggestions on the customer portal: latency of POST .../suggestions over real
HTTP while a customer types (drafts cut at 40%, 70% and 100% of their words), p50 and p99, and
how often the suggestions include an idea of the draft's own theme.

The workspace is filled through the ingest path with sample feedback (`--stored` items); the
drafts are further sample items of the same generator that were not stored.

Usage: python bench/portal_suggest.py [--stored 2000] [--drafts 200]
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import numpy as np
import uvicorn

from models.db import unit_of_work
from models.schemas import FeedbackCreate
from service.context import build_context
from service.core.settings import Settings
from service.http.app import create_app
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store

CUTS = (0.4, 0.7, 1.0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stored", type=int, default=2000)
    parser.add_argument("--drafts", type=int, default=200)
    args = parser.parse_args()
    items = generate_feedback(args.stored + args.drafts, seed=5)
    stored, drafts = items[: args.stored], [i for i in items[args.stored :] if i.theme]

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), notify_worker=False)
        ctx = build_context(settings)
        with unit_of_work(ctx.factory) as session:
            workspace = workspace_store.get_or_create_workspace(session, "bench")
            key = workspace_store.create_key(session, workspace, "admin")
            session.expunge(workspace)
        start = time.perf_counter()
        results = ctx.ingestor.ingest(
            ctx.factory,
            workspace,
            [FeedbackCreate(text=i.text, source=i.source) for i in stored],
        )
        print(f"stored {len(stored)} items in {time.perf_counter() - start:.1f} s")
        themes_of: dict[int, Counter[str]] = {}
        for item, result in zip(stored, results, strict=True):
            if item.theme and result.idea_id is not None:
                themes_of.setdefault(result.idea_id, Counter())[item.theme] += 1
        theme_of = {idea: c.most_common(1)[0][0] for idea, c in themes_of.items()}

        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(context=ctx), host="127.0.0.1", port=port, log_level="error")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                client.patch(
                    "/api/v1/portal-settings",
                    json={"enabled": True},
                    headers={"Authorization": f"Bearer {key}"},
                )
                page = client.get("/portal/bench").text
                match = re.search(r'data-csrf="([^"]+)"', page)
                assert match is not None
                headers = {"X-Portal-Csrf": match.group(1)}
                # The bench is one address asking fast: lift the look-up limit for it.
                limits = server.config.app.state.portal_limits  # type: ignore[union-attr]
                limits.suggestions_per_address.limit = 10**9
                run(client, headers, drafts, theme_of)
        finally:
            server.should_exit = True
            thread.join(timeout=30)
            ctx.close()


def run(
    client: httpx.Client, headers: dict[str, str], drafts: list, theme_of: dict[int, str]
) -> None:
    timings: dict[float, list[float]] = {cut: [] for cut in CUTS}
    hits: dict[float, int] = {cut: 0 for cut in CUTS}
    for draft in drafts:
        words = draft.text.split()
        for cut in CUTS:
            text = " ".join(words[: max(1, round(len(words) * cut))])
            start = time.perf_counter()
            answer = client.post(
                "/api/v1/portal/bench/suggestions", json={"text": text}, headers=headers
            )
            timings[cut].append((time.perf_counter() - start) * 1000)
            if answer.status_code != 200:
                continue
            found = [theme_of.get(s["id"]) for s in answer.json()["suggestions"]]
            hits[cut] += draft.theme in found
    every = [t for values in timings.values() for t in values]
    print(f"{'draft':>6} {'calls':>6} {'p50 ms':>8} {'p99 ms':>8} {'own theme suggested':>20}")
    for cut in CUTS:
        values = timings[cut]
        p50, p99 = statistics.median(values), float(np.percentile(values, 99))
        share = hits[cut] / len(drafts)
        print(f"{cut:6.0%} {len(values):6d} {p50:8.1f} {p99:8.1f} {share:20.3f}")
    p50, p99 = statistics.median(every), float(np.percentile(every, 99))
    print(f"{'all':>6} {len(every):6d} {p50:8.1f} {p99:8.1f}")


if __name__ == "__main__":
    main()
