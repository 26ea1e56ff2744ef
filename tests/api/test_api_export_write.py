"""Streaming exports, ingest over HTTP, OpenAPI, CORS, security headers and the pages."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from apihelpers import REPO, TOKEN  # type: ignore[import-not-found]
from fastapi.testclient import TestClient

from frontlines.api import ApiSettings, create_app
from frontlines.store import Store


def count(client: TestClient, **params: str) -> int:
    return int(client.get("/api/incidents", params={**params, "limit": 1}).json()["count"])


@pytest.mark.parametrize(
    ("fmt", "media", "rows"),
    [
        ("jsonl", "application/x-ndjson", lambda b: [json.loads(x) for x in b.splitlines()]),
        ("acled-csv", "text/csv", lambda b: list(csv.DictReader(io.StringIO(b.decode())))),
        ("ucdp-csv", "text/csv", lambda b: list(csv.DictReader(io.StringIO(b.decode())))),
        ("geojson", "application/geo+json", lambda b: json.loads(b)["features"]),
        (
            "parquet",
            "application/vnd.apache.parquet",
            lambda b: pq.read_table(io.BytesIO(b)).to_pylist(),
        ),
    ],
)
def test_export_streams_every_matching_incident(client: TestClient, fmt, media, rows) -> None:
    for params in ({}, {"country": "Nigeria"}):
        response = client.get("/api/export", params={"format": fmt, **params})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(media)
        assert "attachment" in response.headers["content-disposition"]
        assert len(rows(response.content)) == count(client, **params) > 0


def test_post_articles_ingests_and_is_idempotent(writable: TestClient) -> None:
    article = {
        "id": "post-1",
        "text": "Gunmen killed three villagers in Tsafe, Zamfara State, on Monday, police said.",
        "title": "Gunmen kill three in Zamfara",
        "publication_date": "2024-05-15",
        "outlet": "Test Wire",
    }
    headers = {"Authorization": f"Bearer {TOKEN}"}
    first = writable.post("/api/articles", json=[article], headers=headers)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["article_ids"] == ["post-1"]
    assert body["summary"]["articles_stored"] == 1
    assert body["incident_ids"]
    incident = writable.get(f"/api/incidents/{body['incident_ids'][0]}").json()["data"]
    assert "post-1" in incident["article_ids"]
    again = writable.post("/api/articles", json=article, headers=headers).json()
    assert again["summary"]["skipped"] == {"unchanged": 1}
    assert again["incident_ids"] == body["incident_ids"]


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/incidents", "/api/incidents/{incident_id}", "/api/articles",
        "/api/articles/{article_id}", "/api/stats", "/api/export",
    }  # fmt: skip
    listing = spec["paths"]["/api/incidents"]["get"]
    names = {p["name"] for p in listing["parameters"]}
    assert names >= {"since", "until", "country", "admin1", "event_type", "sub_event_type",
                     "actor", "min_fatalities", "bbox", "q", "sort", "cursor", "limit"}  # fmt: skip
    assert "requestBody" in spec["paths"]["/api/articles"]["post"]


def test_docs_name_every_route_and_setting() -> None:
    docs = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    for route in ("/api/incidents", "/api/incidents/{id}", "/api/articles/{id}",
                  "POST /api/articles", "/api/stats", "/api/export", "/openapi.json"):  # fmt: skip
        assert route in docs, route
    for setting in ("FRONTLINES_DB", "FRONTLINES_API_TOKEN", "FRONTLINES_CORS_ORIGINS",
                    "FRONTLINES_MAX_BODY_BYTES", "FRONTLINES_WEB_ASSETS"):  # fmt: skip
        assert setting in docs, setting
    for code in ("E650", "E651", "E652", "E653", "E654", "E655", "E656", "E657"):
        assert code in docs, code


def test_cors_is_off_unless_configured(store: Store) -> None:
    origin = {"Origin": "http://analyst.example"}
    with TestClient(create_app(ApiSettings(), store=store)) as off:
        assert "access-control-allow-origin" not in off.get("/api/stats", headers=origin).headers
    settings = ApiSettings(cors_origins=("http://analyst.example",))
    with TestClient(create_app(settings, store=store)) as on:
        allowed = on.get("/api/stats", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "http://analyst.example"


PAGES = ["/", "/incidents/inc-x", "/articles/a-x"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_send_csp_and_carry_no_inline_code(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    html = response.text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"
    assert "<style" not in html and " style=" not in html
    assert re.search(r'href="/api/|id="json-link"', html), "a page links to its JSON"


def test_page_scripts_never_write_markup() -> None:
    # Untrusted text reaches the page only through textContent: no innerHTML and friends.
    static = Path(__file__).resolve().parents[2] / "src" / "frontlines" / "web" / "static" / "js"
    for script in static.glob("*.js"):
        source = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{script.name} uses {sink}"
