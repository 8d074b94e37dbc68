"""What every page shares: the templates, rendering with security headers, flash messages,
redirects, and the route class that turns sign-in, CSRF and domain errors into pages."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from models.schemas import IdeaStatus
from service.core.errors import DomainError
from service.ideas.public import render_markdown
from service.ideas.report import sparkline
from service.okrs.draft_markdown import evidence_figures, kr_line, quantity
from service.web.okr_charts import confidence_chart, score_bar, trajectory_chart
from service.web.session import (
    FLASH_COOKIE,
    CsrfFailed,
    PageUser,
    SignInRequired,
    seal,
    secret_of,
    secure_cookies,
    unseal,
)

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"

STATUS_LABELS = {
    IdeaStatus.open: "Open",
    IdeaStatus.planned: "Planned",
    IdeaStatus.in_progress: "In progress",
    IdeaStatus.shipped: "Shipped",
    IdeaStatus.declined: "Declined",
}
# Scripts and styles come from /static only; no framing (the queue acts on single keys).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
PRIVATE_HEADERS = {**SECURITY_HEADERS, "Cache-Control": "no-store"}


def _money(value: float | None) -> str:
    return "—" if value is None else f"${value:,.0f}"


def _date(value: datetime | None) -> str:
    return "—" if value is None else value.strftime("%Y-%m-%d")


def _datetime(value: datetime | None) -> str:
    return "—" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def _status_label(value: str) -> str:
    try:
        return STATUS_LABELS[IdeaStatus(value)]
    except ValueError:
        return value


templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
templates.env.filters.update(
    money=_money,
    date=_date,
    datetime=_datetime,
    status_label=_status_label,
    quantity=quantity,
    evidence_figures=evidence_figures,
    markdown=render_markdown,
)
templates.env.globals.update(
    sparkline=sparkline,
    score_bar=score_bar,
    trajectory_chart=trajectory_chart,
    confidence_chart=confidence_chart,
    kr_line=kr_line,
    statuses=list(IdeaStatus),
)


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def set_flash(response: Response, request: Request, message: str, kind: str = "ok") -> None:
    """A one-time message for the next page (after a redirect)."""
    value = seal(secret_of(request), "flash", {"m": message[:500], "k": kind})
    response.set_cookie(
        FLASH_COOKIE,
        value,
        max_age=60,
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
    )


def _take_flash(request: Request) -> dict[str, str] | None:
    data = unseal(secret_of(request), "flash", request.cookies.get(FLASH_COOKIE))
    if data is None:
        return None
    return {"message": str(data.get("m", "")), "kind": str(data.get("k", "ok"))}


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status: int = 200,
    public: bool = False,
) -> HTMLResponse:
    """A page (or htmx fragment) with the signed-in user, any flash, and safe headers."""
    user: PageUser | None = getattr(request.state, "page_user", None)
    flash = _take_flash(request)
    values = {"user": user, "flash": flash, "alert": None, **(context or {})}
    headers = (
        {**SECURITY_HEADERS, "Cache-Control": "public, max-age=60"} if public else PRIVATE_HEADERS
    )
    response = templates.TemplateResponse(
        request, name, values, status_code=status, headers=headers
    )
    if flash is not None:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def error_page(request: Request, status: int, title: str, detail: str) -> HTMLResponse:
    return render(request, "web/error.html", {"title": title, "detail": detail}, status)


def see_other(request: Request, url: str, message: str | None = None, kind: str = "ok") -> Response:
    """303 to a page after a POST, with an optional flash message."""
    response = RedirectResponse(url, status_code=303)
    if message:
        set_flash(response, request, message, kind)
    return response


def _sign_in_redirect(request: Request, exc: SignInRequired) -> Response:
    url = f"/sign-in?next={quote(exc.next_path, safe='/')}"
    if is_htmx(request):  # a fragment request: let htmx load the whole sign-in page
        return Response(status_code=401, headers={"HX-Redirect": url, **PRIVATE_HEADERS})
    return RedirectResponse(url, status_code=303, headers=PRIVATE_HEADERS)


class PageRoute(APIRoute):
    """Routes of the web pages: sign-in, CSRF and domain errors become pages, never JSON."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await handle(request)
            except SignInRequired as exc:
                return _sign_in_redirect(request, exc)
            except CsrfFailed:
                return error_page(
                    request,
                    403,
                    "This form has expired",
                    "Reload the page and try again (the security token did not match).",
                )
            except DomainError as exc:
                title = {404: "Not found", 409: "That did not work"}.get(exc.status, "Sorry")
                return error_page(request, exc.status, title, exc.detail)

        return handler


def page_router() -> APIRouter:
    return APIRouter(route_class=PageRoute, include_in_schema=False)


router = page_router()


@router.get("/")
def home() -> Response:
    return RedirectResponse("/ideas", status_code=303)
