"""extract_ask keeps the request and drops its envelope; learn_envelope learns templates only."""

from __future__ import annotations

import json

import pytest

from triage.envelope import Envelope, extract_ask, learn_envelope, normalise_line

PLAIN = [
    "Please add dark mode",
    "Export to CSV doesn't include custom fields",
    "Dark mode: please add it, my eyes hurt at night",
    "Thanks for the great app, but please add offline mode.",
    "Can you make the search faster? It takes 10 seconds.",
    "The API rate limit (100/min) is too low for our sync job.",
    "Hello world template is broken",
    "Status page should show historical uptime",
    "Meeting notes should sync to Notion",
    "Sent items folder does not sync",
    "Best practice templates for onboarding would help",
    "I hope you can add a Gantt view",
    "4 stars would be great if the export worked",
    "Please add dark mode.\nIt hurts my eyes at night.\n\nAlso a high-contrast theme.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_requests_come_back_unchanged(text: str) -> None:
    assert extract_ask(f"  {text}\n") == text


@pytest.mark.parametrize(
    "text",
    ["Thanks!", "Hi team,", "Best regards,\nJane", "Ticket #12345\nStatus: open", "★★★☆☆", " x "],
)
def test_never_empty_falls_back_to_the_stripped_original(text: str) -> None:
    assert extract_ask(text) == text.strip()


def test_blank_input_stays_blank() -> None:
    assert extract_ask("  \n ") == ""


EMAIL = """Hi team,

I hope this email finds you well.

We'd love a way to export invoices to CSV so our accountant can import them.

Best regards,
Jane Doe
VP Operations, Acme Inc.
+1 (555) 123-4567
www.acme.example

Sent from my iPhone"""

SIGNATURE_AND_DISCLAIMER = """We need SAML single sign-on for our 300 seats.

--
Jane Doe | Head of IT | Acme
This e-mail and any attachments are confidential and intended solely for the addressee.
If you are not the intended recipient, please delete it."""

UNSIGNED_CONTACT_BLOCK = """Could reports be scheduled to go out every Monday?

Priya Patel
Head of Finance
Globex Ltd
priya@globex.example"""

REPLY = """Yes: we need it for the Okta rollout, please add SAML.

On Mon, 3 Jun 2024 at 10:02, Throughline Support <help@throughline.example> wrote:
> Hi Jane, thanks for reaching out! Could you tell us more about your use case?
> Best, the Throughline team"""

FORWARD_ONLY = """FYI, see below.

---------- Forwarded message ---------
From: Bob Smith <bob@acme.example>
Date: Mon, Jun 3, 2024 at 10:02 AM
Subject: Bulk edit
To: <sales@throughline.example>

Hello,
We really need bulk editing of tags across many items at once.
Cheers,
Bob"""

FORWARD_WITH_NOTE = """Another customer asking for audit logs, third this month.

-----Original Message-----
From: Ana Lima
Sent: 04 June 2024 10:00
To: feedback@throughline.example
Subject: idea

Please keep an audit log of who changed what."""

TICKET = """Ticket #48213
Status: open
Priority: high
[Agent note] VIP customer, on the Enterprise plan
Customer wrote:
Hi there, the mobile app should let me attach photos to feedback.
Agent reply:
Thanks for reaching out! I've passed this to our product team.
Have a great day!"""

TICKET_MACRO_ONLY_AROUND = """Thanks for reaching out! I've passed this to our product team.

Internal note:
Check with the PM before replying.

Please allow exporting dashboards as PDF."""

CHAT = """[10:02] Agent: Hi! How can I help you today?
[10:03] Maria: I'd like reports to be scheduled every Monday
[10:03] Agent: Thanks for the suggestion! I've logged this for the team.
[10:04] Maria: great, thanks"""

CHAT_NAMED = """Maria Gomez: hey
Maria Gomez: the calendar should show week numbers
Operator: Thanks! We'll let you know when we have an update."""

CALL = "Call with Acme (Jane, VP Ops) — context: they want an audit log of who changed what"

CALL_NOTES = """Notes from call with Hooli (Priya, Head of Ops), 3 Jun
Attendees: Priya, Sam (AE)
- they need per-project permissions for contractors
- follow up next week"""

REVIEW = """★★★☆☆
Rating: 3/5
Good app but it needs an offline mode.
Verified purchase
12 people found this helpful"""

SURVEY = "Q: What could we improve? A: Faster search on large workspaces"

SURVEY_LINES = """How likely are you to recommend us to a friend? 7
What could we improve?
Faster search on large workspaces"""

ZENDESK = """##- Please type your reply above this line -##

Your request (4821) has been updated.

Jane Doe (Acme)
Jun 4, 2024, 10:02 GMT+1

The Gantt view should let me drag dependencies.

This email is a service from Throughline Support."""


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (EMAIL, "We'd love a way to export invoices to CSV so our accountant can import them."),
        (SIGNATURE_AND_DISCLAIMER, "We need SAML single sign-on for our 300 seats."),
        (UNSIGNED_CONTACT_BLOCK, "Could reports be scheduled to go out every Monday?"),
        (REPLY, "Yes: we need it for the Okta rollout, please add SAML."),
        (FORWARD_ONLY, "We really need bulk editing of tags across many items at once."),
        (FORWARD_WITH_NOTE, "Another customer asking for audit logs, third this month."),
        (TICKET, "the mobile app should let me attach photos to feedback."),
        (TICKET_MACRO_ONLY_AROUND, "Please allow exporting dashboards as PDF."),
        (CHAT, "I'd like reports to be scheduled every Monday"),
        (CHAT_NAMED, "the calendar should show week numbers"),
        (CALL, "they want an audit log of who changed what"),
        (CALL_NOTES, "they need per-project permissions for contractors"),
        (REVIEW, "Good app but it needs an offline mode."),
        (SURVEY, "Faster search on large workspaces"),
        (SURVEY_LINES, "Faster search on large workspaces"),
        (ZENDESK, "The Gantt view should let me drag dependencies."),
        ("Hi, could you add a Slack integration?", "could you add a Slack integration?"),
        ("Hey folks - webhooks for new items please", "webhooks for new items please"),
        (
            "Hi team, hope you're well. Please add dark mode. Thanks, Jane",
            "Please add dark mode.",
        ),
        ("★★★★☆ Great app but add offline mode", "Great app but add offline mode"),
        ("Can we get Slack alerts?\n\nSent from my iPhone", "Can we get Slack alerts?"),
    ],
)
def test_envelopes_are_peeled_off(text: str, ask: str) -> None:
    assert extract_ask(text) == ask


