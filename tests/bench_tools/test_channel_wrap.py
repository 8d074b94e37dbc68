"""bench/channel_wrap.py: deterministic, exact shares, asks kept whole, rows otherwise unchanged."""

from __future__ import annotations

import csv
import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "channel_wrap.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("channel_wrap", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


cw = _load()
TEXTS = [f"please let us export report number {n} as a spreadsheet" for n in range(200)]


def test_same_seed_same_output_and_another_seed_differs() -> None:
    first = cw.wrap_texts(TEXTS, seed=3)
    assert first == cw.wrap_texts(TEXTS, seed=3)
    assert first != cw.wrap_texts(TEXTS, seed=4)


def test_shares_are_exact_and_every_channel_occurs() -> None:
    out = cw.wrap_texts(TEXTS, share=0.7, typo_share=0.25, seed=0)
    channels = [w.channel for w in out]
    assert sum(c != "plain" for c in channels) == 140
    assert set(channels) == {*cw.CHANNELS, "plain"}
    assert sum(w.ask != t for w, t in zip(out, TEXTS, strict=True)) == 50
    untouched = cw.wrap_texts(TEXTS, share=0, typo_share=0, seed=0)
    assert [w.text for w in untouched] == TEXTS
    with pytest.raises(ValueError):
        cw.wrap_texts(TEXTS, share=1.5)


def test_ask_survives_verbatim_unless_given_typos() -> None:
    for wrapped, text in zip(cw.wrap_texts(TEXTS, seed=1), TEXTS, strict=True):
        assert wrapped.ask in wrapped.text
        if wrapped.ask == text:
            assert text in wrapped.text
        else:  # one or two words of 4+ letters changed, the rest as it was
            changed = [
                (a, b) for a, b in zip(text.split(), wrapped.ask.split(), strict=True) if a != b
            ]
            assert 1 <= len(changed) <= 2 and all(len(a) >= 4 for a, _ in changed)
        if wrapped.channel == "plain":
            assert wrapped.text == wrapped.ask


def test_typos_leave_short_words_alone() -> None:
    rng = random.Random(0)
    assert cw.add_typos("go to it", rng, 2) == "go to it"
    typoed = cw.add_typos("add dark mode", rng, 1)
    assert typoed != "add dark mode" and typoed.startswith("add ")


def test_file_keeps_rows_labels_and_other_columns(tmp_path: Path) -> None:
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    rows = [
        {"id": str(n), "body": text, "intent": f"intent_{n % 7}", "lang": "en"}
        for n, text in enumerate(TEXTS)
    ]
    with source.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "body", "intent", "lang"])
        writer.writeheader()
        writer.writerows(rows)
    cw.main([str(source), str(target), "--text-col", "body", "--label-col", "intent"])
    with target.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["id", "body", "intent", "lang", "channel"]
        out = list(reader)
    assert [{k: r[k] for k in ("id", "intent", "lang")} for r in out] == [
        {k: r[k] for k in ("id", "intent", "lang")} for r in rows
    ]
    expected = cw.wrap_texts(TEXTS, seed=0)  # multi-line texts survive the CSV round trip
    assert [r["body"] for r in out] == [w.text for w in expected]
    assert [r["channel"] for r in out] == [w.channel for w in expected]
    with pytest.raises(SystemExit):
        cw.main([str(source), str(target), "--label-col", "nope"])
