"""The spaCy component and the CLI, on Docs built by hand (no statistical model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span
from typer.testing import CliRunner

import frontlines.nlp.places  # noqa: F401  (registers the factory)
from frontlines.cli import app
from frontlines.geo import Gazetteer, PlaceMention


def test_component_sets_place_mentions(geo_cache: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("frontlines_places", config={"cache_dir": str(geo_cache)})
    words = ["Shelling", "hit", "Kharkiv", "and", "Al-Fashir", "."]
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    doc = nlp(doc)
    mentions = doc._.place_mentions
    assert all(isinstance(m, PlaceMention) for m in mentions)
    assert [m.text for m in mentions] == ["Kharkiv", "Al-Fashir"]
    assert 706483 in {c.entry.id for c in mentions[0].candidates}  # the city (and its oblast)
    assert mentions[1].candidates[0].entry.id == 379555


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_lookup(runner: CliRunner, geo_cache: Path) -> None:
    result = runner.invoke(app, ["geo", "lookup", "Kharkov", "--cache-dir", str(geo_cache)])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert first["id"] == 706483 and first["cc"] == "UA"


def test_cli_build_reports_the_index(runner: CliRunner, geo_cache: Path) -> None:
    result = runner.invoke(app, ["geo", "build", "--cache-dir", str(geo_cache)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["meta"]["gazetteer_version"] and report["bytes"] > 10_000_000


@pytest.mark.slow
def test_geocode_text_with_the_model(gazetteer: Gazetteer) -> None:
    from frontlines.geo import geocode_text

    place = geocode_text(
        "KYIV, Ukraine (AP) — Russian strikes on Kharkiv killed three people on Tuesday.",
        gazetteer=gazetteer,
    )
    assert place is not None and place.geonameid == 706483
