"""Chat transcripts and ticket threads: keep the customer's substantive turns.

A transcript is recognised by its speaker prefixes, in any of the usual export forms::

    [18:45] Maria: ...            12:03 PM - Maria: ...       2024-10-01 15:50:49 Maria: ...
    Maria (12:03): ...            Visitor: ... / Agent: ...    Lars Levi (17/02/2025 15:05):

The last form, a speaker and a stamp with nothing after the colon, heads a block of lines (a
helpdesk thread). Each speaker gets a role: from the label (``Agent``, ``Support``, ``Bot``,
``System``; ``Customer``, ``Visitor``) or from a call note's attendee line ("Attendees: Sam
(AE), Priya (Globex)": a seller's role is ours, anyone else the customer), else ``agent`` for
a speaker whose turns read like an agent's (macros, offers of help), else the speaker of the
first substantive turn is the customer and the others are agents. The customer's turns are kept
without their prefixes, and small talk ("ok thanks", "no that's all", "bye") is dropped while
anything substantive remains.
"""

from __future__ import annotations

import re

from triage import envelope_rules as r

__all__ = ["AGENT_TURN", "is_small_talk", "transcript", "without_brackets"]

_I = re.IGNORECASE
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}"
    rf"|\d{{1,2}}\s+{r.MONTH}(?:\s+\d{{4}})?|{r.MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_STAMP = rf"(?:{_DATE}(?:,?\s*(?:at\s+)?{_TIME})?|{_TIME})"
