"""The hand-rule pass of :func:`triage.envelope.extract_ask`, over the patterns of
:mod:`triage.envelope_rules`.

The pass works on lines. It first picks the segment that holds the request (the new text above
a quote or forward, else the quoted or forwarded body), maps chat transcripts and tickets to
what the customer wrote, then drops or trims envelope lines and sentences. Lines that are only
pleasantries ("Hope you're well", "Thanks for your time") or call-note headers are *soft*: they
are dropped when anything else survives and kept when nothing does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triage import envelope_rules as r
from triage.envelope_chat import AGENT_TURN, transcript
from triage.envelope_domains import address_domain
from triage.envelope_lines import normalise_line
from triage.envelope_thread import (
    after_reopening,
    after_settled_matter,
    latest_comments,
    without_forum_quotes,
    without_merged_history,
)

_MAX_DEPTH = 5
_NOTE_WORDS = 15  # at most this many words above a customer's message forwarded on: a note
_NOTE_SPAN = 40  # and at most this many with its greeting and signature


@dataclass(frozen=True)
class RuleResult:
    """What the hand rules kept.

    Attributes:
        lines: Kept lines in order, ``""`` marking a paragraph break.
        hard: Whether a line survived other than as a soft (pleasantry-only) line.
        subject: The e-mail or ticket subject seen on the way, if any.
    """

    lines: list[str]
    hard: bool
    subject: str | None = None


_ONE_QUOTE = re.compile(r"^\s*>(?!\s*>)\s*\S")
_TWO_QUOTES = re.compile(r"^\s*>\s*>(?!\s*>)\s*\S")


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` with any line-ending convention, right-trimmed."""
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def latest_part(lines: list[str]) -> list[str]:
    """What a helpdesk thread asks now: a merged request's history, a forum's quotes of earlier
    posts and, after an answer that reported the request done, a reopening of the solved
    ticket or the requester's word that it is settled, what came before go. Read before any
    learned line is dropped, since those lines may be the thread's dated heads or the agent's
    macro."""
    threads = latest_comments(without_merged_history(without_forum_quotes(lines)))
    return after_settled_matter(after_reopening(threads))


def apply_rules(text: str, company: frozenset[str] = frozenset()) -> RuleResult:
    """Run the hand rules over one text.

    Args:
        text: One item's raw text.
        company: The company's own mail domains (:mod:`triage.envelope_domains`), which tell
            whose a quoted message is where no shared mailbox does.

    Returns:
        The kept lines, whether any is hard content, and the subject if one was seen.
    """
    subjects: list[str] = []
    lines = latest_part(split_lines(text))
    kept = _select(_verbatim_quotes(_marked_answers(lines)), subjects, 0, company)
    return RuleResult(kept.lines, kept.hard, subjects[0] if subjects else None)


def _verbatim_quotes(lines: list[str]) -> list[str]:
    """A note's block quote under a line that calls it someone's own words ("Ava (verbatim):"
    or a heading "### Customer's words", then "> Where is my PIN?") read as one line quoting
    the ask, as `QUOTED_ASK` reads it: a block quote is otherwise an e-mail's quoted reply,
    which is dropped."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        lead = r.VERBATIM_LEAD.match(lines[i])
        start = i + 1
        while lead and start < len(lines) and not lines[start].strip():
            start += 1  # a heading's blank line
        end = start
        while lead and end < len(lines) and r.QUOTED.match(lines[end]):
            end += 1
        quote = " ".join(r.DEQUOTE.sub("", x).strip() for x in lines[start:end])
        if lead and quote.strip() and '"' not in quote:
            out.append(f'{lead["lead"]}: "{quote.strip()}"')
            i = end
        else:
            out.append(lines[i])
            i += 1
    return out


def _marked_answers(lines: list[str]) -> list[str]:
    """Answers written under the company's quoted questions and marked with a deeper quote
    ("> Which plan are you on?" over ">> Free") are the customer's text, not a quote: they come
    out unquoted and the questions stay quoted. Where a question asks what the customer wants
    ("What can we do for you?"), only its answer comes out; a line saying how the answers are
    marked ("Replies below, marked >>.") goes."""
    pairs = [
        n + 1
        for n in range(len(lines) - 1)
        if _ONE_QUOTE.match(lines[n]) and _TWO_QUOTES.match(lines[n + 1])
    ]
    if len(pairs) < 2:
        return lines
    asked = [n for n in pairs if AGENT_TURN.match(r.DEQUOTE.sub("", lines[n - 1]))]
    out = [x if r.QUOTED.match(x) or ">>" not in x else "" for x in lines]
    for n in pairs:
        out[n] = r.DEQUOTE.sub("", lines[n]) if not asked or n in asked else ""
    return out


def _note_header(line: str, subjects: list[str]) -> bool:
    """Whether ``line`` is an e-mail header field; remembers a subject's value."""
    if r.HEADER_FIELD.match(line) is None:
        return False
    if subject := r.header_subject(line):
        subjects.append(subject)
    return True


