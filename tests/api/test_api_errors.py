"""One JSON error shape everywhere, with the right status and code."""

from __future__ import annotations

from typing import Any

import pytest
from apihelpers import TOKEN  # type: ignore[import-not-found]
from fastapi.testclient import TestClient

from frontlines.api import ApiSettings
from frontlines.errors import CATALOGUE, FrontlinesError

# (method, url, keyword arguments, status, code)
CASES: list[tuple[str, str, dict[str, Any], int, str]] = [
    ("GET", "/api/incidents/inc-nope", {}, 404, "E401"),
    ("GET", "/api/articles/nope", {}, 404, "E651"),
    ("GET", "/api/nowhere", {}, 404, "E650"),
    ("GET", "/api/incidents?sort=colour", {}, 400, "E402"),
    ("GET", "/api/incidents?cursor=%%%", {}, 400, "E403"),
    ("GET", "/api/incidents?bbox=1,2,3", {}, 400, "E407"),
    ("GET", "/api/incidents?bbox=0,50,10,40", {}, 400, "E407"),
    ("GET", "/api/incidents?since=yesterday", {}, 422, "E652"),
    ("GET", "/api/incidents?since=2024-05-01&until=2024-04-01", {}, 400, "E652"),
    ("GET", "/api/incidents?limit=0", {}, 422, "E652"),
    ("GET", "/api/incidents?limit=5000", {}, 422, "E652"),
    ("GET", "/api/incidents?min_fatalities=-1", {}, 422, "E652"),
    ("GET", "/api/stats?until=2024-13-01", {}, 422, "E652"),
    ("GET", "/api/export?format=xlsx", {}, 400, "E406"),
    ("DELETE", "/api/incidents", {}, 405, "E656"),
    ("POST", "/api/articles", {"json": {"text": "x"}}, 403, "E655"),
]


def assert_error_shape(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint", "origin"}
    assert body["error"]["code"] == code
    assert body["error"]["message"] and body["error"]["hint"]
    assert "content-security-policy" in response.headers


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status", "code"), CASES, ids=lambda x: str(x)[:50]
)
def test_read_only_server_errors(
    client: TestClient, method: str, url: str, kwargs: dict[str, Any], status: int, code: str
) -> None:
    assert_error_shape(client.request(method, url, **kwargs), status, code)


WRITE_CASES: list[tuple[dict[str, Any], int, str]] = [
    ({"json": {"text": "x"}}, 401, "E654"),
    ({"json": {"text": "x"}, "headers": {"Authorization": "Bearer wrong"}}, 401, "E654"),
    ({"json": {"text": "x"}, "headers": {"Authorization": f"Basic {TOKEN}"}}, 401, "E654"),
    ({"content": b"{not json", "headers": {"Authorization": f"Bearer {TOKEN}"}}, 422, "E104"),
    ({"json": {"title": "no text"}, "headers": {"Authorization": f"Bearer {TOKEN}"}}, 422, "E105"),
    ({"json": [], "headers": {"Authorization": f"Bearer {TOKEN}"}}, 400, "E101"),
    (
        {"json": {"text": "x" * 30_000}, "headers": {"Authorization": f"Bearer {TOKEN}"}},
        413,
        "E653",
    ),
]


@pytest.mark.parametrize(("kwargs", "status", "code"), WRITE_CASES, ids=lambda x: str(x)[:50])
def test_write_errors(writable: TestClient, kwargs: dict[str, Any], status: int, code: str) -> None:
    assert_error_shape(writable.post("/api/articles", **kwargs), status, code)


def test_a_streamed_body_over_the_limit_is_refused(writable: TestClient) -> None:
    def chunks():  # no Content-Length: the limit is enforced as the body arrives
        for _ in range(30):
            yield b"x" * 1000

    response = writable.post(
        "/api/articles", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert_error_shape(response, 413, "E653")


def test_every_api_code_is_in_the_catalogue() -> None:
    for code in ("E650", "E651", "E652", "E653", "E654", "E655", "E656", "E657"):
        assert code in CATALOGUE
        assert FrontlinesError(code).to_dict()["error"]["code"] == code


@pytest.mark.parametrize(
    ("env", "field", "expected"),
    [
        ({}, "api_token", None),
        ({"FRONTLINES_API_TOKEN": "s"}, "api_token", "s"),
        (
            {"FRONTLINES_CORS_ORIGINS": "http://a, http://b"},
            "cors_origins",
            ("http://a", "http://b"),
        ),
        ({"FRONTLINES_MAX_BODY_BYTES": "123"}, "max_body_bytes", 123),
        ({"FRONTLINES_DB": "sqlite:///x.db"}, "db_url", "sqlite:///x.db"),
    ],
)
def test_settings_from_env(env: dict[str, str], field: str, expected: Any) -> None:
    assert getattr(ApiSettings.from_env(env), field) == expected


@pytest.mark.parametrize("value", ["lots", "0", "-5"])
def test_bad_body_limit_setting_is_e500(value: str) -> None:
    with pytest.raises(FrontlinesError) as caught:
        ApiSettings.from_env({"FRONTLINES_MAX_BODY_BYTES": value})
    assert caught.value.code == "E500"
