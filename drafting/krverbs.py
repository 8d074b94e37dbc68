"""The verbs of key results: which way a verb points, and whether it names work.

A KR's verb says a lot: "Cut" wants the number down, "Keep" describes a health metric,
"Launch" describes work rather than an outcome. The lexicon is small and explicit so the
critic stays predictable; inflections ("raised", "drops") are read back to their verb.
"""

from __future__ import annotations

import re

from drafting.quantities import Span

INCREASE, DECREASE, REACH, STAY = "increase", "decrease", "reach", "stay"
NEUTRAL, TASK, MONITOR = "neutral", "task", "monitor"

_LEXICON: dict[str, str] = {
    INCREASE: "increase raise lift grow boost double triple quadruple expand gain multiply widen "
    "broaden drive_up push_up ramp_up scale_up bump_up step_up",
    DECREASE: "reduce cut lower decrease halve shrink drop trim slash minimise minimize eliminate "
    "shorten lessen curb compress bring_down drive_down cut_down push_down speed_up",
    REACH: "reach hit achieve attain get_to get land secure sign win convert surpass close book "
    "generate earn save",
    STAY: "maintain keep stay sustain hold preserve remain protect",
    NEUTRAL: "improve bring take move make drive push change shift ensure optimise optimize "
    "enhance streamline simplify resolve respond answer retain onboard activate deliver",
    TASK: "launch open ship release build write publish run introduce complete migrate collect add "
    "create implement deploy develop design redesign rewrite rebuild roll_out set_up stand_up "
    "hire host organise organize finish conduct interview send produce document refactor "
    "integrate prototype draft start begin kick_off train announce automate test "
    "translate localise localize replace deprecate sunset establish define clean_up fix upgrade "
    "instrument execute finalise finalize wrap_up close_out",
    MONITOR: "track measure monitor report review watch keep_an_eye_on analyse analyze",
}
VERBS: dict[str, str] = {
    word.replace("_", " "): kind for kind, words in _LEXICON.items() for word in words.split()
}
_IRREGULAR: dict[str, str] = {
    form: verb
    for form, verb in (
        pair.split(":")
        for pair in (
            "grew:grow grown:grow held:hold kept:keep built:build ran:run won:win wrote:write "
            "written:write brought:bring made:make got:get began:begin begun:begin rose:raise "
            "rises:raise rise:raise fell:drop fall:drop falls:drop"
        ).split()
    )
}
_ADVERBS = set(
    "slightly significantly substantially dramatically drastically further modestly marginally "
    "successfully meaningfully materially sharply steadily consistently continuously gradually "
    "rapidly quickly measurably".split()
)
_PREFIX = re.compile(
    r"^\s*(?:(?:[-*•·–—]|\d+[.)]|kr\s*\d*\s*[:.)-]|key\s+result\s*\d*\s*[:.)-])\s*)*"
    r"(?:(?:we\s+will|we'll|we\s+want\s+to|we\s+aim\s+to|aim\s+to|try\s+to|to)\s+)*",
    re.IGNORECASE,
)
_NOUN_HEADS = set(
    "time times rate rates coverage frequency duration failures failure success volume latency "
    "speed size count cost costs queue backlog errors quality cadence velocity".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CUSTOMERS = re.compile(
    r"\b(?:customers?|users?|teams?|accounts?|logos?|subscribers?|members?|seats?|clients?|"
    r"buyers?|mrr|arr|revenue|paying|paid|pipeline|bookings)\b",
    re.IGNORECASE,
)

_STAY_PHRASE = re.compile(
    r"\b(?:stays?|staying|remains?|remaining|kept|maintained|held|holds?)\s+"
    r"(?:at|above|below|under|over|within|steady|flat|stable|≥|≤|<|>)",
    re.IGNORECASE,
)


def lemma(word: str) -> str | None:
    """The lexicon verb a word is an inflection of ("raised" -> "raise"), or None."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    candidates = [word]
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + repl
            candidates.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # shipped, cutting
                candidates.append(stem[:-1])
    return next((c for c in candidates if c in VERBS), None)


def _lead_verb(text: str) -> tuple[str, str, Span] | None:
    """The leading verb phrase after bullets, "KR1:", "We will" and adverbs."""
    pos = _PREFIX.match(text).end()  # type: ignore[union-attr]
    words = [(m.group(0), m.start()) for m in _WORD.finditer(text, pos)]
    while words and words[0][0].lower() in _ADVERBS:
        words.pop(0)
    if not words or words[0][1] - pos > 20:
        return None
    for size in (4, 2):
        if len(words) < size:
            continue
        phrase = " ".join(w.lower() for w, _ in words[:size])
        if phrase in VERBS:
            end = words[size - 1][1] + len(words[size - 1][0])
            return phrase, VERBS[phrase], (words[0][1], end)
    first, start = words[0]
    nxt, nxt_start = words[1] if len(words) > 1 else ("", 0)
    if first.lower() in ("keep", "continue") and nxt.lower().endswith("ing"):
        inner = lemma(nxt)  # "Keep growing exports ..." is about growing
        if inner is not None:
            return inner, VERBS[inner], (nxt_start, nxt_start + len(nxt))
    verb = lemma(first)
    if verb is None or (verb != first.lower() and first.lower().endswith("ing")):
        # a gerund leads a noun phrase: "Onboarding completion rate 41% -> 60%"
        return None
    # "Build time from 12 to 5 min", "Release cadence": a noun phrase, not a task;
    # "Measure time to first value" is still a verb unless numbers follow
    noun_phrase = VERBS[verb] == TASK or (VERBS[verb] == MONITOR and re.search(r"\d", text))
    if noun_phrase and nxt.lower() in _NOUN_HEADS:
        return None
    return verb, VERBS[verb], (start, start + len(first))


def _inner_verb(text: str) -> tuple[str, str, Span] | None:
    """An inflected direction, stay or task verb inside a noun-phrase KR ("Churn drops ...")."""
    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        verb = lemma(word)
        if verb is None or word == verb:
            continue
        kind = VERBS[verb]
        if kind in (INCREASE, DECREASE, STAY, TASK) and (
            kind != TASK or word.endswith("ed") or word in _IRREGULAR
        ):
            return verb, kind, match.span()
    return None


def read_verb(text: str) -> tuple[str | None, str | None, Span | None, bool]:
    """The KR's verb, its kind (increase, task, stay, ...), its span, and whether it leads."""
    found = _lead_verb(text)
    lead = found is not None
    found = found or _inner_verb(text)
    if found is None:
        return None, None, None, False
    verb, kind, span = found
    after = text[span[1] : span[1] + 40]
    if verb == "hold":
        stay = re.match(
            r"\s+(?:[\w-]+\s+){0,4}?(?:at|above|below|under|over|within|steady|flat)\b", after
        )
        kind = STAY if stay else TASK
    elif verb == "add" and _CUSTOMERS.search(text):
        kind = INCREASE
    if _STAY_PHRASE.search(text) and kind not in (TASK,):
        kind = STAY
    return verb, kind, span, lead
