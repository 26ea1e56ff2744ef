"""/api/articles: one article with the spans incidents took from it; ingest with a token."""

from __future__ import annotations

import io
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from frontlines.api.deps import get_extractor, get_store, require_token
from frontlines.api.models import ArticleDetail, ArticleIn, ErrorBody, IngestResult
from frontlines.api.responses import JSON
from frontlines.domain import Article
from frontlines.errors import FrontlinesError
from frontlines.store import Store

router = APIRouter(prefix="/api/articles", tags=["articles"])


def article_spans(store: Store, article_id: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The incidents citing the article, and every span of its text they took a claim or a
    field from (claims first: they carry the quote and who said it)."""
    incident_ids = store.incidents_of_article(article_id)
    spans: dict[tuple[int, int, str], dict[str, Any]] = {}
    for incident_id in incident_ids:
        incident = store.get_incident(incident_id)
        if incident is None:
            continue
        record = incident.to_record()
        for claim in record["claims"]:
            if claim["article_id"] == article_id:
                key = (claim["start"], claim["end"], claim["field"])
                spans.setdefault(key, {
                    "start": claim["start"], "end": claim["end"], "field": claim["field"],
                    "incident_id": incident_id, "quote": claim["quote"],
                    "source": claim["source"],
                })  # fmt: skip
        for name, items in record["evidence"].items():
            for span in items:
                if span["article_id"] == article_id:
                    key = (span["start"], span["end"], name)
                    spans.setdefault(key, {
                        "start": span["start"], "end": span["end"], "field": name,
                        "incident_id": incident_id, "quote": None, "source": None,
                    })  # fmt: skip
    return incident_ids, sorted(spans.values(), key=lambda s: (s["start"], s["end"], s["field"]))


def article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "outlet": article.outlet,
        "language": article.language,
        "text": article.text,
    }


@router.get(
    "/{article_id}",
    response_model=ArticleDetail,
    responses={404: {"model": ErrorBody}},
    summary="One article's text and the evidence spans taken from it",
)
def get_article(article_id: str, store: Annotated[Store, Depends(get_store)]) -> JSON:
    article = store.get_article(article_id)
    if article is None:
        raise FrontlinesError("E651", detail=article_id)
    incident_ids, spans = article_spans(store, article_id)
    return JSON({"data": article_record(article), "incidents": incident_ids, "spans": spans})


ARTICLE_EXAMPLE = {
    "id": "reuters-2024-08-31-1",
    "text": "Gunmen killed three villagers in Zamfara on Monday, police said.",
    "title": "Gunmen kill three in Zamfara",
    "publication_date": "2024-08-31",
    "url": "https://example.org/a",
    "outlet": "Example News",
}


def parse_articles(body: bytes) -> list[Article]:
    """A JSON object or array of objects in the JSONL input shape (DESIGN §3) → articles,
    read by the same reader as `frontlines ingest`, so the same rules and errors apply."""
    from frontlines.readers import read_articles

    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise FrontlinesError("E104", origin="request body", detail=str(error)) from None
    items = payload if isinstance(payload, list) else [payload]
    if not items:
        raise FrontlinesError("E101", origin="request body")
    lines = b"\n".join(orjson.dumps(item) for item in items) + b"\n"
    return list(read_articles(["-"], input_format="jsonl", stdin=io.BytesIO(lines)))


@router.post(
    "",
    status_code=201,
    response_model=IngestResult,
    responses={
        400: {"model": ErrorBody},
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
        413: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
    summary="Ingest one article or a list of them (needs the API token)",
    dependencies=[Depends(require_token)],
    # Documented, not declared: the token is checked before the body is read, and the
    # body is parsed by the readers, not by FastAPI.
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "oneOf": [
                            ArticleIn.model_json_schema(),
                            {"type": "array", "items": ArticleIn.model_json_schema()},
                        ]
                    },
                    "example": ARTICLE_EXAMPLE,
                }
            },
        }
    },
)
async def post_articles(request: Request, store: Annotated[Store, Depends(get_store)]) -> JSON:
    articles = parse_articles(await request.body())
    extractor = await run_in_threadpool(get_extractor, request)
    summary = await run_in_threadpool(store.ingest, articles, extractor=extractor)
    ids = [a.id for a in articles]
    incident_ids: list[str] = []
    for article_id in ids:
        incident_ids += await run_in_threadpool(store.incidents_of_article, article_id)
    return JSON(
        {
            "summary": summary.to_dict(),
            "article_ids": ids,
            "incident_ids": list(dict.fromkeys(incident_ids)),
        },
        status_code=201,
    )
