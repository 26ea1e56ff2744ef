"""The reliability tests import their helpers from this folder and the store tests' helpers
(fresh databases on each backend, table dumps)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "store", HERE.parent / "incidents"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
