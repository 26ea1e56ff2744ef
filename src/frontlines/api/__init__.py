"""The REST API: ``create_app(settings, *, store=None)`` returns the FastAPI app."""

from frontlines.api.app import create_app
from frontlines.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
