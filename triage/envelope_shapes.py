"""Line shapes: a template line with its names, addresses and ids masked.

A helpdesk or chat tool writes the same line around a different name each time ("Luca closed
the conversation", "A new ticket has been submitted by Emily Tanaka.", "Please reach out to
support@fernpay.com so we can help."). Each wording is too rare to be learned as a line, yet
the shape they share ("‹name› closed the conversation") recurs as often as the template does.
:func:`shapes` gives that shape, so :func:`triage.envelope.learn_envelope` can learn it under
the same guards as a whole line.

Only what varies between people is masked: capitalised words, links, e-mail addresses,
@handles and user names (numbers and dates are already folded by ``normalise_line``). The
words a template is made of stay, and a shape needs at least MIN_WORDS of them, so "Emily
Tanaka" alone or "‹name› (‹name›)" never becomes one; a tool's header needs none if it has two
separators ("‹name› · ‹name› · ‹name›") or a date ("‹name› (external) 0:0").
"""

from __future__ import annotations

import re
from functools import lru_cache

from triage.envelope_lines import CALENDAR_WORD, STAMP, normalise_line

__all__ = ["MIN_WORDS", "is_shape", "shapes"]

MIN_WORDS = 2  # lowercase words a shape must keep besides its masks
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HANDLE = re.compile(r"(?<![\w@])[@#]\w[\w.-]*")
_USER = re.compile(  # with a letter in it: "08.45" is a time
    r"(?<![\w/])(?:[ur]/)?(?=[\w.]*[a-z])[a-z0-9]+(?:[_.][a-z0-9]+)+(?![\w/])", re.IGNORECASE
)
# a capitalised word is a name unless it is part of a date or time ("PM", "Sep", "Sat")
_NAME = re.compile(
    rf"(?<![\w'’-])(?!(?i:[ap]\.?m|utc|gmt|{CALENDAR_WORD})\.?(?![\w'’-]))[A-Z][\w'’.-]*"
)
_NAMES = re.compile(r"‹name›(?:[\s,&]+‹name›)+")
# a tool's header line is masks between separators ("‹name› · ‹name› ‹id› · ‹name›"):
# two separators make a shape of it without lowercase words
_SEPARATOR = re.compile(r"\s[·›|•»]\s")
# "2021-07-17 06:55 - ", "[1-JAN-21 22.47] ": a log line's stamp, which the rules may or may
# not have cut; the shape is the same either way
_LEADING_STAMP = re.compile(
    r"^(?:[\[(]\d[^\])]{3,30}[\])]|(?:\d[\w/.:,+-]*\s+){1,4}(?:[AaPp]\.?[Mm]\.?\s+)?[-–—·|])\s+(?=\S)"
)
_WORD = re.compile(r"(?<![\w‹])[a-z][a-z'’-]+(?![\w›])")
_MASK = "‹"
_MASKABLE = re.compile(r"[A-Z@#_]|https?://|www\.|\w\.\w")  # what any mask needs


def is_shape(key: str) -> bool:
    """Whether a learned key is a shape rather than a whole line."""
    return _MASK in key


@lru_cache(maxsize=65_536)  # template lines recur in item after item; bounded for a long worker
def shapes(line: str) -> tuple[str, ...]:
    """The shapes of ``line``: none if nothing in it is masked or too few words stay.

    A capitalised first word may be a name ("Luca closed the conversation") or just a
    sentence's start ("Started on https://…"), so a line has two shapes then: one with it
    masked and one with it kept.

    Args:
        line: One line as written (case matters: capitalised words are masked).

    Returns:
        Lines in :func:`~triage.envelope_lines.normalise_line` form with their variable parts
        as ``‹url›``, ``‹email›``, ``‹id›`` and ``‹name›`` (a run of capitalised words is one
        ``‹name›``).
    """
    if not _MASKABLE.search(line):
        return ()
    line = _LEADING_STAMP.sub("", line.strip())
    masked = _HANDLE.sub("‹id›", _EMAIL.sub("‹email›", _URL.sub("‹url›", line)))
    masked = _USER.sub("‹id›", masked)
    first = _NAME.match(masked)
    found = [_mask_names(masked)]
    if first is not None:  # the first word kept as written
        found.append(masked[: first.end()] + _mask_names(masked[first.end() :]))
    out = []
    for form in found:
        folded = normalise_line(form)
        worded = (
            len(_WORD.findall(folded)) >= MIN_WORDS
            or len(_SEPARATOR.findall(folded)) >= 2
            or (STAMP in folded and folded != STAMP)  # "‹name› (external) 0:0": a byline
        )
        if _MASK in folded and worded and folded not in out:
            out.append(folded)
    return tuple(out)


def _mask_names(text: str) -> str:
    return _NAMES.sub("‹name›", _NAME.sub("‹name›", text))
