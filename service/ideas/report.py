"""The HTML demand report: themes with their combined demand, then ideas ranked by demand with
trend sparklines, channels and quotes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session

from service.feedback import store as feedback_store
from service.ideas import store as idea_store
from service.ideas.public import public_titles
from service.ideas.themes import list_themes
from service.ideas.views import IdeaSort, list_ideas
from triage.demand import weekly_counts

TEMPLATES = Path(__file__).parent.parent / "templates"
PALETTE = ("#3b6fd8", "#e08a2c", "#2f9e6b", "#a45bc4", "#d4463b", "#6b7a90", "#c7a02f")


def sparkline(counts: list[int], width: int = 120, height: int = 28) -> str:
    """An inline SVG bar chart of weekly counts (no JavaScript, prints and emails fine)."""
    top = max(max(counts), 1)
    step = width / len(counts)
    bars = "".join(
        f'<rect x="{i * step:.1f}" y="{height - height * c / top:.1f}" width="{step - 1.5:.1f}" '
        f'height="{height * c / top:.1f}" fill="#3b6fd8"><title>{c}</title></rect>'
        for i, c in enumerate(counts)
    )
    return (
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="items per week, last {len(counts)} weeks">{bars}</svg>'
    )


def render_report(
    session: Session, workspace_id: int, workspace: str, sort: IdeaSort, limit: int
) -> str:
    now = datetime.now(UTC)
    page = list_ideas(session, workspace_id, sort, True, limit, 0, now)
    signals = idea_store.demand_signals(session, workspace_id)
    ideas = idea_store.ideas_by_id(session, [s.id for s in page.ideas])
    quote_ids = [q for i in ideas.values() for q in i.quote_item_ids]
    texts = feedback_store.texts(session, quote_ids)
    titles = public_titles(session, idea_store.list_all(session, workspace_id))
    rows = []
    for summary in page.ideas:
        idea = ideas[summary.id]
        channels = summary.demand.channels
        total = max(sum(channels.values()), 1)
        rows.append(
            {
                "idea": summary,
                "title": titles.get(summary.id, summary.title),
                "keywords": idea.keywords[:6],
                "quotes": [texts[q] for q in idea.quote_item_ids if q in texts],
                "sparkline": sparkline(weekly_counts(signals.get(summary.id, []), now)),
                "mix": [
                    (c, n / total, PALETTE[k % len(PALETTE)])
                    for k, (c, n) in enumerate(channels.items())
                ],
            }
        )
    items = feedback_store.count_items(session, workspace_id)
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())
    return environment.get_template("report.html").render(
        workspace=workspace,
        rows=rows,
        total=page.total,
        items=items,
        sort=sort.value,
        generated=now.strftime("%Y-%m-%d %H:%M UTC"),
        themes=list_themes(session, workspace_id, now).themes[:limit],
        titles=titles,
    )
