"""Article readers: paths (files, directories, "-" for stdin) in, ``Article`` objects out.

Formats are sniffed from content, with the extension as a hint, or named with
``input_format``: plain ``text``, ``dated-text`` ("date YYYY-MM-DD <standfirst>" first line),
``jsonl``, ``html`` and ``rss`` (RSS or Atom). Bad input raises a coded ``FrontlinesError``
naming the file and line, or with ``skip_bad=True`` becomes a ``Skip`` passed to ``on_skip``.
docs/input-formats.md is the user's guide to all of it.
"""

from __future__ import annotations

from frontlines.readers.core import read_articles
from frontlines.readers.skips import Skip
from frontlines.readers.sniff import INPUT_FORMATS

__all__ = ["INPUT_FORMATS", "Skip", "read_articles"]
