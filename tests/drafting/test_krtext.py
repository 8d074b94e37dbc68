"""The KR sentence parser: numbers, units, baselines, targets, changes, deadlines, direction."""

from __future__ import annotations

from typing import Any

import pytest

from drafting.krtext import parse_key_result, scan_key_result
from drafting.quantities import find_period, find_quantities, parse_number
from models.okr import Direction


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1,200", 1200),
        ("12,500.75", 12500.75),
        ("100K", 100_000),
        ("1.2M", 1_200_000),
        ("$50K", 50_000),
        ("€3k", 3000),
        ("£2.5m", 2_500_000),
        ("2bn", 2e9),
        ("3 million", 3e6),
        ("0.5", 0.5),
        ("-5", -5),
    ],
)
def test_parse_number_reads_separators_and_suffixes(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["lots", "p95", "", "1,2,3"])
def test_parse_number_rejects_what_is_not_a_number(token: str) -> None:
    with pytest.raises(ValueError):
        parse_number(token)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("22% and 4.5/5 and 7/10", ["%", "/5", "/10"]),
        ("2.4 s, 900ms, 3 days, 36 hours, 10 minutes", ["s", "ms", "days", "h", "min"]),
        ("$50K, €3k, 2x, 5 points", ["$", "€", "x", "pt"]),
        ("8 guides", [None]),
    ],
)
def test_units_are_read_with_their_numbers(text: str, units: list[str | None]) -> None:
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize(
    "text",
    [
        "Cut checkout p95 latency",
        "Lift week-4 retention",
        "Move 30-day retention of self-serve teams",
        "Reduce crashes per 1,000 sessions",
        "Support the top 10 accounts 24/7",
        "Pass the SOC 2 audit",
    ],
)
def test_metric_qualifiers_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


