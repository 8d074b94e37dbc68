"""Which lines of a reduced ask are the request, judged by what they mean.

The hand rules and the learned envelope (:mod:`triage.envelope`) take off what they know. A
channel they have never seen leaves its own lines beside the ask: "Rafael Carvalho · Top fan",
"Created by @Femke van Dijk · Last edited 8 minutes ago", a journal's "Sota Tanaka (Work notes)".
Their words are new, but what they say is like the envelope the workspace's reduction did take
off, and unlike its requests. So each workspace learns one direction in embedding space: from
the mean of its one-line asks to the mean of the lines its reduction removed
(:func:`learn_line_model`). A line of a multi-line ask that is more like the envelope's mean
than the asks' mean is dropped (:func:`keep_ask_lines`); if every line is, the most ask-like
stays. A one-line ask is never touched.

One guard keeps different texts from becoming the same ask, an exact re-post of each other: a
line that recurs in several texts' multi-line asks ("## Decisions", "No rush at all.") never
stays alone. The most ask-like line that does not recur stays instead; with none, the ask stays
as the rules left it.

A second guard does the same for whole asks: where many texts the reduction cut down come out
as one and the same line, and that line reads like envelope ("this came from our front desk.",
an agent's "Great to hear the rollout is going well!"), the rules took a note for the ask and
dropped the request (:func:`shared_asks`). Each of those texts is reduced again without that
line (:func:`triage.reduce.reduce_texts`). A request many people post, and read as a request, is
no such line.

A workspace whose texts carry (almost) no envelope learns no direction: there is nothing to
learn it from, and nothing to drop.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from triage.envelope_lines import normalise_line

__all__ = [
    "LineModel",
    "first_by_hash",
    "keep_ask_lines",
    "learn_line_model",
    "line_examples",
    "recurring_lines",
    "shared_asks",
]

EXAMPLES = 1_000  # lines per side the means are taken over
MIN_EXAMPLES = 50  # fewer removed lines (or one-line asks) than this: learn nothing
RECURS_IN = 3  # multi-line asks a line must be in to be no ask on its own
MAX_RECURRING = 2_000
SHARED_IN = 5  # texts cut down to one line, none posted as that line, for it to be suspect
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_LINE = 300  # longer "lines" are a paragraph or markup, no fair example of either side

Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class LineModel:
    """The direction from a workspace's asks to its envelope (a unit vector whose dot product
    with it is positive has a larger one with the envelope's mean than with the asks' mean),
    and the lines, in :func:`~triage.envelope_lines.normalise_line` form, that recur in its
    multi-line asks, and the one-line asks that read like envelope and that many texts share
    (:func:`shared_asks`). ``common`` holds every such shared ask, whatever it reads like: a
    colleague's note ("Looping in support on this.") can read like a request, so the same ask
    cut out of many texts and never posted as is proves no exact re-post."""

    direction: tuple[float, ...]
    recurring: frozenset[str] = frozenset()
    shared: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()

    def envelope_scores(self, vectors: np.ndarray) -> np.ndarray:
        """How far each (unit) vector lies on the envelope's side; positive: envelope."""
        return np.asarray(vectors, dtype=np.float32) @ np.asarray(self.direction, np.float32)

    def to_dict(self) -> dict[str, list[Any]]:
        """A JSON-ready dict, stored with the workspace's envelope."""
        return {
            "direction": [round(value, 6) for value in self.direction],
            "recurring": sorted(self.recurring),
            "shared": sorted(self.shared),
            "common": sorted(self.common),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LineModel:
        """Rebuild a model stored with :meth:`to_dict`.

        Raises:
            ValueError: If the direction is not a list of numbers or a recurring line no
                string.
        """
        direction = data.get("direction")
        if not isinstance(direction, list) or not all(
            isinstance(v, int | float) for v in direction
        ):
            raise ValueError("line model 'direction' must be a list of numbers")
        lines: dict[str, frozenset[str]] = {}
        for key in ("recurring", "shared", "common"):  # a model stored before lacks the later
            value = data.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"line model {key!r} must be a list of strings")
            lines[key] = frozenset(value)
        return cls(tuple(float(v) for v in direction), **lines)


def ask_lines(ask: str) -> list[str]:
    """The non-blank lines of an ask, trimmed."""
    return [line.strip() for line in ask.splitlines() if line.strip()]


