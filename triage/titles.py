"""Idea titles a PM can scan: the ask itself, without the greeting, the lead-in ("quick one:",
"Deal blocker for Contoso:"), the sign-off or the sentences of context around it."""

from __future__ import annotations

import re

# "Hi team,", "Hello!", "hey,", "Quick one:", "FYI -" at the start; applied until none is left.
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|dear)(?:\s+(?:team|all|there|folks|everyone|guys))?"
    r"|quick (?:one|question)|fyi|ok|okay)\b[\s,!:.;\-–—]*",
    re.IGNORECASE,
)
# A short reported-speech lead-in: "Deal blocker for Contoso: ...", "Prospect asked: ...".
# Other colons stay: in "Bug in export: it fails" the part before the colon is the point.
_LEAD_IN = re.compile(
    r"^(?=[^:]{0,40}\b(?:asked|asks|said|says|wrote|writes|requested|requests|blocker|feedback)\b)"
    r"[^:.!?]{1,40}:\s+(?=\S+\s+\S+\s+\S+)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SIGN_OFF = re.compile(r"^(?:thanks|thank you|thx|cheers|regards|best|kind regards)\b", re.I)
MIN_WORDS = 3


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def title_from(text: str, limit: int = 80) -> str:
    """The first sentence of real content, capitalised, without a closing full stop, and cut
    at a word within `limit`.

    Falls back to the whole text (on one line) when cleaning would leave fewer than three
    words, so a short or unusual text is never reduced to nothing.
    """
    flat = " ".join(text.split())
    body = flat
    for _ in range(3):
        stripped = _GREETING.sub("", body, count=1)
        stripped = _LEAD_IN.sub("", stripped, count=1)
        if stripped == body:
            break
        body = stripped
    sentences = [s for s in _SENTENCE_END.split(body) if s and not _SIGN_OFF.match(s)]
    first = next((s for s in sentences if len(s.split()) >= MIN_WORDS), "")
    title = first or flat
    if len(title.split()) < MIN_WORDS:
        title = flat
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    return _cut(title[:1].upper() + title[1:], limit)
