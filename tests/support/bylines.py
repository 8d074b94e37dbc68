"""A workspace whose channels the rules only partly know: a third of its requests in signed
e-mails (the rules take those apart, so the workspace learns what envelope looks like), a third
plain, a third under a forum byline ("Name · Top fan") that no rule or learned line knows."""

from __future__ import annotations

import random

FEATURES = ["dark mode", "CSV export", "two-factor login", "bulk edit", "a calendar view"]
FEATURES += ["Slack alerts", "offline sync", "custom fields", "an audit log", "saved filters"]
AREAS = ["reports", "settings", "billing", "projects", "inbox", "dashboard", "mobile", "admin"]
AREAS += ["team", "search", "tasks", "files"]
FIRST = ["Ana", "Ben", "Chloe", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas"]
LAST = ["Ruiz", "Okafor", "Martin", "Ivanov", "Kaya", "Haddad", "Berg", "Laurent", "Costa"]
BYLINE = " · Top fan"


def byline_workspace() -> tuple[list[str], list[str]]:
    """120 distinct requests as (texts, asks); every third text, from the third on, carries
    the byline."""
    rng = random.Random(0)
    asks = [f"Please add {feature} to the {area} page." for feature in FEATURES for area in AREAS]
    rng.shuffle(asks)
    texts = []
    for n, ask in enumerate(asks):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if n % 3 == 0:
            texts.append(f"Hi team,\n\n{ask}\n\nBest regards,\n{name}\nCustomer Success Lead\nAcme")
        elif n % 3 == 1:
            texts.append(ask)
        else:
            texts.append(f"{ask}\n{name}{BYLINE}")
    return texts, asks
