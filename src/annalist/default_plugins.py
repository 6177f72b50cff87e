"""annalist's own readers and exporters, registered through the same hooks a user's plugin would use."""

from __future__ import annotations

from annalist.hookspecs import hookimpl


@hookimpl
def annalist_readers(max_bytes: int) -> list[object]:
    from annalist.ingest.readers import default_readers

    return list(default_readers(max_bytes))


@hookimpl
def annalist_exporters() -> list[object]:
    from annalist.export.acled_csv import AcledCsvExporter
    from annalist.export.csl_json import CslJsonExporter
    from annalist.export.events_jsonl import EventsJsonlExporter
    from annalist.export.geojson import GeoJsonExporter
    from annalist.export.gexf import GexfExporter
    from annalist.export.graphml import GraphMlExporter
    from annalist.export.parquet import ParquetExporter
    from annalist.export.prov_jsonld import ProvJsonLdExporter
    from annalist.export.timelinejs import TimelineJsExporter
    from annalist.export.ucdp_csv import UcdpCsvExporter

    return [
        EventsJsonlExporter(),
        GeoJsonExporter(),
        AcledCsvExporter(),
        UcdpCsvExporter(),
        TimelineJsExporter(),
        GexfExporter(),
        GraphMlExporter(),
        CslJsonExporter(),
        ProvJsonLdExporter(),
        ParquetExporter(),
    ]
