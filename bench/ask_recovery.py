"""How much of each channel's envelope triage.envelope strips, and how many typos it undoes:
HWU64 wrapped by channel_wrap.py (written without looking at the rules; 25% of asks get typos),
the envelope and vocabulary learned over the whole set, then per channel the share of texts
whose request comes back exactly as it was before wrapping and typos, and the mean character
overlap with it.

Usage: python bench/ask_recovery.py [--csv PATH] [--seed 1] [--no-spelling]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from channel_wrap import wrap_texts  # noqa: E402

from triage.envelope import extract_ask, learn_envelope  # noqa: E402

HWU64 = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "hwu64" / "hwu64.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=HWU64, help="a CSV with a text column")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--no-spelling",
        action="store_true",
        help="leave typos as they are (the product corrects them: triage.spelling)",
    )
    args = parser.parse_args()
    with args.csv.open(newline="", encoding="utf-8") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    wrapped = wrap_texts(texts, seed=args.seed)
    envelope = learn_envelope([w.text for w in wrapped], spelling=not args.no_spelling)
    extract_ask(wrapped[0].text, envelope)  # builds the spelling index once, outside the timing
    start = time.perf_counter()
    asks = [extract_ask(w.text, envelope) for w in wrapped]
    per_text_ms = (time.perf_counter() - start) * 1000 / len(wrapped)
    scores: dict[str, list[tuple[bool, float]]] = {}
    for w, original, got in zip(wrapped, texts, asks, strict=True):
        exact = got.strip().lower() == original.strip().lower()
        overlap = difflib.SequenceMatcher(None, got, original).ratio()
        scores.setdefault(w.channel, []).append((exact, overlap))
    print(f"{'channel':8} {'items':>6} {'exact':>6} {'overlap':>8}")
    for channel, rows in sorted(scores.items()):
        exact_share = sum(e for e, _ in rows) / len(rows)
        overlap_mean = sum(o for _, o in rows) / len(rows)
        print(f"{channel:8} {len(rows):6d} {exact_share:6.3f} {overlap_mean:8.3f}")
    print(f"extract_ask: {per_text_ms:.3f} ms a text over {len(wrapped)} texts")


if __name__ == "__main__":
    main()
