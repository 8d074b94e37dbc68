"""The objective rules of drafting/RULES.md: qualitative, concrete, and not a to-do item."""

from __future__ import annotations

import re

from drafting.kr_rules import finding, in_rule_order, whole
from drafting.krverbs import read_verb
from drafting.quantities import Span, find_deadline, find_quantities
from models.okr import Finding, FindingCode, Objective

C = FindingCode

_PROJECT = re.compile(
    r"\b(?:roadmap|backlog|milestones?|epics?)\b|^\s*(?:the\s+)?(?:project|phase|initiative)\b"
    r"|\b(?:done|delivered|shipped|launched|completed|finished|out\s+the\s+door)\W*$"
    r"|\b(?:go|goes|is|be)\s+live\W*$",
    re.IGNORECASE,
)
# A short title that carries a version is a project name: "Billing v2", "Search 2.0".
_VERSIONED_NAME = re.compile(r"^\W*(?:\S+\s+){0,3}?\S*?\b(?:v\d+(?:\.\d+)*|\d+\.0)\W*$", re.I)
_OBJECTIVE_TASKS = {
    word.replace("_", " ")
    for word in (
        "finish complete launch ship release migrate implement deploy roll_out rewrite redesign "
        "refactor rebuild replace deliver publish hire run hold host execute upgrade integrate "
        "introduce set_up kick_off finalise finalize wrap_up close_out deprecate sunset "
        "document write fix instrument conduct open"
    ).split()
}
# "the 3 largest healthcare accounts", "our top 10 customers": a count that names who the
# objective is for, not a target to reach (a target reads "Win 50 new customers").
_NAMED_CUSTOMERS = re.compile(
    r"\b(?:the|our|top|these|those|its|their|all)\s+(?:top\s+)?(\d{1,3})(?![\d.,%kKmMxX])"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:accounts?|customers?|clients?|partners?|banks?|hospitals?"
    r"|insurers?|retailers?|resellers?|logos?|brands?|agencies|schools|universities|networks?"
    r"|chains?|carriers?|tenants?|organi[sz]ations?|companies|firms|enterprises|distributors?"
    r"|markets?|regions?|segments?|buyers?|admins?|users?)(?:'s?)?\b",
    re.IGNORECASE,
)
_MULTIPLIER_WORDS = re.compile(
    r"\b(?:(?:halve|double|triple|quadruple)[sd]?|twice|thrice)\b", re.IGNORECASE
)
# A short noun phrase that ends in a kind of project: "Q3 platform migration".
_PROJECT_NAME = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,4}(?:migration|rollout|roll-out|rewrite|redesign|overhaul|revamp"
    r"|implementation|integration|upgrade|refactor(?:ing)?|re-?platforming|launch|release"
    r"|go-live|cutover|clean-?up)\W*$",
    re.IGNORECASE,
)
# Work verbs that take an abstract object describe a change, not a to-do: "Rebuild trust".
_ABSTRACT_OBJECT = re.compile(
    r"^\s+(?:(?:the|our|their|customer|customers'|user|users')\s+)*"
    r"(?:trust|confidence|reputation|relationships?|loyalty|momentum|credibility|goodwill)\b",
    re.IGNORECASE,
)
_GENERIC = set(
    # verbs that carry no change of their own
    "improve improving grow growing increase boost enhance optimise optimize drive make get "
    "bring push expand do be become help focus work continue excel succeed win level step take "
    "go have create build achieve deliver keep maintain reach raise lift reduce cut lower "
    "decrease minimise minimize "
    # metrics on their own name no one: the numbers of a KR without its numbers
    "churn retention conversion conversions adoption usage nps csat arr mrr traffic signups "
    "sign-ups costs cost margins margin profit profitability profitable market-share share "
    # nouns that name no one and nothing in particular
    "app apps application product products platform thing things stuff everything business "
    "company performance quality experience experiences results metrics numbers growth revenue "
    "sales customers customer users user people service services process processes way ways "
    "level game market world outcomes efficiency productivity value success satisfaction "
    "happiness engagement operations execution work goals kpis okrs ourselves "
    # fillers
    "the a an our my your their its it of for to in on with and or more most better best faster "
    "easier great greater good world-class awesome amazing significantly overall general all "
    "every much lot lots new really very truly even again next across board up out we us this "
    "that them being is are was were so as at by from into than".split()
)


def lint_objective(objective: str | Objective) -> list[Finding]:
    """Check an objective's wording: qualitative, concrete, and not a to-do item.

    Args:
        objective: The objective title, or an `Objective` (only its title is read here).

    Returns:
        Findings with spans into the title; set-level rules live in `lint_set`.
    """
    text = objective.title if isinstance(objective, Objective) else objective
    out = []
    number = _objective_number(text)
    if number is not None:
        out.append(
            finding(
                C.quantitative_objective,
                "The objective carries a number; numbers belong in the key results.",
                "Say the change in words ('Make paying for our product a no-brainer') and move "
                "the number to a KR.",
                number,
            )
        )
    task = _objective_task(text)
    if task is not None:
        out.append(
            finding(
                C.task_objective,
                "The objective is a project or a to-do item, not a place to get to.",
                "Say what finishing it changes for someone, e.g. 'Make first-week setup "
                "painless for admins'.",
                task,
            )
        )
    if number is None and task is None and _is_vague(text):
        out.append(
            finding(
                C.vague_objective,
                "The objective is a generic wish: it names no concrete change for anyone.",
                "Say who gets what change, e.g. 'Make first-week setup painless for admins'.",
                whole(text),
            )
        )
    return in_rule_order(out)


def _objective_number(text: str) -> Span | None:
    # years ("in 2027") and versions ("Search 2.0") are names, not amounts
    skip = [m.span() for m in re.finditer(r"\b20\d{2}\b|\b\d+\.0\b(?![%x\w])", text)]
    skip += [m.span(1) for m in _NAMED_CUSTOMERS.finditer(text)]
    deadline = find_deadline(text)
    if deadline:
        skip.append(deadline[1])
    quantities = find_quantities(text, skip)
    if quantities:
        return quantities[0].span
    word = _MULTIPLIER_WORDS.search(text)
    return word.span() if word else None


def _objective_task(text: str) -> Span | None:
    verb, _, span, lead = read_verb(text)
    if lead and verb in _OBJECTIVE_TASKS and span is not None:
        if not _ABSTRACT_OBJECT.match(text[span[1] :]):
            return span
    match = _PROJECT.search(text) or _PROJECT_NAME.match(text)
    if match:
        return match.span()
    version = re.search(r"\b(?:v\d+(?:\.\d+)*|\d+\.0)\b", text, re.IGNORECASE)
    if version and _VERSIONED_NAME.match(text):
        return version.span()
    return None


def _is_vague(text: str) -> bool:
    words = re.findall(r"[a-z][a-z'-]*", text.lower())
    return sum(1 for w in words if w not in _GENERIC) < 2
