"""Server settings: from arguments and the environment, never a module-level singleton."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from frontlines.errors import FrontlinesError

DEFAULT_MAX_BODY_BYTES = 5_000_000


@dataclass(frozen=True, kw_only=True)
class ApiSettings:
    """What ``create_app`` needs to know; ``from_env`` reads the FRONTLINES_* variables."""

    db_url: str | None = None  # None: FRONTLINES_DB, else sqlite:///frontlines.db
    # Writes (POST /api/articles) need this token; None keeps the server read-only.
    api_token: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # Origins allowed cross-origin requests; empty: no CORS headers at all.
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    # Where the map assets built from npm live (None: the package's web/static/vendor).
    assets_dir: Path | None = None

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, *, db_url: str | None = None
    ) -> ApiSettings:
        env = os.environ if env is None else env
        raw_limit = env.get("FRONTLINES_MAX_BODY_BYTES", "")
        try:
            limit = int(raw_limit) if raw_limit else DEFAULT_MAX_BODY_BYTES
        except ValueError:
            raise FrontlinesError(
                "E500", name="FRONTLINES_MAX_BODY_BYTES", detail=f"{raw_limit!r} is not a number"
            ) from None
        if limit < 1:
            raise FrontlinesError("E500", name="FRONTLINES_MAX_BODY_BYTES", detail="must be > 0")
        origins = tuple(
            o.strip() for o in env.get("FRONTLINES_CORS_ORIGINS", "").split(",") if o.strip()
        )
        assets = env.get("FRONTLINES_WEB_ASSETS")
        return cls(
            db_url=db_url or env.get("FRONTLINES_DB") or None,
            api_token=env.get("FRONTLINES_API_TOKEN") or None,
            max_body_bytes=limit,
            cors_origins=origins,
            assets_dir=Path(assets) if assets else None,
        )
