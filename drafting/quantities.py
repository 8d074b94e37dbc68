"""Numbers, units, rates and deadlines as people write them in key results.

The sentence parser (`drafting.krtext`) builds on these scanners. Every scanner returns
character spans into the original text so the critic can point at the words it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Span = tuple[int, int]

_SUFFIX = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}

_UNIT_WORDS = (
    ("pt", r"percentage\s+points?|pp|pts?|points?"),
    ("%", r"%|percent|per\s?cent"),
    ("/5", r"/\s?5|out\s+of\s+5|stars?"),
    ("/10", r"/\s?10|out\s+of\s+10"),
    ("/100", r"/\s?100|out\s+of\s+100"),
    ("ms", r"ms|milliseconds?"),
    ("s", r"s|secs?|seconds?"),
    ("min", r"mins?|minutes?"),
    ("h", r"h|hrs?|hours?"),
    ("days", r"days?|d"),
    ("weeks", r"weeks?|wks?"),
    ("months", r"months?"),
    ("x", r"x|×"),
)
_UNIT_RE = "|".join(f"(?P<u_{i}>{pattern})" for i, (_, pattern) in enumerate(_UNIT_WORDS))

# Not glued to a word or a hyphenated word: p95, week-4, v2, 24/7 and B2B are not quantities.
_QUANTITY = re.compile(
    rf"""
    (?<![\w.,/$€£])(?<!\w-)
    (?P<sign>[-−](?=[$€£]?\d))?
    (?P<cur>[$€£])?
    (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    (?:(?P<suffix>bn|[kKmMbB])(?![\w%])|\s(?P<word>thousand|million|billion)\b)?
    (?:\s?(?:{_UNIT_RE})(?![\w%]))?
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Numbers that qualify a metric rather than measure it.
_QUALIFIERS = re.compile(
    r"""
    \b\d+-[a-z]+                                   # 30-day retention, 5-star reviews
    | \b(?:day|week|month|tier|level|phase|stage|sev|step|version)[\s-]\d+\b
    | \bper\s+[$€£]?\d[\d,.]*[km]?\b               # crashes per 1,000 sessions
    | \btop[\s-]\d+\b
    | \b\d+/7\b | \b\d+:\d+\b
    | \b(?:soc|iso)\s?\d+\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:20[2-9]\d|'\d{2})"  # 2020-2099: "by 2000" after a verb is an amount
_QUARTER = (
    rf"(?:(?:FY)?{_YEAR}[-\s]?[QH][1-4]|[QH][1-4](?:[-\s]?(?:FY)?{_YEAR})?|FY\s?{_YEAR}|FY\d{{2}})"
)
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH}(?:\s+{_YEAR})?)"
)
_PERIOD_NOUN = r"(?:quarter|cycle|half|year|month|sprint|fiscal\s+year)"
_DEADLINES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b(?:by|before|until|till|at|through)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?"
        rf"(?:{_QUARTER}|{_DATE}|{_YEAR}|(?:this|next|the)\s+{_PERIOD_NOUN}|{_PERIOD_NOUN})"
        r"(?![\w-])",
        rf"\b(?:by|before|until|till|in|during|within|for|through|on)\s+(?:the\s+)?"
        rf"(?:{_QUARTER}|{_DATE})(?![\w-])",
        rf"\b(?:(?:by|before|until|in|during|within)\s+(?:the\s+)?)?(?:this|next|current)\s+"
        rf"{_PERIOD_NOUN}\b",
        rf"\b(?:by|before|in)\s+{_YEAR}(?=\s*(?:$|[.,;:)]))",
        r"\b(?:(?:by|before)\s+(?:the\s+)?)?(?:EOY|EOQ|EOM|year[-\s]end|quarter[-\s]end"
        r"|end[-\s]of[-\s](?:year|quarter|cycle))\b",
        r"\b(?:in|within|over|during)\s+the\s+(?:next|coming)\s+\d+\s+(?:days|weeks|months)\b",
    )
]
_DEADLINE_PREFIX = re.compile(
    r"^(?:by|before|until|till|at|through|in|during|within|for|on|over)\s+(?:the\s+)?", re.I
)

_PERIODS = {"mo": "month", "wk": "week", "yr": "year"}
_PERIOD = re.compile(
    r"(?<!within\s)(?<!\bin\s)(?<!\bfor\s)"
    r"\b(?:per|a|an|each|every)\s+(?P<a>day|week|month|quarter|year)\b"
    r"|/\s?(?P<b>day|week|wk|month|mo|quarter|year|yr)\b",
    re.IGNORECASE,
)

_SECONDS = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "days": 86400.0, "weeks": 604800.0}
_SECONDS["months"] = 30.4375 * _SECONDS["days"]


@dataclass(frozen=True)
class Quantity:
    """A number found in text, with its unit (None when bare) and where it was written."""

    value: float
    unit: str | None
    span: Span


def parse_number(token: str) -> float:
    """Read one written number such as "1,200", "100K", "$50K", "1.2M" or "€3k".

    Args:
        token: The number as written, optionally with a currency sign and a suffix.

    Returns:
        The value, with thousands separators removed and suffixes applied.

    Raises:
        ValueError: When the token is not a number.
    """
    match = _QUANTITY.fullmatch(token.strip())
    if match is None:
        raise ValueError(f"not a number: {token!r}")
    return _quantity(match).value


def _quantity(match: re.Match[str]) -> Quantity:
    value = float(match["num"].replace(",", ""))
    suffix = (match["suffix"] or match["word"] or "").lower()
    value *= _SUFFIX.get(suffix, 1.0)
    if match["sign"]:
        value = -value
    unit = match["cur"]
    for i, (name, _) in enumerate(_UNIT_WORDS):
        if match[f"u_{i}"]:
            unit = name
    return Quantity(value=value, unit=unit, span=match.span())


def qualifier_spans(text: str) -> list[Span]:
    """Spans of numbers that qualify a metric ("30-day", "per 1,000 sessions", "top 10")."""
    return [m.span() for m in _QUALIFIERS.finditer(text)]


def find_quantities(text: str, skip: list[Span] | None = None) -> list[Quantity]:
    """Every quantity in `text` that does not overlap a span in `skip`, in reading order."""
    skip = list(skip or []) + qualifier_spans(text)
    found = []
    for match in _QUANTITY.finditer(text):
        start, end = match.span()
        if any(start < s_end and s_start < end for s_start, s_end in skip):
            continue
        found.append(_quantity(match))
    return found


def find_deadline(text: str) -> tuple[str, Span] | None:
    """The first deadline phrase ("by end of Q2", "this quarter", "by 2027-06-30").

    Returns:
        The deadline without its preposition ("end of Q2", "2027-06-30") and the span of
        the whole phrase, or None when the text names no date.
    """
    matches = [m for pattern in _DEADLINES for m in pattern.finditer(text)]
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.start(), -m.end()))
    phrase = _DEADLINE_PREFIX.sub("", best.group(0)).strip()
    return re.sub(r"^the\s+", "", phrase, flags=re.I), best.span()


def find_period(text: str) -> tuple[str, Span] | None:
    """The rate period of a metric: "260 a month" -> "month", "/wk" -> "week"."""
    match = _PERIOD.search(text)
    if match is None:
        return None
    word = (match["a"] or match["b"]).lower()
    return _PERIODS.get(word, word), match.span()


def convert(value: float, unit: str | None, to_unit: str | None) -> float | None:
    """Convert a duration between units ("900 ms" -> 0.9 "s"); None when not convertible."""
    if unit == to_unit:
        return value
    if unit in _SECONDS and to_unit in _SECONDS:
        return value * _SECONDS[unit] / _SECONDS[to_unit]
    return None


def is_duration(unit: str | None) -> bool:
    """Whether the unit is a time span, for which lower is usually better."""
    return unit in _SECONDS
