"""Helpdesk threads listed newest first, merged tickets, answers marked ">>", forwards in other
languages, bounces, and the company's own mail domain."""

from __future__ import annotations

import pytest

from triage.envelope import Envelope, extract_ask, learn_envelope
from triage.envelope_domains import learn_company_domains
from triage.envelope_lines import normalise_line

RULE = "-" * 46


def _thread(answer: str, newest: str) -> str:
    """A helpdesk's update e-mail: the requester's newest comment, the agent's answer, then
    the request that opened the ticket."""
    return (
        "##- Please type your reply above this line -##\n\n"
        "Your request (48213) has been updated. To add additional comments, reply to this "
        f"email.\n{RULE}\n\nNora Vik\n\nMar 14, 2025, 09:12 GMT+1\n\n{newest}\n\nNora\n\n"
        f"{RULE}\n\nPaul Brandt (Kanbo)\n\nMar 10, 2025, 16:40 GMT+0\n\nHi Nora,\n\n{answer}"
        f"\n\nPaul\nKanbo Support\n\n{RULE}\n\nNora Vik\n\nMar 9, 2025, 11:03 GMT+1\n\n"
        f"Hello,\n\nplease add a dark mode\n\nThanks,\nNora\n\n{RULE}\n"
        "This email is a service from Kanbo Support."
    )


def test_a_newest_first_thread_asks_the_requesters_newest_comment_after_a_done_answer() -> None:
    """The update e-mail exists because of the newest comment: once the agent reported the
    first request done, the requester's new comment is the ask, not the request at the bottom
    (it used to be, and every such update matched the ticket's first request exactly)."""
    text = _thread(
        "Good news: this has been sorted on our side.", "Something else: export boards to PDF"
    )
    assert extract_ask(text) == "Something else: export boards to PDF"


def test_thanks_that_turn_to_the_new_matter_are_no_part_of_it() -> None:
    newest = "That did the trick, thank you. Something else now.\n\nexport boards to PDF"
    ask = extract_ask(_thread("This has been sorted on our side.", newest))
    assert ask == "export boards to PDF"
    same_line = extract_ask(_thread("Sorted!", "Thanks, that worked! Export boards to PDF"))
    assert same_line == "Export boards to PDF"


def test_after_an_agents_question_the_newest_comment_is_an_answer_not_the_ask() -> None:
    text = _thread("Which plan are you on?", "We are on the Pro plan.")
    assert "please add a dark mode" in extract_ask(text)


def test_a_comment_that_only_chases_leaves_the_request() -> None:
    text = _thread("This is now fixed on our side.", "Any update on this?")
    assert "please add a dark mode" in extract_ask(text)


def _oldest_first(last: str) -> str:
    """A ticket export, oldest comment first, each opened by "author - date" on one line."""
    return (
        "Ticket #7102 - Question\nStatus: Open | Priority: Medium | Requester: Nora Vik\n\n"
        "Nora Vik - 09/03/2025 11:03\nplease add a dark mode\n\n"
        "Paul Brandt (Agent) - 10/03/2025 16:40\nC'est fait de notre côté. Je clôture la demande."
        f"\n\nNora Vik - 14/03/2025 09:12\n{last}"
    )


def test_an_oldest_first_thread_asks_what_came_after_the_done_answer() -> None:
    ask = extract_ask(_oldest_first("Parfait, merci !\n\nNouvelle question : export boards to PDF"))
    assert "export boards to PDF" in ask
    assert "dark mode" not in ask


def _american(last: str) -> str:
    """The same export with American dates, one of them past midnight ("12:59 AM")."""
    return (
        "Ticket #7102 - Question\nStatus: Open | Priority: Medium | Requester: Nora Vik\n\n"
        "Nora Vik - 09/24/2024 10:07 AM\nplease add a dark mode\n\n"
        "Paul Brandt (Agent) - 09/25/2024 12:59 AM\nThis has been sorted on our side.\n\n"
        f"Nora Vik - 09/25/2024 07:23 AM\n{last}"
    )


