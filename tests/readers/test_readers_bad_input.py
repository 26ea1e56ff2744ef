"""The bad-input catalogue: each case raises its own coded error naming the file and line,
or with skip_bad becomes a Skip and reading goes on."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from readers_support import ENGLISH, ENGLISH_2, FRENCH, read_all

from conftest import Writer
from frontlines.errors import CATALOGUE, FrontlinesError
from frontlines.readers import Skip, read_articles


@dataclass(frozen=True)
class Bad:
    name: str
    content: bytes | str
    code: str
    line: int | None = None  # the line the message must name, where there is one
    input_format: str | None = None


def _rss(date_value: str) -> str:
    return f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>{ENGLISH}</description></item>
<item><title>Two</title>
<pubDate>{date_value}</pubDate>
<description>{ENGLISH_2}</description></item>
</channel></rss>"""


# High bytes in no order any encoding explains: charset-normalizer gives up on them.
GARBAGE = bytes(range(128, 256)) * 3
GOOD_LINE = f'{{"id": "ok", "text": "{ENGLISH}"}}'

# A good document in each forced format, read after a bad one.
GOOD_DOCUMENT: dict[str | None, str] = {
    None: ENGLISH_2,
    "dated-text": f"date 2024-05-10 Headline\n{ENGLISH_2}",
    "rss": _rss("Fri, 10 May 2024 09:00:00 GMT"),
}

