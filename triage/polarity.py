"""Requests that ask for opposite things: "turn the lights on" against "turn the lights off".

A sentence model places such pairs side by side, because everything but one word is shared,
and no cut-off on similarity can part them without parting true paraphrases too. On HWU64 most
wrong auto-merges were such pairs (on/off, up/down, add/remove). So an auto-merge whose nearest
item in the idea asks for the opposite direction goes to a PM instead (`triage.dedupe.decide`).

Only a clash on one axis counts: one text names one side and not the other, the other text
names the other side and not the first. A text with no polar word clashes with nothing.
"""

from __future__ import annotations

import re

__all__ = ["opposed", "polarity"]

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
            "down decrease lower less quieter reduce dim dimmer slower smaller shorter fewer",
        ),
        ("add create insert include", "remove delete erase exclude"),
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