def test_dates_written_month_first_and_past_midnight_still_run_one_way() -> None:
    """12:59 AM is the first hour of the day, and 09/24 is read month first when day first
    would not run one way; both used to leave the thread whole and ask for the dark mode."""
    ask = extract_ask(_american("Perfect, that worked.\n\nDifferent topic: export to PDF"))
    assert ask == "Different topic: export to PDF"


def test_a_thread_dated_with_dashes_is_read() -> None:
    """ "Daan Smit - 23-02-2024 18:07": the author stops at the dash before the date."""
    text = _oldest_first("Dank, het werkt weer!\n\nNieuwe vraag: export to PDF")
    text = text.replace("/03/2025", "-03-2025")
    assert extract_ask(text) == "Nieuwe vraag: export to PDF"


def test_a_thread_is_read_before_learned_lines_take_its_heads() -> None:
    """A workspace of ticket exports learns the heads' times (" - 09/03/2025 11:03" as a
    trailing phrase) and the agent's macro as envelope, as HWU64 under wrapper 16 did; read
    after them, the thread had no heads left and the oldest request won."""
    macro = "C'est fait de notre côté. Je clôture la demande."
    envelope = Envelope.from_dict({"suffixes": ["0:0"], "lines": [normalise_line(macro)]})
    assert envelope.strip(["Nora Vik - 09/03/2025 11:03", macro]) == ["Nora Vik"]
    ask = extract_ask(_oldest_first("Nouvelle question : export boards to PDF"), envelope)
    assert ask == "Nouvelle question : export boards to PDF"


def test_a_thank_you_after_the_done_answer_leaves_the_request() -> None:
    assert "please add a dark mode" in extract_ask(_oldest_first("Thanks, works now!"))


def test_a_request_merged_into_the_ticket_is_history() -> None:
    text = (
        "Kanbo Support - Request #5521\nRequester: Nora Vik <nora@vikdesign.no>\n\n"
        "Nora Vik, Mar 14, 2025 09:12\n\nplease add a dark mode\n\nThanks,\nNora\n\n---\n"
        'Request #5498 "Invoice" (solved Mar 2) was merged into this request.\n'
        "Last comment in request #5498:\n\nNora Vik, Feb 28, 2025 17:20\n"
        "Can I get last month's invoice as a PDF?"
    )
    ask = extract_ask(text)
    assert "please add a dark mode" in ask
    assert "invoice" not in ask.lower()


def test_answers_marked_below_the_companys_questions_are_the_customers_words() -> None:
    """Answers written under quoted questions and marked ">>" are not a quote: the answer to
    "What can we do for you?" is the ask, not the agent's "Which plan are you on?"."""
    text = (
        "Hi,\n\nReplies below, marked >>.\n\n> Which plan are you on?\n>> Team\n\n"
        "> Since when?\n>> last week\n\n> What can we do for you?\n>> please add a dark mode\n\n"
        "Thanks,\nNora\n\nOn Fri, 7 Mar 2025 at 10:02, Paul Brandt <help@kanbo.io> wrote:\n"
        "> Hi Nora,\n> A few questions so we can help:\n> Which plan are you on?\n"
        "> Since when?\n> What can we do for you?\n> Paul"
    )
    assert extract_ask(text) == "please add a dark mode"


@pytest.mark.parametrize(
    ("note", "marker"),
    [
        ("Kannst du dir das bitte anschauen?", "---------- Weitergeleitete Nachricht ---------"),
        ("Do realizacji, proszę.", "---------- Przekazana wiadomość ---------"),
        ("Para tratamento, por favor.", "Início da mensagem reencaminhada:"),
        ("Mi è arrivata per errore.", "---------- Messaggio inoltrato ---------"),
    ],
)
def test_a_colleagues_note_above_a_forward_in_any_language_passes_it_on(
    note: str, marker: str
) -> None:
    text = (
        f"{note}\n\nAnna\n\n{marker}\nFrom: Rosa Lind <rosa@lindbakery.se>\n"
        "Date: Mon, 3 Mar 2025 09:30:11 +0100\nSubject: App\nTo: anna.berg@kanbo.io\n\n"
        "Hello,\n\nplease add a dark mode\n\nRosa"
    )
    assert extract_ask(text) == "please add a dark mode"