CHAT_LINE = re.compile(
    rf"^\s*(?:[\[(]?(?P<ts>{_STAMP})[\])]?\s*[-–—|]?\s*)?"
    # a name, maybe with its team or company in brackets: "Emma (Acme)", "Agent (Emma)"
    # or a phone number (an SMS or WhatsApp export)
    # or a handle with its forum rank and badge: "zhiwei_59 [Member]", "theaoi [Moderator] 🛡️";
    # WhatsApp marks someone not in the phone's contacts with "~ "
    r"(?:~\s?)?(?P<who>[^\W\d][\w .'’&/@|-]{0,40}?(?:\s*\(@?[^\W\d][\w .'’&/@-]{0,30}\))?"
    r"(?:\s*\[[^\W\d][\w .'’&/-]{0,30}\](?:\s*[^\w\s:]{1,3})?)?"
    r"|\+?\d[\d ()-]{6,18}\d)"
    rf"(?:\s*[\[(](?P<ts2>{_STAMP})[\])])?\s*:(?:\s+(?P<msg>.*?))?\s*$",
    _I,
)
# Microsoft Teams copied to text: "[2/4/2026 1:31 PM] Ferrer, Lucía" over the message's lines
TEAMS_LINE = re.compile(
    rf"^\s*\[(?P<ts>{_STAMP})\]\s*(?P<who>[^\W\d][\w ,.'’&()-]{{0,50}}?)"
    r"(?P<ts2>(?!))?(?P<msg>(?!))?\s*$",  # no second stamp, no message on the line
    _I,
)
# a helpdesk's log line that the conversation ended: "Conversation closed", "Status changed:
# Pending → Solved"
CLOSED = re.compile(
    r"\b(?:conversation|ticket|case|chat|request)\s+(?:was\s+)?(?:closed|resolved|solved)\b"
    r"|(?:→|->|\bto)\s*(?:solved|closed|resolved)\b",
    _I,
)
# Teams and Slack mark a person from outside the company: the customer
EXTERNAL = re.compile(r"\((?:external|guest|extern|externe|externo)\)\s*$", _I)
# "Attendees: Sam (AE), Priya (customer)": a call note's cast, with each speaker's side
CAST_LINE = re.compile(
    r"^\s*(?:attendees|participants|present|on\s+the\s+call|people|who)\s*:\s*(?P<cast>.+)$", _I
)
CAST_MEMBER = re.compile(r"(?P<who>[^\W\d][\w .'’-]{0,40}?)\s*\((?P<role>[^()]{1,40})\)")
OUR_SIDE = re.compile(
    r"\b(?:ae|se|am|pm|csm|sdr|bdr|account\s+(?:executive|manager)|sales|solutions?\s+engineer"
    r"|us|ours?|me)\b",
    _I,
)
SYSTEM_ROLE = re.compile(r"^\s*(?:system|bot|automated|auto|notification)\b", _I)
AGENT_TURN = re.compile(
    r"^\s*(?:welcome\s+to\b|(?:how|what)\s+(?:can|may|could)\s+(?:i|we)\s+(?:help|do|assist)"
    r"|(?:i|we)\s+(?:can|could|would\s+be\s+happy\s+to|['’]d\s+be\s+happy\s+to)\s+help"
    r"|(?:is\s+there\s+)?anything\s+else\s+(?:i|we)\s+can"
    r"|let\s+me\s+(?:check|look|see|find|take\s+a\s+look|pass|forward|note)"
    r"|(?:i|we)(?:['’]ll|\s+will)\s+(?:pass|forward|share|log|note|check|look|raise|add)"
    r"|thanks?\s+(?:you\s+)?for\s+(?:waiting|holding|your\s+patience|chatting|contacting|calling"
    r"|messaging|reaching\s+out|getting\s+in\s+touch)"
    # a phone agent's opening: "Nimbus Hosting, Kofi speaking", "you're through to Ana"
    r"|(?:[\w&'’ .-]{1,40},\s*)?(?-i:[A-Z])\w+\s+speaking\b|you(?:['’]re|\s+are)\s+(?:speaking"
    r"\s+(?:with|to)|through\s+to)\s"
    r"|(?:this\s+is\s+)?(?-i:[A-Z])\w+\s+(?:here|from\s+(?:the\s+)?(?-i:[A-Z])[\w ]{1,30})\s*[.!,]"
    r"|my\s+name\s+is\s+(?-i:[A-Z])"
    # a bot's opening: "Hey! I'm NimbusBot 🤖 Ask me anything", "Reply with a number:"
    r"|i['’]?m\s+\w*bot\b|ask\s+me\s+anything|(?:pick|choose)\s+(?:a|an|one)\s+(?:topic|option)"
    r"|reply\s+with\s+(?:a|the)\s+number|before\s+we\s+start"
    r"|what(?:['’]s|\s+is)\s+your\s+(?:question|request|message)\s+about)",
    _I,
)
# a chat export's header naming the customer ("Visitor: Sofía López (sofia@…)") and its log
# line naming the agent ("Conversation assigned to Ines Carter")
_NAMED_CUSTOMER = re.compile(
    r"^\s*(?:visitor|customer|contact|requester|end\s*user)\s*:\s*"
    r"(?P<who>[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){0,3}?)\s*(?:[(<·|,]|$)",
    _I,
)
# a chat log's event line: "(16:53:59) *** Sofía selected "Get help""
_SYSTEM_EVENT = re.compile(rf"^\s*(?:[\[(]?{_STAMP}[\])]?\s*)?\*{{3}}\s")
_NAMED_AGENT = re.compile(
    r"\bassigned\s+to\s+(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)", _I
)
_SMALL = (
    r"(?:ok(?:ay)?|k|kk|yes|yeah|yep|yup|no|nope|nah|sure|right|cool|great|perfect|awesome"
    r"|alright|fine|thanks?|thank\s+you(?:\s+(?:so|very)\s+much)?|thx|ty|cheers|hi|hello|hey"
    r"|bye(?:\s+bye)?|good\s*bye|see\s+(?:you|ya)|you\s+too|same\s+to\s+you|np|no\s+problem"
    r"|no\s+worries|will\s+do|got\s+it|sounds\s+good|all\s+good|i\s+see|ah|oh|hmm+|lol"
    r"|that\s+(?:helps|works)|that['’]?s\s+(?:all|it|everything|great|perfect|fine)"
    r"|nothing\s+else|not\s+(?:right\s+now|at\s+the\s+moment)|for\s+(?:now|today)|again"
    r"|(?:a|one)\s+(?:sec|second|moment|min(?:ute)?)|hold\s+on|are\s+you\s+(?:still\s+)?there"
    r"|have\s+a\s+(?:good|great|nice|lovely)\s+(?:day|one|evening|weekend)|much\s+appreciated"
    r"|appreciate\s+it|(?:good\s+)?(?:morning|afternoon|evening|day)|there|team|all|everyone|folks"
    r"|quick\s+(?:one|question|q)"
    # a messenger's placeholder for what it did not export: "<Media omitted>"
    r"|(?:media|image|video|audio|sticker|gif|document)\s+omitted|this\s+message\s+was\s+deleted)"
)
SMALL_TALK = re.compile(rf"^\W*(?:{_SMALL}\W*)*$", _I)
_CLAUSE = re.compile(r"[.!?—–]\s*|,\s+")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")
_LEADING_SYMBOLS = re.compile(r"^[^\w\s]+\s*")


def is_small_talk(text: str) -> bool:
    """Whether a turn is only small talk: greetings (in any language the rules know),
    acknowledgements, thanks, good-byes."""
    return all(
        SMALL_TALK.match(c)
        or r.ACK.match(c)
        or r.SIGNOFF.match(c)
        or r.CLOSING.match(c)
        or ((m := r.GREETING.match(c)) is not None and not c[m.end() :].strip())
        for c in _CLAUSE.split(text)
    )


