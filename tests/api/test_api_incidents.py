"""GET /api/incidents, /api/incidents/{id}, /api/articles/{id} and /api/stats over samples."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

Record = dict[str, Any]


def every(client: TestClient, params: dict[str, Any]) -> tuple[list[Record], int]:
    """All pages of a filtered list, following ``next``."""
    records: list[Record] = []
    cursor = None
    while True:
        page = client.get("/api/incidents", params={**params, "limit": 4, "cursor": cursor})
        assert page.status_code == 200, page.text
        body = page.json()
        assert set(body) == {"data", "count", "next"}
        records += body["data"]
        cursor = body["next"]
        if cursor is None:
            return records, body["count"]


FILTER_CASES: list[tuple[dict[str, Any], Callable[[Record], bool]]] = [
    ({"country": "nigeria"}, lambda r: r["country"] == "Nigeria"),
    ({"event_type": "Battles"}, lambda r: r["event_type"] == "Battles"),
    ({"sub_event_type": "Mob violence"}, lambda r: r["sub_event_type"] == "Mob violence"),
    ({"min_fatalities": 5}, lambda r: r["fatalities"] >= 5),
    (
        {"since": "2024-06-01", "until": "2024-09-30"},
        lambda r: r["event_date"] is not None and "2024-06-01" <= r["event_date"] <= "2024-09-30",
    ),
    (
        {"actor": "police"},
        lambda r: (
            "police"
            in " ".join(
                filter(None, [r["actor1"], r["actor2"], r["assoc_actor_1"], r["assoc_actor_2"]])
            ).lower()
        ),
    ),
    (
        {"bbox": "25,0,55,25"},  # the Horn of Africa and Yemen
        lambda r: 0 <= r["latitude"] <= 25 and 25 <= r["longitude"] <= 55,
    ),
    ({"q": "zamfara"}, lambda r: r["country"] == "Nigeria"),
]


@pytest.mark.parametrize(("params", "holds"), FILTER_CASES, ids=lambda x: str(x)[:40])
def test_filters_select_matching_incidents_only(
    client: TestClient, params: dict[str, Any], holds: Callable[[Record], bool]
) -> None:
    records, count = every(client, params)
    assert records, f"the samples should have incidents for {params}"
    assert count == len(records)
    assert all(holds(r) for r in records), [r["event_id"] for r in records if not holds(r)]
    everything, total = every(client, {})
    assert count < total  # each filter actually filters
    assert len(everything) == total


@pytest.mark.parametrize("sort", ["-event_date", "event_date", "-fatalities", "source_count"])
def test_cursor_pages_visit_every_incident_once_in_order(client: TestClient, sort: str) -> None:
    records, count = every(client, {"sort": sort})
    ids = [r["event_id"] for r in records]
    assert len(ids) == len(set(ids)) == count
    key = sort.lstrip("-")
    values = [r[key] if r[key] is not None else "" for r in records]
    assert values == sorted(values, reverse=sort.startswith("-"))


def test_fields_trims_records_and_keeps_the_id(client: TestClient) -> None:
    body = client.get("/api/incidents", params={"fields": "fatalities,country"}).json()
    assert body["data"]
    assert all(set(r) == {"event_id", "fatalities", "country"} for r in body["data"])


def test_incident_detail_has_claims_sources_evidence_and_merge_reasons(
    client: TestClient, store
) -> None:
    records, _ = every(client, {"sort": "-source_count"})
    merged = records[0]
    body = client.get(f"/api/incidents/{merged['event_id']}").json()
    record = body["data"]
    assert record["event_id"] == merged["event_id"]
    for key in ("claims", "sources", "evidence", "links", "figure_history", "member_event_ids"):
        assert key in record
    assert [m["event_id"] for m in body["members"]] == record["member_event_ids"]
    assert len(record["links"]) == len(record["member_event_ids"])
    # Every quote is exactly where the claim says, in the article the API serves.
    assert record["claims"]
    for claim in record["claims"]:
        article = client.get(f"/api/articles/{claim['article_id']}").json()["data"]
        assert article["text"][claim["start"] : claim["end"]] == claim["quote"]


def test_article_detail_lists_its_incidents_and_spans(client: TestClient) -> None:
    body = client.get("/api/articles/hostile-script").json()
    text = body["data"]["text"]
    assert "<script>" in text  # returned verbatim: escaping is the page's job
    assert body["incidents"]
    assert body["spans"]
    for span in body["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
        if span["quote"] is not None:
            assert text[span["start"] : span["end"]] == span["quote"]


def test_stats_agree_with_the_list(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    _, count = every(client, {})
    assert stats["incidents"] == count
    for key in ("by_day", "by_type", "by_country", "by_day_type"):
        assert sum(b["incidents"] for b in stats[key]) == count
    only = client.get("/api/stats", params={"event_type": "Battles"}).json()
    assert {b["event_type"] for b in only["by_type"]} == {"Battles"}
