"""A realistic, seeded B2B SaaS feedback backlog for the demo, benchmarks and tests.

Skewed theme popularity, themes trending up or down, six channels each with its own voice,
people asking twice, exact re-posts, one-off asks, accounts with MRR — two quarters of it.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from service.sampledata.themes import ONE_OFFS, THEMES, Theme

DAYS = 182  # two quarters
CHANNELS = {
    "support": 0.32,
    "portal": 0.22,
    "sales_call": 0.14,
    "slack": 0.12,
    "app_review": 0.10,
    "email": 0.10,
}
ID_PREFIX = {
    "support": "zendesk",
    "portal": "portal",
    "sales_call": "gong",
    "slack": "slack",
    "app_review": "appstore",
    "email": "mail",
}
SEGMENTS = (("smb", 0.6, 50, 900), ("mid_market", 0.3, 900, 6000), ("enterprise", 0.1, 6000, 25000))
FIRST = (
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Elif",
    "Femi",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemi",
    "Luca",
    "Maya",
    "Nils",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Yusuf",
    "Zoe",
)
LAST = (
    "Adler",
    "Brooks",
    "Costa",
    "Diaz",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jansen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Novak",
    "Okafor",
    "Patel",
    "Rossi",
    "Silva",
    "Tanaka",
    "Urban",
    "Vogel",
    "Weber",
    "Young",
    "Zimmer",
)
COMPANY_A = (
    "North",
    "Blue",
    "Bright",
    "Iron",
    "Silver",
    "Cedar",
    "Harbor",
    "Summit",
    "Maple",
    "Atlas",
    "Nova",
    "Pioneer",
    "Lumen",
    "Vertex",
    "Orbit",
)
COMPANY_B = (
    "Logistics",
    "Dental",
    "Analytics",
    "Studios",
    "Legal",
    "Foods",
    "Robotics",
    "Health",
    "Capital",
    "Labs",
    "Travel",
    "Energy",
)
CONTEXT = (
    "Our finance team asks for this every week.",
    "This is blocking our rollout.",
    "We have 40 people waiting on it.",
    "It came up again in our team meeting.",
    "Competitors already have it.",
    "Not urgent, but it would help a lot.",
    "Our renewal discussion is next month.",
)


@dataclass(frozen=True)
class SampleAccount:
    name: str
    mrr: float
    segment: str


@dataclass(frozen=True)
class SampleItem:
    text: str
    source: str
    external_id: str
    created_at: datetime
    requester_email: str | None
    requester_name: str | None
    account: str | None
    mrr: float | None
    theme: str | None  # ground truth for evaluation only; None for one-offs


@dataclass(frozen=True)
class _Person:
    name: str
    email: str
    account: SampleAccount


def themes() -> list[str]:
    return [t.title for t in THEMES]


def _accounts(rng: random.Random, n: int) -> list[SampleAccount]:
    names = [f"{a} {b}" for a in COMPANY_A for b in COMPANY_B]
    rng.shuffle(names)
    accounts = []
    for name in names[:n]:
        segment, _, low, high = rng.choices(SEGMENTS, weights=[s[1] for s in SEGMENTS])[0]
        accounts.append(SampleAccount(name, float(round(rng.uniform(low, high), -1)), segment))
    return accounts


def _people(rng: random.Random, accounts: list[SampleAccount], n: int) -> list[_Person]:
    people = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        account = rng.choice(accounts)
        domain = account.name.lower().replace(" ", "") + ".example"
        people.append(_Person(f"{first} {last}", f"{first}.{last}{i}@{domain}".lower(), account))
    return people


def _day(rng: random.Random, trend: str) -> int:
    """Days before the end; 'up' themes crowd into recent weeks, 'down' ones into old ones."""
    u = rng.random()
    if trend == "up":
        u = u**2.2
    elif trend == "down":
        u = u**0.45
    return min(int(u * DAYS), DAYS - 1)


def _voice(rng: random.Random, core: str, channel: str, person: _Person) -> str:
    lower = core[0].lower() + core[1:]
    first = person.name.split()[0]
    if channel == "app_review":
        return rng.choice((f"{core}!", f"{core}. 2 stars until then", f"{core} ⭐⭐⭐", core))
    if channel == "sales_call":
        return rng.choice(
            (
                f"Prospect from {person.account.name} asked: {lower}.",
                f"On the call {first} said {lower}.",
                f"Deal blocker for {person.account.name}: {lower}.",
            )
        )
    if channel == "slack":
        return rng.choice((f"hey, {lower.rstrip('?.')} 🙏", f"{lower}", f"quick one: {lower}"))
    if channel == "support":
        return rng.choice(
            (
                f"Hi team, {lower}. {rng.choice(CONTEXT)} Thanks, {first}",
                f"{core}. {rng.choice(CONTEXT)}",
                f"Hello! {core}.",
            )
        )
    if channel == "email":
        return f"Hello, {lower}. {rng.choice(CONTEXT)} Regards, {person.name}"
    return core


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 12 or rng.random() > 0.06:
        return text
    i = rng.randrange(1, len(text) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def generate_feedback(n: int = 3000, *, seed: int = 7, end: date | None = None) -> list[SampleItem]:
    """Generate n feedback items, sorted by created_at, ending on `end` (default: today, UTC)."""
    rng = random.Random(seed)
    end_day = end or datetime.now(UTC).date()
    accounts = _accounts(rng, 120)
    people = _people(rng, accounts, 420)
    weights = [t.weight**2.5 for t in THEMES]  # sharper skew: a few themes dominate
    counters = {channel: 10_000 for channel in CHANNELS}
    items: list[SampleItem] = []
    asked: list[tuple[_Person, Theme | None]] = []
    while len(items) < n:
        channel = rng.choices(list(CHANNELS), weights=list(CHANNELS.values()))[0]
        if asked and rng.random() < 0.03:  # an exact re-post, maybe re-cased
            previous = rng.choice(items)
            text = previous.text if rng.random() < 0.5 else f"  {previous.text.lower()} "
            theme = next((t for t in THEMES if t.title == previous.theme), None)
            person = (
                next(p for p, _ in asked if p.email == previous.requester_email)
                if (previous.requester_email)
                else rng.choice(people)
            )
            channel = previous.source
        else:
            theme = None if rng.random() < 0.05 else rng.choices(THEMES, weights=weights)[0]
            if asked and rng.random() < 0.08:  # the same person asks for the same thing again
                person, theme = rng.choice(asked)
            else:
                person = rng.choice(people)
            core = rng.choice(theme.phrasings) if theme else rng.choice(ONE_OFFS)
            text = _typo(rng, _voice(rng, core, channel, person))
        asked.append((person, theme))
        counters[channel] += rng.randint(1, 9)
        day = end_day - timedelta(days=_day(rng, theme.trend if theme else "flat"))
        moment = datetime.combine(day, time(rng.randrange(7, 20), rng.randrange(60)), UTC)
        anonymous = channel == "app_review"
        items.append(
            SampleItem(
                text=text,
                source=channel,
                external_id=f"{ID_PREFIX[channel]}-{counters[channel]}",
                created_at=moment,
                requester_email=None if anonymous else person.email,
                requester_name=None if anonymous else person.name,
                account=None if anonymous else person.account.name,
                mrr=None if anonymous else person.account.mrr,
                theme=theme.title if theme else None,
            )
        )
    items.sort(key=lambda item: (item.created_at, item.external_id))
    return items


def _rows(items: Iterable[SampleItem]) -> Iterable[dict[str, object]]:
    for item in items:
        row = asdict(item)
        yield {
            "text": item.text,
            "source": item.source,
            "external_id": item.external_id,
            "requester": row["requester_email"],
            "requester_name": item.requester_name,
            "account": item.account,
            "mrr": item.mrr,
            "created_at": item.created_at.isoformat(),
            "theme": item.theme,
        }


def write_csv(items: Iterable[SampleItem], path: Path) -> None:
    """Write the import format: text, source, external_id, requester, ... plus theme."""
    rows = list(_rows(items))
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["text"])
        writer.writeheader()
        writer.writerows(rows)


def write_jsonl(items: Iterable[SampleItem], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in _rows(items):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
