"""Lead-ins written around a name on the ask's own line ("Deal blocker for Vertex Logistics:
<ask>"): learned by their words, confirmed by meaning with the real model
(triage.envelope_openings, triage.reduce)."""

from __future__ import annotations

import random

import pytest

from triage.embedder import Embedder
from triage.envelope import Envelope, extract_ask
from triage.envelope_openings import candidate_openings, confirmed_openings, strip_opening
from triage.reduce import learn_reduction, reduce_texts

ASKS = [
    "Let us export reports to CSV",
    "The dashboard takes ages to load",
    "We need single sign-on through Okta",
    "Send notifications to Slack",
    "Please add a dark mode",
    "Search misses partial words",
    "Let me edit many records at once",
    "Add two-factor authentication",
    "The mobile app crashes when I open a project",
    "Recurring invoices would save us hours",
    "Custom fields on every task please",
    "A Gantt chart view for our projects",
    "Undo for accidental deletes",
    "An audit log of who changed what",
    "Calendar sync with Google",
    "Keyboard shortcuts for everything",
    "Currency conversion for international clients",
    "Offline mode for the mobile app",
    "Let us import contacts from a spreadsheet",
    "Raise the API rate limits",
]
ACCOUNTS = [f"{a} {b}" for a in ("Vertex", "Harbor", "Summit", "Cedar", "Maple", "North")
            for b in ("Logistics", "Labs", "Foods", "Legal", "Health", "Travel")]  # fmt: skip
PEOPLE = ["Tara", "Hiro", "Maya", "Kemi", "Omar", "Lena", "Ravi", "Sofia", "Jonas", "Ines"]


def _workspace(seed: int = 1) -> list[str]:
    """Every ask posted plainly a few times, and 90 sales notes that open with who asked."""
    rng = random.Random(seed)
    texts = [ask for ask in ASKS for _ in range(3)]
    for n in range(90):
        ask = rng.choice(ASKS)
        lower = ask[0].lower() + ask[1:]
        if n % 2:
            texts.append(f"Deal blocker for {rng.choice(ACCOUNTS)}: {lower}.")
        else:
            texts.append(f"On the call {rng.choice(PEOPLE)} said {lower}.")
    return texts


def test_a_lead_in_around_changing_names_is_learned_where_the_line_branches() -> None:
    found = candidate_openings(_workspace())
    assert found == {"deal blocker for ‹name›:", "on the call ‹name› said"}


def test_an_opening_that_always_continues_the_same_way_is_not_where_the_lead_in_ends() -> None:
    # "on the call ‹name›" is always followed by "said": the branching point comes later
    found = candidate_openings(_workspace())
    assert "on the call ‹name›" not in found
    assert not any(key.startswith("on the call ‹name› said ") for key in found)


def test_an_opening_whose_name_is_the_point_is_no_candidate() -> None:
    tools = ["Salesforce", "HubSpot", "Jira"]
    rests = ["so deals sync both ways", "for our sales team", "without manual exports"]
    asks = [f"Integrate with {t} {r} today" for t in tools for r in rests for _ in range(10)]
    asks += [f"Please integrate with {t} {r}" for t in tools for r in rests]
    # few names, each in a third of the asks: a lead-in names whoever asked
    assert candidate_openings(asks) == frozenset()


def test_an_opening_ending_on_a_bare_name_is_never_a_candidate() -> None:
    names = [f"{a}{b}" for a in ("Zo", "Pipe", "Fresh", "Close", "Copper") for b in ("ho", "ly")]
    asks = [
        f"Connect with {name} {rest}"
        for name in names
        for rest in ("so we stop copying data", "and keep contacts current", "for the sales team")
    ]
    assert candidate_openings(asks) == frozenset()


