"""Scoring incident linking: B-cubed precision, recall and F1 over articles.

B-cubed (Bagga and Baldwin 1998) scores each item by how much of its predicted cluster is
also in its gold cluster (precision) and how much of its gold cluster it was put with
(recall), then averages over items; unlike pairwise scores it does not let the largest
clusters dominate.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from frontlines.domain import Article, Event, Place, Range, Source, content_id
from frontlines.incidents.linker import LinkerConfig
from frontlines.incidents.memory import MemoryLinker


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of ``predicted`` against ``gold`` (item -> cluster).

    Items missing from ``predicted`` count as singletons, so an article the linker never saw
    costs recall instead of vanishing from the score.
    """
    items = list(gold)
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "items": 0}
    pred = {i: predicted.get(i, f"\x00singleton:{i}") for i in items}
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[str, set[str]] = defaultdict(set)
    for i in items:
        gold_members[gold[i]].add(i)
        pred_members[pred[i]].add(i)
    precision = recall = 0.0
    for i in items:
        g, p = gold_members[gold[i]], pred_members[pred[i]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "items": len(items)}


def _order_key(record: Mapping[str, Any]) -> tuple[str, str]:
    return (str(record.get("publication_date") or ""), str(record["id"]))


def score_linking(
    records: Sequence[Mapping[str, Any]],
    events_by_article: Mapping[str, list[Event]],
    *,
    config: LinkerConfig | None = None,
) -> dict[str, Any]:
    """Link the articles' events into incidents and score them against the gold incident_id.

    Articles are fed in publication order, as a news stream would arrive. Each article is
    placed in the incident of its main event (else its first event); an article without
    events is a singleton.
    """
    linker = MemoryLinker(config=config)
    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    for record in sorted(records, key=_order_key):
        article_id = str(record["id"])
        incident = (record.get("gold") or {}).get("incident_id")
        if incident is None:
            continue
        gold[article_id] = str(incident)
        events = events_by_article.get(article_id, [])
        linker.add(article_id, str(record.get("text") or ""), events)
        main = next((e for e in events if e.main), events[0] if events else None)
        if main is not None:
            found = linker.incident_of(main.event_id)
            if found is not None:
                predicted[article_id] = found
    scores: dict[str, Any] = bcubed(gold, predicted)
    scores["gold_incidents"] = len(set(gold.values()))
    scores["predicted_incidents"] = len(set(predicted.values())) + (len(gold) - len(predicted))
    scores["articles_without_events"] = len(gold) - len(predicted)
    return scores


def gold_events(record: Mapping[str, Any], *, mode: str = "gold") -> list[Event]:
    """An event built from a gold record's own fields: the linker's ceiling.

    ``mode="gold"`` uses the gold date, place, casualties and actors. ``mode="sparse"`` keeps
    only what a weak extractor would surely get: the publication date as the event date and
    the gold city and state, no coordinates, figures or actors, so text similarity carries
    the decision.
    """
    g = record.get("gold") or {}
    article_id = str(record["id"])
    published = _date(record.get("publication_date"))
    sparse = mode == "sparse"
    when = published if sparse else (_date(g.get("date")) or published)
    killed = None if sparse else g.get("fatalities")
    injured = None if sparse else g.get("injured")
    place = Place(
        location=g.get("location"),
        country=g.get("country"),
        admin1=g.get("admin1"),
        latitude=None if sparse else g.get("latitude"),
        longitude=None if sparse else g.get("longitude"),
        geo_precision=1,
    )
    event = Event(
        event_id="e-" + content_id(article_id, "gold", mode),
        article_ids=(article_id,),
        main=True,
        event_date=when,
        date_start=when,
        date_end=when,
        time_precision=1,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=None if sparse else g.get("actor1"),
        actor2=None if sparse else g.get("actor2"),
        place=place,
        fatalities_range=Range(killed, killed, killed) if killed is not None else Range(),
        injured_range=Range(injured, injured, injured) if injured is not None else Range(),
        sources=(Source(article_id, published=published),),
    )
    return [event]


def _date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _extracted_events(records: Sequence[Mapping[str, Any]]) -> dict[str, list[Event]]:
    # Imported here: the extractor loads spaCy, which the other modes do not need.
    from frontlines.extract.api import Extractor  # type: ignore[import-not-found,unused-ignore]

    articles = [
        Article(
            id=str(r["id"]),
            text=str(r.get("text") or ""),
            title=r.get("title"),
            published=_date(r.get("publication_date")),
        )
        for r in records
    ]
    return {a.id: list(events) for a, events in Extractor().extract_many(articles)}


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m frontlines.eval.linking GOLD.jsonl... [--events gold|sparse|extract]``."""
    parser = argparse.ArgumentParser(description="B-cubed scores of incident linking.")
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--events", choices=("gold", "sparse", "extract"), default="gold")
    args = parser.parse_args(argv)
    for path in args.gold:
        with path.open("rb") as handle:
            records = [orjson.loads(line) for line in handle if line.strip()]
        if args.events == "extract":
            events = _extracted_events(records)
        else:
            events = {str(r["id"]): gold_events(r, mode=args.events) for r in records}
        scores = score_linking(records, events)
        line = {"dataset": path.stem, "events": args.events, **scores}
        sys.stdout.write(orjson.dumps(line).decode() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
