"""Date resolution accuracy of ``frontlines.nlp.dates`` on the development gold data.

    .venv/bin/python benchmarks/date_accuracy.py [--misses N] [--dataset NAME]

For each record, the predicted date is the event date of the first mention that can date an
event (resolved, not background, not future, not a dateline, finer than a year); for sets
with a publication date, the publication date when there is none. Reads ../shared/data/dev/
next to the repository (read-only); prints one line per data set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

from frontlines.nlp.dates import (
    DateMention,
    date_for_span,
    event_date,
    find_dates,
    usable_for_event,
)

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "dev"
SETS = ("acled_dev.jsonl", "gva_dev.jsonl", "gvc_dev.jsonl")
# Independent, deliberately plain tests for "the text states a calendar date" (with or without
# its year), so that figures can be given on the records where a date can be found at all.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
WRITTEN_DATE = re.compile(rf"\b{_DAY}\s+{_MONTH}|\b{_MONTH}\s+{_DAY}\b")
WRITTEN_FULL_DATE = re.compile(
    rf"\b{_DAY}\s+{_MONTH},?\s+\d{{4}}|\b{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)


def predict(mentions: list[DateMention], published: date | None) -> tuple[date | None, bool]:
    """(predicted date, whether any mention resolved)."""
    resolved = any(m.date_start is not None for m in mentions)
    for mention in mentions:
        if usable_for_event(mention, published=published):
            return event_date(mention), resolved
    return published, resolved


# A stand-in for the extract stage: the first sentence that reports violence is the event.
VIOLENCE = re.compile(
    r"\b(?:shot|shoot|shooting|gunfire|gunman|killed|wounded|injured|stabbed|fired|attack"
    r"|clash|protest|explosion|bomb|strike|raid)\w*",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def predict_in_event_sentence(
    text: str, mentions: list[DateMention], published: date | None
) -> date | None:
    """The date ``date_for_span`` gives the first violent sentence, else as ``predict``."""
    for sentence in SENTENCE.finditer(text):
        if VIOLENCE.search(sentence.group()):
            chosen = date_for_span(
                mentions, sentence.start(), sentence.end(), text=text, published=published
            )
            if chosen is not None:
                return event_date(chosen)
            break
    return predict(mentions, published)[0]


def score(path: Path, *, misses: int) -> str:
    in_sentence = 0
    total = hits = resolved_any = with_date = hits_with_date = with_full = hits_with_full = 0
    shown = 0
    seconds = 0.0
    characters = 0
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        characters += len(text)
        published = (
            date.fromisoformat(record["publication_date"][:10])
            if record.get("publication_date")
            else None
        )
        gold = record["gold"].get("date")
        if not gold:
            continue
        clock = time.process_time()
        mentions = find_dates(text, published)
        seconds += time.process_time() - clock
        predicted, resolved = predict(mentions, published)
        correct = predicted is not None and predicted.isoformat() == gold
        total += 1
        hits += correct
        guess = predict_in_event_sentence(text, mentions, published)
        in_sentence += guess is not None and guess.isoformat() == gold
        resolved_any += resolved
        if WRITTEN_DATE.search(text):
            with_date += 1
            hits_with_date += correct
        if WRITTEN_FULL_DATE.search(text):
            with_full += 1
            hits_with_full += correct
        if not correct and shown < misses:
            shown += 1
            print(f"--- {record['id']} gold={gold} published={published} predicted={predicted}")
            for m in mentions[:8]:
                print(
                    f"    {m.text!r} {m.date_start}..{m.date_end} p={m.precision} {m.kind}"
                    f"{' background' if m.background else ''}{' future' if m.future else ''}"
                )
            print("    " + text[:400].replace("\n", " "))
    return (
        f"{path.name}: records {total}; exact {hits / total:.1%}; "
        f"exact where a date is written {hits_with_date}/{with_date} "
        f"({hits_with_date / max(with_date, 1):.1%}); exact where a date with its year is "
        f"written {hits_with_full}/{with_full} ({hits_with_full / max(with_full, 1):.1%}); "
        f"any resolved {resolved_any / total:.1%}; "
        f"exact with date_for_span on the first violent sentence {in_sentence / total:.1%}; "
        f"find_dates {total / seconds:.0f} articles per CPU second "
        f"({characters / seconds / 1e6:.2f} M characters)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per set")
    parser.add_argument("--dataset", action="append", help="only this file (repeatable)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"gold data not found at {DATA.resolve()}", file=sys.stderr)
        return 1
    for name in args.dataset or SETS:
        print(score(DATA / name, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
