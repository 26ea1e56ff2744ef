"""The app factory: ``create_app(settings, *, store=None)``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from frontlines import __version__
from frontlines.api import errors
from frontlines.api.deps import refuse_nul
from frontlines.api.responses import JSON
from frontlines.api.routers import articles, export, incidents, stats
from frontlines.api.security import BodyLimit, SecurityHeaders
from frontlines.api.settings import ApiSettings
from frontlines.store import Store
from frontlines.web import pages

DESCRIPTION = (
    "Incidents of armed conflict and political violence coded from news reports, with "
    "every figure traceable to its quote. Errors share one shape: "
    '`{"error": {"code", "message", "hint", "origin"}}`.'
)


def create_app(
    settings: ApiSettings | None = None, *, store: Store | None = None, extractor: Any = None
) -> FastAPI:
    """The API and dashboard over ``store`` (opened from ``settings.db_url`` when None; an
    app that opened its store closes it on shutdown)."""
    settings = settings or ApiSettings()
    owned = store is None
    the_store = store if store is not None else Store.open(settings.db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            the_store.close()

    app = FastAPI(
        title="frontlines",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        # The interactive docs load their scripts from a CDN: off, as is every CDN here.
        docs_url=None,
        redoc_url=None,
        default_response_class=JSON,
        lifespan=lifespan,
        dependencies=[Depends(refuse_nul)],
    )
    app.state.settings = settings
    app.state.store = the_store
    app.state.extractor = extractor
    errors.install(app)
    for router in (incidents.router, articles.router, stats.router, export.router):
        app.include_router(router)
    pages.mount(app, assets_dir=settings.assets_dir)

    # Added last runs first: headers go on every response, the limit before any route.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
