"""Server-rendered web pages (Jinja2 + htmx): the ideas board, idea pages, the review queue,
the roadmap, and OKR drafts and cycles; signed in with an API key kept in a signed session
cookie."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from service.web import (
    board,
    cycle_page,
    drafts_page,
    idea_page,
    pages,
    review_page,
    roadmap_page,
    siblings_page,
    signin,
    themes_page,
    unsubscribe_page,
    verdict_page,
)
from service.web.pages import STATIC_DIR

PAGE_MODULES = (
    pages,
    signin,
    siblings_page,  # before review_page: /review/siblings is not a suggestion id
    themes_page,
    board,
    idea_page,
    review_page,
    roadmap_page,
    drafts_page,
    cycle_page,
    unsubscribe_page,
    verdict_page,
)


def install(app: FastAPI) -> None:
    """Serve /static and add the page routes to the app."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in PAGE_MODULES:
        app.include_router(module.router)
