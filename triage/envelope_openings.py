"""Lead-ins written around a different name each time, on the ask's own line.

Sales notes and relayed requests open with who asked: "Deal blocker for Vertex Logistics:
<ask>", "On the call Tara said <ask>", "Prospect from Cedar Foods asked: <ask>". Each wording
is rare (one per account or person) and shares its line with the ask, so neither a learned line
nor a line's shape (:mod:`triage.envelope_shapes`) sees it; left in, it pulls unrelated asks
from the same channel together. Its *opening*, the first words with names masked
("deal blocker for ‹name›:"), recurs as often as the habit does.

An opening is learned in two steps:

1. by its words (:func:`candidate_openings`): 2 to MAX_WORDS words holding a masked name and
   MIN_LOWERCASE lowercase words, not ending on a bare name ("Integrate with ‹name›" names the
   point; a lead-in's name is followed by a colon, a comma or more words), and followed by a
   sentence (REST_WORDS lowercase words: "It's the Pro plan, iPhone 13, version 2.1" is a
   reply's metadata, not a lead-in before an ask). It opens at least
   OPENING_TEXTS distinct asks, with min_count different names in its slot and none of them in
   more than NAME_SHARE of those asks (a lead-in names whoever asked), and the line branches
   after it: no next word follows it in half of them or more. Of nested openings ("on the call
   ‹name›", "on the call ‹name› said") the shortest that branches is the lead-in.
2. by meaning (:func:`confirmed_openings`): without it, the rest of the line reads more like
   the workspace's other asks than the whole line does. The same request arrives through other
   channels without the lead-in; a request whose opening names its point does not.

Pure: embeddings come in as a function; no I/O.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

import numpy as np

from triage.envelope_lines import CALENDAR_WORD, lowercase_words, normalise_line

__all__ = ["candidate_openings", "confirmed_openings", "strip_opening"]

MAX_WORDS = 8  # a lead-in is short; past this the line is the ask
MIN_LOWERCASE = 2  # "deal blocker for", "on the call … said": a template's own words
REST_WORDS = 3  # words after a lead-in (lowercase ones where it is learned): a sentence
OPENING_TEXTS = 20  # as for a stock sentence (triage.envelope._SENTENCE_TEXTS)
NAME_SHARE = 0.25
BRANCH_SHARE = 0.5
EXAMPLES = 24  # lines per opening whose meaning is compared
OTHERS = 2_000  # other asks the rests and lines are compared with
MASK = "‹name›"

# A name: a capital then a lowercase letter ("Tara", "Vertex"; not "I", "CSV", "API"), not a
# month or weekday; a colon or comma may close it.
_NAME = re.compile(rf"^(?!(?i:{CALENDAR_WORD})\b)(?P<name>[A-Z][a-z][\w'’.-]*?)(?P<close>[:,]?)$")
_LOWER = re.compile(r"^[a-z][a-z'’-]*[:,]?$")

Embed = Callable[[list[str]], np.ndarray]


def _keys(line: str) -> tuple[list[str], list[str | None], list[int], list[str]]:
    """The line's first words as opening keys (a run of names is one ``‹name›``), the name each
    key masks, where each key ends among the line's words, and the words."""
    words = line.split()
    keys: list[str] = []
    names: list[str | None] = []
    ends: list[int] = []
    for n, word in enumerate(words[: MAX_WORDS + 4]):
        m = _NAME.match(word) if n > 0 else None  # a first word is capitalised anyway
        if m is None:
            keys.append(word)
            names.append(None)
        elif keys and keys[-1] == MASK:  # "Vertex Logistics:" is one name
            keys[-1] = MASK + m["close"]
            names[-1] = f"{names[-1]} {m['name']}"
            ends[-1] = n + 1
            continue
        else:
            keys.append(MASK + m["close"])
            names.append(m["name"])
        ends.append(n + 1)
    return keys, names, ends, words


