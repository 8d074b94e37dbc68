"""A helpdesk thread quoted in one item: the comments that ask now, and the history of
requests merged into the ticket.

Helpdesks quote a ticket's comments in their update e-mails and exports, newest first
(Zendesk's notification under "##- Please type your reply above this line -##") or oldest first,
each comment opened by its author and a date, on one line or two, often between rule lines::

    ----------------------------------------------
    Karin Lund

    May 12, 2025, 17:26 GMT+1

    <the comment>

    Chloé Fontaine - 03/01/2025 17:28
    <the comment>

Once the agent reported the request done ("this has been sorted on our side", "I'll mark this
request as solved"), or the helpdesk closed the ticket ("Ticket closed automatically"), what the
requester wrote after is a new matter, the reason for the update: only the requester's comments
after the last answer are kept, without the ticket's header (its subject names the first matter)
and without the requester's word that the answer worked. After an agent's question
they are the answer ("I'm on the Pro plan"), and a comment that only chases ("Any update on
this?") asks nothing new; then, and wherever the dates do not run one way, the thread stays whole
for the rules to read. The requester is who the ticket's header names ("Reporter: …"), else the
author of the oldest comment, who opened the ticket. Where the helpdesk logs that the ticket was
solved and then reopened, those two lines give the order, and the requester's comments since the
reopening are the new matter. A forum's quote of an earlier post is history, and so is what
came before the requester's own word that the earlier matter is settled ("that one got sorted.
New question though:").
A request merged into the ticket ("Request #413483 … was merged into this request.") is an
earlier ticket's history: everything from that line on is dropped.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from triage import envelope_rules as r
from triage.envelope_chat import CLOSED, is_small_talk, without_brackets

__all__ = [
    "after_reopening",
    "after_settled_matter",
    "latest_comments",
    "without_forum_quotes",
    "without_merged_history",
]

_I = re.IGNORECASE
_RULE = re.compile(r"^\s*[-_=─]{10,}\s*$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = rf"(?P<mon>{r.MONTH})"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"
# "May 12, 2025, 17:26 GMT+1", "12 May 2025 17:26", "2025-05-12 17:26", "12.05.2025 17:26"
_STAMPS = (
    re.compile(rf"^\s*(?:\w+,\s*)?{_MONTH}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_TIME}", _I),
    re.compile(rf"^\s*(?:\w+,\s*)?(?P<d>\d{{1,2}})\.?\s+{_MONTH}\s+(?P<y>\d{{4}}){_TIME}", _I),
    re.compile(rf"^\s*(?P<y>\d{{4}})-(?P<mo>\d{{2}})-(?P<d>\d{{2}})(?:T|\s+)?{_TIME}", _I),
    re.compile(rf"^\s*(?P<d>\d{{1,2}})([./-])(?P<mo>\d{{1,2}})\2(?P<y>\d{{4}}){_TIME}", _I),
)
# an author line: a name, maybe with the company in brackets ("Inês Carvalho (Sonara)")
_AUTHOR = re.compile(r"^\s*[^\W\d][\w .'’-]{0,40}(?:\s*\([^()]{1,40}\))?\s*$")
# "Chloé Fontaine - 03/01/2025 17:28", "Siobhan Murphy, Mar 22, 2023 13:09"
_ONE_LINE_HEAD = re.compile(
    r"^\s*(?P<author>[^\W\d](?:[^\W\d_]|[ .'’-]){0,40}(?:\s*\([^()]{1,40}\))?)\s*(?:[-–|·]|,)\s*"
    r"(?P<stamp>\S.{5,40}?)\s*$"
)
# "[3/11/2025 10:25 AM] Bram Smit (customer)", "[11 Apr 2024 00:29] Alex Williams · Internal note"
_STAMP_FIRST_HEAD = re.compile(
    r"^\s*\[(?P<stamp>[^\[\]]{6,40})\]\s*(?P<author>[^\W\d](?:[^\W\d_]|[ .'’-]){0,40}"
    r"(?:\s*\([^()]{1,40}\))?(?:\s*·\s*[^\W\d][\w ]{0,30})?)\s*$"
)
_MERGED = re.compile(r"\bwas\s+merged\s+into\s+this\s+(?:request|ticket|case|conversation)\b", _I)

# a comment that only chases what was asked before
_CHASER = re.compile(
    r"^\W*(?:(?:is\s+there\s+)?any\s+(?:updates?|news|progress)|(?:just\s+)?(?:following|checking)"
    r"\s+(?:up|in)|still\s+(?:waiting|happening|broken|the\s+same|an?\s+(?:issue|problem))|bump"
    r"|ping|same\s+(?:issue|problem)\s+(?:here|again|still)|when\s+can\s+(?:i|we)\s+expect)\b",
    _I,
)

# an answer that reports the request done, in the languages customers write in
_DONE = re.compile(
    r"\b(?:sorted|done|fixed|resolved|solved|processed|taken\s+care\s+of|in\s+place|now\s+(?:live"
    r"|working|fixed|available|visible|active)|(?:has|have)\s+been\s+(?:changed|updated|applied|completed"
    r"|refunded|cancell?ed|corrected|adjusted|reset|removed|added|enabled|disabled|restored"
    r"|credited|reversed|unlocked|reactivated)"
    r"|erledigt|behoben|angepasst|umgestellt|gel[öo]st|r[ée]solu|corrig[ée]|effectu[ée]|resuelt[oa]"
    r"|solucionad[oa]|hecho|opgelost|aangepast|geregeld|risolt[oa]|sistemat[oa]|resolvid[oa]"
    r"|ajustad[oa]|feito|fixat|ordnat|[åa]tg[äa]rdat|rozwi[ąa]zan[ey]|naprawion[ey]|zrobione"
    r"|gotowe|c['’]est\s+fait|cl[ôo]tur\w*|schlie(?:ß|ss)en?|cierr[oa]|cerramos|chiud[oi]\w*"
    r"|sluit(?:en)?|fech(?:o|amos)|encerr\w*|st[äa]nger|avslutar|zamykamy?"
    r"|(?:close|closing|mark(?:ing)?)\s+(?:this|the|your)\s+(?:request|ticket|case))\b",
    _I,
)

# the requester's word that the answer worked ("Thanks, works now!", "hat funktioniert")
_WORKS = re.compile(
    r"\b(?:works?|working|worked)\s+(?:now|again|perfectly|fine|great)|did\s+the\s+trick"
    r"|that\s+(?:worked|did\s+it|helped)|all\s+good\s+now|hat\s+(?:funktioniert|geklappt)"
    r"|funktioniert\s+(?:jetzt|wieder)|c['’]est\s+r[ée]gl[ée]|[çc]a\s+marche|funciona"
    r"|werkt\s+(?:nu|weer)|funziona|fungerar|dzia[łl]a",
    _I,
)

_CONFIRM_WORDS = 6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# "Something else now.", "New question though.", "One more thing:"
_NEW_MATTER = re.compile(
    r"\b(?:some|any)thing\s+else\b|\b(?:another|other|new|different|one\s+more)\s+"
    r"(?:question|thing|topic|request|matter|issue)\b",
    _I,
)
_TURN_WORDS = 4  # words of such a turn at most
# the requester's own word that the earlier matter is settled ("that one got sorted")
_SETTLED = re.compile(
    r"\b(?:that|this|it|the\s+(?:first|other|last|earlier)\s+one)(?:\s+one)?\s+(?:got|has\s+been|was"
    r"|is)\s+(?:sorted|fixed|resolved|solved)\b",
    _I,
)
_TURN_END = re.compile(r"^\s*(?:now|though|too|then|this\s+time)?\s*[.:!?–—-]*\s*", _I)
# a ticket log's status line: "[2025-02-20 19:57] Status changed: Solved → Open"
_STATUS_EVENT = re.compile(r"^\s*(?:[\[(][^\])]{4,30}[\])]\s*)?status(?:\s+changed)?\s*:", _I)
# a helpdesk's comment head by its author's action: "Matteo Rossi replied · 2 days ago",
# "Ana Ruiz — Public reply — 2024-01-20", "📝 Ben Novak added a note · 26 Mar 2024"
# "← Inbound message · Anders Berg · Tue Aug 6" (an outbound one is the company's)
_ACTION_HEAD = re.compile(
    r"^\W*(?:(?P<author>[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){0,3}?)\s*(?:[-–—·|]\s*)?"
    r"(?:replied|wrote|commented|responded|reported\s+via|started\s+the\s+conversation"
    r"|public\s+reply|(?P<note>(?:added\s+an?\s+)?(?:private\s+|internal\s+)?note))\b"
    r"|(?:inbound|(?P<outbound>outbound))\s+message\s*·\s*"
    r"(?P<sender>[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){0,3}?)\s*(?:·|$))",
    _I,
)
# a helpdesk's log line that the ticket was solved: "Ticket marked as resolved"
_SOLVED = re.compile(r"\bmarked\s+as\s+(?:resolved|solved|closed)\b", _I)
_REOPENED = re.compile(
    r"\b(?:solved|closed|resolved)\s*(?:→|->)\s*(?:open|re-?opened|pending)\b"
    r"|\b(?:ticket|conversation|case|request)\s+(?:was\s+)?re-?opened\b",
    _I,
)
_REQUESTER_FIELD = re.compile(
    r"(?:^|\|\s*)(?:customer|contact|requester|reporter)\s*:\s*(?P<who>[^\W\d][\w'’.-]*"
    r"(?:\s+[^\W\d][\w'’.-]*){0,3}?)\s*(?:[(<·|,]|$)",
    _I,
)
_EVENT_MARK = re.compile(
    r"^\W*(?:↳|status(?:\s+changed)?\s*:|satisfaction\s+rating|(?:customer\s+)?rated\s)", _I
)
# a forum's quote of an earlier post: [quote="user, post:1, topic:53894"] … [/quote]
_QUOTE_OPEN = re.compile(r"^\s*\[quote(?:=[^\]]*)?\]", _I)
_QUOTE_CLOSE = re.compile(r"\[/quote\]\s*$", _I)

Stamp = tuple[int, int, int, int, int]


def _stamp(line: str, month_first: bool = False) -> Stamp | None:
    """A comment date as (year, month, day, hour, minute), or None. ``month_first`` reads
    "09/24/2024" the American way; which way a thread is written shows in its order."""
    for pattern in _STAMPS:
        m = pattern.match(line)
        if m is None:
            continue
        found = m.groupdict()
        day = int(found["d"])
        if found.get("mon"):
            month = _MONTHS.index(found["mon"][:3].lower()) + 1
        elif month_first:
            month, day = day, int(found["mo"])
        else:
            month = int(found["mo"])
        hour = int(found["h"] or 0) % 12 if found["ampm"] else int(found["h"] or 0)
        if found["ampm"] and found["ampm"][0].lower() == "p":
            hour += 12
        return int(found["y"]), month, day, hour, int(found["m"] or 0)
    return None


def _head(lines: list[str], n: int) -> tuple[str, str, int] | None:
    """The comment head at line ``n``: its author, date and the line after it. One line
    ("Chloé Fontaine - 03/01/2025 17:28", "[3/11/2025 10:25 AM] Bram Smit (customer)") or an
    author line over a date line, blanks between."""
    one = _ONE_LINE_HEAD.match(lines[n]) or _STAMP_FIRST_HEAD.match(lines[n])
    if one and _stamp(one["stamp"]) is not None:
        return _name(one["author"]), one["stamp"], n + 1
    if not _AUTHOR.match(lines[n]) or not lines[n].strip():
        return None
    nxt = next((k for k in range(n + 1, min(n + 3, len(lines))) if lines[k].strip()), None)
    if nxt is None or _stamp(lines[nxt]) is None:
        return None
    return _name(lines[n]), lines[nxt], nxt + 1


class _Comment(NamedTuple):
    author: str
    date: str  # as written
    head: int  # the author's line
    body: int  # the first line after the head
    end: int


def _comments(lines: list[str]) -> list[_Comment]:
    """The thread's comments in the order written: a body runs to the next head or rule
    line."""
    heads: list[tuple[int, str, str, int]] = []
    n = 0
    while n < len(lines):
        found = _head(lines, n)
        if found is None:
            n += 1
            continue
        heads.append((n, *found))
        n = found[2]
    out = []
    for k, (head, author, date, body) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        end = next((m for m in range(body, end) if _RULE.match(lines[m])), end)
        out.append(_Comment(author, date, head, body, end))
    return out


def _chases(body: list[str]) -> bool:
    """Whether a comment holds nothing but greetings, thanks, a signature, chasers and short
    word that it works now."""
    return all(
        is_small_talk(line)
        or r.is_signature_line(line)
        or r.SIGNOFF.match(line)
        or _CHASER.match(line)
        or _confirms(line)
        for line in (x.strip() for x in body)
        if line
    )


def _reports_done(line: str) -> bool:
    """Whether an answer's line reports the request done, or the helpdesk closed it."""
    return bool(_DONE.search(line) or _WORKS.search(line) or CLOSED.search(line))


