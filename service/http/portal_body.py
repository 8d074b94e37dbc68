"""A tighter body cap for the public portal API: its largest request is one 2,000-character
post, so nobody on the internet gets to make the server read and parse megabytes."""

from __future__ import annotations

from starlette.types import Receive, Scope, Send

from service.http.body_limit import BodyLimit

PORTAL_PREFIX = "/api/v1/portal/"
PORTAL_BODY_BYTES = 32 * 1024  # 2,000 characters even as \uXXXX escapes, with room to spare


class PortalBodyLimit(BodyLimit):
    """BodyLimit for paths under /api/v1/portal/ only; every other path passes untouched."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(PORTAL_PREFIX):
            await super().__call__(scope, receive, send)
        else:
            await self.app(scope, receive, send)
