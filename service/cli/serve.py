"""`throughline serve`: the HTTP API, in one process or several."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from service.core.settings import get_settings


def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind [THROUGHLINE_HOST].")] = None,
    port: Annotated[int | None, typer.Option(help="Port [THROUGHLINE_PORT].")] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="API processes on the port (PostgreSQL only above 1). With more than one, "
            "background work is left to `throughline worker` unless --background.",
        ),
    ] = 1,
    background: Annotated[
        bool | None,
        typer.Option(
            "--background/--no-background",
            help="Also deliver notifications and run jobs in the API processes "
            "(default: yes for one process, no for several).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run the API server (OpenAPI docs at /docs)."""
    import uvicorn

    settings = get_settings()
    options = {
        "host": host or settings.host,
        "port": port or settings.port,
        "log_level": "info",
        "access_log": False,
    }
    if workers == 1:
        from service.http.app import create_app

        if background is not None:
            settings.notify_worker = settings.job_worker = background
        uvicorn.run(create_app(settings), **options)  # type: ignore[arg-type]
        return
    if settings.resolved_database_url().startswith("sqlite"):
        raise typer.BadParameter("several API processes need PostgreSQL (one SQLite writer)")
    # The processes are started afresh and read their settings from the environment.
    os.environ["THROUGHLINE_NOTIFY_WORKER"] = os.environ["THROUGHLINE_JOB_WORKER"] = (
        "true" if background else "false"  # None: several processes leave it to workers
    )
    uvicorn.run("service.http.app:create_app", factory=True, workers=workers, **options)  # type: ignore[arg-type]
