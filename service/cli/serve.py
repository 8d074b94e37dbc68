"""`throughline serve`: the HTTP API."""

from __future__ import annotations

from typing import Annotated

import typer

from service.core.settings import get_settings


def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind [THROUGHLINE_HOST].")] = None,
    port: Annotated[int | None, typer.Option(help="Port [THROUGHLINE_PORT].")] = None,
) -> None:
    """Run the API server (OpenAPI docs at /docs)."""
    import uvicorn

    from service.http.app import create_app

    settings = get_settings()
    uvicorn.run(
        create_app(settings),
        host=host or settings.host,
        port=port or settings.port,
        log_level="info",
        access_log=False,
    )
