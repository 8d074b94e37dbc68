"""Renaming a theme from the board's theme view (re-clustering keeps a PM's name)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Request
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from service.core.errors import DomainError
from service.http.deps import SessionDep
from service.ideas import themes
from service.web.pages import page_router, see_other
from service.web.session import FormUserDep

router = page_router()


@router.post("/themes/{theme_id}/rename", response_class=HTMLResponse)
def rename(
    theme_id: int,
    request: Request,
    user: FormUserDep,
    session: SessionDep,
    title: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    back = "/ideas?view=themes"
    if not title.strip():
        return see_other(request, back, "A theme needs a name.", "error")
    try:
        renamed = themes.rename(session, user.workspace_id, theme_id, title.strip(), user.actor)
    except DomainError as exc:
        return see_other(request, back, exc.detail, "error")
    return see_other(request, back, f"Renamed to “{renamed.title}”.")
