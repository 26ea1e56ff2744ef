"""Bytes to text: binary detection, BOMs, UTF-8, and legacy encodings as a fallback.

The order matters: a declared BOM wins; then strict UTF-8 (almost every input today); then
BOM-less UTF-16 recognised by its pattern of NUL bytes; then charset-normalizer for legacy
single-byte files. Only when nothing fits is the input refused (E103).
"""

from __future__ import annotations

import codecs

import charset_normalizer

from frontlines.errors import FrontlinesError

# How much of the start of an input the binary check looks at.
SNIFF_BYTES = 8192

# File signatures of formats that are never article text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"wOFF", "web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control bytes that do not occur in text (tab, newlines, form feed and ESC do).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}

# Legacy encodings charset-normalizer cannot tell apart on short English text; for English
# news Windows-1252 is by far the likeliest of them (it guesses cp1250 and turns "São" into "Săo").
_WESTERN = frozenset(
    {
        "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2",
        "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
        "iso8859_16", "mac_roman", "mac_latin2", "cp775", "cp850", "cp437",
    }
)  # fmt: skip


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start declares, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit on every other byte, as in BOM-less UTF-16."""
    sample = head[:SNIFF_BYTES]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def binary_reason(head: bytes) -> str | None:
    """Why the start of an input looks binary, or ``None`` when it looks like text.

    A few NUL bytes in otherwise-text input (a damaged export, a stray terminator) are not
    binary: they are stripped after decoding. Many NULs or other control bytes are.
    """
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if bom_encoding(head) is not None or utf16_without_bom(head) is not None:
        return None
    sample = head[:SNIFF_BYTES]
    if not sample:
        return None
    nuls = sample.count(0)
    controls = sum(1 for byte in sample if byte in _CONTROL)
    if nuls > 0.05 * len(sample):
        return f"{nuls} NUL bytes in the first {len(sample)}"
    if controls > 0.1 * len(sample):
        return f"{controls} control bytes in the first {len(sample)}"
    return None


def check_not_binary(head: bytes, *, origin: str) -> None:
    reason = binary_reason(head)
    if reason is not None:
        raise FrontlinesError("E102", origin=origin, detail=reason)


def decode(data: bytes, *, origin: str, line: int | None = None) -> str:
    """Text from bytes; NUL characters removed and line ends normalised to ``\\n``.

    ``line`` is the input line the bytes start at, so an E103 names the line of the first
    byte that is not UTF-8.
    """
    encoding = bom_encoding(data) or utf16_without_bom(data)
    if encoding is not None:
        try:
            return clean(data.decode(encoding))
        except UnicodeDecodeError as error:
            raise FrontlinesError(
                "E103", origin=origin, detail=f"invalid {encoding}: {error.reason}"
            ) from None
    try:
        return clean(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        utf8_error = error
    legacy = legacy_decode(data)
    if legacy is not None:
        return clean(legacy)
    first_bad = utf8_error.start
    bad_line = data.count(b"\n", 0, first_bad) + (line or 1)
    where = f"{origin}:{bad_line}"
    detail = f"byte 0x{data[first_bad]:02x} at line {bad_line}"
    raise FrontlinesError("E103", origin=where, detail=detail)


def legacy_decode(data: bytes) -> str | None:
    """The text of a non-UTF-8 file in a legacy encoding, or ``None`` when none fits."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    candidates = {best.encoding, *best.could_be_from_charset}
    if candidates & _WESTERN:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def clean(text: str) -> str:
    """Strip NUL characters and normalise Windows and old-Mac line ends."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