def _boundary(lines: list[str], i: int) -> int:
    """How many lines a forward/reply marker at ``i`` spans (0: none)."""
    s = lines[i]
    if r.FORWARD_MARKER.match(s) or r.REPLY_ATTRIBUTION.match(s):
        return 1
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if len(s) < 120 and r.ATTRIBUTION_START.match(s) and r.WROTE_END.search(nxt):
        return 2
    m = r.HEADER_FIELD.match(s)
    if m and r.header_name(m["field"]) == "from":
        fields = {
            r.header_name(h["field"])
            for x in lines[i + 1 : i + 6]
            if (h := r.HEADER_FIELD.match(x))
        }
        if fields & {"sent", "date"} and fields & {"to", "subject"}:
            return 1
    return 0


def _forwarded(lines: list[str], i: int) -> bool:
    """Whether the marker at ``i`` opens a forwarded message ("Forwarded message", "Begin
    forwarded message", or a header block whose subject starts FW:/Fwd:), not a reply's quote."""
    if r.FORWARDED.search(lines[i]):
        return True
    return bool(r.FORWARD_SUBJECT.match(_header_value(lines, i, "subject")))


def _from_automated(lines: list[str], i: int) -> bool:
    """Whether the message a marker at ``i`` opens comes from a mailbox no person reads
    ("no-reply@…"): a customer forwarding the company's own notice asks above it."""
    return bool(r.AUTOMATED_SENDER.search(_header_value(lines, i, "from")))


def _from_company(lines: list[str], i: int, company: frozenset[str]) -> bool:
    """Whether the message a marker at ``i`` opens was sent from a company's shared mailbox
    ("support@…"), or from the company's domain to someone outside it: the company's answer,
    quoted under the customer's reply, however short."""
    sender = _header_value(lines, i, "from")
    if r.ROLE_MAILBOX.search(sender):
        return True
    to = address_domain(_header_value(lines, i, "to"))
    return address_domain(sender) in company and to is not None and to not in company


def _to_company(lines: list[str], i: int, company: frozenset[str]) -> bool:
    """Whether the message a marker at ``i`` opens was sent to a company's shared mailbox
    ("info@…") or to anyone at the company's domain: from anyone but the company, a
    customer's message, which a short note above passes on."""
    to = _header_value(lines, i, "to")
    return bool(r.ROLE_MAILBOX.search(to)) or address_domain(to) in company


def _quotes_company(lines: list[str], quoted: list[bool], company: frozenset[str]) -> bool:
    """Whether the quote opens with an attribution to the company ("> 4 juni 2025 kl. 19:22
    skrev Acme Support <support@acme.io>:"): its answer, under the customer's reply."""
    first = next((r.DEQUOTE.sub("", x) for x, q in zip(lines, quoted, strict=True) if q), "")
    if not r.WROTE_END.search(first):
        return False
    return bool(
        r.ROLE_MAILBOX.search(first)
        or r.AUTOMATED_SENDER.search(first)
        or address_domain(first) in company
    )