def test_only_pleasantries_around_the_ask_go_but_a_lone_pleasantry_stays() -> None:
    assert extract_ask("Hope you're well!\nPlease add dark mode") == "Please add dark mode"
    assert extract_ask("Hi,\n\nThanks for your time!\n\nBest,\nJo") == "Thanks for your time!"


def test_subject_is_the_fallback_when_the_body_is_only_envelope() -> None:
    text = "From: Jane <j@acme.example>\nSubject: Re: Dark mode please\n\nHi team,\n\nThanks,\nJo"
    assert extract_ask(text) == "Dark mode please"


def test_quoted_reply_with_no_new_text_uses_the_quote() -> None:
    text = "On Tue, 4 Jun 2024 at 09:14, Jane <jane@acme.example> wrote:\n> Please add dark mode"
    assert extract_ask(text) == "Please add dark mode"


# --- learned envelope ---------------------------------------------------------------------

ASKS = [
    "please add dark mode",
    "export to csv is missing custom fields",
    "bulk edit tags on many items",
    "the mobile app should support photo attachments",
    "schedule weekly reports by email",
    "sso with okta for the whole company",
    "a gantt view for projects",
    "let viewers comment without editing",
    "webhooks when an item changes",
    "show week numbers in the calendar",
    "undo for deleted items",
    "an api endpoint for tags",
]


def _templated(i: int, ask: str) -> str:
    return (
        f"ACME Support Desk | ref {1000 + 37 * i} | SLA gold\n"
        f"{ask}\n"
        "Kindly quote the above reference in all correspondence ~ ACME CX"
    )


