"""How much of each channel's envelope triage.envelope strips, and how many typos it undoes:
HWU64 wrapped by channel_wrap.py (written without looking at the rules; 25% of asks get typos),
the envelope and vocabulary learned over the whole set, then per channel the share of texts
whose request comes back exactly as it was before wrapping and typos, and the mean character
overlap with it. The asks are the whole reduction's (triage.reduce); --rules-only stops before
lines are dropped by meaning (triage.ask_lines). Without it, the script also times that step:
judging the lines and embedding the asks that stay, against embedding the rules' asks alone
(medians of --repeat runs in this process).

With --wrapped, the texts are a blind wrapper's output instead (``bench/blind_wrap_N.py
SRC.csv OUT.csv``: the rows of SRC in order, with a ``channel`` column), and --csv is its SRC.

Usage: python bench/ask_recovery.py [--csv PATH] [--wrapped OUT.csv] [--seed 1] [--no-spelling]
       [--rules-only] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from channel_wrap import wrap_texts  # noqa: E402

from triage.ask_lines import keep_ask_lines  # noqa: E402
from triage.embedder import Remembering, default_embedder  # noqa: E402
from triage.envelope import extract_ask  # noqa: E402
from triage.reduce import learn_reduction  # noqa: E402

HWU64 = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "hwu64" / "hwu64.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=HWU64, help="a CSV with a text column")
    parser.add_argument(
        "--wrapped", type=Path, help="a blind wrapper's output for --csv (text, channel columns)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--no-spelling",
        action="store_true",
        help="leave typos as they are (the product corrects them: triage.spelling)",
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="stop after the rules and learned lines (no lines dropped by meaning)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of the line step")
    args = parser.parse_args()
    with args.csv.open(newline="", encoding="utf-8") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    if args.wrapped is None:
        wrapped = [(w.text, w.channel) for w in wrap_texts(texts, seed=args.seed)]
    else:
        with args.wrapped.open(newline="", encoding="utf-8") as fh:
            wrapped = [(row["text"], row["channel"]) for row in csv.DictReader(fh)]
        if len(wrapped) != len(texts):
            parser.error(f"{args.wrapped} has {len(wrapped)} rows, {args.csv} {len(texts)}")
    embedder = default_embedder()
    envelope = learn_reduction(
        [text for text, _ in wrapped], embedder.embed, spelling=not args.no_spelling
    )
    extract_ask(wrapped[0][0], envelope)  # builds the spelling index once, outside the timing
    start = time.perf_counter()
    asks = [extract_ask(text, envelope) for text, _ in wrapped]
    per_text_ms = (time.perf_counter() - start) * 1000 / len(wrapped)
    if not args.rules_only:
        alone, judged = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            embedder.embed(asks)
            alone.append(time.perf_counter() - start)
            start = time.perf_counter()
            embed = Remembering(embedder)  # as ingest does: a line that stays is embedded once
            kept = keep_ask_lines(asks, envelope.line_model, embed)
            embed(kept)
            judged.append(time.perf_counter() - start)
        asks = kept
    scores: dict[str, list[tuple[bool, float]]] = {}
    for (_, channel), original, got in zip(wrapped, texts, asks, strict=True):
        exact = got.strip().lower() == original.strip().lower()
        overlap = difflib.SequenceMatcher(None, got, original).ratio()
        scores.setdefault(channel, []).append((exact, overlap))
    print(f"{'channel':8} {'items':>6} {'exact':>6} {'overlap':>8}")
    for channel, rows in sorted(scores.items()):
        exact_share = sum(e for e, _ in rows) / len(rows)
        overlap_mean = sum(o for _, o in rows) / len(rows)
        print(f"{channel:8} {len(rows):6d} {exact_share:6.3f} {overlap_mean:8.3f}")
    every = [score for rows in scores.values() for score in rows]
    exact_all = sum(e for e, _ in every) / len(every)
    overlap_all = sum(o for _, o in every) / len(every)
    print(f"{'all':8} {len(every):6d} {exact_all:6.3f} {overlap_all:8.3f}")
    print(f"extract_ask: {per_text_ms:.3f} ms a text over {len(wrapped)} texts")
    if not args.rules_only:
        before, after = statistics.median(alone), statistics.median(judged)
        print(
            f"embedding the rules' asks: {before:.1f} s; judging their lines and embedding the "
            f"asks that stay: {after:.1f} s ({after / before:.2f}x)"
        )


if __name__ == "__main__":
    main()