def _header_value(lines: list[str], i: int, name: str) -> str:
    """The value of the first header field ``name`` in the block a marker at ``i`` opens."""
    for line in lines[i : i + 7]:
        m = r.HEADER_FIELD.match(line)
        if m and r.header_name(m["field"]) == name:
            return str(m["value"])
    return ""


def _points_below(above: RuleResult) -> bool:
    """Whether the text above a forward or quote is only a note about it: a name or two words
    ("FYI", "Marco"), a short line pointing at it ("Can you help with this one?"), or a tool's
    fields ("Case Origin: Email | Priority: Medium"): labels and values, not one lowercase word.
    A short ask is none of these ("describe a rotor")."""
    text = " ".join(line for line in above.lines if line)
    words = text.split()
    return (
        len(words) <= 2
        or (len(words) <= 15 and bool(r.POINTER.search(text)))
        or (text.count(": ") >= 2 and not r.LOWER_WORD.search(text))
    )


def _short_note(written: list[str], above: RuleResult) -> bool:
    """Whether the text above a message is short enough to be a colleague's note on it
    ("This landed in sales; I think it belongs to your team.", "Zur Info, kam bei mir an."),
    as the rules read it and, greeting and signature included, as ``written``."""
    kept = sum(len(line.split()) for line in above.lines)
    return kept <= _NOTE_WORDS and sum(len(line.split()) for line in written) <= _NOTE_SPAN


def _automatic(lines: list[str], subjects: list[str]) -> bool:
    """Whether a message is a mail server's automatic answer: its subject says so, or its
    Auto-Submitted header (RFC 3834)."""
    return any(r.AUTO_REPLY_SUBJECT.match(x) for x in subjects) or any(
        r.AUTO_SUBMITTED.match(x) for x in lines
    )


def _select(
    lines: list[str],
    subjects: list[str],
    depth: int,
    company: frozenset[str],
    automatic: bool = False,
) -> RuleResult:
    """Keep the new text above a reply's quote, else recurse into the quoted body. A forward
    is the other way round: what was forwarded is the feedback, and the note above it ("see
    below from one of our customers") is kept only when the forwarded body holds nothing.
    Mailboxes tell the two apart where words cannot: text above a message from the company
    (a shared mailbox such as support@ or no-reply@, or its own ``company`` domain writing to
    someone outside it) is the customer's reply, however short, and a short note above a
    message to the company (info@, or anyone at its domain) passes a customer's message on.
    ``automatic``: ``lines`` open with a mail server's automatic answer (its subject said so),
    which is no new text either; nor is a bounce, which returns the message below it."""
    quoted = [bool(r.QUOTED.match(s)) for s in lines]
    for i in range(len(lines)):
        skip = 0 if quoted[i] else _boundary(lines, i)
        if not skip:
            continue
        # a line that comes again below is no new text: a mail app's preview repeats the
        # signature and the attribution above the message
        again = {k for x in lines[i + skip :] if (k := normalise_line(x))}
        new_text = [
            x
            for x, q in zip(lines[:i], quoted[:i], strict=True)
            if not q and normalise_line(x) not in again
        ]
        known = len(subjects)
        above = _clean(new_text, subjects)
        # the text above is itself a mail server's automatic answer, by its subject or header
        automatic = automatic or _automatic(new_text, subjects[known:])
        if subjects[known:] and any(r.SEE_SUBJECT.match(x) for x in new_text):
            return RuleResult([subjects[known]], True, subjects[known])
        from_company = _from_company(lines, i, company)
        answer = from_company or _from_automated(lines, i)
        # quoted lines above the quote's header: answers written inline, which "Answers inline
        # below" points at, not a note on what follows
        inline = any(quoted[:i])
        forward = (
            automatic
            or any(r.BOUNCE.search(x) for x in new_text)
            or (not answer and (_forwarded(lines, i) or (_points_below(above) and not inline)))
            or (not answer and _to_company(lines, i, company) and _short_note(new_text, above))
        )
        if (above.hard and not forward) or depth >= _MAX_DEPTH:
            return above
        # quoted lines stay marked: where the reply is written under the quote (an inline or
        # bottom-posted reply), the next level keeps the unquoted text, else the quote
        below = lines[i + skip :]
        known = len(subjects)
        headers = []
        while below and (not below[0].strip() or _note_header(below[0], subjects)):
            headers.append(below.pop(0))
        auto = _automatic(headers, subjects[known:])
        inner = _select(below, subjects, depth + 1, company, automatic=auto)
        return inner if inner.hard or not above.lines else above
    if any(quoted) and depth < _MAX_DEPTH:
        fresh = _clean([x for x, q in zip(lines, quoted, strict=True) if not q], subjects)
        if fresh.hard and (not _points_below(fresh) or _quotes_company(lines, quoted, company)):
            return fresh
        # a note above the quote pointing at it ("heard today from Ana 👇") leaves the quote
        # (past the return above, hard fresh text points below)
        first_text = next((n for n, x in enumerate(lines) if x.strip() and not quoted[n]), 0)
        pointed = fresh.hard and first_text < quoted.index(True)
        inner = _select(
            [r.DEQUOTE.sub("", x) for x, q in zip(lines, quoted, strict=True) if q or not pointed],
            subjects,
            depth + 1,
            company,
        )
        return inner if inner.hard or not fresh.lines else fresh
    return _clean(lines, subjects)


