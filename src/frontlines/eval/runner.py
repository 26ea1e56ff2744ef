"""Running the extractor over gold records and scoring what it returns.

The extractor is injected (``evaluate(records, extractor=...)``): tests pass a small fake,
the CLI a ``LazyExtractor`` that builds the real one in whichever process uses it. Articles
go through ``extract_many`` in one stream per data set, so the spaCy pipeline batches them
(``nlp.pipe``) instead of paying its per-call overhead ten thousand times.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Literal, Protocol

from frontlines.domain import Article, Event
from frontlines.eval.gold import GoldRecord
from frontlines.eval.metrics import DATE_RESOLVED, Outcome, pick_event, score_record
from frontlines.eval.report import DatasetReport, MetricRow, Miss, Report, summarise

# Articles per task sent to a worker process: large enough for nlp.pipe to batch, small
# enough that the workers finish together.
CHUNK = 64
EXCERPT_CHARS = 300

# Where a missed field's evidence may be filed in ``Event.evidence``, first found wins.
_EVIDENCE_KEYS: dict[str, tuple[str, ...]] = {
    "event_type": ("event_type", "sub_event_type"),
    "sub_event_type": ("sub_event_type", "event_type"),
    "date": ("event_date", "date"),
    "country": ("country", "location", "place"),
    "admin1": ("admin1", "location", "place"),
    "location": ("location", "place"),
    "fatalities": ("fatalities",),
    "killed": ("fatalities",),
    "injured": ("injured",),
    "actor1": ("actor1",),
    "actor2": ("actor2",),
}


class ExtractorLike(Protocol):
    def extract_many(
        self, articles: Iterable[Article], /
    ) -> Iterable[tuple[Article, list[Event]]]: ...


LinkingScorer = Callable[[list[dict[str, Any]], dict[str, list[Event]]], Mapping[str, Any]]
Progress = Callable[[int], None]


class LazyExtractor:
    """The real ``Extractor``, built on first use in the process that uses it.

    Pickling sends nothing but the class, so worker processes each load their own pipeline
    rather than receiving a copy of a loaded one.
    """

    def __init__(self) -> None:
        self._inner: Any = None

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._inner = None

    def extract_many(self, articles: Iterable[Article], /) -> Iterable[tuple[Article, list[Event]]]:
        if self._inner is None:
            from frontlines.extract.api import Extractor

            self._inner = Extractor()
        return self._inner.extract_many(articles)


def find_linking_scorer() -> LinkingScorer | None:
    """``frontlines.eval.linking.score_linking`` where that module exists, else None."""
    try:
        module = importlib.import_module("frontlines.eval.linking")
    except ImportError:
        return None
    scorer = getattr(module, "score_linking", None)
    return scorer if callable(scorer) else None


def evaluate(
    records: Iterable[GoldRecord],
    *,
    extractor: ExtractorLike,
    workers: int = 1,
    linking: LinkingScorer | Literal["auto"] | None = "auto",
    collect_misses: bool = True,
    progress: Progress | None = None,
) -> Report:
    """Score the extractor on gold records, one report section per data set.

    ``workers`` > 1 spreads extraction over that many processes, each with its own copy
    of ``extractor`` (which must pickle; ``LazyExtractor`` does, cheaply). ``linking``
    scores incident linking on sets where some incident has several articles; "auto" uses
    ``find_linking_scorer()``. ``progress`` is called with the number of articles just done.
    """
    scorer = find_linking_scorer() if linking == "auto" else linking
    by_dataset: dict[str, list[GoldRecord]] = {}
    for record in records:
        by_dataset.setdefault(record.dataset, []).append(record)
    sections: list[DatasetReport] = []
    misses: list[Miss] = []
    pool = None
    if workers > 1:
        pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(extractor,))
    try:
        for dataset, every in by_dataset.items():
            items = [r for r in every if r.text.strip()]
            started = time.perf_counter()
            events = extract_all(
                [r.to_article() for r in items], extractor=extractor, pool=pool, progress=progress
            )
            seconds = time.perf_counter() - started
            section, found = _score_dataset(
                dataset, items, events, scorer=scorer, collect_misses=collect_misses
            )
            sections.append(
                DatasetReport(
                    dataset=dataset,
                    records=len(items),
                    rows=section,
                    seconds=seconds,
                    skipped=len(every) - len(items),
                )
            )
            misses += found
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return Report(datasets=tuple(sections), misses=tuple(misses))


def extract_all(
    articles: Sequence[Article],
    *,
    extractor: ExtractorLike,
    pool: ProcessPoolExecutor | None = None,
    progress: Progress | None = None,
) -> dict[str, list[Event]]:
    """Events per article id; an article the extractor skips or finds nothing in maps to []."""
    found: dict[str, list[Event]] = {a.id: [] for a in articles}
    if pool is None:
        pairs: Iterator[tuple[str, list[Event]]] = (
            (article.id, list(events)) for article, events in extractor.extract_many(articles)
        )
        for article_id, events in pairs:
            if article_id in found:
                found[article_id] = events
            if progress is not None:
                progress(1)
        return found
    chunks = [list(articles[i : i + CHUNK]) for i in range(0, len(articles), CHUNK)]
    for chunk, results in zip(chunks, pool.map(_extract_chunk, chunks), strict=True):
        for article_id, events in results:
            if article_id in found:
                found[article_id] = events
        if progress is not None:
            progress(len(chunk))
    return found


def _score_dataset(
    dataset: str,
    records: list[GoldRecord],
    events: Mapping[str, list[Event]],
    *,
    scorer: LinkingScorer | None,
    collect_misses: bool,
) -> tuple[tuple[MetricRow, ...], list[Miss]]:
    outcomes: list[Outcome] = []
    misses: list[Miss] = []
    for record in records:
        mine = events.get(record.id, [])
        scored = score_record(record, mine)
        outcomes += scored
        if collect_misses:
            misses += _misses(record, pick_event(mine), scored)
    linking = None
    if scorer is not None and _has_shared_incidents(records):
        linking = scorer(
            [r.to_dict() for r in records], {r.id: events.get(r.id, []) for r in records}
        )
    rows = summarise(dataset, outcomes, linking=linking, records=len(records))
    return rows, misses


def _has_shared_incidents(records: Sequence[GoldRecord]) -> bool:
    """Linking is only worth scoring where some incident is reported by several articles."""
    seen: set[str] = set()
    for record in records:
        incident = record.value("incident_id")
        if incident is None:
            continue
        if str(incident) in seen:
            return True
        seen.add(str(incident))
    return False


def _misses(record: GoldRecord, event: Event | None, outcomes: list[Outcome]) -> list[Miss]:
    out = []
    for outcome in outcomes:
        # The resolved-date row repeats the all-records one for the same record.
        if outcome.correct or outcome.metric == DATE_RESOLVED:
            continue
        out.append(
            Miss(
                dataset=record.dataset,
                record_id=record.id,
                field=outcome.field,
                metric=outcome.metric,
                expected=outcome.expected,
                predicted=outcome.predicted,
                excerpt=excerpt(record.text),
                evidence=_evidence(record.text, event, outcome.field),
            )
        )
    return out


def excerpt(text: str, *, limit: int = EXCERPT_CHARS) -> str:
    """The start of an article on one line, cut at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + " …"


def _evidence(text: str, event: Event | None, field: str) -> tuple[str, ...]:
    """The quoted spans the prediction was taken from, as "start-end: quote"."""
    if event is None:
        return ()
    for key in _EVIDENCE_KEYS.get(field, (field,)):
        spans = event.evidence.get(key)
        if spans:
            return tuple(f"{s.start}-{s.end}: {text[s.start : s.end]}" for s in spans)
    return ()


_WORKER_EXTRACTOR: ExtractorLike | None = None


def _init_worker(extractor: ExtractorLike) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor


def _extract_chunk(articles: list[Article]) -> list[tuple[str, list[Event]]]:
    assert _WORKER_EXTRACTOR is not None, "worker used before its initializer ran"
    return [(a.id, list(events)) for a, events in _WORKER_EXTRACTOR.extract_many(articles)]
