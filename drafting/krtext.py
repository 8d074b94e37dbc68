"""Read a key-result sentence the way people actually write one.

`parse_key_result` turns "Cut checkout p95 latency from 2.4 s to 900ms by end of Q3" into a
`KeyResult` (metric, direction, baseline, target, unit, change, period, deadline).
`scan_key_result` returns the same plus where each part was written, for the critic.

Reading rules, in order:
1. baseline -> target pairs: "from X to Y", "X → Y", "X -> Y", "X to Y";
2. baselines on their own: "(currently X)", "X today", "up from X", "from X";
3. changes: "by 30%" (relative), "by 5 points" / "by 500" (absolute), "30% fewer", "2x",
   "halve", "double", "triple", "cut in half";
4. bounds: "at most / under / below / N or fewer" and "at least / above / N or more";
5. otherwise the first remaining number is the target ("Reach 40k paying users").
Numbers that qualify the metric ("p95", "week-4", "30-day", "per 1,000 sessions") and dates
are never read as values. When a baseline is known, a change also sets the target.
Direction comes from the verb; a neutral verb ("improve", "bring", no verb at all) takes
it from baseline vs target, then from a bound, else it is "reach" when there is a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.krverbs import DECREASE, INCREASE, REACH, STAY, read_verb
from drafting.quantities import (
    Quantity,
    Span,
    convert,
    find_deadline,
    find_period,
    find_quantities,
    is_duration,
)
from models.okr import Direction, KeyResult

_ARROW = r"(?:→|->|–>|—>|=>|⇒|⟶)"
_FILLER = (
    r"(?:(?:about|around|roughly|approximately|approx\.?|~|just|only|under|below|"
    r"less\s+than|fewer\s+than|at\s+most|at\s+least|over|above|more\s+than|a|an)\s*)*"
)
_PAIR_BETWEEN = re.compile(
    rf"\s*(?:(?!to\b)[A-Za-z][\w-]*\s+){{0,3}}(?:(?:down\s+|up\s+)?to\b|{_ARROW})\s*{_FILLER}",
    re.IGNORECASE,
)
_ARROW_BETWEEN = re.compile(rf"\s*{_ARROW}\s*{_FILLER}", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?!to\b)[\w'’~.]+\s+){0,3}$|\bfrom\s*$", re.IGNORECASE)
_BASE_BEFORE = re.compile(
    r"(?:\bcurrently|\bnow|\btoday|\bbaseline|\bwas|\bfrom|\bvs\.?|\bversus|\bcompared\s+"
    r"(?:to|with))\s*(?:is\s+|at\s+|of\s+|sits\s+at\s+|:\s*|=\s*)?(?:about\s+|around\s+|~\s*"
    r"|roughly\s+|approx\.?\s+)?$",
    re.IGNORECASE,
)
_BASE_AFTER = re.compile(
    r"^\s*(?:today|now|currently|at\s+present|baseline|last\s+(?:quarter|month|year|cycle))\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:about\s+|around\s+|roughly\s+|another\s+|at\s+least\s+|over\s+|more\s+than\s+"
    r"|up\s+to\s+|~\s*)?$",
    re.IGNORECASE,
)
_UPDOWN_BEFORE = re.compile(r"\b(?P<dir>up|down)\s+(?:by\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:(?P<up>more|higher|increase|uplift|lift|growth|gain|improvement|boost)"
    r"|(?P<down>fewer|less|lower|decrease|reduction|drop|cut|decline))\b",
    re.IGNORECASE,
)
_UPPER_BEFORE = re.compile(
    r"(?:\bat\s+most|\bno\s+more\s+than|\bnot\s+more\s+than|\bunder|\bbelow|\bless\s+than|"
    r"\bfewer\s+than|\blower\s+than|\ba\s+maximum\s+of|\bmax(?:imum)?\.?|≤|<=|<(?![-=])|\bwithin|"
    r"\bnot\s+exceed(?:ing)?|\bbeneath)\s*$",
    re.IGNORECASE,
)
_LOWER_BEFORE = re.compile(
    r"(?:\bat\s+least|\bno\s+less\s+than|\bno\s+fewer\s+than|\bnot\s+less\s+than|\babove|"
    r"\bover|\bmore\s+than|\bgreater\s+than|\bhigher\s+than|\ba\s+minimum\s+of|"
    r"\bmin(?:imum)?\.?|≥|>=|(?<![-=])>|\bexceed(?:ing)?)\s*$",
    re.IGNORECASE,
)
_BARE_CHANGE_AFTER = re.compile(
    r"\s*(?:$|[.,;)]|(?:by|in|this|before|within|over|during|next|until)\b)", re.IGNORECASE
)
_CONNECTOR_BEFORE = re.compile(
    r"(?:\b(?:to|at|of|from|by|under|below|above|over|than|least|most|is|are)|[:=<>≤≥])\s*$",
    re.IGNORECASE,
)
_UPPER_AFTER = re.compile(r"^\s*or\s+(?:fewer|less|lower|below|under)\b", re.IGNORECASE)
_LOWER_AFTER = re.compile(r"^(?:\s*or\s+(?:more|higher|above|greater)\b|\+)", re.IGNORECASE)
_MULTIPLIERS = re.compile(
    r"\b(?P<word>halve[sd]?|halving|double[sd]?|doubling|triple[sd]?|tripling|"
    r"quadruple[sd]?|quadrupling)\b|\b(?:in|by)\s+half\b",
    re.IGNORECASE,
)
_MULTIPLIER_VALUE = {"halv": -0.5, "doub": 1.0, "trip": 2.0, "quad": 3.0}
_EDGE_WORDS = set(
    "a an the our its their from to by at of under below above over than least most no more "
    "less fewer or currently now today about around roughly approximately approx up down "
    "within baseline just only max maximum min minimum and with in for on is are was be that "
    "this half was vs versus".split()
)
_EDGE_WORD = re.compile(r"[\w'-]+")
_LAST_WORD = re.compile(r"[\w'-]+$")
_EDGE_CHARS = " \t\n.,;:!?()[]{}~≥≤<>=+*-–—→\"'"


@dataclass
class KrScan:
    """A parsed key result plus where its parts sit in the text (for the critic's spans)."""

    text: str
    key_result: KeyResult
    verb: str | None = None
    verb_kind: str | None = None
    verb_span: Span | None = None
    lead_verb: bool = False  # False for a verb found inside a noun phrase ("Churn drops ...")
    baseline_span: Span | None = None
    target_span: Span | None = None
    change_span: Span | None = None
    metric_span: Span | None = None
    bound: str | None = None  # "upper" for "under 2%", "lower" for "at least 400"
    quantities: list[Quantity] = field(default_factory=list)


@dataclass
class _Values:
    baseline: Quantity | None = None
    target: Quantity | None = None
    change: Quantity | None = None
    change_sign: int = 0  # +1 / -1 when the words say which way ("up", "fewer")
    multiplier: float | None = None  # relative change from "halve", "double", "2x"
    bound: str | None = None
    used: set[int] = field(default_factory=set)


def _read_values(text: str, qs: list[Quantity], kind: str | None) -> _Values:
    """Assign the quantities of a KR to baseline, target and change (reading rules 1-5)."""
    vals = _Values()
    _read_pair(text, qs, vals)
    for i, q in enumerate(qs[1:], start=1):
        if i not in vals.used and _is_window(text, q, qs[0]):
            vals.used.add(i)  # "90% of tickets within 24 hours": the window defines the metric
    for i, q in enumerate(qs):
        if i not in vals.used and _read_single(text, q, kind, vals):
            vals.used.add(i)
    if vals.target is None and vals.change is None:
        rest = [i for i in range(len(qs)) if i not in vals.used]
        if rest:
            vals.target = qs[rest[0]]
            vals.used.add(rest[0])
    return vals


_WINDOW_BEFORE = re.compile(
    r"\b(?:within|in\s+(?:under|less\s+than|at\s+most)|in)\s*$", re.IGNORECASE
)


def _is_window(text: str, q: Quantity, first: Quantity) -> bool:
    """A duration that bounds the counted events, after a non-duration value came first."""
    if not is_duration(q.unit) or is_duration(first.unit):
        return False
    return bool(_WINDOW_BEFORE.search(text[: q.span[0]]))


def _read_pair(text: str, qs: list[Quantity], vals: _Values) -> None:
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        between = text[a.span[1] : b.span[0]]
        from_to = _PAIR_BETWEEN.fullmatch(between) and (
            _FROM_BEFORE.search(text[: a.span[0]]) or re.fullmatch(r"\s*to\s*", between)
        )
        if from_to or _ARROW_BETWEEN.fullmatch(between):
            vals.baseline, vals.target = a, b
            vals.used |= {i, i + 1}
            _read_bound(text, b, vals)
            return


def _read_single(text: str, q: Quantity, kind: str | None, vals: _Values) -> bool:
    """Read one quantity as a baseline, a change or a bound; False when it is none of them."""
    before, after = text[max(0, q.span[0] - 40) : q.span[0]], text[q.span[1] :]
    if vals.baseline is None and (_BASE_BEFORE.search(before) or _BASE_AFTER.match(after)):
        vals.baseline = q
    elif q.unit == "x" and vals.change is None and vals.multiplier is None:
        vals.multiplier, vals.change = q.value - 1.0, q
    elif vals.change is None and (
        _BY_BEFORE.search(before) or _UPDOWN_BEFORE.search(before) or _CHANGE_AFTER.match(after)
    ):
        vals.change = q
        updown, word = _UPDOWN_BEFORE.search(before), _CHANGE_AFTER.match(after)
        if updown:
            vals.change_sign = 1 if updown["dir"].lower() == "up" else -1
        elif word:
            vals.change_sign = 1 if word["up"] else -1
    elif (
        vals.change is None
        and kind in (INCREASE, DECREASE)
        and q.unit == "%"
        and _BARE_CHANGE_AFTER.match(after)
        and not _CONNECTOR_BEFORE.search(before)
    ):
        vals.change = q  # "Raise upgrades 20% by end of Q2"
    elif vals.target is None and _read_bound(text, q, vals):
        vals.target = q
    else:
        return False
    return True


def _read_bound(text: str, q: Quantity, vals: _Values) -> bool:
    before, after = text[max(0, q.span[0] - 30) : q.span[0]], text[q.span[1] :]
    if _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after):
        vals.bound = "upper"
    elif _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after):
        vals.bound = "lower"
    else:
        return False
    return True