def _reply_header(s: str, out: list[str]) -> bool:
    """Whether ``s`` heads the agent's answer: a named reply header, a helpdesk's "Name
    replied" after the customer's text, or a bare ``Response:`` on its own line after it (not
    after a question, as in a survey)."""
    if r.REPLY_BYLINE.match(s):
        return True
    before = [x.strip() for x in out if x.strip()]
    if r.ACTIVITY_BYLINE.match(s):
        return bool(before)  # "Daniel replied" under the customer's message
    m = r.REPLY_HEADER.match(s)
    if m is None:
        return False
    if m["q"] or m["f"]:
        return True
    return not m["rest"].strip() and bool(before) and not before[-1].endswith("?")


def _speakers(lines: list[str]) -> list[str]:
    """Drop agent notes and replies; with explicit customer markers keep only their blocks.

    A reply header (``Public reply:``, ``Reply from support:``) drops everything after it up
    to the next customer marker; a note header (``Internal note:``) drops its paragraph.
    """
    # an earlier message reported settled is no customer's block, whoever it came from
    marks = [None if r.is_settled_line(s) else r.CUSTOMER_MARK.match(s) for s in lines]
    marked = any(m and not r.AGENT_ROLE.search(m.string[: m.start("rest")]) for m in marks)
    out: list[str] = []
    customer = agent_block = reply = False
    for s, cust in zip(lines, marks, strict=True):
        agent = r.AGENT_TAG.match(s) or r.AGENT_LABEL.match(s)
        if agent is None and r.note_byline(s):
            agent_block, customer = True, False
            continue
        if agent is None and cust and r.AGENT_ROLE.search(s[: cust.start("rest")]):
            agent = cust
        if agent is None and cust is None and _reply_header(s, out):
            reply = True
            continue
        if agent is not None:
            reply = reply or _reply_header(s, out)
            if not agent["rest"].strip():
                agent_block, customer = True, False
            continue
        if cust is not None:
            customer, agent_block, reply = True, False, False
            if cust["rest"].strip():
                out.append(cust["rest"])
            continue
        if reply:
            continue
        if agent_block:  # a note runs to a blank line, or a rule line that closes its section
            agent_block = (bool(s.strip()) and not r.RULE_LINE.match(s)) or marked
            continue
        if not marked or customer:
            out.append(s)
    return out


