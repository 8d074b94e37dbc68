"""Draft requests built in memory from realistic data: the demo sample and BANKING77.

Ideas are the data's own labels (perfect clustering), so drafts can be checked on thousands of
items without embedding them; the service builds requests the same way from stored ideas.
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from drafting.themes import words
from models.demand import DemandSignal
from models.drafts import DraftRequest
from service.okrs.drafts import IdeaSignals, request_from_signals
from service.sampledata.backlog import generate_feedback

END = date(2026, 12, 20)
NOW = datetime.combine(END + timedelta(days=1), time(), tzinfo=UTC)
BANKING77 = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "banking77" / "test.csv"


def _keywords(texts: list[str], top: int = 5) -> list[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(words(text))
    return [w for w, _ in counts.most_common(top)]


def _request(
    labelled: list[tuple[str, DemandSignal, str]], goals: list[str], cycle: str, top: int
) -> DraftRequest:
    groups: dict[str, list[tuple[DemandSignal, str]]] = defaultdict(list)
    for label, signal, text in labelled:
        groups[label].append((signal, text))
    ideas = [
        IdeaSignals(n, label, _keywords([t for _, t in rows]), [s for s, _ in rows])
        for n, (label, rows) in enumerate(sorted(groups.items()), start=1)
    ]
    every = [s for _, s, _ in labelled]
    return request_from_signals(cycle, goals, ideas, every, NOW, top=top)


def demo_request(
    goals: list[str] | None = None, cycle: str = "2027-Q1", n: int = 3000, top: int = 15
) -> DraftRequest:
    """The `throughline demo` sample, one idea per theme (one-offs each their own idea)."""
    labelled = [
        (
            item.theme or item.text,
            DemandSignal(
                requester=item.requester_email,
                account=item.account,
                mrr=item.mrr,
                source=item.source,
                created_at=item.created_at,
            ),
            item.text,
        )
        for item in generate_feedback(n, seed=7, end=END)
    ]
    return _request(labelled, goals or [], cycle, top)


def banking_request(
    goals: list[str] | None = None, cycle: str = "2027-Q2", seed: int = 3, top: int = 15
) -> DraftRequest:
    """BANKING77's held-out split as feedback from ~400 people at 60 accounts over 26 weeks."""
    rng = random.Random(seed)
    accounts = [(f"Bank customer {i}", float(rng.choice((90, 250, 900, 4000)))) for i in range(60)]
    people = [(f"p{i}@example.com", rng.choice(accounts)) for i in range(400)]
    labelled = []
    with BANKING77.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            email, (account, mrr) = rng.choice(people)
            created = NOW - timedelta(days=rng.random() * 182)
            signal = DemandSignal(
                requester=email, account=account, mrr=mrr, source="support", created_at=created
            )
            labelled.append((row["category"].replace("_", " "), signal, row["text"]))
    return _request(labelled, goals or [], cycle, top)
