"""Tables for the small pieces: date parsing, format sniffing, binary detection, markup."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.readers.dates import parse_date
from frontlines.readers.decode import binary_reason, decode
from frontlines.readers.language import detect_language
from frontlines.readers.markup import fragment_to_text
from frontlines.readers.plaintext import dateline_outlet
from frontlines.readers.sniff import sniff


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-31", date(2024, 8, 31)),
        (" 2024-08-31 ", date(2024, 8, 31)),
        ("2024-08-31T10:15:00", date(2024, 8, 31)),
        ("2024-08-31T23:30:00Z", date(2024, 8, 31)),
        ("2024-08-31T23:30:00-05:00", date(2024, 8, 31)),  # the date where it was written
        ("2024-08-31 06:00:00+03:00", date(2024, 8, 31)),
        ("Sat, 31 Aug 2024 23:30:00 -0500", date(2024, 8, 31)),
        ("Sat, 31 Aug 2024 08:00:00 GMT", date(2024, 8, 31)),
        ("31 Aug 2024 08:00:00 +0000", date(2024, 8, 31)),
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["last week", "2024-13-01", "2024-02-30", "31/08/2024", "20240831", "Sat, 99 Foo 2024",
     "2024", 20240831, ["2024-08-31"]],
)  # fmt: skip
def test_parse_date_refuses(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("head", "suffix", "expected"),
    [
        ("Plain words.", ".txt", "text"),
        ("Plain words.", "", "text"),
        (" date 2024-08-31 Standfirst\nBody", ".txt", "dated-text"),
        ("Date 2024-8-1\nBody", "", "dated-text"),
        ("dates 2024-08-31 are not a header", ".txt", "text"),
        ("date: 2024-08-31", ".txt", "text"),
        ('{"id": 1, "text": "x"}', ".txt", "jsonl"),
        ("\ufeff\n  {\"id\": 1}", "", "jsonl"),
        ("not json at all", ".jsonl", "jsonl"),  # the extension decides: E104 follows
        ("<!DOCTYPE html><html>", ".txt", "html"),
        ("<!-- saved page -->\n<html lang='en'>", "", "html"),
        ("<?xml version='1.0'?><!DOCTYPE html><html xmlns='http://www.w3.org/1999/xhtml'>",
         ".xhtml", "html"),
        ("<?xml version='1.0'?>\n<rss version='2.0'>", ".txt", "rss"),
        ("<feed xmlns='http://www.w3.org/2005/Atom'>", "", "rss"),
        ("<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", "", "rss"),
        ("<?xml version='1.0'?><catalog/>", "", "rss"),
        ("<div><p>Fragment</p></div>", "", "html"),
        ("<something/>", ".html", "html"),
        ("Plain words.", ".htm", "html"),
        ("Plain words.", ".rss", "rss"),
    ],
)  # fmt: skip
def test_sniff(head: str, suffix: str, expected: str) -> None:
    assert sniff(head, suffix=suffix) == expected


@pytest.mark.parametrize(
    ("head", "binary"),
    [
        (b"Plain text\n", False),
        (b"", False),
        (b"A stray NUL\x00 in text" * 50, False),
        ("\ufeffUTF-16".encode("utf-16-le"), False),
        ("BOM-less UTF-16 text".encode("utf-16-le"), False),
        (b"%PDF-1.4", True),
        (b"\x1f\x8b\x08\x00", True),
        (b"\x00" * 100, True),
        (bytes(range(32)) * 10, True),
    ],
)
def test_binary_reason(head: bytes, binary: bool) -> None:
    assert (binary_reason(head) is not None) is binary


def test_decode_cleans_nuls_and_line_ends() -> None:
    assert decode(b"a\x00b\r\nc\rd", origin="x") == "ab\nc\nd"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("plain summary", "plain summary"),
        ("<p>One</p><p>Two <b>bold</b></p>", "One\n\nTwo bold"),
        ("<p>Line<br>break</p>", "Line\nbreak"),
        ("<p>Kept</p><script>dropped()</script><style>p{}</style><iframe>x</iframe>", "Kept"),
        ("<p>A &amp; B&nbsp;C</p>", "A & B C"),
        ("Text <!-- comment --> tail", "Text tail"),
        ("", ""),
    ],
)
def test_fragment_to_text(markup: str, expected: str) -> None:
    assert fragment_to_text(markup) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Too short to judge.", None),
        ("Les affrontements ont fait quatorze morts mardi près de la ville, selon un responsable "
         "local qui a ajouté que plusieurs maisons avaient été incendiées.", "fr"),
        ("Los enfrentamientos entre el ejército y una milicia dejaron al menos catorce muertos "
         "el martes cerca de la ciudad, según un funcionario local.", "es"),
        ("Police shoot and kill a suspect in Kwale town. Kenyan forces kill four members of a "
         "militia in Milimani and recover weapons.", "en"),
    ],
)  # fmt: skip
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("EL FASHER, Sudan (Darfur Dispatch) - At least 23 people", "Darfur Dispatch"),
        ("MOGADISHU (Horn Observer) - A roadside bomb", "Horn Observer"),
        ("LONDON (Reuters) – Police said", "Reuters"),
        ("PORT-AU-PRINCE, Haiti (AP) — Gangs", "AP"),
        ("The army (FARDC) said - later", None),
        ("Fighting (heavy) - continued", None),
        ("Plain opening sentence.", None),
    ],
)
def test_dateline_outlet(body: str, outlet: str | None) -> None:
    assert dateline_outlet(body) == outlet
