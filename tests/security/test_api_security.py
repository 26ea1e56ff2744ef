"""API security over real HTTP on loopback (docs/security.md): token-guarded writes compared
in constant time, body limits, parameterised SQL under injection strings in every filter,
security headers and CSP on every kind of response, and no stack trace in any response."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import LIMIT, TOKEN
from frontlines.api import ApiSettings, create_app
from frontlines.api.security import CONTENT_SECURITY_POLICY
from frontlines.store import Store

INJECTIONS = [
    "' OR '1'='1",
    "' OR 1=1 --",
    "1; DROP TABLE incidents; --",
    '" OR ""="',
    "%' UNION SELECT id, record FROM incidents --",
    "') OR ('a'='a",
    "\\'; SELECT pg_sleep(5); --",
    "*/ OR /*",
    "%",
    "_",
    "-1 OR 1=1",
    "2024-01-01' OR '1'='1",
    "\u0000",
    "é' OR 'é'='é",
]
FILTERS = ["since", "until", "country", "admin1", "event_type", "sub_event_type", "actor",
           "min_fatalities", "bbox", "q", "sort", "cursor", "fields", "limit"]  # fmt: skip
# Filters whose value is matched as text: an injection string is a value like any other
# and must match nothing here (no incident is named "' OR '1'='1"). (`q` is words, and "or"
# is one: it may match, but never more than everything.)
TEXT_FILTERS = {"country", "admin1", "event_type", "sub_event_type", "actor"}


@pytest.fixture(scope="module")
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as client:
        yield client


def total(http: httpx.Client) -> int:
    return int(http.get("/api/incidents", params={"limit": 1}).json()["count"])


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_in_every_filter_are_values_not_sql(
    http: httpx.Client, name: str
) -> None:
    before = total(http)
    assert before > 0
    for payload in INJECTIONS:
        for route in ("/api/incidents", "/api/stats", "/api/export"):
            response = http.get(route, params={name: payload})
            assert response.status_code in (200, 400, 422), (route, payload, response.text)
            if response.status_code != 200:
                assert response.json()["error"]["code"].startswith("E")
            elif route == "/api/incidents" and name in TEXT_FILTERS and payload not in "%_":
                assert response.json()["count"] == 0, (name, payload)
            elif route == "/api/incidents":
                assert response.json()["count"] <= before
    assert total(http) == before  # nothing dropped, nothing changed


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("route", ["/api/incidents/", "/api/articles/"])
def test_injection_strings_as_ids_are_not_found(
    http: httpx.Client, route: str, payload: str
) -> None:
    response = http.get(route + quote(payload, safe=""))
    assert response.status_code in (404, 400, 422), response.text
    assert "error" in response.json()


def headers_ok(response: httpx.Response) -> None:
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]


REQUESTS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/", {}),
    ("GET", "/openapi.json", {}),
    ("GET", "/api/incidents", {}),
    ("GET", "/api/stats", {}),
    ("GET", "/api/export", {"params": {"format": "jsonl"}}),
    ("GET", "/api/incidents/nope", {}),  # 404
    ("GET", "/no/such/route", {}),  # 404
    ("DELETE", "/api/incidents", {}),  # 405
    ("GET", "/api/incidents", {"params": {"limit": "x"}}),  # 422
    ("POST", "/api/articles", {"json": {"text": "x"}}),  # 401
    ("POST", "/api/articles", {"content": b"x" * (LIMIT + 1),
                               "headers": {"Authorization": f"Bearer {TOKEN}"}}),  # 413
]  # fmt: skip


@pytest.mark.parametrize(("method", "path", "kwargs"), REQUESTS, ids=lambda v: str(v)[:30])
def test_every_kind_of_response_carries_the_security_headers(
    http: httpx.Client, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    headers_ok(http.request(method, path, **kwargs))


@pytest.mark.parametrize(
    ("header", "status", "code"),
    [
        (None, 401, "E654"),
        ("Bearer", 401, "E654"),
        ("Bearer wrong", 401, "E654"),
        (f"Bearer {TOKEN}x", 401, "E654"),
        (f"Bearer {TOKEN[:-1]}", 401, "E654"),
        (f"Basic {TOKEN}", 401, "E654"),
        (f"Token {TOKEN}", 401, "E654"),
        ("Bearer \u00e9", 401, "E654"),
    ],
)
def test_writes_need_the_exact_token(
    http: httpx.Client, header: str | None, status: int, code: str
) -> None:
    # Latin-1 on the wire, as a client sending a non-ASCII header would.
    headers = {"Authorization": header.encode("latin-1")} if header else {}
    response = http.post("/api/articles", json={"text": "Gunmen killed three."}, headers=headers)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.headers.get("www-authenticate") == "Bearer"


def test_the_token_is_compared_in_constant_time(
    monkeypatch: pytest.MonkeyPatch, sample_store: Store, settings: ApiSettings
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr("frontlines.api.deps.hmac.compare_digest", spy)
    with TestClient(create_app(settings, store=sample_store)) as client:
        response = client.post("/api/articles", content=b"{", headers={
            "Authorization": "Bearer guess", "Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 401
    assert calls == [(b"guess", TOKEN.encode())]


def test_a_read_only_server_refuses_every_write(sample_store: Store) -> None:
    with TestClient(create_app(ApiSettings(), store=sample_store)) as client:
        for header in (None, f"Bearer {TOKEN}", "Bearer "):
            response = client.post("/api/articles", json={"text": "x"},
                                   headers={"Authorization": header} if header else {})  # fmt: skip
            assert (response.status_code, response.json()["error"]["code"]) == (403, "E655")


def chunks(size: int, piece: int = 4096) -> Iterator[bytes]:
    sent = 0
    while sent < size:
        yield b" " * min(piece, size - sent)
        sent += piece


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b"[" + b" " * (LIMIT + 10) + b"]"}, 413),  # declared over the limit
        ({"content": chunks(LIMIT * 4)}, 413),  # streamed (chunked), no Content-Length
        ({"content": b"[" + b" " * (LIMIT - 100) + b"]"}, 400),  # under it: read (E101: empty)
    ],
    ids=["declared", "streamed", "under"],
)
def test_bodies_over_the_limit_are_refused_over_http(
    http: httpx.Client, kwargs: dict[str, Any], status: int
) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    response = http.post("/api/articles", headers=headers, **kwargs)
    assert response.status_code == status, response.text
    if status == 413:
        assert response.json()["error"]["code"] == "E653"


class Exploding:
    """A store whose every read fails as a bug would: the response must not show it."""

    def __getattr__(self, name: str) -> Any:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("SECRET-INTERNAL-DETAIL at /srv/frontlines/store.py line 42")

        return fail


@pytest.mark.parametrize("path", ["/api/incidents", "/api/stats", "/api/incidents/x",
                                  "/api/articles/x", "/api/export?format=jsonl"])  # fmt: skip
def test_an_internal_failure_shows_no_stack_trace(path: str) -> None:
    app = create_app(ApiSettings(), store=Exploding())  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(path)
    assert response.status_code == 500
    body = response.text
    assert response.json()["error"]["code"] == "E657"
    for leak in ("Traceback", "SECRET-INTERNAL-DETAIL", "store.py", 'File "'):
        assert leak not in body
    headers_ok(response)  # type: ignore[arg-type]
