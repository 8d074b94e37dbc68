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

Whether a workspace is an issue tracker is read from code-like specifics only, not names:
song, playlist and place names clash between one intent's queries as versions do between
issues (five of SNIPS's intents as published, capitalised: 77% of neighbour links clash with
names, 19% without).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from triage.neighbours import neighbour_pairs
from triage.spelling import allowed_slips, model_words, same_start, slips

__all__ = ["clash", "differs", "reads_like_tracker", "specific_cannot_links", "specifics"]

_TOKEN = re.compile(r"[\w#]+(?:[.\-/:+][\w#]+)*")
_CODE = re.compile(r"[a-z][A-Z]|[._#]|^[A-Z0-9]{2,}$")
_SENTENCE_BREAK = re.compile(r"[.!?:;\n\]]")  # between two tokens: the second opens a sentence
# Share of a workspace's neighbour links that must clash in code-like specifics (names left
# out) before it reads like an issue tracker (`reads_like_tracker`). Chosen on 2026-12-05 with
# names counted (intent and customer-service sets 0.02-0.09, the demo backlog 0.10-0.17, Hadoop
# issue reports 0.83). Without names, 2026-12-06, clean and channel-wrapped copies: issue
# reports 0.67-0.74, capitalised SNIPS 0.19-0.22, every other battery copy 0.01-0.11.
SPECIFIC_WORKSPACE = 0.5
SAMPLE_ITEMS = 200  # items whose links decide it; only then is every link checked
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_JOINERS = re.compile(r"[\-/:+]")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_NOT_ALNUM = re.compile(r"[\W_]+")


def specifics(text: str, names: bool = True) -> frozenset[str]:
    """The specific tokens of a text: its numbers ("9.4.21", "13" of "JDK13"), and its other
    specific tokens lower-cased without punctuation ("hadoop-hdfs-project" as "hadoophdfsproject";
    see the module docstring). Without `names`, a capitalised word counts only if it reads
    like code ("ViewFs", "JDK13", "Hadoop-Thirdparty"; not "Salesforce" or "Tanzania")."""
    known = model_words()
    found: set[str] = set(_NUMBER.findall(text))
    previous_end = -1
    for match in _TOKEN.finditer(text):
        token = match.group()
        opens = previous_end < 0 or bool(_SENTENCE_BREAK.search(text, previous_end, match.start()))
        previous_end = match.end()
        if token.isalpha() and token.islower():  # most tokens: only an unknown word counts
            if len(token) >= 4 and token not in known:
                found.add(token)
            continue
        if not _LETTER.search(token):
            continue
        parts = [p for p in _JOINERS.split(token.casefold()) if p]
        name = token[0].isupper() and len(parts) == 1  # "Salesforce", "Tanzania"
        if (
            _DIGIT.search(token)
            or _CODE.search(token)
            or (names and token[0].isupper() and len(token) > 1 and not opens)
            or ((names or not name) and any(len(p) >= 4 and p not in known for p in parts))
        ):
            found.add(_NOT_ALNUM.sub("", token.casefold()))
    return frozenset(found)


@dataclass(frozen=True)
class _Reading:
    """What `clash` looks up in a text, read once."""

    specifics: frozenset[str]
    coded: frozenset[str]  # specifics without names (`specifics(text, names=False)`)
    numbers: frozenset[str]
    compact: str  # lower-cased letters and digits only
    words: tuple[str, ...]  # lower-cased tokens


@lru_cache(maxsize=50_000)  # bounded: a long-running worker reads many workspaces
def _read(text: str) -> _Reading:
    return _Reading(
        specifics(text),
        specifics(text, names=False),
        frozenset(_NUMBER.findall(text)),
        _NOT_ALNUM.sub("", text.casefold()),
        tuple(set(_TOKEN.findall(text.casefold()))),
    )


def _named_by(token: str, other: _Reading) -> bool:
    """Whether the other text names `token`: the same number, the token inside its letters and
    digits ("jdk13" in "[JDK 13]"), or a word a slip or two from it (a typo, not a swap)."""
    if token[0].isdigit() and token[-1].isdigit():
        return token in other.numbers
    if token in other.compact:
        return True
    return len(token) >= 4 and any(_slip_of(token, word) for word in other.words)


@lru_cache(maxsize=200_000)
def _slip_of(token: str, word: str) -> bool:
    """Whether `token` is a typo of `word`: the same first letters (rarely mistyped, as in
    `triage.spelling`) and a slip or two apart."""
    allowed = allowed_slips(token)
    if abs(len(token) - len(word)) > allowed or not same_start(word, token):
        return False
    return slips(token, word) <= allowed


def _unmatched(mine: _Reading, theirs: _Reading, names: bool = True) -> bool:
    """Whether `mine` names a specific token `theirs` does not."""
    own, other = (mine.specifics, theirs.specifics) if names else (mine.coded, theirs.coded)
    return any(not _named_by(t, theirs) for t in own - other)


def clash(a: str, b: str, names: bool = True) -> bool:
    """Whether each text names a specific token the other does not (a swap of specifics);
    without `names`, a code-like one (see `specifics`)."""
    mine, theirs = _read(a), _read(b)
    return _unmatched(mine, theirs, names) and _unmatched(theirs, mine, names)


def differs(a: str, b: str) -> bool:
    """Whether either text names a specific token the other does not: a swap, or one text
    narrowing the other to a version, module or platform ("… in hadoop-client"): in an issue
    tracker the narrower one is another issue, often a sub-task of the wider one."""
    mine, theirs = _read(a), _read(b)
    return _unmatched(mine, theirs) or _unmatched(theirs, mine)


def reads_like_tracker(texts: Sequence[str], neighbours: np.ndarray) -> bool:
    """Whether most sampled neighbour links join texts that swap code-like specifics: an issue
    tracker, where nearly every item's nearest items are other issues a version or module
    apart. Names are left out (`clash(names=False)`): one intent's queries swap song and place
    names the way issues swap versions.

    Args:
        texts: the asks the items' vectors embed.
        neighbours: [n, k] each item's nearest other items (-1 for none).
    """
    n = len(texts)
    step = max(1, n // SAMPLE_ITEMS)
    sample = [(i, int(j)) for i in range(0, n, step) for j in neighbours[i] if j >= 0]
    clashing = sum(clash(texts[i], texts[j], names=False) for i, j in sample)
    return bool(sample) and clashing > SPECIFIC_WORKSPACE * len(sample)


def specific_cannot_links(texts: Sequence[str], neighbours: np.ndarray) -> list[tuple[int, int]]:
    """Neighbour pairs whose texts differ in specifics, in a workspace that reads like an issue
    tracker (`reads_like_tracker`); else none.

    In an issue tracker a sentence model groups issues a version or module apart as one
    request, and a title that adds a module to another is another issue too (a sub-task). In
    feedback and intent sets a swap ("play the Beatles" / "play some jazz", "Apple Pay" /
    "Google Pay") or an added detail ("export my data" / "… to CSV") may well be one request,
    so nothing is forbidden.

    Args:
        texts: the asks the items' vectors embed.
        neighbours: [n, k] each item's nearest other items (-1 for none).
    """
    if not reads_like_tracker(texts, neighbours):
        return []
    low, high = neighbour_pairs(neighbours)
    pairs = zip(low.tolist(), high.tolist(), strict=True)
    return [(i, j) for i, j in pairs if differs(texts[i], texts[j])]