def test_an_opening_followed_by_metadata_rather_than_a_sentence_is_no_candidate() -> None:
    rng = random.Random(2)
    plans = ["Premium", "Pro", "Basic", "Unlimited", "Starter", "Team", "Business", "Plus"]
    devices = ["Galaxy S23", "iPhone 13", "Pixel 8", "OnePlus 11", "Fire TV Stick", "Moto G"]
    replies = [
        f"It's the {rng.choice(plans)} plan, {rng.choice(devices)}, version {n % 9}.{n % 7}.{n}"
        for n in range(60)
    ]  # a customer's answer to "which plan, device and version?": no ask follows
    assert candidate_openings(replies) == frozenset()
    asked = [f"{reply}. Please add a dark mode to the app" for reply in replies]
    assert candidate_openings(asked) == {"it's the ‹name› plan,"}  # a sentence follows here


def test_stripping_cuts_only_a_learned_opening_with_an_ask_after_it() -> None:
    learned = {"deal blocker for ‹name›:"}
    line = "Deal blocker for Vertex Logistics: custom fields on every task please."
    assert strip_opening(line, learned) == "custom fields on every task please."
    typed = "deal blocker for harbour labs: would love a night mode."  # lower case, a slip
    assert strip_opening(typed, learned) == "would love a night mode."
    assert strip_opening("Deal blocker for Vertex: slow.", learned) == (
        "Deal blocker for Vertex: slow."
    )  # nothing of an ask would be left
    assert strip_opening("On the call Tara said dark mode please.", learned) == (
        "On the call Tara said dark mode please."
    )


def test_openings_survive_storage() -> None:
    envelope = Envelope(openings=frozenset({"deal blocker for ‹name›:"}))
    assert Envelope.from_dict(envelope.to_dict()).openings == envelope.openings
    assert not envelope.is_empty


@pytest.mark.slow
def test_a_lead_in_is_confirmed_when_its_asks_also_arrive_without_it(embedder: Embedder) -> None:
    texts = _workspace()
    found = confirmed_openings(texts, candidate_openings(texts), embedder.embed)
    assert found == {"deal blocker for ‹name›:", "on the call ‹name› said"}


@pytest.mark.slow
def test_an_opening_that_carries_the_request_is_not_confirmed(embedder: Embedder) -> None:
    rng = random.Random(3)
    tools = ["Pipedrive", "Zoho", "Freshsales", "Copper", "Attio", "Close", "Keap", "Nimble"]
    tools += ["Insightly", "Streak", "Capsule", "Nutshell"]
    rests = ["our sheet every night", "the billing page", "a shared folder", "each project"]
    rests += ["my phone contacts", "the invoice screen", "their own workspace", "weekly reports"]
    texts = list(ASKS) + [f"{t} integration please" for t in tools]
    texts += [f"Sync contacts from {rng.choice(tools)} to {rng.choice(rests)}" for _ in range(120)]
    candidates = candidate_openings(texts)
    assert "sync contacts from ‹name› to" in candidates  # by its words it could be a lead-in
    assert "sync contacts from ‹name› to" not in confirmed_openings(
        texts, candidates, embedder.embed
    )


@pytest.mark.slow
def test_the_workspace_reduction_embeds_the_ask_without_its_lead_in(embedder: Embedder) -> None:
    texts = _workspace()
    envelope = learn_reduction(texts, embedder.embed)
    assert envelope.openings == {"deal blocker for ‹name›:", "on the call ‹name› said"}
    note = "Deal blocker for Harbor Foods: an audit log of who changed what."
    assert extract_ask(note, envelope) == "an audit log of who changed what."
    assert reduce_texts([note], envelope, embedder.embed) == ["an audit log of who changed what."]
    assert extract_ask(note) == note  # without the workspace's learning the line stays whole


@pytest.mark.slow
def test_a_lead_in_inside_a_longer_message_goes_and_the_rules_still_work(
    embedder: Embedder,
) -> None:
    relayed = "can the invoice number start at 5000"
    email = (
        "Subject: Feature request\n\nLong-time user, first time writing in.\n\n"
        f"On the call Elif said {relayed}.\n\nWe have about 25 active users across three "
        "offices.\n\nThanks,\nMarco Sharma"
    )
    envelope = learn_reduction([*_workspace(), email], embedder.embed)
    reduced = reduce_texts([email], envelope, embedder.embed)[0]
    assert f"\n{relayed}.\n" in reduced and "On the call" not in reduced
    assert "Marco Sharma" not in reduced  # the rules still read the e-mail as one
