"""The FastAPI application: JSON under /api/v1, OpenAPI at /docs."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from service import web
from service.api import alerts as alerts_api
from service.api import cycles as cycles_api
from service.api import feedback, ideas, intake, jobs, lifecycle, okrs, review
from service.api import keys as keys_api
from service.api import metrics as metrics_api
from service.api import notifications as notifications_api
from service.api import okr_editing as okr_editing_api
from service.api import portal as portal_api
from service.api import roadmap as roadmap_api
from service.api import saved_views as saved_views_api
from service.api import themes as themes_api
from service.api import workspace_settings as workspace_settings_api
from service.context import AppContext, build_context
from service.core.settings import Settings, get_settings
from service.http import problems
from service.http.body_limit import BodyLimit
from service.http.portal_body import PORTAL_BODY_BYTES, PortalBodyLimit
from service.http.throttle import FailedKeyThrottle
from service.http.unexpected import UnexpectedErrors
from service.portal.limits import PortalLimits
from service.worker import Background

MAX_BODY_BYTES = 16 * 1024 * 1024  # a full bulk call of long texts fits well inside


def create_app(settings: Settings | None = None, context: AppContext | None = None) -> FastAPI:
    """Build the app; the context (DB, model, indexes) is created at start-up unless given."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = context is None
        app.state.context = context or build_context(settings or get_settings())
        app.state.context.registry.embedder.embed(["warm up"])  # load the model before traffic
        # What start-up loaded (modules, the model, ~0.5M objects) lives as long as the process:
        # frozen, the collector stops walking it, which cost 0.1-0.3 s pauses every few
        # requests (bench/board_filters.py: p99 several times p50).
        gc.collect()
        gc.freeze()
        running = app.state.context.settings
        background = Background(
            app.state.context, jobs=running.job_worker, delivery=running.notify_worker
        )
        background.start()
        try:
            yield
        finally:
            gc.unfreeze()  # let what the app held be collected once it stops
            background.stop()  # finishes the job and message in flight; the rest wait
            if owned:
                app.state.context.close()
            else:
                app.state.context.registry.snapshot_all()

    app = FastAPI(
        title="Throughline",
        version="0.1.0",
        description="Customer feedback in; deduplicated ideas, true demand and OKRs out.",
        lifespan=lifespan,
        responses=problems.documented_problems(),
    )
    problems.install(app)
    app.state.key_throttle = FailedKeyThrottle()
    app.state.portal_limits = PortalLimits()

    app.add_middleware(UnexpectedErrors)  # a 500 answered inside: the connection stays open
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(PortalBodyLimit, limit=PORTAL_BODY_BYTES)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(feedback.router, prefix="/api/v1")
    app.include_router(ideas.router, prefix="/api/v1")
    app.include_router(jobs.router, prefix="/api/v1")
    app.include_router(okrs.router, prefix="/api/v1")
    # before review: /review/siblings must not be read as /review/{suggestion_id}
    app.include_router(themes_api.router, prefix="/api/v1")
    app.include_router(review.router, prefix="/api/v1")
    app.include_router(lifecycle.router, prefix="/api/v1")
    app.include_router(cycles_api.router, prefix="/api/v1")
    app.include_router(okr_editing_api.router, prefix="/api/v1")
    app.include_router(notifications_api.router, prefix="/api/v1")
    app.include_router(workspace_settings_api.router, prefix="/api/v1")
    app.include_router(keys_api.router, prefix="/api/v1")
    app.include_router(portal_api.router, prefix="/api/v1")
    app.include_router(metrics_api.router, prefix="/api/v1")
    app.include_router(saved_views_api.router, prefix="/api/v1")
    app.include_router(alerts_api.router, prefix="/api/v1")
    app.include_router(roadmap_api.router)  # public, outside /api/v1 as before
    app.include_router(intake.router)  # public, signature-checked: /intake/{workspace}/...
    web.install(app)  # the web pages and /static
    return app
