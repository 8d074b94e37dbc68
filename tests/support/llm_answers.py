"""Answers a well-behaved (or misbehaving) LLM would give, built from a request's measures."""

from __future__ import annotations

from typing import Any

from drafting.measures import build_catalog
from models.drafts import DraftRequest

TITLES = (
    "Make signing in and controlling access effortless for customers' IT teams",
    "Make our product fit into the tools customers already work in",
    "Make everyday work in the app quicker for power users",
)


def llm_answer(
    request: DraftRequest,
    objectives: int = 2,
    krs: int = 2,
    titles: tuple[str, ...] = TITLES,
    critique: str = "Targets are a stretch.",
) -> dict[str, Any]:
    """A valid LlmDraft: each objective cites its theme's first measures, suggested targets."""
    catalog = build_catalog(request)
    out = []
    for n, (_theme, measures) in enumerate(catalog.themes[:objectives]):
        out.append(
            {
                "title": titles[n % len(titles)],
                "owner": None,
                "key_results": [
                    {"measure_id": m.id, "target": m.target, "text": m.sentence()}
                    for m in measures[:krs]
                ],
            }
        )
    return {"critique": critique, "changes": ["first draft"], "objectives": out}
