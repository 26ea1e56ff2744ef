"""Write docs/errors.md from the error catalogue (tests/test_docs.py keeps them in step)."""

from __future__ import annotations

import sys
from pathlib import Path

from frontlines.errors import CATALOGUE

HEADER = """# Error catalogue

Every error frontlines reports has a stable code, a message and a hint on how to fix it. The
CLI prints `error CODE: message` and the hint (or, with `--json-errors`, one JSON object);
the REST API returns the same object with an HTTP status:

```json
{"error": {"code": "E104", "message": "…", "hint": "…", "origin": "file.jsonl:12"}}
```

With `--skip-bad`, input errors (E1xx) become recorded skips with the same code and message.
This page is generated from `src/frontlines/errors.py` by `python scripts/gen_error_docs.py`.

| code | message | how to fix it |
|---|---|---|
"""


def render() -> str:
    rows = []
    for code, (message, hint) in sorted(CATALOGUE.items()):
        cells = [text.replace("|", "\\|") for text in (message, hint)]
        rows.append(f"| {code} | {cells[0]} | {cells[1]} |")
    return HEADER + "\n".join(rows) + "\n"


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "errors.md"
    target.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