def _confirms(line: str) -> bool:
    """Whether a short line only says that the answer worked."""
    return len(line.split()) <= _CONFIRM_WORDS and bool(_WORKS.search(line) or _DONE.search(line))


def _order(comments: list[_Comment]) -> bool | None:
    """Whether the comments run newest first (True) or oldest first (False), their dates read
    day first or month first, whichever runs one way; None if neither does."""
    for month_first in (False, True):
        stamps = [s for c in comments if (s := _stamp(c.date, month_first)) is not None]
        if len(stamps) < 2 or stamps[0] == stamps[-1]:
            return None
        newest_first = stamps[0] > stamps[-1]
        steps = itertools.pairwise(stamps)
        if all((a >= b) if newest_first else (a <= b) for a, b in steps):
            return newest_first
    return None


def _name(author: str) -> str:
    """An author without the company in brackets, to compare authors by."""
    return without_brackets(author).strip().casefold()


def latest_comments(lines: list[str]) -> list[str]:
    """``lines`` with a dated thread cut to what the requester wrote after the agent reported
    the request done; other text passes unchanged."""
    comments = _comments(lines)
    newest_first = _order(comments)
    if newest_first is None:
        return lines
    in_time = comments[::-1] if newest_first else comments
    requester = _requester(lines) or in_time[0].author
    answer = max((k for k, c in enumerate(in_time) if c.author != requester), default=None)
    if answer is None or answer == len(in_time) - 1:
        return lines
    latest = in_time[answer + 1 :]
    answered = in_time[answer]
    if not any(_reports_done(x) for x in lines[answered.body : answered.end]):
        return lines
    if all(_chases(lines[c.body : c.end]) for c in latest):
        return lines
    # the ticket's header goes too: its subject names the matter answered before
    dropped = set(range(min(c.head for c in comments)))
    dropped |= {m for c in comments if c not in latest for m in range(c.head, c.end)}
    dropped |= {m for c in latest for m in range(c.head, c.body)}
    # "Parfait, c'est réglé." above the new matter is no part of it
    said = {m for c in latest for m in range(c.body, c.end)}
    kept = [_without_thanks(x) if m in said else x for m, x in enumerate(lines)]
    return [x for m, x in enumerate(kept) if m not in dropped and (x.strip() or not lines[m])]


