"""Child process of the repeated-SIGKILL test: ingests a fixed stream, a little slowed so a
kill can land anywhere in it, and says "ready" once the store is open.

usage: kill_child.py DB_URL [versions]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS / "store"), str(TESTS / "incidents")]

from crash_child import stream  # noqa: E402
from eventfactory import article  # noqa: E402

from frontlines.store import Store  # noqa: E402

BATCH = 3
PAUSE = 0.01  # seconds per article: spreads the run over enough time to kill it anywhere


def articles_and_extractor(*, versions: bool):  # type: ignore[no-untyped-def]
    """The store tests' 30 interleaved reports; with ``versions``, then new versions of three
    of them (a changed article replaces its earlier contribution)."""
    articles, extractor = stream()
    for i in (2, 9, 17) if versions else ():
        old = articles[i]
        articles.append(article(old.id, old.text + " Updated: the toll was revised.",
                                published=old.published.isoformat()))  # fmt: skip
    inner = extractor.extract_many

    def slowed(items):  # type: ignore[no-untyped-def]
        for pair in inner(items):
            time.sleep(PAUSE)
            yield pair

    extractor.extract_many = slowed  # type: ignore[method-assign]
    return articles, extractor


def main() -> None:
    articles, extractor = articles_and_extractor(versions=sys.argv[2:] == ["versions"])
    with Store.open(sys.argv[1]) as store:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        summary = store.ingest(articles, extractor=extractor, batch_size=BATCH)
    sys.stdout.write(f"done {summary.articles_stored}\n")


if __name__ == "__main__":
    main()
