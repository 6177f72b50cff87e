"""ucdp-csv: one row per dated act of organised violence, in UCDP GED's columns, with low/best/high deaths."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any, cast

from annalist.export import coding
from annalist.export.countries import country
from annalist.export.summary import date_span, death_toll, is_asserted
from annalist.export.tabular import write_csv
from annalist.store.database import Store
from annalist.store.events import iter_events

COLUMNS = (
    "id",
    "relid",
    "year",
    "type_of_violence",
    "conflict_name",
    "dyad_name",
    "side_a",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
)
_VIOLENT_ACLED_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def is_organised_violence(event: dict[str, Any]) -> bool:
    """UCDP GED records only the use of armed force: PLOVER ASSAULT, or an ACLED violent event type."""
    return event["type"] == "ASSAULT" or event["acled_event_type"] in _VIOLENT_ACLED_TYPES


def _documents(store: Store) -> dict[str, dict[str, Any]]:
    return {
        row["id"]: dict(row)
        for row in store.connection.execute(
            "SELECT d.id, d.title, d.published, COALESCE(s.publisher, s.name) AS publisher FROM document d "
            "LEFT JOIN source s ON s.id = d.source_id"
        )
    }


def ucdp_row(event: dict[str, Any], row_id: int, documents: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The event as a GED row, or None when GED would not record it (not violence, undated, never asserted)."""
    span = date_span(event)
    if span is None or not is_organised_violence(event) or not is_asserted(event):
        return None
    actors, recipients = event["actors"], event["recipients"]
    side_a = actors[0] if actors else {"name": "Unknown", "sector": None, "kind": "unknown"}
    side_b = recipients[0] if recipients else None
    if side_b is not None and coding.is_state(side_b) and not coding.is_state(side_a):
        side_a, side_b = side_b, side_a  # GED lists the government as side A
    violence = coding.ucdp_type_of_violence(side_a, side_b)
    side_b_name = "Civilians" if violence == 3 else side_b["name"] if side_b else "Unknown"
    place = event["place"] or {}
    where = country(place.get("country"))
    claim_docs = list(dict.fromkeys(claim["document_id"] for claim in event["claims"]))
    docs = [documents.get(doc_id, {"id": doc_id}) for doc_id in claim_docs]
    toll = death_toll(event)
    has_point = place.get("lat") is not None and place.get("lon") is not None
    return {
        "id": row_id,
        "relid": event["id"],
        "year": span.start.year,
        "type_of_violence": violence,
        "conflict_name": "",
        "dyad_name": f"{side_a['name']} - {side_b_name}",
        "side_a": side_a["name"],
        "side_b": side_b_name,
        "number_of_sources": len(claim_docs),
        "source_article": ";".join(
            ", ".join(str(part) for part in (doc.get("publisher"), doc.get("published"), doc.get("title")) if part)
            or doc["id"]
            for doc in docs
        ),
        "source_office": ";".join(sorted({str(doc["publisher"]) for doc in docs if doc.get("publisher")})),
        "source_date": ";".join(str(doc["published"]) for doc in docs if doc.get("published")),
        "source_headline": ";".join(str(doc["title"]) for doc in docs if doc.get("title")),
        "source_original": ";".join(
            dict.fromkeys(claim["reported_by"] for claim in event["claims"] if claim["reported_by"])
        ),
        "where_prec": coding.ucdp_where_prec(place.get("precision")) or "",
        "where_coordinates": place.get("name") or "",
        "where_description": "; ".join(dict.fromkeys(c["place_text"] for c in event["claims"] if c["place_text"])),
        "adm_1": place.get("admin1") or "",
        "latitude": place.get("lat", ""),
        "longitude": place.get("lon", ""),
        "geom_wkt": f"POINT ({place['lon']} {place['lat']})" if has_point else "",
        "country": where.name if where else "",
        "region": where.ucdp_region if where else "",
        "event_clarity": 1 if span.days == 1 else 2,  # 2: a report summarising a longer period
        "date_prec": coding.ucdp_date_prec(span),
        "date_start": span.start.isoformat(),
        "date_end": span.end.isoformat(),
        # the sources' tolls are not broken down by side, so every death is "unknown"
        "deaths_a": "",
        "deaths_b": "",
        "deaths_civilians": "",
        "deaths_unknown": toll.best if toll else 0,
        "best": toll.best if toll else 0,
        "high": toll.high if toll else 0,
        "low": toll.low if toll else 0,
    }


class UcdpCsvExporter:
    format = "ucdp-csv"
    suffix = ".csv"
    binary = False
    description = "UCDP GED-like CSV: one row per act of organised violence, deaths as low/best/high"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        return write_csv(cast(IO[str], out), COLUMNS, self.rows(store))

    def rows(self, store: Store) -> Iterator[dict[str, Any]]:
        documents = _documents(store)
        count = 0
        for event in iter_events(store.connection):
            row = ucdp_row(event, count + 1, documents)
            if row is not None:
                count += 1
                yield row
