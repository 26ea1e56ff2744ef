"""One JSON error shape everywhere: ``FrontlinesError.to_dict()`` with an HTTP status.

Every failure the app can produce (our coded errors, FastAPI's validation errors, Starlette's
404/405, and anything unexpected) is rendered here, so a client parses one shape.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontlines.api.responses import JSON
from frontlines.api.security import SECURITY_HEADERS
from frontlines.errors import FrontlinesError

log = logging.getLogger("frontlines.api")

# code -> HTTP status; codes not listed are client errors in what was sent (400).
STATUS: dict[str, int] = {
    "E401": 404,
    "E650": 404,
    "E651": 404,
    "E653": 413,
    "E654": 401,
    "E655": 403,
    "E656": 405,
    "E657": 500,
    "E400": 503,
}


def status_of(error: FrontlinesError) -> int:
    if error.code in STATUS:
        return STATUS[error.code]
    if error.code.startswith(("E1", "E65")):
        return 422 if error.code in ("E104", "E105", "E107", "E109", "E111", "E113") else 400
    return 400


def error_response(error: FrontlinesError, *, status: int | None = None) -> JSON:
    headers = {"WWW-Authenticate": "Bearer"} if error.code == "E654" else None
    return JSON(error.to_dict(), status_code=status or status_of(error), headers=headers)


def _validation_error(exc: RequestValidationError) -> FrontlinesError:
    first = exc.errors()[0] if exc.errors() else {}
    where = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
    return FrontlinesError(
        "E652", name=".".join(where) or "request", detail=first.get("msg", "invalid")
    )


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into the one shape."""

    @app.exception_handler(FrontlinesError)
    async def coded(_: Request, exc: FrontlinesError) -> JSON:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSON:
        return error_response(_validation_error(exc), status=422)

    @app.exception_handler(StarletteHTTPException)
    async def http(request: Request, exc: StarletteHTTPException) -> JSON:
        if exc.status_code == 405:
            return error_response(FrontlinesError("E656", detail=request.method))
        if exc.status_code == 404:
            return error_response(FrontlinesError("E650", detail=request.url.path))
        error = FrontlinesError("E657", detail=str(exc.detail))
        return error_response(error, status=exc.status_code)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSON:
        log.exception("unhandled error")
        response = error_response(FrontlinesError("E657", detail=type(exc).__name__))
        # Starlette answers unhandled errors outside the app's middleware, so the security
        # headers middleware never sees this response: a 500 went out without its CSP.
        for name, value in SECURITY_HEADERS:
            response.headers[name.decode()] = value.decode()
        return response
