"""A workspace's texts reduced to their asks: what the model embeds and the exact hash reads.

Two layers, in order: the hand rules and the workspace's learned envelope
(:func:`triage.envelope.extract_ask`; its lead-ins are learned here, with embeddings), then
the lines of a multi-line ask that read like envelope by what they mean
(:mod:`triage.ask_lines`). Between them, a text cut down to a note that many texts share (the
line model's shared asks) is read again without it. The second layer needs embeddings, so both
the learning and the reduction take an ``embed`` function.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import NamedTuple

from triage.ask_lines import (
    Embed,
    LineModel,
    ask_lines,
    first_by_hash,
    keep_ask_lines,
    learn_line_model,
)
from triage.envelope import Envelope, extract_ask, learn_envelope
from triage.envelope_lines import lowercase_words, normalise_line
from triage.envelope_openings import candidate_openings, confirmed_openings

__all__ = ["LINE_SAMPLE", "Reduced", "learn_reduction", "reduce_each", "reduce_texts"]

SENTENCE_WORDS = 3
LINE_SAMPLE = 3_000  # distinct texts the line model learns from: a template recurs well within


def learn_reduction(texts: Sequence[str], embed: Embed, spelling: bool = True) -> Envelope:
    """The workspace's envelope (:func:`~triage.envelope.learn_envelope` over all ``texts``)
    with its lead-ins (:mod:`triage.envelope_openings`) and its line model, both learned from
    how that envelope reduces a sample of them (chosen by hash, so the same texts give the
    same model)."""
    envelope = learn_envelope(texts, spelling=spelling)
    sample = first_by_hash(texts, LINE_SAMPLE)
    asks = [extract_ask(text, envelope) for text in sample]
    openings = confirmed_openings(asks, candidate_openings(asks), embed)
    # The line model learns from asks with their lead-ins: cut, one relayed request would read
    # as a note many texts were cut down to (a shared ask) wherever no one posted it alone.
    model = learn_line_model(sample, asks, embed)
    return dataclasses.replace(envelope, openings=openings, line_model=model)


class Reduced(NamedTuple):
    """A text's ask, and whether it was chosen by meaning among sentences: the rules left
    several and the line model dropped one. Such an ask may be a request quoted from the
    text's history, so the same ask in two texts is weaker proof of one request."""

    ask: str
    chosen: bool


def reduce_texts(texts: Sequence[str], envelope: Envelope | None, embed: Embed) -> list[str]:
    """Each text's ask: the envelope's rules and lines, then its envelope-like lines."""
    return [reduced.ask for reduced in reduce_each(texts, envelope, embed)]


def reduce_each(texts: Sequence[str], envelope: Envelope | None, embed: Embed) -> list[Reduced]:
    """:func:`reduce_texts`, saying of each ask whether a sentence was dropped by meaning."""
    asks = [extract_ask(text, envelope) for text in texts]
    if envelope is not None and envelope.line_model is not None and envelope.line_model.shared:
        asks = _past_shared_asks(texts, asks, envelope, envelope.line_model, embed)
    kept = keep_ask_lines(asks, envelope.line_model if envelope else None, embed)
    pairs = zip(kept, asks, strict=True)
    return [Reduced(ask, _dropped_a_sentence(before, ask)) for ask, before in pairs]


def _dropped_a_sentence(before: str, after: str) -> bool:
    """Whether the lines dropped by meaning include a sentence (SENTENCE_WORDS lowercase words
    or more): a byline or a header line is envelope for sure, a sentence may be a request."""
    kept = set(ask_lines(after))
    dropped = [line for line in ask_lines(before) if line not in kept]
    return any(lowercase_words(line) >= SENTENCE_WORDS for line in dropped)


def _past_shared_asks(
    texts: Sequence[str], asks: list[str], envelope: Envelope, model: LineModel, embed: Embed
) -> list[str]:
    """``asks`` where each that is one of the model's shared asks (a note many texts were cut
    down to) is read again from its text without the lines holding it, and replaced when that
    reads more like a request than the shared ask does."""
    out = list(asks)
    again: dict[int, str] = {}
    for n, (text, ask) in enumerate(zip(texts, asks, strict=True)):
        if (shared := normalise_line(ask)) in model.shared:
            rest = [line for line in text.splitlines() if shared not in normalise_line(line)]
            other = extract_ask("\n".join(rest), envelope) if any(s.strip() for s in rest) else ""
            if other.strip() and normalise_line(other) not in model.shared:
                again[n] = other
    if again:
        pairs = [text for n, other in again.items() for text in (asks[n], other)]
        scores = model.envelope_scores(embed(pairs)).reshape(-1, 2)
        for (n, other), (before, after) in zip(again.items(), scores, strict=True):
            if after < before:
                out[n] = other
    return out