def _direction(
    kind: str | None, vals: _Values, base: float | None, target: float | None
) -> Direction | None:
    if kind in (INCREASE, DECREASE, REACH, STAY):
        return Direction(kind)
    if base is not None and target is not None:
        if target == base:
            return Direction.stay
        return Direction.increase if target > base else Direction.decrease
    if vals.change_sign or vals.multiplier is not None:
        sign = vals.change_sign or (1 if (vals.multiplier or 0) > 0 else -1)
        return Direction.increase if sign > 0 else Direction.decrease
    if vals.bound == "upper":
        return Direction.decrease
    if vals.bound == "lower":
        return Direction.increase
    return Direction.reach if target is not None else None


def _unify_units(vals: _Values) -> tuple[float | None, float | None, str | None]:
    """Baseline and target in one unit ("from 2.4 s to 900ms" -> 2.4, 0.9, "s")."""
    b, t = vals.baseline, vals.target
    units = [q.unit for q in (b, t) if q is not None and q.unit is not None]
    unit = units[0] if units else None
    if unit == "pt":
        unit = "%"
    values: list[float | None] = []
    for q in (b, t):
        if q is None:
            values.append(None)
            continue
        value = convert(q.value, q.unit, unit) if q.unit and unit else None
        values.append(q.value if value is None else value)
    if unit is None and (b is not None or t is not None):
        unit = "count"
    return values[0], values[1], unit