def _role(who: str) -> str | None:
    """A speaker's role from the label alone: ``system``, ``agent``, ``customer`` or None."""
    if SYSTEM_ROLE.match(who):
        return "system"
    if EXTERNAL.search(who):
        return "customer"
    if r.AGENT_ROLE.search(who):
        return "agent"
    return "customer" if r.CUSTOMER_ROLE.match(who) else None


def _speaker(who: str) -> bool:
    """Whether an untimed ``who:`` label names a speaker (a role or a person), not a field."""
    if r.PHONE.match(who) or "[" in who:  # a number (SMS, WhatsApp) or a forum rank
        return True
    if _role(who) or r.METADATA.match(who + ":") or r.HEADER_FIELD.match(who + ":"):
        return _role(who) is not None
    return r.is_signature_line(who) and len(who.split()) <= 4


def _cast(lines: list[str]) -> dict[str, str]:
    """Each speaker's role as the text names it: a call note's attendee line ("Sam (AE)": ours,
    an agent), a chat export's visitor or contact header (the customer) and its assignment log
    line (an agent), by full name and by first name, as chats show either."""
    cast: dict[str, str] = {}
    for line in lines:
        if (m := CAST_LINE.match(line)) is not None:
            for member in CAST_MEMBER.finditer(m["cast"]):
                role = _role(member["role"]) or (
                    "agent" if OUR_SIDE.search(member["role"]) else None
                )
                cast[member["who"].strip().casefold()] = role or "customer"
        for pattern, role in ((_NAMED_CUSTOMER, "customer"), (_NAMED_AGENT, "agent")):
            if (m := pattern.search(line)) is not None and not _role(m["who"]):
                name = m["who"].strip().casefold()
                cast.setdefault(name, role)
                cast.setdefault(name.split()[0], role)
    return cast


def _agentish(text: str) -> bool:
    """Whether a turn reads like an agent's: a macro or an offer of help in any sentence."""
    for sentence in _SPLIT.split(text):
        s = r.GREETING.sub("", sentence, count=1) if r.GREETING.match(sentence) else sentence
        for part in (sentence, s):
            part = _LEADING_SYMBOLS.sub("", part)  # "👋 What can I help you with?"
            if r.MACRO.match(part) or AGENT_TURN.match(part):
                return True
    return False


def _turns(lines: list[str], cast: dict[str, str]) -> dict[int, tuple[str, str]] | None:
    """Line index -> (speaker key, message) for the lines that start a turn, if a transcript."""
    hits = [(i, m) for i, s in enumerate(lines) if (m := CHAT_LINE.match(s))]
    if not hits:
        teams = [(i, m) for i, s in enumerate(lines) if (m := TEAMS_LINE.match(s))]
        # only where the copy marks who is who: its first speaker may be either side
        hits = teams if len(teams) >= 2 and any(_role(m["who"]) for _, m in teams) else []
    timed = {i: m for i, m in hits if m["ts"] or m["ts2"]}
    named = {
        i: m
        for i, m in hits
        if not (m["ts"] or m["ts2"])
        and m["msg"]
        and (_speaker(m["who"]) or m["who"].strip().casefold() in cast)
        and not r.is_person_name(r.PARENTHESES.sub("", m["msg"]).strip())  # "Caller: Ana Ruiz"
    }
    phoned = any(r.PHONE.match(m["who"]) for m in timed.values())  # an SMS or WhatsApp export
    if len(timed) >= 2 or phoned or any(not m["msg"] for m in timed.values()):
        chosen = timed
    elif any(r.PHONE.match(m["who"]) for m in named.values()):
        chosen = named  # numbers speak only in an SMS or WhatsApp export
    else:
        who = {m["who"].strip().casefold(): m for m in named.values()}
        roles = {w: _role(w) or cast.get(w) for w in who}
        agent = any(role in ("agent", "system") for role in roles.values())
        if "customer" in roles.values() and not agent:
            agent = any(_agentish(who[w]["msg"]) for w, role in roles.items() if role is None)
        if len(named) < 2 or len(who) < 2 or not agent:
            return None
        chosen = named
    if len(chosen) == 1 and not next(iter(chosen.values()))["msg"]:
        return None  # one dated heading ("Layla Qureshi (Jul 4, 2024):") is a thread, not a chat
    return {i: (m["who"].strip().casefold(), m["msg"] or "") for i, m in chosen.items()}