def line_examples(
    texts: Sequence[str], asks: Sequence[str], limit: int = EXAMPLES
) -> tuple[list[str], list[str]]:
    """Lines the reduction removed and one-line asks, at most ``limit`` distinct of each.

    A line of a text counts as removed when fewer than half of its words are in the text's
    ask (typo correction changes a word or two of a kept line, not half of them). Which lines
    are kept when there are more than ``limit`` depends only on the lines themselves (a hash
    order), so the same texts give the same model.

    Args:
        texts: The items' texts as written.
        asks: Their asks, in the same order.
        limit: How many distinct lines to keep on each side.

    Returns:
        (removed lines, one-line asks).
    """
    removed: set[str] = set()
    single: set[str] = set()
    for text, ask in zip(texts, asks, strict=True):
        kept = ask_lines(ask)
        if len(kept) == 1 and len(kept[0]) <= _MAX_LINE:
            single.add(kept[0])
        if text.strip() == ask.strip():
            continue
        ask_words = set(_WORD.findall(ask.casefold()))
        for line in ask_lines(text):
            words = _WORD.findall(line.casefold())
            if not _LETTER.search(line) or len(line) > _MAX_LINE or not words:
                continue
            if sum(word in ask_words for word in words) * 2 < len(words):
                removed.add(line)
    return first_by_hash(removed, limit), first_by_hash(single, limit)


def first_by_hash(texts: Iterable[str], limit: int) -> list[str]:
    """The first ``limit`` distinct texts in an order set by the texts alone (a hash), not by
    the order they came in: the same texts give the same sample."""
    return sorted(set(texts), key=lambda text: hashlib.sha1(text.encode()).digest())[:limit]


def learn_line_model(
    texts: Sequence[str],
    asks: Sequence[str],
    embed: Embed,
    min_examples: int = MIN_EXAMPLES,
) -> LineModel | None:
    """The workspace's direction from asks to envelope, or None with too few examples.

    Args:
        texts: The items' texts as written.
        asks: Their asks (:func:`triage.envelope.extract_ask`), in the same order.
        embed: Unit-length sentence embeddings of a list of lines.
        min_examples: Removed lines and one-line asks each needed to learn anything.
    """
    removed, single = line_examples(texts, asks)
    if len(removed) < min_examples or len(single) < min_examples:
        return None
    vectors = embed(removed + single)
    direction = vectors[: len(removed)].mean(axis=0) - vectors[len(removed) :].mean(axis=0)
    model = LineModel(tuple(float(v) for v in direction), recurring_lines(asks))
    candidates = shared_asks(texts, asks)
    if not candidates:
        return model
    scores = model.envelope_scores(embed(list(candidates.values())))
    shared = frozenset(n for n, score in zip(candidates, scores, strict=True) if score > 0.0)
    return dataclasses.replace(model, shared=shared, common=frozenset(candidates))


def shared_asks(texts: Sequence[str], asks: Sequence[str]) -> dict[str, str]:
    """One-line asks (normalised -> as written) that at least SHARED_IN distinct texts were cut
    down to and that no one-line text holds: the candidates for a note taken for the ask. A
    request posted on its own even once ("Crash every time I tap notifications. We have 40
    people waiting on it.") is a request."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    plain: list[str] = []
    for text, ask in dict(zip(texts, asks, strict=True)).items():
        if "\n" not in text.strip():
            plain.append(normalise_line(text))
        lines = ask_lines(ask)
        if len(lines) == 1 and text.strip() != ask.strip():
            key = normalise_line(lines[0])
            counts[key] += 1
            written.setdefault(key, lines[0])
    return {
        key: written[key]
        for key, n in counts.items()
        if n >= SHARED_IN and not any(key in posted for posted in plain)
    }


def recurring_lines(asks: Sequence[str]) -> frozenset[str]:
    """Lines (normalised) in at least RECURS_IN distinct multi-line asks: the most frequent
    MAX_RECURRING of them."""
    counts: Counter[str] = Counter()
    for ask in set(asks):
        if len(lines := ask_lines(ask)) > 1:
            counts.update({normalise_line(line) for line in lines})
    common = counts.most_common(MAX_RECURRING)
    return frozenset(line for line, count in common if count >= RECURS_IN)


def keep_ask_lines(asks: Sequence[str], model: LineModel | None, embed: Embed) -> list[str]:
    """Each ask without its envelope-like lines (all lines of all multi-line asks are embedded
    in one batch). Where only recurring lines (or none) are ask-like, the most ask-like other
    line stays; asks with one line, nothing to drop or only recurring lines come back as they
    were."""
    out = list(asks)
    multi = [(n, lines) for n, ask in enumerate(asks) if len(lines := ask_lines(ask)) > 1]
    if model is None or not multi:
        return out
    distinct = sorted({line for _, lines in multi for line in lines})
    scores = dict(zip(distinct, model.envelope_scores(embed(distinct)).tolist(), strict=True))
    for n, lines in multi:
        kept = [line for line in lines if scores[line] <= 0.0]
        if all(normalise_line(line) in model.recurring for line in kept):  # none, too
            fresh = [line for line in lines if normalise_line(line) not in model.recurring]
            kept = [min(fresh, key=scores.__getitem__)] if fresh else []
        if kept and len(kept) < len(lines):
            out[n] = "\n".join(kept)
    return out
