"""/api/export: the export formats, streamed as they are written.

The writers write to a binary stream; a worker thread runs one into a bounded queue that the
response drains, so an export of any size is sent in bounded memory, and a client that goes
away stops the writer.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from starlette.responses import StreamingResponse

from frontlines.api.deps import get_store
from frontlines.api.filters import incident_filters
from frontlines.api.models import ErrorBody
from frontlines.errors import FrontlinesError
from frontlines.export import FORMATS, export_records
from frontlines.store import IncidentFilters, Store

router = APIRouter(prefix="/api/export", tags=["export"])

MEDIA: dict[str, tuple[str, str]] = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "ucdp-csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
_DONE = object()


class _Stopped(Exception):
    """The client went away: the writer stops."""


class _QueueWriter(io.RawIOBase):
    def __init__(self, chunks: queue.Queue[Any], stop: threading.Event) -> None:
        self.chunks = chunks
        self.stop = stop
        self.position = 0

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.position

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        while True:
            if self.stop.is_set():
                raise _Stopped
            try:
                self.chunks.put(chunk, timeout=0.5)
                break
            except queue.Full:
                continue
        self.position += len(chunk)
        return len(chunk)


def stream_export(store: Store, filters: IncidentFilters, fmt: str) -> Iterator[bytes]:
    chunks: queue.Queue[Any] = queue.Queue(maxsize=32)
    stop = threading.Event()

    def work() -> None:
        raw = _QueueWriter(chunks, stop)
        out = io.BufferedWriter(raw, buffer_size=64 * 1024)
        try:
            export_records(store.iter_incidents(filters), out, format=fmt)
            out.flush()
            chunks.put(_DONE)
        except _Stopped:
            return
        except BaseException as error:  # handed to the response, which ends the stream
            chunks.put(error)

    worker = threading.Thread(target=work, name="frontlines-export", daemon=True)
    worker.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


@router.get(
    "",
    response_class=StreamingResponse,
    responses={
        200: {"content": {media: {} for media, _ in MEDIA.values()}},
        400: {"model": ErrorBody},
    },
    summary="Export incidents",
    description="Streams every matching incident in the format asked for.",
)
def export(
    store: Annotated[Store, Depends(get_store)],
    filters: Annotated[IncidentFilters, Depends(incident_filters)],
    format: Annotated[str, Query(description=" | ".join(MEDIA))] = "jsonl",
) -> StreamingResponse:
    if format not in FORMATS or format not in MEDIA:
        raise FrontlinesError("E406", detail=format)
    media, extension = MEDIA[format]
    return StreamingResponse(
        stream_export(store, filters, format),
        media_type=media,
        headers={"content-disposition": f'attachment; filename="incidents.{extension}"'},
    )