CATALOGUE_OF_BAD_INPUT = [
    Bad("empty.txt", b"", "E101"),
    Bad("blank.txt", "  \n\t\n  ", "E101"),
    Bad("blank.jsonl", "\n\n   \n", "E101"),
    Bad("empty.html", "", "E101"),
    Bad("nuls.txt", b"\x00" * 4000 + b"text", "E102"),
    Bad("controls.txt", bytes(range(1, 9)) * 500, "E102"),
    Bad("report.txt", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>", "E102"),
    Bad("bundle.jsonl", b"PK\x03\x04\x14\x00\x00\x00", "E102"),
    Bad("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102"),
    Bad("garbled.txt", b"The attack was on Tuesday.\nSecond line.\n" + GARBAGE,
        "E103", line=3),
    Bad("garbled.jsonl", GOOD_LINE.encode() + b'\n{"text": "' + GARBAGE + b'"}\n', "E103", line=2),
    Bad("truncated.jsonl", f'{GOOD_LINE}\n{{"id": "t", "text": "cut off her', "E104", line=2),
    Bad("notjson.jsonl", f"{GOOD_LINE}\n{GOOD_LINE}\nthis is not json\n", "E104", line=3),
    Bad("array.jsonl", f'{GOOD_LINE}\n["a", "list"]\n', "E104", line=2),
    Bad("notext.jsonl", f'{GOOD_LINE}\n{{"id": "n", "title": "No text"}}\n', "E105", line=2),
    Bad("nulltext.jsonl", '{"id": "n", "text": null}', "E105", line=1),
    Bad("emptytext.jsonl", f'{GOOD_LINE}\n\n{{"id": "e", "text": "   "}}', "E105", line=3),
    Bad("listtext.jsonl", '{"id": "l", "text": ["a", "b"]}', "E105", line=1),
    Bad("french.txt", FRENCH, "E107"),
    Bad("french.jsonl", f'{GOOD_LINE}\n{{"id": "fr", "text": "{FRENCH}"}}', "E107", line=2),
    Bad("baddate.jsonl", f'{{"id": "d", "text": "{ENGLISH}", "publication_date": "last week"}}',
        "E109", line=1),
    Bad("numberdate.jsonl", f'{{"id": "d", "text": "{ENGLISH}", "publication_date": 20240507}}',
        "E109", line=1),
    Bad("baddate.txt", f"date 2024-13-45 Standfirst\n{ENGLISH}", "E109", line=1),
    Bad("noheader.txt", ENGLISH, "E109", line=1, input_format="dated-text"),
    Bad("baddate.xml", _rss("sometime last week"), "E109", line=5),
    Bad("broken.xml", "<?xml version='1.0'?>\n<rss><channel>\n<title>x</title>", "E110", line=3),
    Bad("notafeed.txt", ENGLISH, "E110", input_format="rss"),
    Bad("markup.html", "<html><head><script>var a = 1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav><div><img src='x.png'></div></body></html>",
        "E111"),
    Bad("headeronly.txt", "date 2024-05-07 Only a standfirst\n\n", "E111"),
    Bad("emptyentry.xml", "<rss version='2.0'><channel><title>W</title>\n"
        "<item><title>Title only</title><link>https://w.example/1</link></item>\n"
        "</channel></rss>", "E111", line=2),
]  # fmt: skip


@pytest.mark.parametrize("bad", CATALOGUE_OF_BAD_INPUT, ids=lambda bad: bad.name)
def test_bad_input_raises_its_code_naming_file_and_line(write: Writer, bad: Bad) -> None:
    path = write(bad.name, bad.content)
    with pytest.raises(FrontlinesError) as raised:
        list(read_articles([path], input_format=bad.input_format))
    error = raised.value
    assert error.code == bad.code, error.message
    assert str(path) in error.message
    assert error.message.startswith(error.origin or "-")
    if bad.line is not None:
        assert f"{path}:{bad.line}:" in error.message
    assert error.hint == CATALOGUE[bad.code][1]
    assert error.to_dict()["error"]["code"] == bad.code


@pytest.mark.parametrize("bad", CATALOGUE_OF_BAD_INPUT, ids=lambda bad: bad.name)
def test_skip_bad_records_a_skip_and_goes_on(write: Writer, bad: Bad) -> None:
    path = write(bad.name, bad.content)
    # A forced format applies to every path, so the file after it is in the same format.
    after = write("zz-after", GOOD_DOCUMENT[bad.input_format])
    articles, skips = read_all(path, after, input_format=bad.input_format)
    assert [s.code for s in skips] == [bad.code]
    skip = skips[0]
    assert skip.origin.startswith(str(path))
    assert skip.reason.startswith(skip.origin)
    if bad.line is not None:
        assert skip.origin == f"{path}:{bad.line}"
    # Reading went on to the next file (and, in JSONL, to the next good lines).
    assert articles and (articles[-1].origin or "").startswith(str(after))


def test_skip_bad_keeps_the_good_lines_of_a_jsonl_file(write: Writer) -> None:
    lines = [GOOD_LINE, "{broken", '{"id": "x"}', f'{{"id": "fr", "text": "{FRENCH}"}}',
             f'{{"id": "last", "text": "{ENGLISH_2}"}}']  # fmt: skip
    path = write("mixed.jsonl", "\n".join(lines))
    articles, skips = read_all(path)
    assert [a.id for a in articles] == ["ok", "last"]
    assert [(s.code, s.origin) for s in skips] == [
        ("E104", f"{path}:2"),
        ("E105", f"{path}:3"),
        ("E107", f"{path}:4"),
    ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("baddate.jsonl", f'{{"id": "d", "text": "{ENGLISH}", "publication_date": "31/13/2024"}}'),
        ("baddate.txt", f"date 2024-02-30 Standfirst\n{ENGLISH}"),
    ],
)
def test_a_malformed_date_is_a_warning_with_skip_bad(
    write: Writer, name: str, content: str
) -> None:
    path = write(name, content)
    articles, skips = read_all(path)
    [article] = articles
    assert article.published is None and article.text == ENGLISH
    assert [(s.code, s.origin) for s in skips] == [("E109", f"{path}:1")]


def test_a_malformed_feed_date_leaves_the_other_entries_dated(write: Writer) -> None:
    path = write("feed.xml", _rss("Tue, 99 Foo 2024"))
    articles, skips = read_all(path)
    assert [a.published for a in articles] == [date(2024, 5, 7), None]
    assert [(s.code, s.origin) for s in skips] == [("E109", f"{path}:5")]