def _without_thanks(line: str) -> str:
    """A line of the new comments without its sentences that only say the answer worked, and
    the short turn to the new matter beside them ("That did the trick, thank you. Something
    else now." goes whole; "Thanks, that worked! I want coffee everyday" keeps its request)."""
    sentences = _SENTENCE_END.split(line.strip())
    if not any(_confirms(s) for s in sentences):
        return line
    return " ".join(s for s in sentences if not (_confirms(s) or _turns_to_new_matter(s)))


def _turns_to_new_matter(sentence: str) -> bool:
    return len(sentence.split()) <= _TURN_WORDS and bool(_NEW_MATTER.search(sentence))


def after_reopening(lines: list[str]) -> list[str]:
    """What the requester wrote when they reopened a solved ticket, where the helpdesk logs
    both ("Status: Pending → Solved", then "Status changed: Solved → Open (customer
    replied)") and heads each comment with its author's action ("Matteo Rossi replied · 2 days
    ago", "Ana Ruiz — Public reply — …"). Those two lines tell the order, whatever the dates
    say: the requester's comments on the reopening's newer side are the new matter. Other text,
    and a reopening that only chases, passes unchanged."""
    reopened = [n for n, line in enumerate(lines) if _REOPENED.search(line)]
    solved = [
        n
        for n, line in enumerate(lines)
        if (CLOSED.search(line) or _SOLVED.search(line)) and n not in reopened
    ]
    heads = [(n, m) for n, line in enumerate(lines) if (m := _ACTION_HEAD.match(line))]
    if not reopened or not solved or len(heads) < 2:
        return lines
    reopening = reopened[-1] if solved[0] < reopened[-1] else reopened[0]
    newest_first = solved[0] > reopening
    opener = heads[-1] if newest_first else heads[0]
    requester = _requester(lines) or _author(opener[1])
    bodies = []
    for k, (n, m) in enumerate(heads):
        newer = n < reopening if newest_first else n > reopening
        if not newer or m["note"] or m["outbound"] or _author(m) != requester:
            continue
        end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        bodies.append([x for x in lines[n + 1 : end] if not _is_event(x)])
    if not bodies or all(_chases(body) for body in bodies):
        return lines
    return [_without_thanks(x) for body in bodies for x in body]


