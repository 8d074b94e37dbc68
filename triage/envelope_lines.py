"""The form an envelope line is learned and matched in (:func:`normalise_line`), shared by the
learned lines (:mod:`triage.envelope`) and their shapes (:mod:`triage.envelope_shapes`)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CALENDAR_WORD", "STAMP", "lowercase_words", "normalise_line"]

STAMP = "0:0"  # what a date or time becomes

# a word as people write it mid-sentence: names, codes and headers have few
_LOWER_WORD = re.compile(r"(?<!\S)[a-z][a-z'’-]*(?=[\s,.!?;:]|$)")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")
_SPACE = re.compile(r"\s+")
# month and weekday names, in lower case (line shapes reuse them to tell a date from a name)
CALENDAR_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
# calendar words vary inside one template line ("renewal is coming up in March/April")
_CALENDAR = re.compile(rf"\b{CALENDAR_WORD}\b")
# after the two folds above: a date or time written any way ("12/31/2023 5:07 pm",
# "sat, 10 sep 2022 17:20:09 +0530", "2023-06-20t14:06:08z") is one token, so a template
# line stamped in several formats is still one line
_STAMP_PART = r"(?:[0~](?:[/.:-][0~])*(?:t0(?::0)*)?z?|[ap]\.?m\.?|utc|gmt|[+-]0)"
_CJK_DATE = re.compile(r"0\s*[年년]\s*0\s*[月월]\s*0\s*[日일]")  # "2023年3月5日", once folded
_STAMP = re.compile(
    rf"(?<![\w.])(?:{_STAMP_PART}(?:[\s,]+{_STAMP_PART})+|0(?:[/:-][0~])+(?:t0(?::0)*)?z?"
    rf"|0\.0\.0)(?![\w.])"
)


def normalise_line(line: str) -> str:
    """The form a line is learned and matched in: NFKC, casefolded, numbers -> ``0``,
    month and weekday names -> ``~``, then a whole date or time (Chinese, Japanese and Korean
    dates too) -> ``0:0`` (:data:`STAMP`).

    Args:
        line: One line of an item.

    Returns:
        The line with whitespace folded to single spaces and trimmed, so that
        ``"Ticket #12345  "`` and ``"ticket #9"`` compare equal (a thousands-separated
        number such as ``1,200`` is one number).
    """
    folded = _CALENDAR.sub("~", unicodedata.normalize("NFKC", line).casefold())
    numbered = _CJK_DATE.sub("0/0/0", _DIGITS.sub("0", folded))
    return _STAMP.sub(STAMP, _SPACE.sub(" ", numbered)).strip()


def lowercase_words(text: str) -> int:
    """How many lowercase words ``text`` holds: a sentence has several, a name, a code or a
    header line few."""
    return len(_LOWER_WORD.findall(text))
