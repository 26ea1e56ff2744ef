"""The evaluation report: per data set, one row per (field, metric), and the misses.

Rows carry their counts (``correct`` of ``scored``) so a percentage is never shown without
the number it rests on; misses carry both values and the text so causes can be found.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from frontlines.eval.metrics import (
    DATE_ALL,
    DATE_RESOLVED,
    MEDIAN_KM,
    WITHIN_25_KM,
    Outcome,
)

# The floors the dev sets must reach, keyed by (data set, field, metric). Dates on acled_dev
# are checked where the system resolved one: 44% of its notes give no year and come without
# a publication date, so no reader could resolve them. The gun-violence articles all carry
# a publication date, so their floor is checked over all records.
FLOORS: dict[tuple[str, str, str], float] = {
    ("acled_dev", "event_type", "accuracy"): 0.85,
    ("acled_dev", "sub_event_type", "accuracy"): 0.70,
    ("acled_dev", "date", DATE_RESOLVED): 0.95,
    ("acled_dev", "fatalities", "exact"): 0.90,
    ("acled_dev", "detection", "rate"): 0.97,
    ("gvc_dev", "date", DATE_ALL): 0.70,
    ("gvc_dev", "killed", "exact"): 0.80,
    ("gvc_dev", "injured", "exact"): 0.75,
    ("gva_dev", "date", DATE_ALL): 0.70,
    ("gva_dev", "killed", "exact"): 0.80,
    ("gva_dev", "injured", "exact"): 0.75,
}

# Row order in tables: the order fields are read in an event record.
_FIELD_ORDER = (
    "detection", "event_type", "sub_event_type", "date", "country", "admin1", "location",
    "fatalities", "killed", "injured", "actor1", "actor2", "incident",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class MetricRow:
    """One figure: ``value`` is a share (0-1) or, for ``unit == "km"``, kilometres."""

    dataset: str
    field: str
    metric: str
    value: float | None
    scored: int
    correct: int | None = None
    unit: str = "share"
    note: str | None = None
    floor: float | None = None

    @property
    def passed(self) -> bool | None:
        """Whether the floor is reached; None where there is no floor or nothing scored."""
        if self.floor is None or self.value is None:
            return None
        return self.value >= self.floor

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "field": self.field,
            "metric": self.metric,
            "value": None if self.value is None else round(self.value, 4),
            "correct": self.correct,
            "scored": self.scored,
            "unit": self.unit,
            "note": self.note,
            "floor": self.floor,
            "passed": self.passed,
        }


@dataclass(frozen=True, slots=True)
class Miss:
    """One wrong (or missing) prediction, with what it takes to find its cause."""

    dataset: str
    record_id: str
    field: str
    metric: str
    expected: Any
    predicted: Any
    excerpt: str
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "id": self.record_id,
            "field": self.field,
            "metric": self.metric,
            "expected": self.expected,
            "predicted": self.predicted,
            "excerpt": self.excerpt,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True, slots=True)
class DatasetReport:
    dataset: str
    records: int
    rows: tuple[MetricRow, ...]
    seconds: float = 0.0
    # Gold records with an empty text: nothing to extract from, so neither scored nor counted.
    skipped: int = 0

    def row(self, field: str, metric: str) -> MetricRow | None:
        return next((r for r in self.rows if r.field == field and r.metric == metric), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "records": self.records,
            "skipped_without_text": self.skipped,
            "seconds": round(self.seconds, 2),
            "articles_per_second": (
                round(self.records / self.seconds, 1) if self.seconds > 0 else None
            ),
            "metrics": [r.to_dict() for r in self.rows],
        }


@dataclass(frozen=True, slots=True)
class Report:
    datasets: tuple[DatasetReport, ...]
    misses: tuple[Miss, ...] = field(default=())

    def dataset(self, name: str) -> DatasetReport | None:
        return next((d for d in self.datasets if d.dataset == name), None)

    def floors_missed(self) -> list[MetricRow]:
        return [r for d in self.datasets for r in d.rows if r.passed is False]

    def to_dict(self) -> dict[str, Any]:
        return {
            "datasets": [d.to_dict() for d in self.datasets],
            "floors_missed": [f"{r.dataset} {r.field} {r.metric}" for r in self.floors_missed()],
            "misses": len(self.misses),
        }


def summarise(
    dataset: str,
    outcomes: Iterable[Outcome],
    *,
    linking: Mapping[str, Any] | None = None,
    records: int,
) -> tuple[MetricRow, ...]:
    """Aggregate the outcomes of a data set's records into its rows."""
    groups: dict[tuple[str, str], list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault((outcome.field, outcome.metric), []).append(outcome)
    rows = [_share_row(dataset, key, items) for key, items in groups.items()]
    resolved, every = groups.get(("date", DATE_RESOLVED)), groups.get(("date", DATE_ALL))
    if every:
        rows = [_with_coverage(r, len(resolved or ()), len(every)) for r in rows]
    located = groups.get(("location", WITHIN_25_KM))
    if located:
        rows.append(_median_row(dataset, located))
    if linking:
        rows += _linking_rows(dataset, linking, records=records)
    rows.sort(key=_row_order)
    return tuple(rows)


def _share_row(dataset: str, key: tuple[str, str], items: list[Outcome]) -> MetricRow:
    correct = sum(o.correct for o in items)
    return MetricRow(
        dataset=dataset,
        field=key[0],
        metric=key[1],
        value=correct / len(items),
        scored=len(items),
        correct=correct,
        floor=FLOORS.get((dataset, *key)),
    )


def _with_coverage(row: MetricRow, resolved: int, every: int) -> MetricRow:
    if (row.field, row.metric) != ("date", DATE_RESOLVED):
        return row
    share = resolved / every if every else 0.0
    note = f"coverage {share:.1%} ({resolved:,}/{every:,} dated)"
    return replace(row, note=note)


def _median_row(dataset: str, located: list[Outcome]) -> MetricRow:
    errors = [o.km for o in located if o.km is not None]
    note = f"{len(errors):,}/{len(located):,} given coordinates"
    return MetricRow(
        dataset=dataset,
        field="location",
        metric=MEDIAN_KM,
        value=statistics.median(errors) if errors else None,
        scored=len(errors),
        unit="km",
        note=note,
    )


def _linking_rows(dataset: str, linking: Mapping[str, Any], *, records: int) -> list[MetricRow]:
    rows = []
    for name in ("precision", "recall", "f1"):
        if name in linking:
            metric = f"B-cubed {'F1' if name == 'f1' else name}"
            rows.append(
                MetricRow(
                    dataset=dataset,
                    field="incident",
                    metric=metric,
                    value=float(linking[name]),
                    scored=int(linking.get("items", records)),
                    note=_linking_note(linking) if name == "f1" else None,
                    floor=FLOORS.get((dataset, "incident", metric)),
                )
            )
    return rows


def _linking_note(linking: Mapping[str, Any]) -> str:
    if "gold_incidents" in linking and "predicted_incidents" in linking:
        return (
            f"incidents: {linking['gold_incidents']} gold, {linking['predicted_incidents']} found"
        )
    return ""


def _row_order(row: MetricRow) -> tuple[int, str]:
    rank = _FIELD_ORDER.index(row.field) if row.field in _FIELD_ORDER else len(_FIELD_ORDER)
    return rank, row.metric
