"""`frontlines geo build|lookup|locate`: the offline gazetteer and the geocoder by hand."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer

from frontlines.cli.app import app
from frontlines.cli.output import fail
from frontlines.errors import FrontlinesError

geo_app = typer.Typer(
    name="geo",
    help="The offline gazetteer: build it, look names up, geocode a text.",
    no_args_is_help=True,
)
app.add_typer(geo_app, name="geo")

CACHE_HELP = "Gazetteer directory (default: $FRONTLINES_CACHE_DIR, else the user cache dir)."


def _emit(value: object) -> None:
    sys.stdout.write(orjson.dumps(value).decode() + "\n")


@geo_app.command("build")
def build_command(
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help=CACHE_HELP)] = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Build even when a current index exists.")
    ] = False,
) -> None:
    """Build the gazetteer index (done automatically on first use)."""
    from frontlines.geo import ensure_index, get_gazetteer

    try:
        path = ensure_index(cache_dir, rebuild=rebuild)
        meta = get_gazetteer(cache_dir).meta()
    except FrontlinesError as error:
        raise fail(error) from None
    _emit({"path": str(path), "bytes": path.stat().st_size, "meta": meta})


@geo_app.command("lookup")
def lookup_command(
    name: Annotated[str, typer.Argument(help="A place name, in any spelling.")],
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help=CACHE_HELP)] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many places.")] = 10,
) -> None:
    """Places called NAME (exact or transliteration match), best first; one JSON per line."""
    from frontlines.geo import get_gazetteer

    try:
        gazetteer = get_gazetteer(cache_dir)
        for candidate in gazetteer.lookup(name)[:limit]:
            _emit({**dataclasses.asdict(candidate.entry), "quality": candidate.quality})
    except FrontlinesError as error:
        raise fail(error) from None


@geo_app.command("locate")
def locate_command(
    text: Annotated[str, typer.Argument(help="Text reporting an event; '-' reads stdin.")],
    cache_dir: Annotated[Path | None, typer.Option("--cache-dir", help=CACHE_HELP)] = None,
) -> None:
    """The place of the event TEXT reports (spaCy NER + gazetteer), as one JSON object."""
    from frontlines.geo import get_gazetteer
    from frontlines.geo.text import geocode_text

    body = sys.stdin.read() if text == "-" else text
    try:
        place = geocode_text(body, gazetteer=get_gazetteer(cache_dir))
    except FrontlinesError as error:
        raise fail(error) from None
    _emit(dataclasses.asdict(place) if place is not None else None)
