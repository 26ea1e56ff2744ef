"""Docs are checked by tests: every command, record field and error code is documented,
and every link between the README and docs/ resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontlines.cli import app
from frontlines.domain import RECORD_FIELDS
from frontlines.errors import CATALOGUE

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "docs").glob("*.md")}
ALL_DOCS = README + "\n".join(DOCS.values())


def command_names() -> list[str]:
    names = []
    for info in app.registered_commands:
        names.append(info.name or info.callback.__name__.replace("_", "-"))
    for group in app.registered_groups:
        names.append(group.name or "")
    return [n for n in names if n]


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"frontlines {name}" in README, f"README's command table lacks `frontlines {name}`"


@pytest.mark.parametrize("field", RECORD_FIELDS)
def test_every_record_field_is_documented(field: str) -> None:
    assert f"`{field}`" in DOCS["schema.md"]


def test_error_catalogue_page_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", REPO / "scripts" / "gen_error_docs.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert DOCS["errors.md"] == gen.render(), "run: python scripts/gen_error_docs.py"


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_error_code_is_documented(code: str) -> None:
    assert code in DOCS["errors.md"]


def test_links_resolve() -> None:
    for source, text in [("README.md", README), *((f"docs/{n}", t) for n, t in DOCS.items())]:
        base = REPO if source == "README.md" else REPO / "docs"
        for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", text):
            assert (base / target).exists(), f"{source} links to missing {target}"