def _signature_tail(line: str, loose: bool) -> bool:
    """Whether a line after a sign-off still belongs to the signature.

    ``loose`` (a request came before the sign-off) also takes any short unpunctuated line.
    """
    s = line.strip()
    if not s or r.is_signature_line(s) or r.is_contact_line(s) or r.MOBILE_FOOTER.match(s):
        return True
    return loose and len(s.split()) <= 3 and s[-1] not in ".?!"


def _clean(lines: list[str], subjects: list[str]) -> RuleResult:
    """Drop envelope lines; keep request lines (hard) and pleasantry-only lines (soft)."""
    lines = _labelled_asks(_speakers(transcript(lines)))
    out: list[tuple[str, bool]] = []
    after_rating = False
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        i += 1
        if not s:
            out.append(("", False))
            continue
        if r.SIG_DELIMITER.match(s):
            break
        if r.DISCLAIMER.match(s):
            while i < len(lines) and lines[i].strip():
                i += 1
            continue
        started = any(t for t, _ in out)
        last = not any(rest.strip() for rest in lines[i:])
        if last and started and r.ATTRIBUTION_LINE.match(s):
            continue
        if r.SIGNOFF.match(s):
            while i < len(lines) and _signature_tail(lines[i], loose=started):
                i += 1
            continue
        if r.is_contact_line(s) or r.DATE_LINE.match(s):
            while out and out[-1][0] and r.is_signature_line(out[-1][0]):
                out.pop()
            continue
        if (r.HANDLE.match(s) or r.REVIEWER_META.match(s)) and out and r.is_person_name(out[-1][0]):
            out.pop()  # a post's author above their handle ("Tom Nair", "@thetom", "FR · 1 review")
        rated = bool(r.RATING_PREFIX.match(s))
        kept = _line(s, subjects, first=not any(t and not soft for t, soft in out))
        if kept is not None:
            if (after_rating or rated) and not kept[1] and _title_like(kept[0]):
                kept = (kept[0], True)
            out.append(kept)
            after_rating = False
        elif r.STARS_ONLY.match(s) or r.RATING_LINE.match(s):
            after_rating = True
        elif s.endswith("?"):
            after_rating = False  # a form's next question: its answer is no review title
    return _finish(out)


def _labelled_asks(lines: list[str]) -> list[str]:
    """In notes that label the customer's ask ("They asked: …", "- Q: …") or quote it
    ('Customer said: "…"'), those asks alone: the meeting header, attendees, context and next
    steps around them are the note's frame. A label over a name ("Customer: Acme Corp") or a
    survey's question is not an ask; a quote is, however short."""
    asks = []
    for line in lines:
        if r.is_settled_line(line):
            continue  # '"…" - marked handled': an earlier ask, not this note's
        if (quoted := r.QUOTED_ASK.search(line)) is not None:
            asks.append(quoted["ask"].strip())
            continue
        m = r.ASK_LABEL.match(line)
        ask = m["ask"].strip() if m else ""
        if len(ask.split()) >= 3 and not r.is_signature_line(ask) and " A: " not in ask:
            asks.append(ask)
    return asks or lines


def _cut_short(line: str) -> str:
    """The casefolded start of a line cut short with an ellipsis, else ``""``."""
    s = line.rstrip()
    for mark in ("...", "…"):
        if s.endswith(mark) and len(s) > len(mark) + 8:
            return s[: -len(mark)].rstrip().casefold()
    return ""


def _title_like(s: str) -> bool:
    """A review title: a few words that carry no request (dropped when more text follows)."""
    words = s.split()
    return 0 < len(words) <= 6 and not s.rstrip().endswith("?") and not r.REQUEST_WORD.search(s)


