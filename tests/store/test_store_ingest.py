"""Ingest: idempotent, replacing changed articles, linking and reconciling, corrections."""

from __future__ import annotations

import dataclasses

import pytest
from corpus import ARTICLES, EXPECTED_GROUPS, SCRIPT, extractor
from eventfactory import ScriptedExtractor
from storehelpers import dump

from frontlines.store import Store


def groups(store: Store) -> list[set[str]]:
    rows = list(store.iter_incidents())
    return sorted((set(r["article_ids"]) for r in rows), key=lambda g: sorted(g))


def test_ingest_links_reports_into_incidents(store: Store) -> None:
    summary = store.ingest(ARTICLES, extractor=extractor(), batch_size=3)
    assert summary.to_dict() == {
        "articles_read": 7,
        "articles_stored": 7,
        "articles_replaced": 0,
        "skipped": {},
        "events": 6,
        "new_incidents": 3,
        "merges": 3,
        "batches": 3,
    }
    assert groups(store) == sorted(EXPECTED_GROUPS, key=lambda g: sorted(g))


def test_ingesting_again_changes_nothing(store: Store) -> None:
    store.ingest(ARTICLES, extractor=extractor())
    before = dump(store)
    again = extractor()
    summary = store.ingest(ARTICLES, extractor=again)
    assert summary.skipped == {"unchanged": 7}
    assert summary.articles_stored == 0
    assert again.seen == []  # unchanged articles never reach the (expensive) extractor
    assert dump(store) == before


def test_a_later_higher_toll_updates_best_and_high_and_keeps_history(store: Store) -> None:
    store.ingest(ARTICLES, extractor=extractor())
    [record] = [r for r in store.iter_incidents() if "club-1" in r["article_ids"]]
    assert (record["fatalities"], record["fatalities_low"], record["fatalities_best"],
            record["fatalities_high"]) == (3, 3, 3, 3)  # fmt: skip
    history = [
        (f["article_id"], f["best"], f["superseded"])
        for f in record["figure_history"]
        if f["field"] == "fatalities"
    ]
    assert history == [("club-1", 2, True), ("club-2", 3, False)]
    assert record["source_count"] == 2
    assert [s["article_id"] for s in record["sources"]] == ["club-1", "club-2"]
    assert {c["article_id"] for c in record["claims"]} == {"club-1", "club-2"}


def test_a_changed_article_replaces_its_contribution(store: Store) -> None:
    store.ingest(ARTICLES, extractor=extractor())
    changed = dataclasses.replace(ARTICLES[2], text=ARTICLES[2].text + " Updated: five died.")
    script = dict(SCRIPT, **{"club-2": [dict(when="2024-05-01", killed=5, injured=3)]})
    summary = store.ingest([changed], extractor=ScriptedExtractor(script))
    assert (summary.articles_replaced, summary.events, summary.merges) == (1, 1, 1)
    [record] = [r for r in store.iter_incidents() if "club-1" in r["article_ids"]]
    assert record["fatalities_best"] == 5
    assert len(record["member_event_ids"]) == 2
    assert store.get_article("club-2") == changed
    assert store.stats()["incidents"] == 3


def test_get_incident_explains_each_merge(store: Store) -> None:
    store.ingest(ARTICLES, extractor=extractor())
    rows, _, _ = store.list_incidents()
    [kharkiv] = [r for r in rows if "kharkiv-1" in r["article_ids"]]
    incident = store.get_incident(kharkiv["event_id"])
    assert incident is not None
    founder, joined = incident.links
    assert founder.decided_by == "founder"
    assert joined.decided_by in ("linker", "aggregation")
    assert joined.matched_event_id == founder.event_id
    assert set(joined.features) == {"date", "place", "type", "actors", "casualties", "text"}
    assert joined.features["place"] == 1.0
    assert incident.to_record()["event_id"] == kharkiv["event_id"]
    assert store.get_incident("inc-missing") is None


@pytest.mark.parametrize("change_text", [False, True], ids=["as-is", "changed-text"])
def test_a_split_survives_reingest(store: Store, change_text: bool) -> None:
    store.ingest(ARTICLES, extractor=extractor())
    incident_id = next(
        r["event_id"] for r in store.iter_incidents() if "school-1" in r["article_ids"]
    )
    new_id = store.split(incident_id, ["school-2"])
    assert new_id != incident_id
    assert {"school-1"} in groups(store) and {"school-2"} in groups(store)
    article = ARTICLES[6]
    if change_text:
        article = dataclasses.replace(article, text=article.text + " A vigil is planned.")
    store.ingest([article], extractor=extractor())
    assert {"school-1"} in groups(store) and {"school-2"} in groups(store)


@pytest.mark.parametrize("change_text", [False, True], ids=["as-is", "changed-text"])
def test_a_merge_survives_reingest(store: Store, change_text: bool) -> None:
    store.ingest(ARTICLES, extractor=extractor())
    by_article = {a: r["event_id"] for r in store.iter_incidents() for a in r["article_ids"]}
    kept = store.merge(by_article["club-1"], [by_article["school-1"]])
    assert kept == by_article["club-1"]
    merged = {"club-1", "club-2", "school-1", "school-2"}
    assert merged in groups(store)
    article = ARTICLES[1]
    if change_text:
        article = dataclasses.replace(article, text=article.text + " She was released.")
    store.ingest([article], extractor=extractor())
    assert merged in groups(store)
    record = next(r for r in store.iter_incidents() if "school-1" in r["article_ids"])
    assert "analyst" in {link["decided_by"] for link in record["links"]}


def test_the_store_links_exactly_like_the_in_memory_linker(store: Store) -> None:
    """The evaluation scores MemoryLinker; ingest must make the same decisions."""
    from frontlines.incidents import MemoryLinker

    scripted = extractor()
    memory = MemoryLinker()
    for article, events in scripted.extract_many(ARTICLES):
        memory.add(article.id, article.text, events)
    expected = sorted((set(i.event.article_ids) for i in memory.incidents()), key=sorted)
    store.ingest(ARTICLES, extractor=extractor())
    assert groups(store) == expected
    stored_links = {
        link["event_id"]: link["score"] for r in store.iter_incidents() for link in r["links"]
    }
    memory_links = {
        link.event_id: round(link.score, 4) for i in memory.incidents() for link in i.links
    }
    assert stored_links == memory_links
