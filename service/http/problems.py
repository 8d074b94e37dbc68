"""Every error leaves the API as RFC 9457 problem+json with a stable `code`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, StatementError
from starlette.exceptions import HTTPException

from models.schemas import Problem
from service.core.errors import DomainError

log = logging.getLogger(__name__)

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}


# What the OpenAPI document says every operation may answer besides success, all as problem+json.
PROBLEM_STATUSES = {
    400: "The body is not valid JSON.",
    401: "No API key, or not a valid one.",
    403: "The key may not do this, or belongs to another workspace.",
    404: "No such thing in this workspace.",
    409: "The change conflicts with the current state (e.g. already answered, merged away).",
    413: "The body is larger than the server accepts.",
    422: "The request does not match the schema, or a value is out of range.",
    429: "Too many failed API keys from this address for now.",
}


def documented_problems() -> dict[int | str, dict[str, Any]]:
    """The `responses` entry that lists every problem status with the Problem schema."""
    schema = Problem.model_json_schema()
    return {
        status: {"description": text, "content": {"application/problem+json": {"schema": schema}}}
        for status, text in PROBLEM_STATUSES.items()
    }


def problem(status: int, code: str, detail: str, **extra: Any) -> JSONResponse:
    body = {"type": f"about:blank#{code}", "title": code.replace("_", " "), "status": status}
    body.update(code=code, detail=detail, **extra)
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def _validation_code(errors: list[dict[str, Any]]) -> tuple[int, str]:
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "invalid_json"
    messages = " ".join(str(e.get("msg", "")) for e in errors)
    if "longer than" in messages:
        return 422, "text_too_long"
    if "empty or only whitespace" in messages:
        return 422, "empty_text"
    return 422, "invalid_input"


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(_request: Request, exc: DomainError) -> JSONResponse:
        return problem(exc.status, exc.code, exc.detail, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
            for e in exc.errors()
        ]
        status, code = _validation_code(errors)
        return problem(status, code, "The request does not match the schema.", errors=errors)

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return problem(exc.status_code, code, str(exc.detail))

    # Handlers for these exact types run inside the app, so the connection stays open after the
    # answer (a bare Exception handler runs after the server has given up on the connection).
    @app.exception_handler(OverflowError)
    @app.exception_handler(StatementError)
    async def _database_value(_request: Request, exc: Exception) -> JSONResponse:
        if _out_of_range(exc):
            return problem(422, "out_of_range", "A number is larger than the server can store.")
        log.exception("database error", exc_info=exc)
        return problem(500, "internal_error", "Something went wrong on our side.")

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return problem(500, "internal_error", "Something went wrong on our side.")


def _out_of_range(exc: BaseException) -> bool:
    """An id or offset beyond 64 bits reached the database (SQLite: OverflowError; PostgreSQL:
    numeric value out of range): the caller's number, not our fault."""
    cause = exc.orig if isinstance(exc, StatementError) else exc
    if isinstance(cause, OverflowError):
        return True
    return isinstance(exc, DataError) and "out of range" in str(exc).lower()
