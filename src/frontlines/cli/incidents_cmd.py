"""`frontlines incidents show|split|merge`: inspect and correct incident linking.

Corrections are kept as constraints between events, so they survive re-ingest.
"""

from __future__ import annotations

import sys
from typing import Annotated

import orjson
import typer

from frontlines.cli.app import app
from frontlines.cli.ingest_cmd import DB_HELP
from frontlines.cli.output import fail, warn
from frontlines.errors import FrontlinesError

incidents_app = typer.Typer(
    help="Inspect incidents and correct the linker (split, merge).", no_args_is_help=True
)
app.add_typer(incidents_app, name="incidents")

DbOption = Annotated[str | None, typer.Option("--db", help=DB_HELP)]
JsonErrors = Annotated[
    bool, typer.Option("--json-errors", help="Errors as one JSON object on stderr.")
]


@incidents_app.command("show")
def show_command(
    incident_id: Annotated[str, typer.Argument(help="The incident's event_id.")],
    db: DbOption = None,
    json_errors: JsonErrors = False,
) -> None:
    """Print one incident's record with its merge reasons (links) as JSON."""
    from frontlines.store import Store

    try:
        with Store.open(db) as store:
            incident = store.get_incident(incident_id)
        if incident is None:
            raise FrontlinesError("E401", detail=incident_id)
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    sys.stdout.write(orjson.dumps(incident.to_record(), option=orjson.OPT_INDENT_2).decode() + "\n")


@incidents_app.command("split")
def split_command(
    incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
    members: Annotated[
        list[str], typer.Argument(help="Event or article ids to move to a new incident.")
    ],
    db: DbOption = None,
    json_errors: JsonErrors = False,
) -> None:
    """Move some reports out of an incident into a new one; prints the new id."""
    from frontlines.store import Store

    try:
        with Store.open(db) as store:
            new_id = store.split(incident_id, members)
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    sys.stdout.write(new_id + "\n")
    warn(f"split {len(members)} member(s) of {incident_id} into {new_id}")


@incidents_app.command("merge")
def merge_command(
    incident_id: Annotated[str, typer.Argument(help="The incident to keep.")],
    others: Annotated[list[str], typer.Argument(help="Incidents to merge into it.")],
    db: DbOption = None,
    json_errors: JsonErrors = False,
) -> None:
    """Merge incidents into the first one; prints its id."""
    from frontlines.store import Store

    try:
        with Store.open(db) as store:
            kept = store.merge(incident_id, others)
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    sys.stdout.write(kept + "\n")
    warn(f"merged {len(others)} incident(s) into {kept}")