def test_non_english_article_is_skipped_and_english_keeps_its_language(write: Writer) -> None:
    articles, skips = read_all(write("fr.txt", FRENCH), write("en.txt", ENGLISH))
    assert [a.language for a in articles] == ["en"]
    assert [s.code for s in skips] == ["E107"]
    assert "'fr'" in skips[0].reason


def test_missing_path_is_e100(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(FrontlinesError) as raised:
        list(read_articles([missing]))
    assert raised.value.code == "E100" and str(missing) in raised.value.message
    _, skips = read_all(missing)
    assert [s.code for s in skips] == ["E100"]


def test_unreadable_file_is_e112(write: Writer) -> None:
    path = write("locked.txt", ENGLISH)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("file permissions are not enforced for this user (root)")
        with pytest.raises(FrontlinesError) as raised:
            list(read_articles([path]))
    finally:
        path.chmod(0o644)
    assert raised.value.code == "E112" and str(path) in raised.value.message


def test_unknown_input_format_is_e108(write: Writer) -> None:
    with pytest.raises(FrontlinesError) as raised:
        list(read_articles([write("a.txt", ENGLISH)], input_format="pdf"))
    assert raised.value.code == "E108" and "'pdf'" in raised.value.message


def test_a_50_mb_file_fails_fast_without_being_loaded(write: Writer) -> None:
    path = write("huge.txt", b"")
    with path.open("wb") as out:
        block = (ENGLISH + "\n").encode() * 6000  # ~1 MB
        for _ in range(50):
            out.write(block)
    assert path.stat().st_size > 50_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FrontlinesError) as raised:
            list(read_articles([path]))
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert raised.value.code == "E106"
    assert str(path) in raised.value.message and "20000000" in raised.value.message
    assert elapsed < 2.0
    assert peak < 2_000_000  # only the 64 KiB sniffing head was read


def test_stdin_over_the_limit_is_e106() -> None:
    stream = io.BytesIO((ENGLISH + "\n").encode() * 200)
    with pytest.raises(FrontlinesError) as raised:
        list(read_articles(["-"], stdin=stream, max_bytes=10_000))
    assert raised.value.code == "E106" and "<stdin>" in raised.value.message


def test_an_oversized_jsonl_line_is_skipped_alone(write: Writer) -> None:
    huge = '{"id": "big", "text": "' + "x" * 300_000 + '"}'
    path = write("lines.jsonl", "\n".join([GOOD_LINE, huge, GOOD_LINE.replace("ok", "ok2")]))
    articles, skips = read_all(path, max_bytes=100_000)
    assert [a.id for a in articles] == ["ok", "ok2"]
    assert [(s.code, s.origin) for s in skips] == [("E106", f"{path}:2")]
    # A JSONL file over the limit as a whole is still read: the limit is per line.
    articles, skips = read_all(path, max_bytes=300_100)
    assert ([a.id for a in articles], skips) == (["ok", "big", "ok2"], [])


def test_jsonl_is_streamed_line_by_line(write: Writer) -> None:
    line = b'{"id": "%d", "text": "Short text, under the language threshold.", "pad": "%s"}\n'
    path = write("many.jsonl", b"")
    with path.open("wb") as out:
        for number in range(10_000):
            out.write(line % (number, b"p" * 1600))
    assert path.stat().st_size > 16_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_articles([path], max_bytes=1_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 10_000
    assert peak < 8_000_000  # a few 1 MiB chunks, never the 16 MB file


def test_skip_without_callback_is_silent(write: Writer) -> None:
    path = write("x.jsonl", f"{{broken\n{GOOD_LINE}")
    assert [a.id for a in read_articles([path], skip_bad=True)] == ["ok"]


def test_skip_is_a_frozen_record() -> None:
    skip = Skip(origin="f.jsonl:2", code="E104", reason="f.jsonl:2: bad")
    with pytest.raises(AttributeError):
        skip.code = "E105"  # type: ignore[misc]