def _finish(out: list[tuple[str, bool]]) -> RuleResult:
    """Resolve soft lines, drop a subject cut short ("tell me which stocks were the...") where
    the whole text follows, and a trailing name/title paragraph."""
    texts = [t.casefold() for t, _ in out]
    out = [
        (t, soft)
        for t, soft in out
        if not (
            (stem := _cut_short(t)) and any(o.startswith(stem) and o != t.casefold() for o in texts)
        )
    ]
    hard = any(t and not soft for t, soft in out)
    lines = [t for t, soft in out if not (hard and soft)]
    while lines and not lines[-1]:
        lines.pop()
    if hard and "" in lines:
        cut = len(lines) - lines[::-1].index("")
        tail = lines[cut:]
        if len(tail) <= 4 and all(r.is_signature_line(t) for t in tail):
            if any(lines[:cut]):
                lines = lines[:cut]
    return RuleResult(lines, hard)


def _line(s: str, subjects: list[str], first: bool) -> tuple[str, bool] | None:
    """One line through the line rules: ``None`` to drop, else ``(text, soft)``."""
    bullet = bool(r.BULLET.match(s))
    s = r.BULLET.sub("", s, count=1)
    if r.ACTION_ITEM.match(s) or (bullet and r.ACTION_BULLET.match(s)):
        return s, True
    if r.is_settled_line(s):  # an earlier request reported done: history beside the new ask
        return s, True
    if (m := r.GREETING.match(s)) is not None:
        if not s[m.end() :].strip():
            return None
        if first:
            s = s[m.end() :]
    if _note_header(s, subjects):
        return None
    if (m := r.TICKET_HEADER.match(s)) is not None:
        if not (m["rest"] or "").strip():
            return None
        s = m["rest"].strip()
    if (m := r.SMS_LINE.match(s)) is not None:
        if m["way"] == "OUT":
            return None  # the company's side of an SMS thread
        s = m["msg"].strip()
    if (m := r.ISSUE_KEY.match(s)) is not None:
        if not m["rest"].strip():
            return None
        s = m["rest"].strip()
    if (m := r.METADATA.match(s)) is not None:
        value = m["value"].strip()
        entity = m["label"].casefold() in r.ENTITY_LABELS
        if (entity and (r.is_signature_line(value) or len(value.split()) <= 2)) or (
            not entity and (len(value) <= 60 or r.PEOPLE_LABEL.match(m["label"]))
        ):
            return None
        s = value
    noise = (
        r.HELPDESK_NOISE,
        r.REVIEW_NOISE,
        r.STARS_ONLY,
        r.RATING_LINE,
        r.SURVEY_SCALE,
        r.MOBILE_FOOTER,
        r.TRANSCRIPT_NOISE,
        r.FORWARD_NOTE,
        r.DATE_LINE,
        r.RULE_LINE,
        r.PLACEHOLDER,
        r.BUTTON_ROW,
        r.ENCRYPTION_NOTICE,
        r.GENERIC_TITLE,
        r.TOOL_FOOTER,
        r.CHAT_APP_NOISE,
        r.REVIEW_BYLINE,
        r.SOCIAL_NOISE,
        r.SOCIAL_BYLINE,
        r.CHAT_AUTHOR,
        r.REVIEWER_META,
        r.BREADCRUMB,
    )
    if any(rx.match(s) for rx in noise) or r.is_stamp_line(s) or r.is_reference_line(s):
        return None
    if not any(c.isalnum() for c in s):  # an emoji or reaction on its own line: no words
        return None
    if r.is_field_row(s) or r.is_dotted_byline(s) or r.is_cast_list(s) or r.CALL_TITLE.match(s):
        return None
    for mark in (":", ","):
        label, sep, value = s.partition(mark)
        if sep and len(label.split()) <= 4 and (r.DATE_LINE.match(value) or r.is_stamp_line(value)):
            return None  # "Date of experience: 4 February 2026", "abubakar, May 10, 2024 2:50 AM"
    s = r.PASS_ON.sub("", r.HASHTAGS_TAIL.sub("", r.REACTIONS_TAIL.sub("", s)), count=1)
    s = r.WHOLE_QUOTE.sub(r"\g<quote>", r.LEADING_MENTIONS.sub("", s, count=1))
    if (r.SPOKEN_FILLER.search(s) or r.SELF_INTRO.match(s)) and (s := _unspoken(s)) == "":
        return None
    if " | " in s:
        segments = s.split(" | ")
        kept = [x for x in segments if _line(x, subjects, first=False) is not None]
        if not kept:
            return None
        s = " | ".join(kept)
    if (m := r.SURVEY_Q.match(s)) is not None:
        if r.CLOSED_ANSWER.match(answer := (m["a"] or "").strip()):
            return None  # "Q3. May we write to you? → Yes"
        if answer or _labelled_ask(s, m["q"]):
            s = answer or m["q"].strip()
        else:
            return None
    s = r.RATING_SUFFIX.sub("", r.RATING_PREFIX.sub("", s, count=1), count=1)
    if (m := r.CALL_HEADER.match(s)) is not None:
        rest = r.DATE_LEAD.sub("", s[m.end() :], count=1)
        bare = r.PARTY.sub("", r.DATE_TAIL.sub("", rest)).strip(" ,;|()[]")
        if not bare or r.DATE_LINE.match(bare) or r.is_signature_line(bare):
            return s, True
        s = rest
    if (m := r.REVIEW_TITLE.match(s)) is not None:
        return m["rest"].strip(), True
    if r.LEAD_IN_ONLY.match(s):
        return s, True
    s = r.LEAD_IN.sub("", s, count=1)
    for _ in range(3):
        s, n = r.LABEL.subn("", s, count=1)
        if not n:
            break
    survey = r.SURVEY_QUESTION.match(s) and r.SURVEY_TOPIC.search(s)
    if survey or r.FOLLOW_UP.match(s) or r.INTRO.match(s):
        return s, True
    return _sentences(s.strip())