def test_a_forwarded_bounce_reads_the_message_it_returned() -> None:
    text = (
        "Hi,\n\nTried the address on your website and it bounced. Here it is again:\n\nRosa\n\n"
        "---------- Forwarded message ---------\n"
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\n** Address not found **\n\n"
        "Your message wasn't delivered to help@old-kanbo.io because the address couldn't be "
        "found.\n\n----- Original message -----\nFrom: Rosa Lind <rosa@lindbakery.se>\n"
        "To: help@old-kanbo.io\nSubject: App\nDate: Mon, 3 Mar 2025 09:30:11 +0100\n\n"
        "please add a dark mode"
    )
    assert extract_ask(text) == "please add a dark mode"


def _mail(customer: str, to: str, body: str) -> str:
    return (
        f"-----Original Message-----\nFrom: {customer}\nSent: Monday, 3 March 2025 09:30\n"
        f"To: {to}\nSubject: Question\n\n{body}"
    )


def _workspace(n: int) -> list[str]:
    """Customers from n different domains writing to the company's support mailbox."""
    return [
        f"thanks for the answer\n\n{_mail(f'c{k}@customer{k}.com', 'help@kanbo.io', 'why?')}"
        for k in range(n)
    ]


def test_the_companys_domain_is_the_one_many_customers_write_to() -> None:
    texts = _workspace(30) + [
        _mail("ann@gmail.com", "help@kanbo.io", "hi"),
        _mail("ann@gmail.com", "help@other.io", "hi"),
    ]
    assert learn_company_domains(texts) == frozenset({"kanbo.io"})
    assert learn_company_domains(_workspace(10)) == frozenset()  # too few to tell
    assert learn_envelope(texts).company_domains == frozenset({"kanbo.io"})


def test_a_forward_to_a_colleagues_own_address_at_the_company_passes_the_customer_on() -> None:
    """A short note in any language above a customer's mail to a colleague's own address
    (not a shared mailbox): with the company's domain known, the customer's mail is the ask;
    without it, the note is all the rules can tell."""
    text = "Kan någon ta den här?\n\nAstrid\n\n" + _mail(
        "Rosa Lind <rosa@lindbakery.se>", "astrid.holm@kanbo.io", "please add a dark mode"
    )
    company = Envelope(company_domains=frozenset({"kanbo.io"}))
    assert extract_ask(text, company) == "please add a dark mode"
    assert extract_ask(text) == "Kan någon ta den här?"


def test_a_reply_above_an_answer_from_a_colleagues_own_address_is_the_ask() -> None:
    """An answer from someone at the company's domain to a customer is the company's: the two
    words above it are the customer's reply, not a forwarder's note."""
    text = "volume up\n\nAlison\n\n" + _mail(
        "Lucy Hart <lucy.hart@kanbo.io>", "Alison Fletcher <alison@redfern.io>", "Which plan?"
    )
    company = Envelope(company_domains=frozenset({"kanbo.io"}))
    assert extract_ask(text, company) == "volume up"


def test_the_company_domains_are_stored_with_the_envelope() -> None:
    envelope = Envelope(company_domains=frozenset({"kanbo.io"}))
    assert Envelope.from_dict(envelope.to_dict()).company_domains == frozenset({"kanbo.io"})
    assert not envelope.is_empty
    with pytest.raises(ValueError, match="domains"):
        Envelope.from_dict({"domains": "kanbo.io"})


def test_a_short_reply_above_a_quote_the_company_wrote_is_the_ask() -> None:
    """Two words above a quote could be a pointer at it ("see below"), but not when the quote
    opens with the company's own support mailbox: that is its answer, and the customer replied."""
    text = (
        "Hi,\n\nexport boards\n\nMvh,\nBjörn\n\nSkickat från min iPhone\n\n"
        "> 4 juni 2025 kl. 19:22 skrev Kanbo Support <support@kanbo.io>:\n>\n> Hi Björn,\n>\n"
        "> This is now done. Could you log out and back in?\n>\n> Marta"
    )
    assert extract_ask(text) == "export boards"


