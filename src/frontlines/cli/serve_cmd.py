"""`frontlines serve [--db URL] [--host] [--port]`: the REST API and the dashboard."""

from __future__ import annotations

from typing import Annotated

import typer

from frontlines.cli.app import app
from frontlines.cli.ingest_cmd import DB_HELP
from frontlines.cli.options import JsonErrorsOption
from frontlines.cli.output import fail, warn
from frontlines.errors import FrontlinesError


@app.command("serve")
def serve_command(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    json_errors: JsonErrorsOption = False,
) -> None:
    """Serve the REST API (/api, /openapi.json) and the dashboard (/) over the store.

    Writes (POST /api/articles) need FRONTLINES_API_TOKEN set; without it the server is
    read-only. FRONTLINES_CORS_ORIGINS (comma-separated) turns CORS on for those origins.
    """
    import uvicorn

    from frontlines.api import ApiSettings, create_app
    from frontlines.web.assets import assets_present, default_assets_dir

    try:
        settings = ApiSettings.from_env(db_url=db)
        application = create_app(settings)
    except FrontlinesError as error:
        raise fail(error, as_json=json_errors) from None
    if not assets_present(settings.assets_dir or default_assets_dir()):
        warn("map assets are not built: run scripts/install-web-deps.sh (the API still serves)")
    mode = "read-write" if settings.api_token else "read-only (no FRONTLINES_API_TOKEN)"
    warn(f"frontlines: dashboard at http://{host}:{port}/ — {mode}")
    uvicorn.run(application, host=host, port=port, log_level="warning")
