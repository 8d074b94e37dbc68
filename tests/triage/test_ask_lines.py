"""Lines of an ask that read like envelope by what they mean: learned per workspace, with the
real model (triage.ask_lines, triage.reduce)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from tests.support.bylines import BYLINE, FIRST, LAST, byline_workspace
from triage.ask_lines import (
    MIN_EXAMPLES,
    LineModel,
    keep_ask_lines,
    learn_line_model,
    line_examples,
    recurring_lines,
    shared_asks,
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
    model = LineModel(
        (0.5, -0.25, 0.0),
        frozenset({"no rush at all."}),
        frozenset({"fyi."}),
        frozenset({"fyi.", "looping in support."}),
    )
    data = Envelope(line_model=model).to_dict()
    assert data["line_model"] == {
        "direction": [0.5, -0.25, 0.0],
        "recurring": ["no rush at all."],
        "shared": ["fyi."],
        "common": ["fyi.", "looping in support."],
    }
    assert Envelope.from_dict(data).line_model == model
    del data["line_model"]["shared"], data["line_model"]["common"]  # stored before they were
    assert Envelope.from_dict(data).line_model == dataclasses.replace(
        model, shared=frozenset(), common=frozenset()
    )
    assert "line_model" not in Envelope().to_dict()
    assert Envelope.from_dict(Envelope().to_dict()).line_model is None
    bad_shared = {"direction": [0.5], "shared": [1]}
    for bad in (["x"], {"direction": ["x"]}, {"direction": [0.5], "recurring": [1]}, bad_shared):
        with pytest.raises(ValueError, match="line"):
            Envelope.from_dict({"line_model": bad})


def _passed_on(asks: list[str]) -> list[str]:
    """Mails a colleague passed on with the same note above, which no rule reads as one."""
    return [
        f"FYI – this came from our front desk.\n\nSam\n\n________________________________\n"
        f"From: {FIRST[n]} {LAST[n]} <{FIRST[n].lower()}@customer{n}.io>\n"
        "Sent: Monday, May 26, 2025 9:13 AM\nTo: Sam Patel <sam@acme.io>\nSubject: Idea\n\n"
        f"{ask}\n\n{FIRST[n]}"
        for n, ask in enumerate(asks)
    ]


OTHER_ASKS = [
    "Please let us pin comments on tasks.",
    "Please add a Gantt chart for projects.",
    "Please support SAML login through Okta.",
    "Please add keyboard shortcuts to the editor.",
    "Please let us archive old projects.",
    "Please add a dark theme for the mobile app.",
]


@pytest.mark.slow
def test_a_note_many_texts_were_cut_down_to_gives_way_to_their_requests(
    embedder: Embedder,
) -> None:
    """Six different requests passed on under one note: the rules keep the note for each, so
    they would be one exact re-post. The note is learned as a shared ask and each text is read
    again without it."""
    texts, _ = byline_workspace()
    passed_on = _passed_on(OTHER_ASKS)
    envelope = learn_reduction(texts + passed_on, embedder.embed)
    assert {extract_ask(text, envelope) for text in passed_on} == {"this came from our front desk."}
    assert envelope.line_model is not None
    assert envelope.line_model.shared == {"this came from our front desk."}
    assert reduce_texts(passed_on, envelope, embedder.embed) == OTHER_ASKS


@pytest.mark.slow
def test_one_request_in_many_signed_mails_is_no_shared_note(embedder: Embedder) -> None:
    """The same request in six people's signed e-mails is cut down to one line six times too,
    but it reads as a request, not as envelope: it stays every text's ask."""
    texts, _ = byline_workspace()
    ask = "Please let us export invoices to Xero."
    same = [
        f"Hello,\n\n{ask}\n\nKind regards,\n{FIRST[n]} {LAST[n]}\nOperations Manager\n"
        f"Customer{n} Ltd"
        for n in range(6)
    ]
    envelope = learn_reduction(texts + same, embedder.embed)
    assert envelope.line_model is not None
    assert shared_asks(texts + same, [extract_ask(t, envelope) for t in texts + same]) == {
        normalise_line(ask): ask
    }
    assert envelope.line_model.shared == frozenset()
    assert reduce_texts(same, envelope, embedder.embed) == [ask] * 6
    # still a common ask: six texts cut down to it, none posted as is (no exact re-post)
    assert envelope.line_model.common == {normalise_line(ask)}


def test_a_line_posted_on_its_own_is_never_a_shared_note() -> None:
    texts = [f"Hi,\nplease add dark mode\nBest,\nAna {n}" for n in range(6)]
    asks = ["please add dark mode"] * 6
    assert shared_asks(texts, asks) == {"please add dark mode": "please add dark mode"}
    assert shared_asks([*texts, "please add dark mode"], [*asks, "please add dark mode"]) == {}
    posted = "Please add dark mode. We have 40 people waiting on it."
    assert shared_asks([*texts, posted], [*asks, posted]) == {}
    assert shared_asks(texts[:4], asks[:4]) == {}  # fewer than SHARED_IN texts