def _author(head: re.Match[str]) -> str:
    return _name(head["author"] or head["sender"])


def _requester(lines: list[str]) -> str | None:
    """The requester a ticket's header names ("Customer: James Hughes · …"), if it does."""
    for line in lines:
        if (m := _REQUESTER_FIELD.search(line)) is not None:
            return _name(m["who"])
    return None


def _is_event(line: str) -> bool:
    """Whether a line logs a ticket event (a status change, a rating) rather than saying
    anything."""
    return bool(
        _EVENT_MARK.match(line)
        or CLOSED.search(line)
        or _SOLVED.search(line)
        or _REOPENED.search(line)
    )


def after_settled_matter(lines: list[str]) -> list[str]:
    """``lines`` from where the requester says their earlier matter is settled and turns to a
    new one ("Bumping my own thread, that one got sorted. New question though:"): what comes
    before is that matter's history, and the ticket's status lines go with it. Other text
    passes unchanged, as does a turn with nothing before or after it (a reply above a quote
    reads its quote apart)."""
    first = next((n for n, line in enumerate(lines) if line.strip()), len(lines))
    for n in range(len(lines) - 1, first, -1):
        if r.QUOTED.match(lines[n]):
            continue  # a quoted line is someone's earlier message
        sentences = _SENTENCE_END.split(lines[n].strip())
        settled = [k for k, x in enumerate(sentences) if _SETTLED.search(x) or _confirms(x)]
        if not settled:
            continue
        rest = " ".join(sentences[settled[0] + 1 :])
        turn = _NEW_MATTER.match(rest)
        if turn is None:
            continue
        if not _turns_in_few_words(sentences[settled[0] + 1]):
            continue
        after = _TURN_END.sub("", rest[turn.end() :], count=1)
        kept = ([after] if after else []) + lines[n + 1 :]
        if any(x.strip() for x in kept):
            return [x for x in kept if not _STATUS_EVENT.match(x)]
    return lines


def _turns_in_few_words(sentence: str) -> bool:
    """Whether a sentence that opens with a new matter is the requester's turn to it, a few
    words ("New question though:", "Something else now.") rather than an agent's offer
    ("Anything else I can help with?")."""
    head, colon, _ = sentence.partition(":")
    if colon:
        return len(head.split()) <= _TURN_WORDS
    return len(sentence.split()) <= _TURN_WORDS and not sentence.rstrip().endswith("?")


def without_forum_quotes(lines: list[str]) -> list[str]:
    """``lines`` without a forum's quotes of earlier posts, which are history like an
    e-mail's quoted reply."""
    out: list[str] = []
    inside = False
    for line in lines:
        if _QUOTE_OPEN.match(line):
            inside = True
        if not inside:
            out.append(line)
        if inside and _QUOTE_CLOSE.search(line):
            inside = False
    return out if not inside else lines


def without_merged_history(lines: list[str]) -> list[str]:
    """``lines`` up to a note that another request was merged into this one."""
    for n, line in enumerate(lines):
        if n and _MERGED.search(line):
            return lines[:n]
    return lines