def _unspoken(s: str) -> str:
    """Transcribed speech without its fillers, the caller's introduction and the closing. A
    line reads as speech with two fillers or one and a caller's introduction; else a written
    "hmm, not what I asked" stays as it is."""
    s, intro = r.SPOKEN_INTRO_TO_FILLER.subn("", s.strip(), count=1)
    bare, fillers = r.SPOKEN_FILLER.subn("", s)
    if not intro:
        bare, intro = r.SPOKEN_INTRO.subn("", bare.strip(), count=1)
    if fillers < 2 and not intro:
        return s
    return r.SPOKEN_CLOSE.sub("", bare, count=1).strip()


def _labelled_ask(line: str, question: str) -> bool:
    """'Question: can you tell me X' in an e-mail is the customer's own ask under a label; a
    survey's question is abbreviated or numbered (Q:, Q3.) or asks about the vendor."""
    survey = r.SURVEY_QUESTION.match(question) and r.SURVEY_TOPIC.search(question)
    return bool(r.QUESTION_LABEL.match(line)) and not survey


def _sentences(s: str) -> tuple[str, bool] | None:
    """Drop sign-off and macro sentences; pleasantry sentences count as soft."""
    parts = r.SENTENCE_SPLIT.split(s)
    kept: list[str] = []
    soft: list[str] = []
    for part in parts:
        if (lead := r.PLEASANT_LEAD.match(part)) is not None:
            soft.append(part[: lead.end()].strip())
            part = part[lead.end() :]
        if r.SIGNOFF.match(part):
            continue
        greeting = r.GREETING.match(part)  # "Hi Tomás, thanks for the suggestion!" is a macro
        body = part[greeting.end() :] if greeting else part
        m = r.MACRO.match(body)
        if m is not None and not r.REQUEST_CUE.search(body[m.end() :]):
            continue
        closing = r.CLOSING.match(part) and not r.REQUEST_CUE.search(part)
        if closing or r.PLEASANTRY.match(part) or r.ACK.match(part):
            soft.append(part)
            continue
        kept.append(part)
    if kept == parts:
        return (s, False) if s else None
    if kept:
        return " ".join(kept), False
    return (" ".join(soft), True) if soft else None
