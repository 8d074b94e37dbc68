"""Uploading a feedback file in the browser: choose a CSV/TSV/JSONL file, check the first rows
and which column is which, then watch the import's progress (a background job)."""

from __future__ import annotations

from typing import Annotated

from fastapi import File, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.responses import Response

from models.db import unit_of_work
from service.core.errors import DomainError, NotFound
from service.core.jobs import UPLOAD_JOB, create_job, get_job, live_progress
from service.feedback.file_import import COLUMNS
from service.http.deps import ContextDep, SessionDep
from service.intake import upload
from service.web.board import workspace_page
from service.web.pages import is_htmx, page_router, render, see_other
from service.web.session import FormUserDep, PageUserDep

router = page_router()

HOME = "/settings/channels/upload"
LABELS = {
    "text": "Feedback text (required)",
    "external_id": "Message or ticket id",
    "requester": "Person (e-mail or id)",
    "requester_name": "Person's name",
    "account": "Company",
    "mrr": "Monthly revenue (MRR)",
    "created_at": "Date",
    "source": "Channel",
}


@router.get(HOME, response_class=HTMLResponse)
def upload_form(request: Request, user: PageUserDep, session: SessionDep) -> HTMLResponse:
    return workspace_page(request, session, user, "web/upload.html", "channels", {})


@router.post(HOME, response_class=HTMLResponse)
async def receive_file(
    request: Request,
    user: FormUserDep,
    context: ContextDep,
    file: Annotated[UploadFile, File()],
) -> Response:
    data = await file.read()
    try:
        token = upload.save_upload(
            context.settings.data_dir, user.workspace_id, file.filename or "", data
        )
        upload.preview(upload.find_upload(context.settings.data_dir, user.workspace_id, token))
    except DomainError as exc:
        return see_other(request, HOME, exc.detail, "error")
    return see_other(request, f"{HOME}/{token}")


@router.get(HOME + "/{token}", response_class=HTMLResponse)
def mapping_form(
    token: str, request: Request, user: PageUserDep, session: SessionDep, context: ContextDep
) -> HTMLResponse:
    path = upload.find_upload(context.settings.data_dir, user.workspace_id, token)
    preview = upload.preview(path)
    values = {"token": token, "preview": preview, "fields": COLUMNS, "labels": LABELS}
    return workspace_page(request, session, user, "web/upload_map.html", "channels", values)


@router.post(HOME + "/{token}/import")
async def start_import(
    token: str, request: Request, user: FormUserDep, context: ContextDep
) -> Response:
    form = await request.form()
    wanted = {f: str(form.get(f"map_{f}") or "") for f in COLUMNS}
    source = str(form.get("source") or "upload").strip()[:50] or "upload"
    back = f"{HOME}/{token}"
    try:
        path = upload.find_upload(context.settings.data_dir, user.workspace_id, token)
        mapping = upload.check_mapping(upload.preview(path).columns, wanted)
    except DomainError as exc:
        return see_other(
            request, back if exc.code != "upload_not_found" else HOME, exc.detail, "error"
        )
    with unit_of_work(context.factory) as session:
        params = {"path": str(path), "mapping": mapping, "source": source}
        job_id = create_job(session, user.workspace_id, UPLOAD_JOB, params).id
    return see_other(request, f"{HOME}/jobs/{job_id}")


@router.get(HOME + "/jobs/{job_id}", response_class=HTMLResponse)
def job_page(job_id: int, request: Request, user: PageUserDep, session: SessionDep) -> HTMLResponse:
    job = get_job(session, user.workspace_id, job_id)
    if job is None or job.kind != UPLOAD_JOB:
        raise NotFound("No such upload.", code="job_not_found")
    live = live_progress(job_id)
    values = {"job": job, "fraction": live[1] if live else job.progress}
    if is_htmx(request):
        return render(request, "web/_upload_progress.html", values)
    return workspace_page(request, session, user, "web/upload_job.html", "channels", values)
