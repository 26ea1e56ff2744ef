"""The error report: every miss, grouped by data set and field, as JSONL or Markdown.

JSONL is for scripts (one miss a line, already grouped); Markdown for reading, with the
text excerpt under each miss so the cause can often be seen at a glance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import orjson

from frontlines.eval.report import Miss

# Grouping order of fields, matching the tables.
_ORDER = (
    "detection", "event_type", "sub_event_type", "date", "country", "admin1", "location",
    "fatalities", "killed", "injured", "actor1", "actor2",
)  # fmt: skip


def grouped(misses: Iterable[Miss]) -> list[Miss]:
    """Misses ordered by data set (first seen), then field, keeping record order within."""
    listed = list(misses)
    datasets = list(dict.fromkeys(m.dataset for m in listed))

    def key(item: tuple[int, Miss]) -> tuple[int, int, int]:
        index, miss = item
        rank = _ORDER.index(miss.field) if miss.field in _ORDER else len(_ORDER)
        return datasets.index(miss.dataset), rank, index

    return [m for _, m in sorted(enumerate(listed), key=key)]


def write_misses(path: Path, misses: Sequence[Miss]) -> str:
    """Write the report; Markdown when ``path`` ends in .md, else JSONL. Returns the format."""
    ordered = grouped(misses)
    if path.suffix.lower() in {".md", ".markdown"}:
        path.write_text(to_markdown(ordered), encoding="utf-8")
        return "markdown"
    with path.open("wb") as handle:
        for miss in ordered:
            handle.write(orjson.dumps(miss.to_dict()) + b"\n")
    return "jsonl"


def to_markdown(misses: Sequence[Miss]) -> str:
    lines = ["# Evaluation misses", ""]
    if not misses:
        lines.append("No misses.")
        return "\n".join(lines) + "\n"
    current: tuple[str, str] | None = None
    for miss in grouped(misses):
        if current is None or current[0] != miss.dataset:
            lines += [f"## {miss.dataset}", ""]
        if current != (miss.dataset, miss.field):
            count = sum(1 for m in misses if (m.dataset, m.field) == (miss.dataset, miss.field))
            lines += [f"### {miss.field} ({count} misses)", ""]
            current = (miss.dataset, miss.field)
        lines.append(
            f"- `{miss.record_id}` ({miss.metric}): expected {_show(miss.expected)}, "
            f"predicted {_show(miss.predicted)}"
        )
        lines.append(f"  > {_escape(miss.excerpt)}")
        for quote in miss.evidence:
            lines.append(f"  - evidence {_escape(quote)}")
    return "\n".join(lines) + "\n"


def _show(value: Any) -> str:
    return "—" if value is None else f"`{value}`"


def _escape(text: str) -> str:
    return text.replace("\n", " ").replace("`", "'")
