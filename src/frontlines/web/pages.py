"""The dashboard's pages and static files.

Pages are static HTML: every value shown is put in by our scripts with ``textContent`` from
the JSON API, so article text is never parsed as markup, and the Content-Security-Policy
(api/security.py) forbids inline scripts besides. The incident and article pages share one
layout (``detail_layout.html``); only their ``<main>`` and script differ, and the page is
assembled once from files we ship, never from request data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template

from fastapi import APIRouter, FastAPI
from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles

from frontlines.web.assets import default_assets_dir

STATIC = Path(__file__).resolve().parent / "static"
PAGES = STATIC / "pages"

router = APIRouter(include_in_schema=False)


HTML = "text/html; charset=utf-8"


def _page(name: str) -> FileResponse:
    return FileResponse(PAGES / name, media_type=HTML)


@cache
def detail_page(kind: str) -> str:
    """The layout filled with one detail page's title, JSON link, ``<main>`` and script."""
    layout = Template((PAGES / "detail_layout.html").read_text(encoding="utf-8"))
    return layout.substitute(
        title=kind,
        json_href=f"/api/{kind}s",
        main=(PAGES / f"{kind}.main.html").read_text(encoding="utf-8"),
        script=kind,
    )


def _detail(kind: str) -> Response:
    return Response(detail_page(kind), media_type=HTML)


@router.api_route("/", methods=["GET", "HEAD"])
def dashboard() -> FileResponse:
    return _page("dashboard.html")


@router.api_route("/incidents/{incident_id}", methods=["GET", "HEAD"])
def incident_page(incident_id: str) -> Response:
    return _detail("incident")


@router.api_route("/articles/{article_id}", methods=["GET", "HEAD"])
def article_page(article_id: str) -> Response:
    return _detail("article")


def mount(app: FastAPI, *, assets_dir: Path | None) -> None:
    """Serve our scripts and styles, and the map assets built from npm."""
    vendor = assets_dir or default_assets_dir()
    # check_dir=False: without built assets the API still serves; the dashboard says what
    # to run (scripts/install-web-deps.sh) instead of drawing a map.
    app.mount("/static/vendor", StaticFiles(directory=vendor, check_dir=False), name="vendor")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
