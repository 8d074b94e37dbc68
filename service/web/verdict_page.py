"""The "Did it solve it?" links of a ship e-mail: one click records the answer, no login.

Like the unsubscribe link, the signed token is the proof, so the router is a plain one, not a
signed-in page router. Unlike it, the answer is recorded on GET: one click is the point, a
person can change their answer from the page, and the latest answer counts. A forged link
gets a 400 page, an expired one a 410 page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from models.metrics import VERDICT_LABELS, Verdict
from service.core.errors import InvalidInput
from service.http.deps import ContextDep, SessionDep
from service.notify import verdicts
from service.okrs import checkins
from service.web.pages import render

router = APIRouter(tags=["verdicts"], include_in_schema=False)

_PROBLEMS = {
    "expired_verdict_link": (410, "This link has expired"),
    "invalid_verdict": (404, "Not an answer"),
}


@router.get("/verdict/{token}/{answer}", response_class=HTMLResponse)
def answer(
    token: str, answer: str, request: Request, context: ContextDep, session: SessionDep
) -> HTMLResponse:
    secret = context.settings.resolved_secret_key()
    values: dict[str, object]
    try:
        kept = verdicts.record(session, secret, token, answer)
    except InvalidInput as exc:
        status, title = _PROBLEMS.get(exc.code, (400, "Invalid link"))
        values = {"title": title, "problem": exc.detail, "code": exc.code}
        response = render(request, "web/verdict.html", values, status)
    else:
        target = verdicts.target_of(secret, token)
        checkins.follow(session, target.workspace_id, idea_id=target.idea_id)
        others = {v: VERDICT_LABELS[v] for v in Verdict if v != kept.verdict}
        values = {
            "title": "Thank you",
            "idea_title": kept.idea_title,
            "label": VERDICT_LABELS[kept.verdict],
            "token": token,
            "others": others,
        }
        response = render(request, "web/verdict.html", values)
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
    response.headers["Cache-Control"] = "no-store"
    return response
