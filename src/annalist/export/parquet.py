"""parquet: one flat, typed row per claim, carrying its event's columns (pandas, DuckDB, Spark, R arrow read it)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import IO, TYPE_CHECKING, Any, cast

from annalist.export.summary import parse_date
from annalist.store.database import Store
from annalist.store.events import iter_events

BATCH_ROWS = 10_000  # one row group per batch keeps memory flat on large stores
FIGURE_KINDS = ("dead", "injured", "force_size")  # figures common enough to deserve their own columns

if TYPE_CHECKING:
    import pyarrow as pa


@lru_cache(maxsize=1)
def arrow_schema() -> pa.Schema:
    """The export's explicit Arrow schema (pyarrow is imported on use: listing formats should not pay for it)."""
    import pyarrow as pa

    return pa.schema(
        [
            ("claim_id", pa.string()),
            ("event_id", pa.string()),
            ("event_type", pa.string()),
            ("event_mode", pa.string()),
            ("acled_event_type", pa.string()),
            ("acled_sub_event_type", pa.string()),
            ("event_date_start", pa.date32()),
            ("event_date_end", pa.date32()),
            ("event_date_precision", pa.string()),
            ("place_name", pa.string()),
            ("geonames_id", pa.int64()),
            ("latitude", pa.float64()),
            ("longitude", pa.float64()),
            ("country", pa.string()),
            ("admin1", pa.string()),
            ("place_precision", pa.string()),
            ("actors", pa.string()),
            ("recipients", pa.string()),
            ("event_confidence", pa.float64()),
            ("event_origin", pa.string()),
            ("event_claim_count", pa.int32()),
            ("document_id", pa.string()),
            ("source", pa.string()),
            ("affiliation", pa.string()),
            ("sentence", pa.string()),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("trigger", pa.string()),
            ("modality", pa.string()),
            ("reported_by", pa.string()),
            ("claim_date_start", pa.date32()),
            ("claim_date_end", pa.date32()),
            ("claim_date_precision", pa.string()),
            ("date_text", pa.string()),
            ("place_text", pa.string()),
            ("rule", pa.string()),
            ("extractor", pa.string()),
            ("extractor_version", pa.string()),
            ("claim_confidence", pa.float64()),
            *[(f"{kind}_{bound}", pa.float64()) for kind in FIGURE_KINDS for bound in ("low", "best", "high")],
            ("figures_json", pa.string()),
            ("reference_ids", pa.string()),
        ]
    )


def _claim_figures(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The claim's largest figure of each common kind (a sentence may repeat a toll), plus every figure as JSON."""
    row: dict[str, Any] = {}
    for kind in FIGURE_KINDS:
        of_kind = [f for f in figures if f["kind"] == kind]
        chosen = max(of_kind, key=lambda f: f["best"] or f["high"] or f["low"] or 0, default=None)
        for bound in ("low", "best", "high"):
            row[f"{kind}_{bound}"] = chosen[bound] if chosen else None
    row["figures_json"] = json.dumps(figures, ensure_ascii=False) if figures else None
    return row


def claim_rows(event: dict[str, Any]) -> list[dict[str, Any]]:
    place = event["place"] or {}
    event_columns = {
        "event_id": event["id"],
        "event_type": event["type"],
        "event_mode": event["mode"],
        "acled_event_type": event["acled_event_type"],
        "acled_sub_event_type": event["acled_sub_event_type"],
        "event_date_start": parse_date(event["date_start"]),
        "event_date_end": parse_date(event["date_end"]),
        "event_date_precision": event["date_precision"],
        "place_name": place.get("name"),
        "geonames_id": place.get("geonames_id"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "place_precision": place.get("precision"),
        "actors": "; ".join(actor["name"] for actor in event["actors"]) or None,
        "recipients": "; ".join(recipient["name"] for recipient in event["recipients"]) or None,
        "event_confidence": event["confidence"],
        "event_origin": event["origin"],
        "event_claim_count": len(event["claims"]),
    }
    rows = []
    for claim in event["claims"]:
        figures = [
            {key: value for key, value in figure.items() if key != "claim_id"}
            for figure in event["figures"]
            if figure["claim_id"] == claim["id"]
        ]
        rows.append(
            {
                **event_columns,
                "claim_id": claim["id"],
                **{key: claim[key] for key in ("document_id", "source", "affiliation", "sentence", "start", "end")},
                **{key: claim[key] for key in ("trigger", "modality", "reported_by", "date_text", "place_text")},
                "claim_date_start": parse_date(claim["date_start"]),
                "claim_date_end": parse_date(claim["date_end"]),
                "claim_date_precision": claim["date_precision"],
                "rule": claim["rule"],
                "extractor": claim["extractor"],
                "extractor_version": claim["extractor_version"],
                "claim_confidence": claim["confidence"],
                **_claim_figures(figures),
                "reference_ids": "; ".join(ref["id"] for ref in claim["references"]) or None,
            }
        )
    return rows


class ParquetExporter:
    format = "parquet"
    suffix = ".parquet"
    binary = True
    description = "Parquet, one typed row per claim with its event's columns (pandas, DuckDB, Spark)"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema()
        count = 0
        batch: list[dict[str, Any]] = []
        with pq.ParquetWriter(cast(IO[bytes], out), schema) as writer:
            for event in iter_events(store.connection):
                batch.extend(claim_rows(event))
                if len(batch) >= BATCH_ROWS:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    count, batch = count + len(batch), []
            if batch or not count:  # an empty export still carries the schema
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        return count + len(batch)
