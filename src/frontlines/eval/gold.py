"""Gold records in the common schema (DESIGN §6), read from JSON Lines.

The evaluation reads its own gold files rather than going through ``readers/``: a gold line
carries a ``gold`` object the readers ignore, and a malformed gold record must stop the run
with E300 instead of being skipped like a bad article.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from frontlines.domain import Article
from frontlines.errors import FrontlinesError

# Values annotators wrote where they meant "not known"; scoring treats them as absent so a
# record is not counted wrong for a field nobody could fill.
_UNKNOWN = frozenset({"", "unclear", "unknown", "n/a", "na", "none", "null"})


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One article with its gold annotation.

    ``dataset`` is the file's stem ("acled_dev"), the name reports and floors use; the
    record's own ``dataset`` label ("acled_notes") is kept as ``label``.
    """

    id: str
    dataset: str
    text: str
    gold: Mapping[str, Any]
    title: str | None = None
    published: date | None = None
    label: str | None = None
    origin: str | None = None

    def value(self, name: str) -> Any:
        """The gold value of a field, with "unknown" markers and blanks read as None."""
        raw = self.gold.get(name)
        if isinstance(raw, str) and raw.strip().casefold() in _UNKNOWN:
            return None
        return raw

    def to_article(self) -> Article:
        return Article(
            id=self.id,
            text=self.text,
            title=self.title,
            published=self.published,
            origin=self.origin,
        )

    def to_dict(self) -> dict[str, Any]:
        """The record in the common schema, for collaborators that take plain dicts."""
        return {
            "id": self.id,
            "dataset": self.label,
            "text": self.text,
            "title": self.title,
            "publication_date": self.published.isoformat() if self.published else None,
            "gold": dict(self.gold),
        }


def parse_gold(raw: Any, *, dataset: str, origin: str) -> GoldRecord:
    """Check one decoded JSON value against the common schema and build a ``GoldRecord``."""
    if not isinstance(raw, dict):
        raise FrontlinesError("E300", origin=origin, detail="the line is not a JSON object")
    if not isinstance(raw.get("id"), str) or not raw["id"].strip():
        raise FrontlinesError("E300", origin=origin, detail="'id' must be a non-empty string")
    # An empty text is allowed here (some crawled articles lost theirs); the runner skips
    # and counts such records rather than stopping the whole evaluation.
    if not isinstance(raw.get("text"), str):
        raise FrontlinesError("E300", origin=origin, detail="'text' must be a string")
    gold = raw.get("gold")
    if not isinstance(gold, dict):
        raise FrontlinesError("E300", origin=origin, detail="'gold' must be an object")
    title = raw.get("title")
    return GoldRecord(
        id=raw["id"],
        dataset=dataset,
        text=raw["text"],
        gold=gold,
        title=title if isinstance(title, str) and title.strip() else None,
        published=_published(raw.get("publication_date"), origin=origin),
        label=raw.get("dataset") if isinstance(raw.get("dataset"), str) else None,
        origin=origin,
    )


def iter_gold(path: Path) -> Iterator[GoldRecord]:
    """Every record of one gold JSONL file, in file order; E100 / E300 on bad input."""
    if not path.is_file():
        raise FrontlinesError("E100", path=str(path))
    dataset = path.name.removesuffix(".jsonl").removesuffix(".json")
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                raw = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise FrontlinesError("E300", origin=origin, detail=f"not JSON: {exc}") from exc
            yield parse_gold(raw, dataset=dataset, origin=origin)


def load_gold(
    path: Path,
    *,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    datasets: Collection[str] | None = None,
) -> list[GoldRecord]:
    """Records of one gold file: the first ``limit``, or a seeded random ``sample`` of them.

    Both apply per file, so a quick run still covers every data set. ``datasets`` keeps
    records whose file stem ("acled_dev") or own label ("acled_notes") is named.
    """
    records = list(iter_gold(path))
    if datasets is not None:
        wanted = set(datasets)
        records = [r for r in records if r.dataset in wanted or r.label in wanted]
    if sample is not None and sample < len(records):
        # Sorting the drawn indexes keeps file order, so reports read like the file.
        picked = sorted(random.Random(seed).sample(range(len(records)), sample))
        records = [records[i] for i in picked]
    if limit is not None:
        records = records[:limit]
    return records


def _published(value: Any, *, origin: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FrontlinesError("E300", origin=origin, detail="'publication_date' must be a string")
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise FrontlinesError(
            "E300", origin=origin, detail=f"'publication_date' is not ISO: {value!r}"
        ) from exc
