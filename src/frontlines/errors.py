"""The catalogue of errors: each has a code, a message and a way to fix it.

The library raises ``FrontlinesError``; it never prints. The CLI and the API render the same
one JSON shape (``FrontlinesError.to_dict``): ``{"error": {"code", "message", "hint", "origin"}}``.
"""

from __future__ import annotations

from typing import Any

# code -> (message template, hint). Templates are formatted with the error's params.
CATALOGUE: dict[str, tuple[str, str]] = {
    # Input: paths and formats (E1xx)
    "E100": (
        "no such file or directory: {path}",
        "Check the path; use '-' to read standard input.",
    ),
    "E101": ("{origin}: the input is empty", "Give a file that contains article text."),
    "E102": (
        "{origin}: the input looks binary ({detail})",
        "Give a text, JSON Lines, HTML or RSS/Atom file; binary documents are not read.",
    ),
    "E103": (
        "{origin}: the input is not valid UTF-8 and no other encoding fits ({detail})",
        "Re-encode the file as UTF-8 (e.g. 'iconv -f LATIN1 -t UTF-8').",
    ),
    "E104": (
        "{origin}: this line is not valid JSON ({detail})",
        "Each JSONL line must be one JSON object; fix or remove the line, or pass --skip-bad.",
    ),
    "E105": (
        "{origin}: the JSON record has no text ({detail})",
        "Each record needs a non-empty string field 'text'.",
    ),
    "E106": (
        "{origin}: the input is {size} bytes, over the {limit}-byte limit",
        "Split the input, or raise the limit with --max-bytes.",
    ),
    "E107": (
        "{origin}: the article is not in English (detected '{language}')",
        "Only English articles are extracted for now; pass --skip-bad to skip them.",
    ),
    "E108": (
        "{origin}: unknown input format '{detail}'",
        "Use --input-format text|dated-text|jsonl|html|rss.",
    ),
    "E109": (
        "{origin}: the article date '{detail}' is not a date",
        "Dates are ISO 8601 (YYYY-MM-DD) or an RFC 2822 feed date.",
    ),
    "E110": (
        "{origin}: the feed or page could not be parsed ({detail})",
        "Check that the file is a complete HTML page or RSS/Atom feed.",
    ),
    "E111": (
        "{origin}: the article text has no words ({detail})",
        "Give an article with text; markup or whitespace alone is not an article.",
    ),
    "E112": (
        "{origin}: the input cannot be read ({detail})",
        "Check that the file exists and is readable by this user.",
    ),
    "E113": (
        "{origin}: the article date '{detail}' is implausible ({reason})",
        "Fix the article's date; with --skip-bad the article is read without one.",
    ),
    "E114": (
        "{origin}: the article is {size} characters long, over the {limit}-character limit",
        "Split it into its articles: one text this long is a book or a concatenation.",
    ),
    "E115": (
        "{origin}: the id '{detail}' was already read from this file with another text",
        "Give each article its own id, or leave 'id' out to use a hash of the text.",
    ),
    # Gold data and evaluation (E3xx)
    "E300": (
        "{origin}: the gold record is not in the common schema ({detail})",
        "Gold records need id, text and a 'gold' object (DESIGN §6).",
    ),
    "E301": (
        "cannot load the extractor {spec} ({detail})",
        "Give MODULE:FACTORY, where FACTORY() returns an object with extract_many(articles).",
    ),
    # Storage (E4xx)
    "E400": ("cannot open the database {url} ({detail})", "Check --db or FRONTLINES_DB."),
    "E401": ("no incident with id {detail}", "List incidents with 'frontlines export'."),
    "E402": (
        "unknown sort '{detail}' (sortable: {choices})",
        "Sort by one of the listed fields; prefix it with '-' for descending order.",
    ),
    "E403": ("the page cursor '{detail}' is not valid", "Pass the previous page's 'next' as is."),
    "E404": (
        "{detail}: not a member of incident {incident}",
        "Give event or article ids from the incident's member_event_ids or article_ids.",
    ),
    "E405": (
        "splitting would leave incident {detail} without members",
        "Leave at least one member in the incident; move the others out.",
    ),
    "E406": (
        "unknown export format '{detail}'",
        "Use --format jsonl|acled-csv|ucdp-csv|geojson|parquet.",
    ),
    "E407": (
        "invalid bounding box '{detail}'",
        "Give --bbox WEST,SOUTH,EAST,NORTH in degrees, e.g. 29.5,45.0,40.0,52.5.",
    ),
    # Gazetteer and geocoding (E6xx)
    "E600": (
        "cannot open the gazetteer index {path} ({detail})",
        "Rebuild it with 'frontlines geo build --rebuild', or point FRONTLINES_CACHE_DIR at a "
        "writable directory.",
    ),
    "E601": (
        "cannot build the gazetteer index at {path} ({detail})",
        "Make the cache directory writable, or set FRONTLINES_CACHE_DIR to one that is.",
    ),
    # REST API (E65x; E60x is the gazetteer's)
    "E650": ("no such route: {detail}", "See /openapi.json for the API's routes."),
    "E651": ("no article with id {detail}", "Article ids are in an incident's article_ids."),
    "E652": (
        "invalid request parameter {name}: {detail}",
        "See /openapi.json for each parameter's type and accepted values.",
    ),
    "E653": (
        "the request body is over the {limit}-byte limit",
        "Send fewer articles per request, or raise FRONTLINES_MAX_BODY_BYTES.",
    ),
    "E654": (
        "missing or wrong API token",
        "Send 'Authorization: Bearer <token>' with the server's FRONTLINES_API_TOKEN.",
    ),
    "E655": (
        "this server is read-only: no API token is configured",
        "Start the server with FRONTLINES_API_TOKEN set to accept writes.",
    ),
    "E656": ("method {detail} is not allowed here", "See /openapi.json for each route's methods."),
    "E657": ("internal error ({detail})", "This is a bug: report it with the request made."),
    # Configuration (E5xx)
    "E500": ("invalid setting {name}: {detail}", "See docs/settings.md for accepted values."),
    # Scale-out (E7xx)
    "E710": (
        "cannot reach the Dask cluster at {address} ({detail})",
        "Give the scheduler's address as tcp://HOST:8786 (is the scheduler running and "
        "reachable?), or --dask local for a cluster on this machine; see docs/scaling.md.",
    ),
}


class FrontlinesError(Exception):
    """An error a user can act on, with a stable code."""

    def __init__(self, code: str, **params: Any) -> None:
        template, hint = CATALOGUE[code]
        safe = _Defaulting(params)
        self.code = code
        self.params = params
        self.message = template.format_map(safe)
        self.hint = hint
        self.origin: str | None = params.get("origin")
        super().__init__(f"{code} {self.message}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "hint": self.hint,
                "origin": self.origin,
            }
        }


class _Defaulting(dict[str, Any]):
    """Formats a template even when a parameter is missing, rather than failing on the error."""

    def __missing__(self, key: str) -> str:
        return f"<{key}>"
