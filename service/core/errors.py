"""Domain errors with stable codes; the API and the CLI map them in one place each."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    status = 400
    code = "invalid_input"

    def __init__(self, detail: str, *, code: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        self.extra = extra


class InvalidInput(DomainError):
    status = 422
    code = "invalid_input"


class NotFound(DomainError):
    status = 404
    code = "not_found"


class Conflict(DomainError):
    status = 409
    code = "conflict"


class Unauthorized(DomainError):
    status = 401
    code = "invalid_api_key"


class Forbidden(DomainError):
    status = 403
    code = "forbidden"


class TooManyRequests(DomainError):
    status = 429
    code = "too_many_requests"