# Each sentence with the fields it must parse to; fields not listed are not checked.
PARSES: list[tuple[str, dict[str, Any]]] = [
    (
        "Raise self-serve upgrades from 140 to 260 a month",
        dict(
            metric="self-serve upgrades",
            direction="increase",
            baseline=140,
            target=260,
            unit="count",
            period="month",
            deadline=None,
            relative_change=None,
        ),
    ),
    (
        "Cut checkout p95 latency from 2.4 s to 0.9 s",
        dict(
            metric="checkout p95 latency", direction="decrease", baseline=2.4, target=0.9, unit="s"
        ),
    ),
    (
        "Cut p95 latency from 2.4 s to 900ms by March 31",
        dict(baseline=2.4, target=0.9, unit="s", deadline="March 31"),
    ),
    (
        "Lower p95 latency from 900 ms to 2.4 s",
        dict(baseline=900, target=2400, unit="ms", direction="decrease"),
    ),
    (
        "Reduce time to first response from 3 days to 36 hours",
        dict(metric="time to first response", baseline=3, target=1.5, unit="days"),
    ),
    (
        "Grow MRR from $50K to $80K by 2027-06-30",
        dict(metric="MRR", baseline=50_000, target=80_000, unit="$", deadline="2027-06-30"),
    ),
    (
        "Raise revenue from €3k to €9k per month",
        dict(baseline=3000, target=9000, unit="€", period="month"),
    ),
    ("Increase ARR from $1.2M to $1.6M", dict(baseline=1.2e6, target=1.6e6, unit="$")),
    (
        "Trial-to-paid conversion: 12% → 18%",
        dict(
            metric="Trial-to-paid conversion",
            direction="increase",
            baseline=12,
            target=18,
            unit="%",
        ),
    ),
    (
        "Onboarding completion rate 41% -> 60%",
        dict(metric="Onboarding completion rate", baseline=41, target=60, unit="%"),
    ),
    ("NPS -5 -> 20", dict(metric="NPS", baseline=-5, target=20, direction="increase")),
    ("Raise CSAT from 3.9/5 to 4.4/5", dict(baseline=3.9, target=4.4, unit="/5")),
    (
        "Hit 4.5/5 CSAT on billing tickets",
        dict(
            metric="CSAT on billing tickets",
            direction="reach",
            baseline=None,
            target=4.5,
            unit="/5",
        ),
    ),
    (
        "Lift week-4 retention from 22% to 35%",
        dict(metric="week-4 retention", baseline=22, target=35, unit="%"),
    ),
    (
        "Reduce crashes from 4 to 1 per 1,000 sessions",
        dict(metric="crashes per 1,000 sessions", baseline=4, target=1),
    ),
    ("Shrink the onboarding checklist from 12 steps to 5", dict(baseline=12, target=5)),
    (
        "Grow weekly active teams to at least 400 (currently 310)",
        dict(metric="weekly active teams", baseline=310, target=400, direction="increase"),
    ),
    (
        "Get the share of invoices paid on time from today's 64% to 80%",
        dict(baseline=64, target=80, unit="%"),
    ),
    ("Monitor churn (currently 4.1%)", dict(metric="churn", baseline=4.1, target=None)),
    ("Grow weekly exports from 900", dict(baseline=900, target=None)),
    (
        "Cut churn by 30%",
        dict(
            metric="churn", direction="decrease", relative_change=-0.3, baseline=None, target=None
        ),
    ),
    (
        "Increase weekly active teams by 25% (currently 1,200)",
        dict(metric="weekly active teams", relative_change=0.25, baseline=1200, target=1500),
    ),
    (
        "Increase week-8 retention by 5 points from 20%",
        dict(absolute_change=5, baseline=20, target=25, unit="%"),
    ),
    (
        "Cut cloud spend by $20K a month",
        dict(direction="decrease", absolute_change=-20_000, unit="$", period="month"),
    ),
    (
        "Halve the time admins spend on setup (currently 3 hours)",
        dict(
            metric="time admins spend on setup",
            direction="decrease",
            relative_change=-0.5,
            baseline=3,
            target=1.5,
            unit="h",
        ),
    ),
    ("Double page views", dict(metric="page views", direction="increase", relative_change=1.0)),
    ("Triple trial starts", dict(relative_change=2.0)),
    ("Cut refund requests in half", dict(metric="refund requests", relative_change=-0.5)),
    ("Grow signups 3x", dict(relative_change=2.0, direction="increase")),
    ("Cut build time by 2x", dict(relative_change=-0.5, direction="decrease")),
    ("Raise upgrades 20% by end of Q2", dict(relative_change=0.2, deadline="end of Q2")),
    ("20% fewer tickets about exports", dict(relative_change=-0.2, direction="decrease")),
    (
        "Reduce onboarding steps to 3 or fewer",
        dict(metric="onboarding steps", target=3, direction="decrease", unit="count"),
    ),
    (
        "Keep error rate under 0.5%",
        dict(metric="error rate", direction="stay", target=0.5, unit="%"),
    ),
    (
        "Bring median time-to-value under 10 minutes",
        dict(metric="median time-to-value", direction="decrease", target=10, unit="min"),
    ),
    ("Support backlog below 200 tickets", dict(direction="decrease", target=200)),
    ("Weekly active teams above 500", dict(direction="increase", target=500)),
    ("Cut p99 latency to 800 ms", dict(metric="p99 latency", target=800, unit="ms")),
    ("Reach 500 paying teams by March 31", dict(target=500, deadline="March 31")),
    (
        "Resolve 90% of tickets within 24 hours",
        dict(target=90, unit="%", metric="tickets within 24 hours"),
    ),
    ("Eliminate P0 incidents (currently 4 a quarter)", dict(baseline=4, target=0)),
    ("KR2: Lift activation from 31% to 45%", dict(metric="activation", baseline=31)),
    ("- We will cut churn from 3% to 2%", dict(metric="churn", direction="decrease")),
    ("Keep growing weekly exports from 900 to 2,000", dict(direction="increase")),
    ("Continue reducing churn from 3% to 2%", dict(metric="churn", direction="decrease")),
    ("Churn drops from 4% to 2.5%", dict(metric="Churn", direction="decrease")),
    ("Uptime stays above 99.95%", dict(metric="Uptime", direction="stay", target=99.95)),
    (
        "Answer 90% of tickets in under 4 hours (currently 62%)",
        dict(baseline=62, target=90, unit="%", direction="increase"),
    ),
    (
        "Launch 3 A/B tests on the pricing page",
        dict(metric="A/B tests on the pricing page", target=3, unit="count"),
    ),
    ("Take activation from 30% to 42%", dict(metric="activation", direction="increase")),
    (
        "Reduce P1 incidents to 2 or fewer per quarter (currently 7)",
        dict(baseline=7, target=2, direction="decrease", period="quarter"),
    ),
    (
        "Decrease MTTR from 4 hours to 90 minutes",
        dict(metric="MTTR", baseline=4, target=1.5, unit="h"),
    ),
]


@pytest.mark.parametrize(("text", "fields"), PARSES, ids=[t[:50] for t, _ in PARSES])
def test_sentence_parses_to_fields(text: str, fields: dict[str, Any]) -> None:
    kr = parse_key_result(text)
    assert kr.text == text
    for name, expected in fields.items():
        got = getattr(kr, name)
        if isinstance(expected, float | int) and not isinstance(expected, bool):
            assert got == pytest.approx(expected), name
        else:
            assert got == expected, name


