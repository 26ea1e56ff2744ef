"""Dependencies: the store, the settings and the extractor come from the app, never globals."""

from __future__ import annotations

import hmac
import threading
from typing import Any

from fastapi import Request

from frontlines.api.settings import ApiSettings
from frontlines.errors import FrontlinesError
from frontlines.store import Store

_EXTRACTOR_LOCK = threading.Lock()


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


def get_extractor(request: Request) -> Any:
    """The extractor for POST /api/articles, loaded on first use (the spaCy pipeline takes a
    second or two, which a read-only server never needs to pay)."""
    state = request.app.state
    with _EXTRACTOR_LOCK:
        if state.extractor is None:
            from frontlines.extract.api import Extractor

            state.extractor = Extractor()
    return state.extractor


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <FRONTLINES_API_TOKEN>``; no token, no writes."""
    expected = get_settings(request).api_token
    if not expected:
        raise FrontlinesError("E655")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), expected.encode()
    ):
        raise FrontlinesError("E654")


def refuse_nul(request: Request) -> None:
    """A NUL character in the path or a query parameter is E652, before any route runs.

    PostgreSQL refuses NUL in text (a query with ``?actor=%00`` was a 500 there) and SQLite's
    string functions stop at it (the same query matched every incident)."""
    if "\x00" in request.url.path:
        raise FrontlinesError("E652", name="path", detail="contains a NUL character")
    for name, value in request.query_params.multi_items():
        if "\x00" in name or "\x00" in value:
            raise FrontlinesError(
                "E652", name=name.replace("\x00", ""), detail="contains a NUL character"
            )