def _metric(text: str, drop: list[Span]) -> tuple[str | None, Span | None]:
    """The words left once verb, numbers, dates and connectors are taken out."""
    keep = [True] * len(text)
    for start, end in drop:
        for i in range(start, min(end, len(text))):
            keep[i] = False
    chunks: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if not keep[i]:
            i += 1
            continue
        j = i
        while j < len(text) and keep[j]:
            j += 1
        chunks.append((i, j))
        i = j
    parts: list[Span] = []
    for start, end in chunks:
        trimmed = _trim(text, start, end)
        if trimmed is None:
            continue
        if parts and text[start : trimmed[0]].strip(" ").startswith((",", ";", "—", "–", "(")):
            break
        parts.append(trimmed)
    if not parts:
        return None, None
    metric = " ".join(text[s:e] for s, e in parts)
    return re.sub(r"\s+", " ", metric), (parts[0][0], parts[-1][1])


def _trim(text: str, start: int, end: int) -> Span | None:
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in _EDGE_CHARS:
            start, changed = start + 1, True
        while end > start and text[end - 1] in _EDGE_CHARS and not _closes(text, start, end):
            end, changed = end - 1, True
        first = _EDGE_WORD.match(text, start, end)
        glued = first is not None and text[first.end() : first.end() + 1] == "/"  # A/B
        if first and first.group(0).lower() in _EDGE_WORDS and not glued:
            start, changed = first.end(), True
        last = _LAST_WORD.search(text, max(start, end - 40), end)  # words are short
        if last and last.start() >= start and last.group(0).lower() in _EDGE_WORDS:
            end, changed = last.start(), True
    return (start, end) if start < end else None


