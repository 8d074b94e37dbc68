"""Idea titles written by an LLM when one is configured (`THROUGHLINE_LLM_PROVIDER=openai`).

Re-clustering names each idea after its most representative item. With an LLM, one call
renames the biggest auto-titled ideas from their keywords and quotes. The call runs after the
re-cluster has committed and outside the workspace's write lock, so a slow model never holds up
ingest. Any failure keeps the item-based titles: clustering never depends on the LLM being up.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, StringConstraints
from sqlalchemy.orm import Session, sessionmaker

from drafting.chat import ChatError, ChatModel
from models.db import unit_of_work
from service.core.llm import chat_model, llm_configured
from service.core.settings import Settings
from service.feedback import store as feedback_store
from service.ideas import store as idea_store

log = logging.getLogger(__name__)

MAX_NAMED = 40  # one call; the long tail of small ideas keeps its item-based titles
SYSTEM = (
    "You name product feedback themes for a product manager. For each idea you get its top "
    "keywords and a few customer quotes. Answer with a title of 3 to 8 words that states what "
    "customers ask for, in plain words (no quotes, no customer or company names, no trailing "
    'full stop). Answer only with JSON: {"names": [{"id": <the idea number>, "title": "..."}]}.'
)


class IdeaName(BaseModel):
    id: int
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=80)]


class IdeaNames(BaseModel):
    names: list[IdeaName]


@dataclass(frozen=True)
class IdeaSketch:
    """What the model sees of one idea; `number` is its place in the request, 1 first."""

    number: int
    keywords: list[str]
    quotes: list[str]


Namer = Callable[[list[IdeaSketch]], dict[int, str]]


def name_with(chat: ChatModel, sketches: list[IdeaSketch]) -> dict[int, str]:
    """Titles by idea number; empty when the model is unreachable or keeps answering nonsense."""
    if not sketches:
        return {}
    ideas = [{"id": s.number, "keywords": s.keywords, "quotes": s.quotes} for s in sketches]
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": json.dumps({"ideas": ideas}, ensure_ascii=False)},
    ]
    try:
        reply = chat.complete(messages, IdeaNames)
    except ChatError as exc:
        log.warning("idea_names_skipped reason=%r", exc.reason)
        return {}
    wanted = {s.number for s in sketches}
    return {n.id: n.title for n in reply.value.names if n.id in wanted}


def llm_namer(settings: Settings) -> Namer | None:
    """The LLM namer when an LLM is configured, else None (titles stay item-based)."""
    if not llm_configured(settings):
        return None
    chat = chat_model(settings)
    return lambda sketches: name_with(chat, sketches)


def rename_with_llm(factory: sessionmaker[Session], workspace_id: int, namer: Namer) -> int:
    """Let the LLM title the biggest auto-titled ideas (2+ items); returns how many it renamed.

    Reads the ideas in one short transaction, asks the model with no transaction open, then
    writes each title only if the idea still has an automatic title: a PM who renamed the idea
    in the meantime keeps their title.
    """
    with unit_of_work(factory) as session:
        ideas = idea_store.biggest_auto_titled(session, workspace_id, MAX_NAMED)
        texts = feedback_store.texts(session, {i for idea in ideas for i in idea.quote_item_ids})
        sketches = [
            IdeaSketch(
                number=n,
                keywords=list(idea.keywords),
                quotes=[texts[i][:300] for i in idea.quote_item_ids if i in texts],
            )
            for n, idea in enumerate(ideas, start=1)
        ]
        idea_ids = [idea.id for idea in ideas]
    if not sketches:
        return 0
    titles = namer(sketches)
    renamed = 0
    with unit_of_work(factory) as session:
        for number, title in titles.items():
            renamed += idea_store.set_auto_title(session, idea_ids[number - 1], title)
    return renamed
