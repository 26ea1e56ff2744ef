"""Coverage-guided fuzzing of the readers with atheris (libFuzzer).

    .venv/bin/python fuzz/fuzz_readers.py -max_total_time=60 fuzz/corpus
    .venv/bin/python fuzz/fuzz_readers.py -runs=2000            # what CI runs (bounded)

libFuzzer's own options apply (-max_total_time, -runs, -max_len, a corpus folder). Where
atheris does not install, tests/reliability/test_fuzz.py runs the same target under
hypothesis instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    from readers_target import one_input


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
