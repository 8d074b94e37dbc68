"""Requests that ask for opposite things: "turn the lights on" against "turn the lights off".

A sentence model places such pairs side by side, because everything but one word is shared,
and no cut-off on similarity can part them without parting true paraphrases too. On HWU64 most
wrong auto-merges were such pairs (on/off, up/down, add/remove); in product feedback, data in
against data out (import/export, upload/download) is another: the demo backlog's CSV export
and spreadsheet import requests shared an idea. So an auto-merge whose nearest item in the idea
asks for the opposite direction goes to a PM instead (`triage.dedupe.decide`), and near
neighbours that ask for opposite directions never share an idea (:func:`opposed_links`,
cannot-links in `triage.cluster`).

Only a clash on one axis counts: one text names one side and not the other, the other text
names the other side and not the first. A text with no polar word clashes with nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from triage.neighbours import neighbour_pairs

__all__ = ["opposed", "opposed_links", "polarity"]

# Each axis: words for one direction, words for the other.
AXES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(one.split()), frozenset(other.split()))
    for one, other in (
        (
            "on enable enabled activate start open show unmute allow unlock unhide",
            "off disable disabled deactivate stop close hide mute block lock",
        ),
        (
            "up increase raise more louder higher brighter brighten faster bigger longer",
            "down decrease lower less fewer quieter reduce dim dimmer darker darken"
            " slower smaller shorter",
        ),
        ("add create insert include", "remove delete erase exclude"),
        (  # data in or data out: "import contacts from a CSV" is not "export reports to CSV"
            "import imports importing imported importer upload uploads uploading uploaded",
            "export exports exporting exported exporter download downloads downloading downloaded",
        ),
    )
)
_WORD = re.compile(r"[^\W\d_]+")


def polarity(text: str) -> tuple[int, ...]:
    """Per axis: +1 (first side named only), -1 (second side only) or 0 (neither or both)."""
    words = set(_WORD.findall(text.casefold()))
    signs = []
    for first, second in AXES:
        one, other = bool(words & first), bool(words & second)
        signs.append(1 if one and not other else -1 if other and not one else 0)
    return tuple(signs)


def opposed(a: str, b: str) -> bool:
    """Whether the two texts ask for opposite directions on some axis."""
    return any(x * y < 0 for x, y in zip(polarity(a), polarity(b), strict=True))


def opposed_links(texts: Sequence[str], neighbours: np.ndarray) -> list[tuple[int, int]]:
    """Neighbour pairs (i < j) whose texts ask for opposite directions.

    Args:
        texts: the asks the items' vectors embed.
        neighbours: [n, k] each item's nearest other items (-1 for none).
    """
    signs = np.array([polarity(text) for text in texts], dtype=np.int8).reshape(len(texts), -1)
    low, high = neighbour_pairs(neighbours)
    clash = (signs[low] * signs[high] < 0).any(axis=1)
    return list(zip(low[clash].tolist(), high[clash].tolist(), strict=True))
