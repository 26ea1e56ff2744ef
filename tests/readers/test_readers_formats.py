"""Each input format, read from real files: which fields land where."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from readers_support import ENGLISH, ENGLISH_2, read_all

from conftest import Writer
from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.readers import INPUT_FORMATS, read_articles

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Clashes near Beni kill 14 | Great Lakes Courier</title>
<meta property="og:title" content="Clashes near Beni kill 14">
<meta property="og:site_name" content="Great Lakes Courier">
<meta property="article:published_time" content="2024-05-07T18:20:00+02:00">
<script>window.tracker = "SCRIPT-SHOULD-NOT-APPEAR";</script>
<style>body {{ color: #333; }}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a>
<a href="/sport">NAV-SHOULD-NOT-APPEAR</a></nav>
<article>
<h1>Clashes near Beni kill 14</h1>
<p>{ENGLISH}</p>
<iframe src="https://ads.example/frame">IFRAME-SHOULD-NOT-APPEAR</iframe>
<p>{ENGLISH_2}</p>
<script>document.write("INLINE-SCRIPT-SHOULD-NOT-APPEAR");</script>
</article>
<footer>Copyright 2024 Great Lakes Courier. FOOTER-SHOULD-NOT-APPEAR</footer>
</body></html>
"""

RSS_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Sahel Monitor</title>
<link>https://sahel-monitor.example</link>
<description>News from the Sahel</description>
<item>
<title>Clashes near Beni kill 14</title>
<link>https://sahel-monitor.example/beni</link>
<pubDate>Tue, 07 May 2024 23:30:00 -0500</pubDate>
<description><![CDATA[<p>{ENGLISH}</p><p>Second <b>paragraph</b> here.</p>]]></description>
</item>
<item>
<title>Fuel protest in the capital</title>
<link>https://sahel-monitor.example/fuel</link>
<pubDate>Fri, 10 May 2024 09:00:00 GMT</pubDate>
<description>A short summary only.</description>
<content:encoded><![CDATA[<p>{ENGLISH_2}</p><script>alert("SCRIPT-SHOULD-NOT-APPEAR")</script>]]></content:encoded>
</item>
</channel>
</rss>
"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Frontline Wire</title>
<entry>
<title>Protest in the capital</title>
<link href="https://wire.example/protest"/>
<updated>2024-05-10T08:00:00Z</updated>
<summary type="html">&lt;p&gt;{ENGLISH_2}&lt;/p&gt;</summary>
</entry>
</feed>
"""


def test_input_formats_are_the_documented_five() -> None:
    assert INPUT_FORMATS == ("text", "dated-text", "jsonl", "html", "rss")


def test_plain_text(write: Writer) -> None:
    path = write("report.txt", f"\n{ENGLISH}\n\n{ENGLISH_2}\n")
    [article] = read_articles([path])
    assert article.text == f"{ENGLISH}\n\n{ENGLISH_2}"
    assert article.id == Article.make_id(article.text)
    assert (article.title, article.published, article.url, article.outlet) == (None,) * 4
    assert article.origin == str(path)
    assert article.language == "en"


def test_dated_text_keeps_the_standfirst_out_of_the_text(write: Writer) -> None:
    path = write("raid.txt", f" date 2024-08-31 Fourteen killed near Beni\n\n{ENGLISH}\n")
    [article] = read_articles([path])
    assert article.published == date(2024, 8, 31)
    assert article.title == "Fourteen killed near Beni"
    assert article.text == ENGLISH
    assert article.id == Article.make_id(ENGLISH)


def test_dated_text_without_standfirst(write: Writer) -> None:
    [article] = read_articles([write("d.txt", f"date 2024-01-05\n{ENGLISH}")])
    assert (article.title, article.published, article.text) == (None, date(2024, 1, 5), ENGLISH)


def test_jsonl_fields_and_origins(write: Writer) -> None:
    lines = [
        json.dumps({"id": "r-1", "text": ENGLISH, "title": "Beni", "publication_date": "2024-05-07",
                    "url": "https://x.example/1", "outlet": "Courier", "gold": {"fatalities": 14}}),
        "",
        json.dumps({"id": 42, "text": ENGLISH_2, "publication_date": "2024-05-10T23:30:00-05:00"}),
        json.dumps({"text": "Short one.", "publication_date": "Fri, 10 May 2024 09:00:00 GMT",
                    "title": 7}),
    ]  # fmt: skip
    path = write("batch.jsonl", "\n".join(lines) + "\n")
    first, second, third = read_articles([path])
    assert first == Article(
        id="r-1",
        text=ENGLISH,
        title="Beni",
        published=date(2024, 5, 7),
        url="https://x.example/1",
        outlet="Courier",
        language="en",
        origin=f"{path}:1",
    )
    assert (second.id, second.published, second.origin) == ("42", date(2024, 5, 10), f"{path}:3")
    assert third.id == Article.make_id("Short one.")
    assert third.published == date(2024, 5, 10)
    assert third.title is None  # not a string
    assert third.language is None  # too short to judge


def test_jsonl_text_is_verbatim(write: Writer) -> None:
    text = "  Leading spaces kept.\r\nSo are Windows line ends.  "
    path = write(
        "v.jsonl", '{"id": "v", "text": "  Leading spaces kept.\\r\\nSo are Windows line ends.  "}'
    )
    [article] = read_articles([path])
    assert article.text == text


def test_html_page(write: Writer) -> None:
    [article] = read_articles([write("page.html", HTML_PAGE)])
    assert article.title == "Clashes near Beni kill 14"
    assert article.published == date(2024, 5, 7)
    assert article.outlet == "Great Lakes Courier"
    assert ENGLISH in article.text and ENGLISH_2 in article.text
    assert not article.text.startswith("Clashes near Beni kill 14")  # the <h1> is the title
    assert "SHOULD-NOT-APPEAR" not in article.text
    assert article.id == Article.make_id(article.text)


def test_short_html_page_falls_back_to_its_body_text(write: Writer) -> None:
    page = "<html><body><nav>Home</nav><p>Two rockets hit Kharkiv overnight.</p></body></html>"
    [article] = read_articles([write("short.html", page)])
    assert article.text == "Two rockets hit Kharkiv overnight."


def test_rss_feed(write: Writer) -> None:
    path = write("feed.xml", RSS_FEED)
    first, second = read_articles([path])
    assert first.title == "Clashes near Beni kill 14"
    assert first.url == "https://sahel-monitor.example/beni"
    assert first.outlet == second.outlet == "Sahel Monitor"
    # The date as written, in the feed's own time zone (UTC would make it the 8th).
    assert first.published == date(2024, 5, 7)
    assert first.text == f"{ENGLISH}\n\nSecond paragraph here."
    assert first.origin == f"{path}:7"
    # content:encoded wins over the summary; markup and scripts are gone.
    assert second.text == ENGLISH_2
    assert second.origin == f"{path}:13"


def test_atom_feed(write: Writer) -> None:
    [entry] = read_articles([write("wire.atom", ATOM_FEED)])
    assert (entry.title, entry.url, entry.outlet) == (
        "Protest in the capital",
        "https://wire.example/protest",
        "Frontline Wire",
    )
    assert entry.published == date(2024, 5, 10)
    assert entry.text == ENGLISH_2


@pytest.mark.parametrize(
    ("name", "content", "expected_text"),
    [
        ("bom.txt", b"\xef\xbb\xbf" + ENGLISH.encode(), ENGLISH),
        ("utf16.txt", "\ufeff".encode("utf-16-le") + ENGLISH.encode("utf-16-le"), ENGLISH),
        ("utf16be.txt", ("\ufeff" + ENGLISH).encode("utf-16-be"), ENGLISH),
        ("nobom16.txt", ENGLISH.encode("utf-16-le"), ENGLISH),
        ("latin1.txt", f"Caf\xe9 bombing in S\xe3o Tom\xe9. {ENGLISH}".encode("latin-1"),
         f"Café bombing in São Tomé. {ENGLISH}"),
        ("cp1252.txt", f"\u201cWe heard it,\u201d she said \u2013 {ENGLISH}".encode("cp1252"),
         f"\u201cWe heard it,\u201d she said \u2013 {ENGLISH}"),
        ("crlf.txt", f"{ENGLISH}\r\n\r\n{ENGLISH_2}\r\n".encode(), f"{ENGLISH}\n\n{ENGLISH_2}"),
        ("nul.txt", f"{ENGLISH}\x00\x00 {ENGLISH_2}".encode(), f"{ENGLISH} {ENGLISH_2}"),
    ],
)  # fmt: skip
def test_encodings_and_stray_bytes(
    write: Writer, name: str, content: bytes, expected_text: str
) -> None:
    [article] = read_articles([write(name, content)])
    assert article.text == expected_text


def test_utf16_jsonl(write: Writer) -> None:
    lines = (
        f'{{"id": "u1", "text": "{ENGLISH}"}}\r\n{{"id": "u2", "text": "S\u00e3o Tom\u00e9"}}\r\n'
    )
    path = write("ps.jsonl", lines.encode("utf-16"))
    [first, second] = read_articles([path])
    assert (first.id, first.text, first.origin) == ("u1", ENGLISH, f"{path}:1")
    assert (second.id, second.text, second.origin) == ("u2", "São Tomé", f"{path}:2")


@pytest.mark.parametrize(
    ("name", "content", "input_format", "expected_title"),
    [
        # Content decides over the extension ...
        ("looks-like.txt", f"date 2024-05-07 Standfirst\n{ENGLISH}", None, "Standfirst"),
        ("page.txt", f"<html><head><title>T</title></head><body><p>{ENGLISH}</p></body></html>",
         None, "T"),
        ("records.txt", f'{{"id": "1", "text": "{ENGLISH}", "title": "J"}}', None, "J"),
        ("noext", f'{{"id": "1", "text": "{ENGLISH}", "title": "J"}}', None, "J"),
        # ... and input_format over both.
        ("forced.txt", f"date 2024-05-07 Standfirst\n{ENGLISH}", "text", None),
    ],
)  # fmt: skip
def test_sniffing_and_override(
    write: Writer, name: str, content: str, input_format: str | None, expected_title: str | None
) -> None:
    [article] = read_articles([write(name, content)], input_format=input_format)
    assert article.title == expected_title


def test_stdin_is_sniffed_and_named() -> None:
    data = f'{{"id": "s1", "text": "{ENGLISH}"}}\n{{"id": "s2", "text": "{ENGLISH_2}"}}\n'
    articles = list(read_articles(["-"], stdin=io.BytesIO(data.encode())))
    assert [(a.id, a.origin) for a in articles] == [("s1", "<stdin>:1"), ("s2", "<stdin>:2")]


def test_stdin_dated_text() -> None:
    stream = io.BytesIO(f"date 2024-02-03 Headline\n{ENGLISH}".encode())
    [article] = read_articles(["-"], stdin=stream)
    assert (article.published, article.origin) == (date(2024, 2, 3), "<stdin>")


def test_directory_walk_is_sorted_recursive_and_ignores_hidden(
    write: Writer, tmp_path: Path
) -> None:
    write("b.txt", ENGLISH_2)
    write("a/z.txt", "date 2024-01-01 In a subfolder\n" + ENGLISH)
    write("a.txt", ENGLISH)
    write(".hidden.txt", "never read")
    write(".git/config.txt", "never read")
    write("notes.md", "# Not an article")
    write("scan.txt", b"%PDF-1.7\n%binary")
    articles, skips = read_all(tmp_path, skip_bad=False)
    assert [Path(a.origin or "").relative_to(tmp_path).as_posix() for a in articles] == [
        "a/z.txt",
        "a.txt",
        "b.txt",
    ]
    # Files that are not articles are passed over with a reason, even without skip_bad.
    assert sorted((Path(s.origin).name, s.code) for s in skips) == [
        ("notes.md", "E108"),
        ("scan.txt", "E102"),
    ]


def test_several_paths_in_order(write: Writer) -> None:
    one, two = write("1.txt", ENGLISH), write("2.txt", ENGLISH_2)
    assert [a.origin for a in read_articles([two, str(one)])] == [str(two), str(one)]


def test_a_bare_path_is_one_path(write: Writer) -> None:
    path = write("one.txt", ENGLISH)
    assert [a.origin for a in read_articles(str(path))] == [str(path)]


def test_a_bad_input_format_fails_before_iteration() -> None:
    with pytest.raises(FrontlinesError) as raised:
        read_articles(["anything"], input_format="docx")
    assert raised.value.code == "E108"
