"""The outcome rules of drafting/RULES.md: is the number one that customers would feel?

A key result can be measurable and still miss the point: it counts the team's own output
(`output_metric`), counts feedback or tickets alone (`vanity_metric`, the decreasing case;
`kr_rules` covers raw counts that grow), is met by losing customers (`perverse_target`), or
moves so little that it is certain before the cycle starts (`sandbagging`, the tiny-delta
case). Each check reads the effective `KeyResult` (structured fields over parsed text).
"""

from __future__ import annotations

import re

from models.okr import Direction, KeyResult

# Past participles that turn a noun into the team's output: "features shipped".
_DONE = (
    r"(?:shipped|released|launched|delivered|completed|closed|done|merged|deployed|built|"
    r"finished|written|published|fixed|resolved|implemented|created|run|held)"
)
_WORK_NOUN = (
    r"(?:features?|tasks?|tickets?|stories|story\s+points|points|pull\s+requests|prs|issues|"
    r"bugs?|releases?|deployments?|deploys|projects?|epics?|milestones?|experiments?|"
    r"items|commits|roadmap\s+items|jira\s+issues|changes)"
)
_OUTPUT = re.compile(
    rf"\b{_WORK_NOUN}\s+(?:\w+\s+){{0,2}}?{_DONE}\b|\b{_DONE}\s+{_WORK_NOUN}\b"
    r"|\b(?:velocity|story\s+points|throughput\s+of\s+(?:tickets|tasks|stories))\b"
    r"|\b(?:releases|deployments|deploys|commits)\b",
    re.IGNORECASE,
)
_CLOSE_VERB = re.compile(
    rf"^\W*(?:close|complete|resolve|finish|merge|deliver)s?\s+(?:\S+\s+){{0,3}}?{_WORK_NOUN}\b",
    re.IGNORECASE,
)
# Volume of feedback or tickets on its own: it falls when customers give up too.
_VOLUME = re.compile(
    r"\b(?:feedback(?:\s+(?:volume|items|submissions|count|messages))?|(?:support\s+)?tickets?"
    r"|complaints?|support\s+(?:requests|contacts|emails|calls|cases|volume|load)"
    r"|bug\s+reports|feature\s+requests|contact\s+volume|inbound\s+requests)\b",
    re.IGNORECASE,
)
# Normalised volumes (per account, a share, a rate) say something about quality.
_NORMALISED = re.compile(
    r"\bper\b|\bshare\b|\brate\b|\bratio\b|%|\bpercent|\bproportion\b|\breopen\w*|\bescalat\w*"
    r"|\bbacklog\b|\bage\b|\btime\b|\bunanswered\b|\bopen\s+for\b",
    re.IGNORECASE,
)
# Things that count customers or what they bring: cutting them means losing them...
_CUSTOMER_VALUE = re.compile(
    r"\b(?:mrr|arr|revenue|bookings|accounts?|customers?|users?|seats?|subscribers?|logos?"
    r"|clients?|buyers?|members?|teams?|renewals?|expansion|retention|retained|nps|csat"
    r"|satisfaction|adoption|activation|active)\b",
    re.IGNORECASE,
)
# ...unless the metric names something bad about them: churn, cost, errors, waiting.
_CUSTOMER_PAIN = re.compile(
    r"\b(?:churn\w*|lost|losing|loss|cancel\w*|at[\s-]risk|cost|costs|spend\w*|refunds?"
    r"|complaints?|tickets?|errors?|time|times|latency|wait\w*|debt|overdue|fail\w*"
    r"|abandon\w*|inactive|dormant|blocked|stuck|unpaid|delinquent|downgrade\w*|contraction"
    r"|effort|bugs?|incidents?|escalations?|defects?|issues?|problems?|contacts?|calls?"
    r"|questions?|detractors?|unhappy|dissatisf\w*|frustrat\w*|outages?|crash\w*|steps?"
    r"|clicks?|manual|workarounds?|duplicates?|fraud\w*|disputes?|chargebacks?|violations?"
    r"|cac|acquisition\s+cost|payback)\b",
    re.IGNORECASE,
)
TINY_CHANGE = 0.05  # moving a metric by under 5% of its baseline is near-certain, not a stretch
NEAR_TOP = 0.95  # from here on, the room left to the top of the scale is what a target uses up
_SCALE_TOP = {"%": 100.0, "/5": 5.0, "/10": 10.0, "/100": 100.0}


def output_metric(k: KeyResult, text: str) -> re.Match[str] | None:
    """Where the KR counts the team's own output (features shipped, tasks done), or None."""
    metric = k.metric or ""
    rate = k.unit == "%" and not re.search(r"\b(?:velocity|story\s+points)\b", metric, re.I)
    if k.direction not in (Direction.increase, Direction.reach, None) or rate:
        return None
    found = _OUTPUT.search(metric)
    if found is not None:
        return _OUTPUT.search(text) or found
    return _CLOSE_VERB.search(text)


def volume_only(k: KeyResult) -> bool:
    """A KR that cuts the volume of feedback or tickets with nothing normalising it."""
    metric = k.metric or ""
    if k.direction != Direction.decrease or k.unit not in (None, "count"):
        return False
    return bool(_VOLUME.search(metric)) and not _NORMALISED.search(metric)


def perverse(k: KeyResult) -> bool:
    """A KR whose target is met by losing customers: it cuts what customers are or bring."""
    metric = k.metric or ""
    cutting = k.direction == Direction.decrease or (
        k.direction is None and (k.relative_change or 0) < 0
    )
    return cutting and bool(_CUSTOMER_VALUE.search(metric)) and not _CUSTOMER_PAIN.search(metric)


def tiny_change(k: KeyResult) -> float | None:
    """The share of the baseline (or of the room left on a bounded scale) the target moves,
    when it is under `TINY_CHANGE`; else None."""
    if k.direction not in (Direction.increase, Direction.decrease):
        return None
    if k.baseline is None or k.target is None or k.baseline == 0:
        if k.relative_change is not None and 0 < abs(k.relative_change) < TINY_CHANGE:
            return abs(k.relative_change)
        return None
    delta = abs(k.target - k.baseline)
    if delta == 0:
        return None  # wrong_direction's case
    share = delta / abs(k.baseline)
    top = _SCALE_TOP.get(k.unit or "")
    if k.metric and re.search(r"\b(?:nps|net\s+promoter)\b", k.metric, re.IGNORECASE):
        top = 100.0
    if top is not None and top > k.baseline >= NEAR_TOP * top and k.direction == Direction.increase:
        share = max(share, delta / (top - k.baseline))  # 99.9% -> 99.95% halves what is left
    return share if share < TINY_CHANGE else None
