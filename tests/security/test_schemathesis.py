"""schemathesis against /openapi.json over loopback: generated requests to every route and
method (valid and invalid, writes with the token) and not one server error (5xx).

Bounded: a fixed seed and example count; the server has its own store so the writes do not
disturb the other tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from liveserver import serving

from conftest import REPO, TOKEN
from frontlines.api import ApiSettings, create_app
from frontlines.readers import read_articles
from frontlines.store import Store

CLI = shutil.which("schemathesis", path=str(Path(sys.executable).parent))


@pytest.fixture
def own_server(tmp_path: Path, extractor) -> Iterator[str]:
    with Store.open(f"sqlite:///{tmp_path / 'st.db'}") as store:
        store.ingest(read_articles([REPO / "samples"], skip_bad=True), extractor=extractor)
        app = create_app(ApiSettings(api_token=TOKEN, max_body_bytes=200_000), store=store,
                         extractor=extractor)  # fmt: skip
        with serving(app) as url:
            yield url


@pytest.mark.skipif(CLI is None, reason="schemathesis is not installed (pip install -e '.[dev]')")
def test_no_server_error_for_any_generated_request(own_server: str, tmp_path: Path) -> None:
    run = subprocess.run(
        [str(CLI), "run", f"{own_server}/openapi.json",
         "--checks", "not_a_server_error",
         "--max-examples", "40", "--seed", "8", "--workers", "1",
         "--header", f"Authorization: Bearer {TOKEN}",
         "--generation-allow-x00", "true",
         "--report-dir", str(tmp_path / "report")],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    tail = (run.stdout + run.stderr)[-6000:]
    assert run.returncode == 0, tail
    counted = re.search(r"(\d+) generated, (\d+) passed", run.stdout)
    assert counted is not None and counted[1] == counted[2], tail
    assert int(counted[1]) >= 200, tail  # every operation was really exercised