def test_a_forum_quote_of_an_earlier_post_is_history() -> None:
    """A forum reply quoting the opening post, then saying that matter is settled and turning
    to a new one, asks the new one."""
    text = (
        "Kanbo Community › Boards\nTopic: Exports\n\n#1 nora_v · Feb 2025\n"
        "Can I get last month's invoice as a PDF?\n\n#2 Ines_Kanbo (Moderator) · Feb 2025\n"
        "Try Billing › Invoices and let us know.\n\n#3 nora_v · 14 Mar 2025\n"
        '[quote="nora_v, post:1, topic:4410"]\nCan I get last month\'s invoice as a PDF?\n'
        "[/quote]\n\nThat one got sorted, thanks. Another question:\n\nplease add a dark mode"
    )
    assert extract_ask(text) == "please add a dark mode"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines,\n\nThanks, that worked! Something else now: please add a dark mode",
        "Hi Ines,\n\nthe invoice issue is resolved. One more thing:\nplease add a dark mode",
        "Ticket #5521\n\nThat did the trick. Different topic this time:\n\nplease add a dark mode"
        "\n\n[2025-02-20 19:57] Status changed: Solved → Open (customer reply)",
    ],
)
def test_the_requesters_word_that_a_matter_is_settled_turns_to_the_new_one(text: str) -> None:
    assert extract_ask(text) == "please add a dark mode"


def test_a_settled_matter_with_nothing_new_after_it_stays() -> None:
    """Without a turn to something new, the requester only confirms: the text is kept."""
    assert extract_ask("It works now, thank you!") == "It works now, thank you!"


def test_a_reopened_ticket_newest_first_asks_what_reopened_it() -> None:
    """The status log says the order where the comment dates cannot ("2 days ago"): the
    ticket was solved, then the requester's reply reopened it with a new matter."""
    text = (
        "Ticket #5521 | Re: Can I get last month's invoice as a PDF?\n"
        "Status: Open | Contact: Nora Vik (nora@vikdesign.no) | Agent: Ines Berg\n\n"
        "Nora Vik replied 2 days ago\nplease add a dark mode\n\n"
        "[Status changed: Solved → Open (customer replied)] 2 days ago\n\n"
        "[Status: Pending → Solved] 3 weeks ago\n\n"
        "Ines Berg replied 3 weeks ago\nHi Nora, the invoice is attached. Best, Ines\n\n"
        "Nora Vik reported via email 3 weeks ago\nCan I get last month's invoice as a PDF?"
    )
    assert extract_ask(text) == "please add a dark mode"


def test_a_reopened_conversation_oldest_first_asks_the_requesters_new_message() -> None:
    text = (
        "Shared inbox: help@kanbo.io\nConversation: Can I get last month's invoice as a PDF?\n"
        "Contact: Nora Vik <nora@vikdesign.no>\n\n← Inbound message · Nora Vik · 2 Mar\n"
        "Can I get last month's invoice as a PDF?\n\n→ Outbound message · Ines Berg · 3 Mar\n"
        "Hi Nora, here it is.\n\n— Ticket marked as resolved (3 Mar)\n"
        "— Ticket reopened by requester reply (14 Mar)\n← Inbound message · Nora Vik · 14 Mar\n"
        "Hi Ines,\n\nplease add a dark mode\n\n→ Outbound message · Ines Berg · 14 Mar\n"
        "Thanks, I'm looking into it."
    )
    ask = extract_ask(text)
    assert "please add a dark mode" in ask
    assert "invoice" not in ask


def test_a_reopening_that_only_chases_leaves_the_request() -> None:
    text = (
        "Nora Vik reported via email 3 weeks ago\nplease add a dark mode\n\n"
        "Ines Berg replied 3 weeks ago\nHi Nora, it is on our list.\n\n"
        "[Status: Pending → Solved] 3 weeks ago\n"
        "[Status changed: Solved → Open (customer replied)] 2 days ago\n\n"
        "Nora Vik replied 2 days ago\nAny update on this?"
    )
    assert "please add a dark mode" in extract_ask(text)


