"""Server-rendered web pages (Jinja2 + htmx): the ideas board, idea pages, the review queue
and the roadmap, signed in with an API key kept in a signed session cookie."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from service.web import board, idea_page, pages, review_page, roadmap_page, signin
from service.web.pages import STATIC_DIR


def install(app: FastAPI) -> None:
    """Serve /static and add the page routes to the app."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in (pages, signin, board, idea_page, review_page, roadmap_page):
        app.include_router(module.router)
    app.include_router(roadmap_page.public_api)
