"""Shared by the API tests: the sample store's contents and the write token."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
TOKEN = "test-token-0123456789"