def _openings(line: str) -> list[tuple[str, str, str]]:
    """Each opening of ``line`` that could be a lead-in: (key, the name in it, the next word),
    shortest first."""
    keys, names, ends, words = _keys(line)
    out = []
    for j in range(2, min(MAX_WORDS, len(keys)) + 1):
        if keys[j - 1] == MASK or lowercase_words(" ".join(words[ends[j - 1] :])) < REST_WORDS:
            continue  # a bare name ends no lead-in; after one, someone writes a sentence
        named = [name for name in names[:j] if name is not None]
        lowercase = sum(bool(_LOWER.match(k)) for k in keys[:j])
        if named and lowercase >= MIN_LOWERCASE:
            following = normalise_line(words[ends[j - 1]])
            out.append((normalise_line(" ".join(keys[:j])), named[-1], following))
    return out


def strip_opening(line: str, openings: Collection[str]) -> str:
    """``line`` without its learned lead-in, or unchanged. The name slot takes one to three
    words of any case, so the habit is cut also where someone typed it in lower case or
    misspelt the name ("deal blocker for harbor labs: …")."""
    if not openings:
        return line
    m = _pattern(frozenset(openings)).match(line)
    return line[m.end() :] if m else line


@lru_cache(maxsize=256)
def _pattern(openings: frozenset[str]) -> re.Pattern[str]:
    """One expression matching any of ``openings`` at a line's start, with at least
    REST_WORDS words after it."""
    alternatives = []
    for key in sorted(openings):
        parts = []
        for token in key.split():
            if token.startswith(MASK):
                parts.append(r"\S+(?:\s+\S+){0,2}?" + re.escape(token[len(MASK) :]))
            else:
                parts.append(re.escape(token))
        alternatives.append(r"\s+".join(parts))
    rest = rf"(?=(?:\S+\s+){{{REST_WORDS - 1}}}\S)"
    return re.compile(rf"\s*(?:{'|'.join(alternatives)})\s+{rest}", re.IGNORECASE)


def candidate_openings(asks: Sequence[str], min_count: int = 5) -> frozenset[str]:
    """Openings that read as lead-ins by their words (step 1 of the module docstring), learned
    from the first line of each distinct ask."""
    seen: Counter[str] = Counter()
    names: defaultdict[str, Counter[str]] = defaultdict(Counter)
    following: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for ask in dict.fromkeys(a.strip() for a in asks if a.strip()):
        for key, name, after in _openings(ask.splitlines()[0]):
            seen[key] += 1
            names[key][name] += 1
            following[key][after] += 1
    found = set()
    for key, count in seen.items():
        if count < OPENING_TEXTS or len(names[key]) < min_count:
            continue
        spread = names[key].most_common(1)[0][1] <= NAME_SHARE * count
        branches = following[key].most_common(1)[0][1] < BRANCH_SHARE * count
        if spread and branches:
            found.add(key)
    return frozenset(k for k in found if not any(k.startswith(f"{o} ") for o in found))


def confirmed_openings(
    asks: Sequence[str], candidates: Collection[str], embed: Embed
) -> frozenset[str]:
    """The ``candidates`` whose rests read more like the other asks than their whole lines do
    (step 2): the median gain in cosine to the nearest other ask is above zero."""
    if not candidates:
        return frozenset()
    lines = list(dict.fromkeys(a.strip().splitlines()[0] for a in asks if a.strip()))
    examples: defaultdict[str, list[str]] = defaultdict(list)
    plain: list[str] = []
    for line in lines:
        key = next((k for k, *_ in _openings(line) if k in candidates), None)
        if key is None:
            plain.append(line)
        elif len(examples[key]) < EXAMPLES:
            examples[key].append(line)
    if not plain:
        return frozenset()
    others = embed(plain[:OTHERS])
    confirmed = set()
    for key, group in examples.items():
        rests = [strip_opening(line, {key}) for line in group]
        whole, bare = np.split(embed(group + rests) @ others.T, 2)
        if statistics.median(bare.max(axis=1) - whole.max(axis=1)) > 0.0:
            confirmed.add(key)
    return frozenset(confirmed)
