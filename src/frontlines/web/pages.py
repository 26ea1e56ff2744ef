"""The dashboard's pages and static files.

Pages are static HTML: every value shown is put in by our scripts with ``textContent`` from
the JSON API, so article text is never parsed as markup, and the Content-Security-Policy
(api/security.py) forbids inline scripts besides.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from starlette.responses import FileResponse
from starlette.staticfiles import StaticFiles

from frontlines.web.assets import default_assets_dir

STATIC = Path(__file__).resolve().parent / "static"
PAGES = STATIC / "pages"

router = APIRouter(include_in_schema=False)


def _page(name: str) -> FileResponse:
    return FileResponse(PAGES / name, media_type="text/html; charset=utf-8")


@router.api_route("/", methods=["GET", "HEAD"])
def dashboard() -> FileResponse:
    return _page("dashboard.html")


@router.api_route("/incidents/{incident_id}", methods=["GET", "HEAD"])
def incident_page(incident_id: str) -> FileResponse:
    return _page("incident.html")


@router.api_route("/articles/{article_id}", methods=["GET", "HEAD"])
def article_page(article_id: str) -> FileResponse:
    return _page("article.html")


def mount(app: FastAPI, *, assets_dir: Path | None) -> None:
    """Serve our scripts and styles, and the map assets built from npm."""
    vendor = assets_dir or default_assets_dir()
    # check_dir=False: without built assets the API still serves; the dashboard says what
    # to run (scripts/install-web-deps.sh) instead of drawing a map.
    app.mount("/static/vendor", StaticFiles(directory=vendor, check_dir=False), name="vendor")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