def _roles(blocks: list[tuple[str | None, list[str]]], cast: dict[str, str]) -> dict[str, str]:
    """Each speaker's role: label or attendee line, then agent-like turns, then the first
    substantive turn."""
    roles: dict[str, str | None] = {}
    flagged: set[str] = set()
    speakers = {who for who, _ in blocks if who is not None}
    # "Brightdesk" beside "Brightdesk (Theo)": the business under its own name and one of its
    # people. Unless a log line names it ("assigned to Omar" beside "Omar (Taskable)"): then
    # the plain name may be a customer who shares the agent's, and the turns tell
    shared = {base for w in speakers if (base := without_brackets(w)) != w} & speakers
    for who, body in blocks:
        if who is None:
            continue
        named = None if who in shared else cast.get(who)
        business = who in shared and who not in cast
        company = "agent" if business or _company_person(who, speakers) else None
        roles.setdefault(who, _role(who) or named or company)
        if _agentish(" ".join(body)):
            flagged.add(who)
    unknown = [w for w, role in roles.items() if role is None]
    if any(role == "customer" for role in roles.values()):
        customer = None
    else:
        firsts = [
            w for w, body in blocks if w in unknown and not is_small_talk(" ".join(body).strip())
        ]
        plain = [w for w in firsts if w not in flagged]
        order = plain or firsts or [w for w in unknown if w not in flagged] or unknown
        customer = order[0] if order else None
    return {w: role or ("customer" if w == customer else "agent") for w, role in roles.items()}


def without_brackets(who: str) -> str:
    """A speaker or author without the company in brackets ("Theo (Brightdesk)" -> "Theo")."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", who)


def _company_person(who: str, speakers: set[str]) -> str | None:
    """ "agent" for "Brightdesk (Theo)" beside "Brightdesk": one of a business's people, where
    the business also speaks under its own name; else None."""
    base = without_brackets(who)
    return "agent" if base != who and base in speakers else None


def turn(line: str) -> tuple[str, str] | None:
    """Who speaks in a chat or transcript turn and what they say ("00:05  Dana Wu: can you
    hear me?" -> ("dana wu", "can you hear me?")): a timed line or a speaker's, not a form
    field. None for any other line."""
    m = CHAT_LINE.match(line) if ":" in line else None  # most lines have no colon
    if m is None or not m["msg"] or not (m["ts"] or m["ts2"] or _speaker(m["who"])):
        return None
    return m["who"].strip().casefold(), m["msg"]


def turn_message(line: str) -> str | None:
    """What a chat or transcript turn says (see :func:`turn`), else None."""
    found = turn(line)
    return found[1] if found else None


def lone_speaker(lines: list[str]) -> list[str]:
    """A chat whose other turns were all template (learned, and taken off): the one speaker
    left, unless an agent or the system by their label, is the customer, and their turns lose
    the speaker label the rules would need a second speaker to read."""
    turns = [turn(line.strip()) for line in lines]
    speakers = {found[0] for found in turns if found}
    if len(speakers) != 1 or _role(next(iter(speakers))) in ("agent", "system"):
        return lines
    return [found[1] if found else line for line, found in zip(lines, turns, strict=True)]


def transcript(lines: list[str]) -> list[str]:
    """Keep the customer's substantive turns of a transcript; other text passes unchanged.

    Args:
        lines: The lines of one item (or of the segment holding its request).

    Returns:
        The lines with agent and system turns dropped, speaker prefixes removed and small
        talk dropped while a substantive customer turn remains; ``lines`` itself when the text
        is not a transcript or no customer turn is found.
    """
    cast = _cast(lines)
    turns = _turns(lines, cast)
    if turns is None:
        return lines
    blocks: list[tuple[str | None, list[str]]] = []
    for i, s in enumerate(lines):
        if i in turns:
            who, msg = turns[i]
            blocks.append((who, [msg] if msg.strip() else []))
        elif blocks:
            blocks[-1][1].append(s)
        else:
            blocks.append((None, [s]))
    roles = _roles(blocks, cast)
    ours = [k for k, (who, _) in enumerate(blocks) if who is not None and roles[who] == "customer"]
    if not any(x.strip() for k in ours for x in blocks[k][1]):
        return lines
    substantive = [k for k in ours if not is_small_talk(" ".join(blocks[k][1]).strip())]
    # a conversation closed and reopened by the customer: the request is what they wrote since
    closed = [k for k, (_, body) in enumerate(blocks) if any(CLOSED.search(x) for x in body)]
    if closed and any(k > closed[-1] for k in substantive):
        substantive = [k for k in substantive if k > closed[-1]]
    out: list[str] = []
    for k, (speaker, body) in enumerate(blocks):
        if speaker is None:
            out.extend(body)
        elif roles[speaker] == "customer" and (k in substantive or not substantive):
            out.extend(body)
    return [x for x in out if not (_SYSTEM_EVENT.match(x) or _NAMED_CUSTOMER.match(x))]