def _closes(text: str, start: int, end: int) -> bool:
    """Whether the last character closes a bracket opened inside the chunk."""
    inner = text[start : end - 1]
    return text[end - 1] == ")" and inner.count("(") > inner.count(")")


def scan_key_result(text: str) -> KrScan:
    """Parse a KR sentence and remember the span of each part.

    Args:
        text: One key result as a person or a drafter wrote it.

    Returns:
        A `KrScan` whose `key_result` holds the parsed fields.
    """
    verb, kind, verb_span, lead = read_verb(text)
    deadline = find_deadline(text)
    period = find_period(text)
    skip = [s for s in (deadline and deadline[1], period and period[1]) if s]
    qs = find_quantities(text, skip)
    vals = _read_values(text, qs, kind)
    multiplier = _MULTIPLIERS.search(text)
    if multiplier and vals.multiplier is None:
        key = (multiplier["word"] or "halv")[:4].lower()
        vals.multiplier = _MULTIPLIER_VALUE[key]
    base, target, unit = _unify_units(vals)
    direction = _direction(kind, vals, base, target)
    relative, absolute = _change(vals, direction)
    if target is None and base is not None:
        if relative is not None:
            target = round(base * (1 + relative), 6)
        elif absolute is not None:
            target = round(base + absolute, 6)
    if unit is None and vals.change is not None and absolute is not None:
        unit = vals.change.unit or "count"
    if verb == "eliminate" and target is None and relative is None and absolute is None:
        target, unit = 0.0, unit or "count"
    # numbers that were not read as values ("3+ integrations") stay part of the metric
    drop = skip + [q.span for q in (vals.baseline, vals.target, vals.change) if q is not None]
    if verb_span:
        drop.append((0, verb_span[1]) if lead else verb_span)
    if multiplier:
        drop.append(multiplier.span())
    drop += [m.span() for m in re.finditer(r"\([^)]*\)", text) if _has_value(m.span(), vals)]
    metric, metric_span = _metric(text, drop)
    kr = KeyResult(
        text=text,
        metric=metric,
        direction=direction,
        baseline=base,
        target=target,
        unit=unit,
        relative_change=relative,
        absolute_change=absolute,
        period=period[0] if period else None,
        deadline=deadline[0] if deadline else None,
    )
    return KrScan(
        text=text,
        key_result=kr,
        verb=verb,
        verb_kind=kind,
        verb_span=verb_span,
        lead_verb=lead,
        baseline_span=vals.baseline.span if vals.baseline else None,
        target_span=vals.target.span if vals.target else None,
        change_span=(vals.change.span if vals.change else multiplier and multiplier.span()),
        metric_span=metric_span,
        bound=vals.bound,
        quantities=qs,
    )


def _has_value(span: Span, vals: _Values) -> bool:
    qs = [q for q in (vals.baseline, vals.target, vals.change) if q is not None]
    return any(span[0] <= q.span[0] and q.span[1] <= span[1] for q in qs)


def _change(vals: _Values, direction: Direction | None) -> tuple[float | None, float | None]:
    sign = vals.change_sign or (-1 if direction == Direction.decrease else 1)
    if vals.multiplier is not None:
        relative = vals.multiplier
        if direction == Direction.decrease and relative > 0:  # "cut by 2x" is a halving
            relative = 1 / (1 + relative) - 1
        return round(relative, 6), None
    if vals.change is None:
        return None, None
    if vals.change.unit == "%":
        return round(sign * vals.change.value / 100, 6), None
    return None, sign * vals.change.value


def parse_key_result(text: str) -> KeyResult:
    """Parse one KR sentence into a `KeyResult` (owner, evidence and confidence left empty).

    Args:
        text: e.g. "Raise self-serve upgrades from 140 to 260 a month by end of Q2".

    Returns:
        The parsed key result; fields the text does not state are None.
    """
    return scan_key_result(text).key_result
