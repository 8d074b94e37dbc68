"""The duplicate decision on wrapped sets, streamed through the real ingest path.

The README's stream figures under the channel wrappers come from here (from its eleventh
round on; earlier rounds used a lab copy of the same loop). For each set and each
wrapper: shuffle the labelled set (Python's `random.Random(0).shuffle`, so labels arrive mixed
as they would in a workspace), wrap it with the wrapper script (`bench/blind_wrap_N.py`, or
`bench/channel_wrap.py --seed 1` as `channel`, or any script path taking `IN.csv OUT.csv`; `none`
streams the clean set), and
stream every text, in that order, into an empty SQLite workspace through `Ingestor.ingest`, as
`throughline eval FILE --mode stream` does (the envelope is learned from the file first).

Printed per stream: auto-merge precision and coverage, exact matches and how many were right,
and every merge (auto-merges and exact matches together: what a PM finds merged without being
asked). `--dump DIR` also writes each stream's merges with both asks and both texts, to read
errors by; leave it off for a wrapper that must stay blind.

Usage: python bench/wrapped_streams.py [--sets hwu64 banking77] [--wrappers 18 19 channel]
       [--cap N] [--dump DIR] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from battery import machine_line  # noqa: E402

from models.db import unit_of_work  # noqa: E402
from models.schemas import FeedbackResult  # noqa: E402
from models.tables import FeedbackItem  # noqa: E402
from service.context import build_context  # noqa: E402
from service.core.settings import Settings, get_settings  # noqa: E402
from service.feedback.evaluation import read_labelled, stream_decisions  # noqa: E402
from triage.embedder import Embedder, default_embedder  # noqa: E402
from triage.metrics import stream_scores  # noqa: E402

BENCH = Path(__file__).resolve().parent
DATASETS = BENCH.parent.parent / "shared" / "datasets"
SETS = {  # name: (file, text column, label column)
    "hwu64": (DATASETS / "hwu64" / "hwu64.csv", "text", "label"),
    "banking77": (DATASETS / "banking77" / "test.csv", "text", "category"),
}
MERGES = ("auto_merge", "exact_duplicate")


def shuffled(name: str, cap: int | None) -> list[tuple[str, str]]:
    """The set's (text, label) rows in the seeded order every stream figure uses."""
    texts, labels = read_labelled(*SETS[name])
    rows = list(zip(texts, labels, strict=True))
    random.Random(0).shuffle(rows)
    return rows[:cap] if cap else rows


def wrapper_command(wrapper: str) -> list[str]:
    """The script (and its options) that wraps for `wrapper`: a number, `channel` or a path."""
    if wrapper == "channel":
        return [str(BENCH / "channel_wrap.py"), "--seed", "1"]
    if wrapper.isdigit():
        return [str(BENCH / f"blind_wrap_{wrapper}.py")]
    return [wrapper]


def wrapped(rows: list[tuple[str, str]], wrapper: str, folder: Path) -> list[tuple[str, str]]:
    """The rows as the wrapper writes them (columns text, label), order kept; `none` is the
    clean set, the peer a wrapped stream's coverage is read against."""
    if wrapper == "none":
        return rows
    source, target = folder / "shuffled.csv", folder / "wrapped.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    script, *options = wrapper_command(wrapper)
    command = [sys.executable, script, str(source), str(target), *options]
    subprocess.run(command, check=True, capture_output=True)  # its summary may name its kinds
    texts, labels = read_labelled(target, "text", "label")
    return list(zip(texts, labels, strict=True))


def stream(
    texts: list[str], embedder: Embedder, folder: Path
) -> tuple[list[FeedbackResult], list[str]]:
    """Each text's decision and the ask it was cut down to, from a fresh workspace."""
    context = build_context(Settings(data_dir=folder), embedder)
    try:
        results = stream_decisions(context.ingestor, context.factory, texts, lambda _n: None)
        with unit_of_work(context.factory) as session:
            stored = {
                row.id: row.ask
                for row in session.execute(select(FeedbackItem.id, FeedbackItem.ask))
            }
    finally:
        context.close()
    asks = [stored.get(r.id) or text.strip() for r, text in zip(results, texts, strict=True)]
    return results, asks


def merges(
    rows: list[tuple[str, str]], results: list[FeedbackResult], asks: list[str]
) -> list[dict[str, Any]]:
    """Every merge beside the item that founded the idea it joined."""
    founder: dict[int, int] = {}
    out = []
    for i, result in enumerate(results):
        if result.idea_id is None:
            continue
        first = founder.setdefault(result.idea_id, i)
        if result.decision.value in MERGES:
            out.append(
                {
                    "i": i,
                    "decision": result.decision.value,
                    "right": rows[first][1] == rows[i][1],
                    "label": rows[i][1],
                    "idea_label": rows[first][1],
                    "score": result.matches[0].score if result.matches else None,
                    "ask": asks[i],
                    "idea_ask": asks[first],
                    "text": rows[i][0],
                    "idea_text": rows[first][0],
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["hwu64"])
    parser.add_argument(
        "--wrappers", nargs="+", default=["channel"], help="N, channel, none (clean) or a path"
    )
    parser.add_argument("--cap", type=int, help="stream only the first N shuffled rows")
    parser.add_argument("--dump", type=Path, help="folder for each stream's merges (JSON)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    args = parser.parse_args()
    settings = get_settings()
    embedder = default_embedder(settings.embedding_runtime, settings.model_cache_dir)
    print(f"# wrapped streams, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine_line()}")
    print(f"{'set':<10} {'wrapper':<13} items  auto-merge precision / coverage  exact  every")
    figures = []
    for name in args.sets:
        rows = shuffled(name, args.cap)
        for wrapper in args.wrappers:
            with tempfile.TemporaryDirectory(prefix="wrapped-stream-") as tmp:
                folder = Path(tmp)
                stream_rows = wrapped(rows, wrapper, folder)
                start = time.perf_counter()
                results, asks = stream([t for t, _ in stream_rows], embedder, folder / "db")
                seconds = time.perf_counter() - start
            labels = [label for _, label in stream_rows]
            ideas = [-1 if r.idea_id is None else r.idea_id for r in results]
            scores = stream_scores(labels, ideas, [r.decision.value for r in results])
            exact = scores["exact_matches"]
            exact_right = round(scores["exact_precision"] * exact)
            label = Path(wrapper).stem if not wrapper.isdigit() else wrapper
            print(
                f"{name:<10} {label:<13} {len(labels):>5}  "
                f"{scores['auto_merge_precision']:.3f} / {scores['coverage']:.3f} "
                f"({scores['auto_merges']} merges)   {exact_right:>3} / {exact:<4}"
                f"   {scores['every_merge_precision']:.3f}   [{seconds:.0f} s]",
                flush=True,
            )
            figures.append({"set": name, "wrapper": label, "items": len(labels), **scores})
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                dumped = merges(stream_rows, results, asks)
                (args.dump / f"{name}_{label}.json").write_text(json.dumps(dumped, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine_line(), "streams": figures}, indent=1))


if __name__ == "__main__":
    main()
