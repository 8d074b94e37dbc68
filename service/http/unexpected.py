"""Unexpected errors answered inside the app, so the connection survives them.

Starlette runs a bare `Exception` handler in its outermost middleware, which re-raises after
answering; uvicorn then resets the keep-alive connection, and a client (or a proxy's pooled
upstream connection) sees its next request fail. Caught here, one layer further in, the 500
problem is the whole story and the connection stays usable."""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.http import problems

log = logging.getLogger(__name__)


class UnexpectedErrors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started:  # half an answer is out: only closing the connection can tell
                raise
            log.exception("unhandled error", exc_info=exc)
            answer = problems.problem(500, "internal_error", "Something went wrong on our side.")
            await answer(scope, receive, send)
