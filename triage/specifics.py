"""Requests that name different specifics: "Upgrade Jetty to 9.4.40" against "… to 9.4.21".

A sentence model scores such pairs near 1.0, since all but one token is shared, yet in an issue
tracker or a backlog they are different requests: another version, module, product, platform
or format ("Add a Dockerfile for Debian 10" / "… for Windows 10", "Export to CSV" / "… to
PDF"). On 2,503 real Hadoop issue reports nearly every wrong auto-merge was such a pair.

A token is *specific* when it holds a digit, reads like code (camelCase, ALL CAPS, inner dots,
underscores or #, a hyphenated compound of unknown words), is capitalised inside a sentence,
or is a word the model's vocabulary does not know. Two texts *clash* when each names a specific
token the other does not, and neither is a slip of the other's ("activate my crad" against
"actvate my card" does not clash). Paraphrases rarely clash: they differ in ordinary words.
"""

from __future__ import annotations

import re
from functools import cache

from triage.spelling import LONG, model_words, slips

__all__ = ["clash", "specifics"]

_TOKEN = re.compile(r"[\w#]+(?:[.\-/:+][\w#]+)*")
_CODE = re.compile(r"[a-z][A-Z]|[._#]|^[A-Z0-9]{2,}$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|\[[^\]]*\]|^\W+)\s*$")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_NOT_ALNUM = re.compile(r"[\W_]+")


@cache
def specifics(text: str) -> frozenset[str]:
    """The specific tokens of a text: its numbers ("9.4.21", "13" of "JDK13"), and its other
    specific tokens lower-cased without punctuation ("hadoop-hdfs-project" as "hadoophdfsproject";
    see the module docstring)."""
    known = model_words()
    found: set[str] = set(_NUMBER.findall(text))
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not any(c.isalpha() for c in token):
            continue
        parts = [p for p in re.split(r"[\-/:+]", token.casefold()) if p]
        if (
            any(c.isdigit() for c in token)
            or _CODE.search(token)
            or (
                token[0].isupper()
                and len(token) > 1
                and not _SENTENCE_START.search(text[: match.start()])
            )  # a name inside a sentence: "Salesforce", "Windows", "Sets"
            or any(len(p) >= 4 and p not in known for p in parts)  # a product, a module
        ):
            found.add(_NOT_ALNUM.sub("", token.casefold()))
    return frozenset(found)


def _named_by(token: str, text: str) -> bool:
    """Whether `text` names `token`: the same number, the token inside its letters and digits
    ("jdk13" in "[JDK 13]"), or a word a slip or two from it (a typo, not a swap)."""
    if token[0].isdigit() and token[-1].isdigit():
        return token in _NUMBER.findall(text)
    if token in _NOT_ALNUM.sub("", text.casefold()):
        return True
    allowed = 2 if len(token) >= LONG else 1
    words = (m.group().casefold() for m in _TOKEN.finditer(text))
    return len(token) >= 4 and any(slips(token, w) <= allowed for w in words)


def clash(a: str, b: str) -> bool:
    """Whether each text names a specific token the other does not (a swap of specifics)."""
    return any(not _named_by(t, b) for t in specifics(a) - specifics(b)) and any(
        not _named_by(t, a) for t in specifics(b) - specifics(a)
    )
