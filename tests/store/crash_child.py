"""Child process of the SIGKILL test: ingests a generated stream, optionally pausing at a
chosen point (and saying so on stdout) so the parent can kill it exactly there.

usage: crash_child.py DB_URL [extract:N | write:N | none]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "incidents"))

from eventfactory import ScriptedExtractor, article

from frontlines.store import (
    Store,
    writer,
)

CITIES = ["Gary", "Chicago", "Kharkiv", "Izium", "Mosul"]
NAMES = ["Brooks", "Lopez", "Novak", "Haddad", "Okafor", "Lindqvist", "Moreau", "Tanaka"]
BATCH = 4


def stream() -> tuple[list, ScriptedExtractor]:
    """30 articles about 12 incidents, reports of one incident interleaved with others."""
    articles, script = [], {}
    for i in range(30):
        incident = (i * 7) % 12
        city = CITIES[incident % len(CITIES)]
        name = NAMES[incident % len(NAMES)]
        day = 1 + incident
        article_id = f"art-{i:02d}"
        text = (f"Report {i}: {name} and the {city} incident number {incident} "
                f"(street{incident}), witnesses {name.lower()}{incident} said.")  # fmt: skip
        articles.append(article(article_id, text, published=f"2024-06-{day + 1:02d}"))
        script[article_id] = [
            dict(when=f"2024-06-{day:02d}", place=city, killed=incident % 4 + i % 2)
        ]
    return articles, ScriptedExtractor(script)


def pause(message: str) -> None:
    sys.stdout.write(message + "\n")
    sys.stdout.flush()
    time.sleep(600)  # the parent kills us here


def main() -> None:
    url, mode = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "none")
    kind, _, at = mode.partition(":")
    articles, extractor = stream()
    if kind == "extract":
        inner = extractor.extract_many

        def extract_many(items):  # type: ignore[no-untyped-def]
            for n, pair in enumerate(inner(items)):
                if n == int(at):
                    pause("paused")
                yield pair

        extractor.extract_many = extract_many  # type: ignore[method-assign]
    elif kind == "write":
        original = writer._Batch.add
        calls = {"n": 0}

        def add(self, article, events, *rest):  # type: ignore[no-untyped-def]
            original(self, article, events, *rest)
            calls["n"] += 1
            if calls["n"] == int(at):
                pause("paused")  # inside the batch's open transaction, after its writes

        writer._Batch.add = add  # type: ignore[method-assign]
    with Store.open(url) as store:
        summary = store.ingest(articles, extractor=extractor, batch_size=BATCH)
    sys.stdout.write(f"done {summary.articles_stored}\n")


if __name__ == "__main__":
    main()
