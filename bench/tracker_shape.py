"""How much each battery set reads like an issue tracker: the share of neighbour links whose
texts swap specifics (`triage.specifics.clash`), with names counted and without.

Clustering's step 6 and the duplicate decision treat a workspace as an issue tracker when more
than SPECIFIC_WORKSPACE of its sampled links clash with names left out (`reads_like_tracker`).
Two readings per copy, as the product takes them:
- **set**: every 10-neighbour link of about SAMPLE_ITEMS items spread over the whole set, the
  neighbours searched among all items (re-clustering, `triage.cluster`);
- **first**: every link of the first SHAPE_ITEMS items, the neighbours searched among those
  items only (the ingest path, `service.feedback.vectors.reads_like_tracker_now`).
Sets and noisy copies are the battery's (`bench/battery.py`); embeddings come from its cache.

Usage: python bench/tracker_shape.py [--sets hwu64 demo ...] [--no-noisy] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from battery import CAP, Dataset, embed, load_sets, machine_line, noisy  # noqa: E402

from service.feedback.vectors import SHAPE_ITEMS  # noqa: E402
from triage.cluster import VOTERS, centre  # noqa: E402
from triage.neighbours import nearest_others  # noqa: E402
from triage.specifics import (  # noqa: E402
    SAMPLE_ITEMS,
    SPECIFIC_WORKSPACE,
    clash,
    reads_like_tracker,
)


def clashing_share(texts: list[str], neighbours: np.ndarray, names: bool, step: int) -> float:
    """Share of the links of every `step`-th item whose texts clash in specifics."""
    links = [(i, int(j)) for i in range(0, len(texts), step) for j in neighbours[i] if j >= 0]
    if not links:
        return 0.0
    return sum(clash(texts[i], texts[j], names=names) for i, j in links) / len(links)


def shape(data: Dataset) -> dict[str, object]:
    """The four shares of one copy, and whether each reading calls it a tracker (asked of the
    product's own `reads_like_tracker`)."""
    raw = embed(data)
    _, neighbours = nearest_others(centre(raw), VOTERS)
    step = max(1, len(data.texts) // SAMPLE_ITEMS)
    first = data.texts[:SHAPE_ITEMS]
    _, first_neighbours = nearest_others(centre(raw[:SHAPE_ITEMS]), VOTERS)
    row: dict[str, object] = {"set": data.name, "items": len(data.texts)}
    for names in (True, False):
        suffix = "names" if names else "code"
        row[f"set_{suffix}"] = round(clashing_share(data.texts, neighbours, names, step), 3)
        row[f"first_{suffix}"] = round(clashing_share(first, first_neighbours, names, 1), 3)
    row["tracker"] = reads_like_tracker(data.texts, neighbours)
    row["tracker_on_ingest"] = reads_like_tracker(first, first_neighbours)
    return row


def _yes(flag: object) -> str:
    return "yes" if flag else "no"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--no-noisy", action="store_true", help="skip the wrapped copies")
    parser.add_argument("--json", type=Path, help="also write every row here")
    args = parser.parse_args()
    print(f"# {machine_line()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"# tracker when the share without names is over {SPECIFIC_WORKSPACE}")
    print("| copy | items | set: names / code | first 200: names / code | tracker (set, ingest) |")
    print("|---|---|---|---|---|")
    rows = []
    for data in load_sets(args.sets, CAP):
        for copy in (data,) if args.no_noisy else (data, noisy(data)):
            row = shape(copy)
            rows.append(row)
            tracker = f"{_yes(row['tracker'])}, {_yes(row['tracker_on_ingest'])}"
            print(
                f"| {row['set']} | {row['items']:,}"
                f" | {row['set_names']:.2f} / {row['set_code']:.2f}"
                f" | {row['first_names']:.2f} / {row['first_code']:.2f} | {tracker} |",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
