"""Typos corrected toward the workspace's own words, and only those."""

from __future__ import annotations

from triage.envelope import Envelope, extract_ask, learn_envelope
from triage.spelling import Vocabulary, learn_vocabulary, model_words

KNOWN = frozenset({"export", "expert", "dashboard", "please", "the"})


def _vocabulary(**counts: int) -> Vocabulary:
    return Vocabulary(counts, known=KNOWN)


def test_a_slip_is_read_as_the_workspace_word_it_is_one_letter_from() -> None:
    words = _vocabulary(dashboard=40, temperature=12, really=9)
    assert words.correct("the dashbaord is slow") == "the dashboard is slow"  # swapped
    assert words.correct("temmperature alerts") == "temperature alerts"  # doubled
    assert words.correct("Dashboad loads slowly") == "Dashboard loads slowly"  # case kept
    assert words.correct("relaly slow") == "really slow"


def test_real_words_names_plurals_and_repeated_words_stay() -> None:
    words = _vocabulary(export=50, dashboard=40, okta=30, okra=2, report=9)
    assert words.correct("an expert mode") == "an expert mode"  # a real word, not "export"
    assert words.correct("sign in with Okra") == "sign in with Okra"  # a name mid-sentence
    assert words.correct("okra support") == "okra support"  # used by several items: a name
    assert words.correct("many reports") == "many reports"  # a plural of a frequent word
    assert words.correct("the rport tab") == "the report tab"
    assert words.correct("the xport tab") == "the xport tab"  # first letter never replaced


def test_a_slip_many_make_yields_only_to_a_far_more_common_word() -> None:
    words = _vocabulary(help=553, hhelp=5, okta=30, okra=2)
    assert words.correct("hhelp with the export") == "help with the export"  # 110x as common
    assert _vocabulary(help=99, hhelp=5).correct("hhelp") == "hhelp"  # under 20x: kept
    assert words.correct("okra") == "okra"  # 15x: a name is left alone


def test_the_fewest_slips_win_over_the_most_used_word() -> None:
    words = _vocabulary(company=55, complaint=46)
    assert words.correct("a complant") == "a complaint"  # one slip, not two


def test_a_word_must_be_frequent_before_others_are_corrected_toward_it() -> None:
    assert _vocabulary(dashboard=2).correct("dashbaord") == "dashbaord"
    assert _vocabulary(dashboard=3).correct("dashbaord") == "dashboard"


def test_learning_counts_each_text_once_and_keeps_words_seen_twice() -> None:
    vocabulary = learn_vocabulary(["Export export", "export CSV", "a lone word", "Export PDF"])
    assert vocabulary.counts == {"export": 3}


def test_the_models_word_list_marks_real_words() -> None:
    words = model_words()
    assert {"export", "expert", "temperature"} <= words and "temmperature" not in words
    default = Vocabulary({"export": 50})  # known=None: the model's list
    assert default.correct("expert") == "expert" and default.correct("exprot") == "export"


def test_the_envelope_learns_the_vocabulary_and_extract_ask_uses_it() -> None:
    items = [f"Please make the dashboard load faster ({i})" for i in range(5)]
    assert not learn_envelope([*items, "dashbaord is slow"], spelling=False).vocabulary.counts
    envelope = learn_envelope([*items, "dashbaord is slow"])  # on by default
    assert envelope.vocabulary.counts["dashboard"] == 5
    assert extract_ask("dashbaord is slow", envelope) == "dashboard is slow"
    assert extract_ask("dashbaord is slow") == "dashbaord is slow"  # nothing learned: as is
    again = Envelope.from_dict(envelope.to_dict())
    assert again.vocabulary.counts == envelope.vocabulary.counts
    assert extract_ask("dashbaord is slow", again) == "dashboard is slow"
