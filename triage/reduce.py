"""A workspace's texts reduced to their asks: what the model embeds and the exact hash reads.

Two layers, in order: the hand rules and the workspace's learned envelope
(:func:`triage.envelope.extract_ask`), then the lines of a multi-line ask that read like
envelope by what they mean (:mod:`triage.ask_lines`). The second needs embeddings, so both
the learning and the reduction take an ``embed`` function.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from triage.ask_lines import Embed, first_by_hash, keep_ask_lines, learn_line_model
from triage.envelope import Envelope, extract_ask, learn_envelope

__all__ = ["LINE_SAMPLE", "learn_reduction", "reduce_texts"]

LINE_SAMPLE = 3_000  # distinct texts the line model learns from: a template recurs well within


def learn_reduction(texts: Sequence[str], embed: Embed, spelling: bool = True) -> Envelope:
    """The workspace's envelope (:func:`~triage.envelope.learn_envelope` over all ``texts``)
    with its line model, learned from how that envelope reduces a sample of them (chosen by
    hash, so the same texts give the same model)."""
    envelope = learn_envelope(texts, spelling=spelling)
    sample = first_by_hash(texts, LINE_SAMPLE)
    model = learn_line_model(sample, [extract_ask(text, envelope) for text in sample], embed)
    return dataclasses.replace(envelope, line_model=model)


def reduce_texts(texts: Sequence[str], envelope: Envelope | None, embed: Embed) -> list[str]:
    """Each text's ask: the envelope's rules and lines, then its envelope-like lines."""
    asks = [extract_ask(text, envelope) for text in texts]
    return keep_ask_lines(asks, envelope.line_model if envelope else None, embed)