def test_learned_envelope_drops_an_unknown_ticket_template() -> None:
    items = [_templated(i, ask) for i, ask in enumerate(ASKS)]
    assert extract_ask(items[0]) != ASKS[0]  # the hand rules do not know this template
    envelope = learn_envelope(items + ASKS[:3])
    assert normalise_line("ACME Support Desk | ref 1000 | SLA gold") in envelope.lines
    assert [extract_ask(t, envelope) for t in items] == ASKS
    unseen = _templated(99, "an iCal feed of due dates")
    assert extract_ask(unseen, envelope) == "an iCal feed of due dates"


def test_learned_envelope_drops_a_company_signature_without_a_sign_off() -> None:
    signature = "globex procurement :: cost centre 4410 :: do not reply to this mailbox"
    items = [f"{ask}\n{signature}" for ask in ASKS]
    envelope = learn_envelope(items)
    assert envelope.lines == frozenset({normalise_line(signature)})
    assert extract_ask(items[4], envelope) == ASKS[4]


def test_learned_prefix_with_a_ticket_number_is_stripped() -> None:
    items = [f"[Portal #{500 + i}] {ask}" for i, ask in enumerate(ASKS)]
    envelope = learn_envelope(items)
    assert extract_ask("[Portal #777] a kanban board please", envelope) == "a kanban board please"


def test_a_repeated_request_is_not_learned_as_envelope() -> None:
    dup = "Please add dark mode to the mobile app"
    people = ["Jane", "Bob", "Priya", "Tom", "Lena", "Omar", "Ruth", "Sam"]
    items = [f"Hi team,\n\n{dup}\n\nThanks,\n{p}" for p in people]  # different envelopes
    items += [dup] * 12 + [dup.lower(), f"{dup}!"]  # and bare re-posts
    items += [f"{dup}\nWe are on the {p} plan" for p in ("Pro", "Team", "Free")]
    items += [f"{dup}\n{ask}" for ask in ASKS[:4]]
    items += ASKS
    envelope = learn_envelope(items)
    assert normalise_line(dup) not in envelope.lines
    assert extract_ask(items[0], envelope) == dup


def test_a_repeated_multi_line_request_without_other_content_is_not_learned() -> None:
    body = "Please add dark mode.\nIt hurts my eyes at night."
    people = ["Jane", "Bob", "Priya", "Tom", "Lena", "Omar"]
    items = [f"Hello,\n{body}\nCheers,\n{p}" for p in people]
    assert learn_envelope(items + ASKS).is_empty


def test_a_human_topic_prefix_is_not_learned() -> None:
    items = [f"Dark mode: {ask}" for ask in ASKS]
    assert not learn_envelope(items).prefixes


def test_min_count_and_min_share_gate_learning() -> None:
    items = [_templated(i, ask) for i, ask in enumerate(ASKS[:4])]
    assert learn_envelope(items).is_empty  # 4 < min_count
    assert not learn_envelope(items, min_count=3).is_empty
    many = items + [f"{i} {ask}" for i in range(300) for ask in ASKS[:1]]
    assert learn_envelope(many, min_count=3).is_empty  # 4 of 304 is under 2%


def test_envelope_round_trips_through_json() -> None:
    envelope = learn_envelope([_templated(i, ask) for i, ask in enumerate(ASKS)])
    assert not envelope.is_empty
    restored = Envelope.from_dict(json.loads(json.dumps(envelope.to_dict())))
    assert restored == envelope
    assert Envelope.from_dict({}) == Envelope() and Envelope().is_empty
    with pytest.raises(ValueError):
        Envelope.from_dict({"lines": "not a list"})


def test_envelope_never_empties_the_text() -> None:
    envelope = Envelope(lines=frozenset({normalise_line("Please add dark mode")}))
    assert extract_ask("Please add dark mode", envelope) == "Please add dark mode"


def test_normalise_line_folds_case_digits_and_spaces() -> None:
    assert normalise_line("  Ticket  #12345\tOPEN ") == normalise_line("ticket #9 open")
    assert normalise_line("Ref 12 | v3.2") == "ref 0 | v0.0"
