"""The demo backlog generator: deterministic, skewed, realistic in shape."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from statistics import median

from service.sampledata.backlog import generate_feedback, themes, write_csv, write_jsonl

END = date(2026, 11, 22)


def test_same_seed_same_items_other_seed_other_items() -> None:
    assert generate_feedback(300, seed=3, end=END) == generate_feedback(300, seed=3, end=END)
    assert generate_feedback(300, seed=3, end=END) != generate_feedback(300, seed=4, end=END)


def test_shape_of_the_backlog() -> None:
    items = generate_feedback(3000, end=END)
    assert len(items) == 3000 and len(themes()) >= 40
    assert [i.created_at for i in items] == sorted(i.created_at for i in items)
    start = datetime.combine(END - timedelta(days=183), datetime.min.time(), UTC)
    assert all(
        start <= i.created_at <= datetime.combine(END, datetime.max.time(), UTC) for i in items
    )
    per_theme = Counter(i.theme for i in items if i.theme)
    assert max(per_theme.values()) >= 3.5 * median(per_theme.values())
    assert 0.02 < sum(i.theme is None for i in items) / 3000 < 0.10  # one-off asks
    channels = Counter(i.source for i in items)
    assert set(channels) == {"support", "portal", "sales_call", "slack", "app_review", "email"}
    assert len({(i.source, i.external_id) for i in items}) == 3000
    reposts = Counter(" ".join(i.text.lower().split()) for i in items)
    assert sum(n - 1 for n in reposts.values()) > 30  # exact re-posts happen
    named = [i for i in items if i.requester_email]
    assert all(i.account and i.mrr and i.mrr > 0 for i in named)
    assert all(i.requester_email is None for i in items if i.source == "app_review")
    again = Counter((i.requester_email, i.theme) for i in named if i.theme)
    assert any(n > 1 for n in again.values())  # some people ask twice


def test_recent_weeks_hold_more_of_a_rising_theme_than_of_a_fading_one() -> None:
    items = generate_feedback(6000, end=END)
    recent = datetime.combine(END - timedelta(days=30), datetime.min.time(), UTC)

    def recent_share(title: str) -> float:
        mine = [i for i in items if i.theme == title]
        return sum(i.created_at >= recent for i in mine) / len(mine)

    assert recent_share("Slow dashboard loading") > 2 * recent_share("Kanban board")


def test_csv_and_jsonl_use_the_import_columns(tmp_path: Path) -> None:
    items = generate_feedback(50, end=END)
    write_csv(items, tmp_path / "f.csv")
    write_jsonl(items, tmp_path / "f.jsonl")
    rows = list(csv.DictReader((tmp_path / "f.csv").open(encoding="utf-8")))
    lines = [json.loads(line) for line in (tmp_path / "f.jsonl").open(encoding="utf-8")]
    assert [r["text"] for r in rows] == [r["text"] for r in lines] == [i.text for i in items]
    assert {"text", "source", "external_id", "requester", "account", "mrr", "created_at"} <= set(
        rows[0]
    )
    assert datetime.fromisoformat(lines[0]["created_at"]) == items[0].created_at
