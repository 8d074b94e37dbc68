"""Idea names on a tiny backlog with real embeddings."""

from __future__ import annotations

import numpy as np

from triage.keywords import describe_clusters

TEXTS = [
    "Please add a dark mode to the dashboard",
    "Dark mode for the dashboard would help at night",
    "A dark theme please",
    "please add a dark mode to the dashboard",
    "Export invoices to CSV",
    "I need a CSV export of my invoices for accounting",
    "Invoices should export to CSV or Excel",
]
LABELS = np.array([0, 0, 0, 0, 1, 1, 1])


def test_keywords_titles_and_quotes(embedder) -> None:  # type: ignore[no-untyped-def]
    x = embedder.embed(TEXTS)
    described = describe_clusters(TEXTS, LABELS, x)
    assert set(described) == {0, 1}
    assert "dark" in described[0].keywords[:3]
    assert {"csv", "invoices"} <= set(described[1].keywords[:4])
    assert "csv" not in described[0].keywords  # words of another idea do not leak in
    assert described[0].title in TEXTS[:4] and described[1].title in TEXTS[4:]
    quotes = described[0].quote_indices
    assert len(quotes) == 3 and set(quotes) <= {0, 1, 2, 3}
    assert not {0, 3} <= set(quotes)  # the same sentence twice is not two quotes


def test_long_titles_are_cut_at_a_word() -> None:
    text = "word " * 40
    x = np.ones((1, 4), dtype=np.float32) / 2
    title = describe_clusters([text], np.array([0]), x)[0].title
    assert len(title) <= 81 and title.endswith("…") and not title.endswith(" …")