@pytest.mark.parametrize(
    ("tail", "deadline"),
    [
        ("by end of Q2", "end of Q2"),
        ("by the end of Q3 2027", "end of Q3 2027"),
        ("by the end of the quarter", "end of the quarter"),
        ("by March 31", "March 31"),
        ("by 31 March 2027", "31 March 2027"),
        ("by Mar 31, 2027", "Mar 31, 2027"),
        ("this quarter", "this quarter"),
        ("in 2027-Q1", "2027-Q1"),
        ("by 2027-06-30", "2027-06-30"),
        ("by EOY", "EOY"),
        ("in H2", "H2"),
        ("before Q4", "Q4"),
        ("by December", "December"),
        ("within the next 90 days", "next 90 days"),
        ("by 2028.", "2028"),
    ],
)
def test_deadlines_are_read_without_their_preposition(tail: str, deadline: str) -> None:
    kr = parse_key_result(f"Lift week-4 retention from 22% to 35% {tail}")
    assert kr.deadline == deadline
    assert (kr.baseline, kr.target) == (22, 35)


@pytest.mark.parametrize(
    "text",
    [
        "Cut churn by 30%",
        "Raise upgrades from 140 to 260 a month",
        "Grow exports by 2000",
        "Lift week-4 retention from 22% to 35%",
        "Reach 2,000 paying teams",
    ],
)
def test_texts_without_a_date_have_no_deadline(text: str) -> None:
    assert parse_key_result(text).deadline is None


def test_a_number_after_by_is_a_change_not_a_year() -> None:
    kr = parse_key_result("Grow exports by 2000 (currently 9,000)")
    assert (kr.absolute_change, kr.baseline, kr.target) == (2000, 9000, 11000)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("260 upgrades a month", "month"),
        ("3 releases per week", "week"),
        ("$40K/mo", "month"),
        ("12 deals each quarter", "quarter"),
        ("ship it in a month", None),
        ("answer within a day", None),
    ],
)
def test_rate_periods(text: str, period: str | None) -> None:
    found = find_period(text)
    assert (found[0] if found else None) == period


@pytest.mark.parametrize("verb", ["Increase", "Raise", "Lift", "Grow", "Boost", "Expand"])
def test_increase_verbs(verb: str) -> None:
    assert parse_key_result(f"{verb} weekly exports from 900 to 2,000").direction == "increase"


@pytest.mark.parametrize("verb", ["Reduce", "Cut", "Lower", "Decrease", "Shrink", "Trim"])
def test_decrease_verbs(verb: str) -> None:
    assert parse_key_result(f"{verb} monthly churn from 4% to 2%").direction == "decrease"


@pytest.mark.parametrize("verb", ["Reach", "Hit", "Achieve", "Get to"])
def test_reach_verbs(verb: str) -> None:
    kr = parse_key_result(f"{verb} 500 paying teams")
    assert (kr.direction, kr.target, kr.metric) == (Direction.reach, 500, "paying teams")


@pytest.mark.parametrize(
    "text",
    [
        "Maintain 99.9% API uptime",
        "Keep NPS above 40",
        "Stay below 2% monthly churn",
        "Sustain CSAT at 4.5/5",
        "Hold first response time under 4 hours",
    ],
)
def test_stay_verbs(text: str) -> None:
    assert parse_key_result(text).direction == Direction.stay


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Improve NPS from 30 to 42", "increase"),
        ("Improve p95 latency from 2 s to 1 s", "decrease"),
        ("Bring churn from 3% to 3%", "stay"),
        ("Improve NPS to 42", "reach"),
        ("Improve onboarding", None),
    ],
)
def test_neutral_verbs_take_direction_from_the_numbers(text: str, direction: str | None) -> None:
    assert parse_key_result(text).direction == direction


def test_a_contradicting_verb_keeps_its_own_direction() -> None:
    kr = parse_key_result("Reduce wait from 2 to 5 days")
    assert (kr.direction, kr.baseline, kr.target, kr.unit) == ("decrease", 2, 5, "days")


def test_scan_remembers_where_each_part_was_written() -> None:
    text = "Cut checkout p95 latency from 2.4 s to 0.9 s by end of Q3"
    scan = scan_key_result(text)

    def words(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    assert words(scan.verb_span) == "Cut"
    assert words(scan.baseline_span) == "2.4 s"
    assert words(scan.target_span) == "0.9 s"
    assert words(scan.metric_span) == "checkout p95 latency"
    assert scan.verb_kind == "decrease" and scan.lead_verb


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Launch the new onboarding flow", "task"),
        ("Publish 8 guides", "task"),
        ("Hold 4 customer workshops", "task"),
        ("Hold churn below 2%", "stay"),
        ("Add 3 integrations", "task"),
        ("Add 200 paying teams", "increase"),
        ("Track weekly exports", "monitor"),
        ("Build time from 12 min to 5 min", None),
        ("8 new help-centre guides published", "task"),
        ("Release cadence from monthly to weekly", None),
        ("Measure time to first value", "monitor"),
        ("Take activation from 30% to 42%", "neutral"),
    ],
)
def test_verb_kinds(text: str, kind: str | None) -> None:
    assert scan_key_result(text).verb_kind == kind
