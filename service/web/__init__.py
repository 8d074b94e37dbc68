"""Server-rendered web pages (Jinja2 + htmx): the ideas board, idea pages, the review queue,
the roadmap, OKR drafts and cycles, and the settings (people, API keys); people sign in with
e-mail and password (or an API key) and stay signed in through a signed session cookie."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from service.http.throttle import SignInThrottle
from service.web import (
    account_page,
    account_settings,
    alerts_page,
    board,
    channels_page,
    cycle_page,
    drafts_page,
    idea_page,
    okr_edit_page,
    pages,
    portal_page,
    review_page,
    roadmap_page,
    settings_page,
    siblings_page,
    signin,
    sso_page,
    themes_page,
    unsubscribe_page,
    upload_page,
    verdict_page,
)
from service.web.pages import STATIC_DIR

PAGE_MODULES = (
    pages,
    signin,
    sso_page,
    account_page,
    account_settings,
    settings_page,
    alerts_page,
    siblings_page,  # before review_page: /review/siblings is not a suggestion id
    themes_page,
    board,
    idea_page,
    review_page,
    roadmap_page,
    drafts_page,
    cycle_page,
    okr_edit_page,
    unsubscribe_page,
    channels_page,
    upload_page,
    portal_page,
    verdict_page,
)


def install(app: FastAPI) -> None:
    """Serve /static and add the page routes to the app."""
    app.state.sign_in_throttle = SignInThrottle()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in PAGE_MODULES:
        app.include_router(module.router)
    app.include_router(portal_page.public)  # the customer portal and /widget.js, no sign-in
