"""annalist's own readers and exporters, registered through the same hooks a user's plugin would use."""

from __future__ import annotations

from annalist.hookspecs import hookimpl


@hookimpl
def annalist_readers(max_bytes: int) -> list[object]:
    from annalist.ingest.readers import default_readers

    return list(default_readers(max_bytes))


@hookimpl
def annalist_exporters() -> list[object]:
    from annalist.export.events_jsonl import EventsJsonlExporter
    from annalist.export.geojson import GeoJsonExporter

    return [EventsJsonlExporter(), GeoJsonExporter()]
