"""Which lead-ins around a name (`triage.envelope_openings`) each copy's workspace learns.

For every battery set, clean and noisy (`bench/channel_wrap.py`, as `bench/battery.py` wraps
it), and for the set under each wrapper of `bench/wrapped_streams.py` (`--wrappers`): the
envelope learned over all its texts, then, from the sample of asks `triage.reduce` reads, the
openings that pass by their words (candidates), those that pass by meaning too (learned), and
how many of the sample's asks open with a learned one. A set that learns none reduces exactly
as before lead-ins were learned, so its figures elsewhere do not move.

Usage: python bench/lead_ins.py [--sets banking77 hwu64 demo] [--wrappers 1 2 ... channel]
       [--wrapped-set hwu64] [--json]   (`--sets` with no name: the wrapped set only)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from battery import SEED, load_sets, machine_line  # noqa: E402
from channel_wrap import wrap_texts  # noqa: E402
from wrapped_streams import shuffled, wrapped  # noqa: E402

from triage.ask_lines import Embed, first_by_hash  # noqa: E402
from triage.embedder import default_embedder  # noqa: E402
from triage.envelope import extract_ask, learn_envelope  # noqa: E402
from triage.envelope_openings import (  # noqa: E402
    candidate_openings,
    confirmed_openings,
    strip_opening,
)
from triage.reduce import LINE_SAMPLE  # noqa: E402


def learned(texts: list[str], embed: Embed) -> dict[str, object]:
    """Candidates, learned openings and the sample's asks they cut, as `learn_reduction` learns
    them."""
    envelope = learn_envelope(texts)
    sample = first_by_hash(texts, LINE_SAMPLE)
    asks = [extract_ask(text, envelope) for text in sample]
    candidates = candidate_openings(asks)
    openings = confirmed_openings(asks, candidates, embed)
    cut = sum(strip_opening(ask.strip(), openings) != ask.strip() for ask in asks if ask.strip())
    return {"candidates": sorted(candidates), "learned": sorted(openings), "asks_cut": cut}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=["banking77", "hwu64", "demo"])
    parser.add_argument("--wrappers", nargs="*", default=[], help="numbers, or channel")
    parser.add_argument("--wrapped-set", default="hwu64", choices=["banking77", "hwu64"])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    embed = default_embedder("onnx").embed
    rows: dict[str, dict[str, object]] = {}
    for data in load_sets(args.sets, 10**9) if args.sets else []:  # `--sets` alone: none
        rows[data.name] = learned(data.texts, embed)
        noisy = [w.text for w in wrap_texts(data.texts, share=0.7, typo_share=0.25, seed=SEED)]
        rows[data.name + "+noisy"] = learned(noisy, embed)
    if args.wrappers:
        base = shuffled(args.wrapped_set, None)
        with tempfile.TemporaryDirectory(prefix="lead-ins-") as folder:
            for wrapper in args.wrappers:
                texts = [text for text, _ in wrapped(base, wrapper, Path(folder))]
                rows[f"{args.wrapped_set} under {wrapper}"] = learned(texts, embed)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if args.json:
        print(json.dumps({"machine": machine_line(), "date": when, "copies": rows}))
        return
    print(f"# {machine_line()}; {when}")
    for name, row in rows.items():
        print(f"{name:24} cut {row['asks_cut']:4}  learned {row['learned']}")
        if row["candidates"] != row["learned"]:
            print(f"{'':24} candidates {row['candidates']}")


if __name__ == "__main__":
    main()
