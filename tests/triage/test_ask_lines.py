"""Lines of an ask that read like envelope by what they mean: learned per workspace, with the
real model (triage.ask_lines, triage.reduce)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from tests.support.bylines import BYLINE, byline_workspace
from triage.ask_lines import (
    MIN_EXAMPLES,
    LineModel,
    keep_ask_lines,
    learn_line_model,
    line_examples,
    recurring_lines,
)
from triage.embedder import Embedder
from triage.envelope import Envelope, extract_ask
from triage.envelope_lines import normalise_line
from triage.reduce import learn_reduction, reduce_texts


@pytest.mark.slow
def test_a_line_like_the_removed_envelope_goes_and_the_ask_stays(embedder: Embedder) -> None:
    texts, asks = byline_workspace()
    envelope = learn_reduction(texts, embedder.embed)
    assert envelope.line_model is not None
    by_rules = [extract_ask(text, envelope) for text in texts]
    kept = [n for n, (ask, got) in enumerate(zip(asks, by_rules, strict=True)) if ask != got]
    assert len(kept) >= 10 and all(by_rules[n].endswith(BYLINE) for n in kept)
    assert reduce_texts(texts, envelope, embedder.embed) == asks


@pytest.mark.slow
def test_two_requests_on_two_lines_both_stay(embedder: Embedder) -> None:
    texts, _ = byline_workspace()
    envelope = learn_reduction(texts, embedder.embed)
    two = "Please add dark mode to the reports page.\nThe export button is hidden on my phone."
    assert reduce_texts([two], envelope, embedder.embed) == [two]


@pytest.mark.slow
def test_when_every_line_reads_as_envelope_the_most_ask_like_stays(embedder: Embedder) -> None:
    texts, _ = byline_workspace()
    model = learn_reduction(texts, embedder.embed).line_model
    assert model is not None
    lines = ["Best regards,", "Dmitri Weber · Top fan"]
    scores = model.envelope_scores(embedder.embed(lines))
    assert (scores > 0).all()
    kept = lines[int(np.argmin(scores))]
    assert keep_ask_lines(["\n".join(lines)], model, embedder.embed) == [kept]


@pytest.mark.slow
def test_a_recurring_line_never_stays_alone(embedder: Embedder) -> None:
    texts, _ = byline_workspace()
    learned = learn_reduction(texts, embedder.embed).line_model
    assert learned is not None
    ask = "Please add dark mode to the reports page."
    byline = "Dmitri Weber · Top fan"
    assert keep_ask_lines([f"{ask}\n{byline}"], learned, embedder.embed) == [ask]
    # The same ask in many texts' multi-line asks: many texts reduced to it alone would be
    # exact re-posts of each other, so the most ask-like line that does not recur stays.
    model = dataclasses.replace(learned, recurring=frozenset({normalise_line(ask)}))
    assert keep_ask_lines([f"{ask}\n{byline}"], model, embedder.embed) == [byline]
    everywhere = dataclasses.replace(model, recurring=model.recurring | {normalise_line(byline)})
    assert keep_ask_lines([f"{ask}\n{byline}"], everywhere, embedder.embed) == [f"{ask}\n{byline}"]


def test_recurring_lines_are_those_of_several_multi_line_asks() -> None:
    things = ["invoices", "contacts", "tags"]
    asks = [f"Ticket {n} · Status: Open\nPlease export {thing}" for n, thing in enumerate(things)]
    asks += ["Please export tags", "Please export tags", "Please export tags\nThanks"]
    # numbers fold; an ask in two multi-line asks (and two one-line ones) does not recur
    assert recurring_lines(asks) == {"ticket 0 · status: open"}


@pytest.mark.slow
def test_no_envelope_no_model_and_nothing_changes(embedder: Embedder) -> None:
    _, asks = byline_workspace()
    envelope = learn_reduction(asks, embedder.embed)
    assert envelope.line_model is None
    two_lines = ["Please add dark mode.\nAna Ruiz · Top fan"]
    assert reduce_texts(two_lines, envelope, embedder.embed) == two_lines


def test_examples_are_removed_lines_and_one_line_asks() -> None:
    texts = ["Hello there,\nPlease add dark mode\nCheers, Ana", "Plese add bulk edit", "a\nb c"]
    asks = ["Please add dark mode", "Please add bulk edit", "a\nb c"]
    removed, single = line_examples(texts, asks)
    assert sorted(removed) == ["Cheers, Ana", "Hello there,"]  # the typo fix is no removal
    assert sorted(single) == ["Please add bulk edit", "Please add dark mode"]


def test_examples_are_capped_by_a_hash_order_not_by_input_order() -> None:
    texts = [f"Ticket {n} opened\nPlease add report {n}" for n in range(100)]
    asks = [f"Please add report {n}" for n in range(100)]
    removed, single = line_examples(texts, asks, limit=10)
    again, _ = line_examples(texts[::-1], asks[::-1], limit=10)
    assert len(removed) == len(single) == 10 and removed == again
    assert removed != [f"Ticket {n} opened" for n in range(10)]


def test_too_few_examples_learn_nothing() -> None:
    texts = [f"Hi,\nPlease add report {n}" for n in range(MIN_EXAMPLES)]
    asks = [f"Please add report {n}" for n in range(MIN_EXAMPLES)]

    def never(lines: list[str]) -> np.ndarray:
        raise AssertionError("nothing to embed")

    assert learn_line_model(texts, asks, never) is None  # one distinct removed line


def test_the_model_is_stored_with_the_envelope() -> None:
    model = LineModel((0.5, -0.25, 0.0), frozenset({"no rush at all."}))
    data = Envelope(line_model=model).to_dict()
    assert data["line_model"] == {"direction": [0.5, -0.25, 0.0], "recurring": ["no rush at all."]}
    assert Envelope.from_dict(data).line_model == model
    assert "line_model" not in Envelope().to_dict()
    assert Envelope.from_dict(Envelope().to_dict()).line_model is None
    for bad in (["x"], {"direction": ["x"]}, {"direction": [0.5], "recurring": [1]}):
        with pytest.raises(ValueError, match="line"):
            Envelope.from_dict({"line_model": bad})