def test_a_service_desk_thread_asks_the_reporters_comment_after_the_resolution() -> None:
    """The reporter, named in the header, opened the request with its description; the agent
    resolved it, and the reporter's comment after that is a new matter."""
    text = (
        "KAN-5521  Can I get last month's invoice as a PDF?\n"
        "Reporter: Nora Vik (nora@vikdesign.no) | Assignee: Ines Berg\n\n"
        "Description:\nCan I get last month's invoice as a PDF?\n\nComments (oldest first):\n"
        "Ines Berg · 03/03/2025 10:46\nHi Nora, it is attached.\n"
        "Ines Berg changed the status to Resolved\n\n"
        "Nora Vik · 14/03/2025 09:12\nplease add a dark mode"
    )
    ask = extract_ask(text)
    assert "please add a dark mode" in ask
    assert "invoice" not in ask


def test_a_mail_that_points_at_its_subject_asks_the_subject() -> None:
    text = (
        "Subject: please add a dark mode\nFrom: Nora Vik <nora@vikdesign.no>\n"
        "To: Kanbo Support <help@kanbo.io>\n\nSee subject.\n\n-- \nNora Vik\n\n"
        "On Sun, Mar 2, 2025 at 4:42 AM Ines Berg <ines@kanbo.io> wrote:\n> Hi Nora,\n>\n"
        "> I've reset the settings on your account. Anything else?\n>\n> Best,\n> Ines"
    )
    assert extract_ask(text) == "please add a dark mode"


@pytest.mark.parametrize(
    "history",
    [
        "From: Ines Berg <ines@kanbo.io>\nSent: Monday, 3 March 2025 10:00\n"
        "Subject: Re: invoice\n\nHi Nora,\nThis has been resolved. Anything else?\nBest, Ines",
        "On Mon, 3 Mar 2025 at 10:00, Ines Berg wrote:\nHi Nora,\n"
        "This has been resolved. Anything else I can help with?\nBest, Ines",
    ],
)
def test_an_agents_offer_after_a_resolved_matter_is_no_turn_of_the_requester(
    history: str,
) -> None:
    """Below a reply, the agent's "resolved, anything else?" is history: the reply on top
    stays the ask."""
    text = f"Hi Ines,\n\nplease add a dark mode\n\nBest, Nora\n\n{history}"
    assert extract_ask(text) == "please add a dark mode"


@pytest.mark.parametrize(
    "history",
    [
        "- Bulk edit for tags (done)",
        "- Bulk edit for tags — Complete",
        '- "bulk edit for tags" - marked handled',
        "*Original request (Mar 3, 2025, solved):* bulk edit for tags",
    ],
)
def test_an_earlier_request_reported_settled_is_history_beside_the_new_one(history: str) -> None:
    """A list of the account's earlier requests, each with its status, sits beside the new
    one; it used to be taken for the ask, and every later text with the same history matched
    it."""
    text = f"Notes from the call with Dana:\n{history}\nCan we get a Gantt view for projects?"
    assert extract_ask(text) == "Can we get a Gantt view for projects?"


def test_a_quoted_ask_marked_handled_is_not_the_notes_ask() -> None:
    """The quote of an earlier voicemail used to be read as the customer's block and the ask.
    (The voicemail's header stays to the hand rules; a workspace learns it.)"""
    text = (
        "New voicemail from +1 (555) 201-3344\n\n"
        "Transcript:\nHi, please add two-way sync with HubSpot.\n\n"
        'Previous voicemail from this number (May 2, 2024): "reset my password" - marked handled'
    )
    ask = extract_ask(text)
    assert ask.endswith("please add two-way sync with HubSpot.") and "password" not in ask


def test_a_settled_request_with_nothing_new_beside_it_stays() -> None:
    assert extract_ask("Bulk edit for tags (done)") == "Bulk edit for tags (done)"


@pytest.mark.parametrize(
    "line",
    [
        "Please keep the side panel closed by default",
        "Can I filter tickets (closed)?",
        "Sync is done - please add Outlook too",
        "I'm done exporting by hand, add a CSV button",
    ],
)
def test_a_status_word_inside_a_request_marks_nothing_settled(line: str) -> None:
    assert extract_ask(line) == line
