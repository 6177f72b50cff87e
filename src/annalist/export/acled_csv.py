"""acled-csv: one row per dated event ACLED would code, with ACLED's column names and numeric codes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any, cast

from annalist.export import coding
from annalist.export.countries import country
from annalist.export.summary import date_span, death_toll, headline, is_asserted, sources
from annalist.export.tabular import write_csv
from annalist.store.database import Store
from annalist.store.events import iter_events

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)


def _ingested_at(store: Store) -> dict[str, int]:
    """Document id -> Unix time it was stored: an event's timestamp is when its newest source arrived."""
    return {
        row["id"]: int(datetime.fromisoformat(row["ingested_at"]).timestamp())
        for row in store.connection.execute("SELECT id, ingested_at FROM document")
    }


def acled_row(event: dict[str, Any], event_id_cnty: str, timestamp: int | None) -> dict[str, Any] | None:
    """The event as an ACLED row, or None when ACLED would not code it (no ACLED type, undated, never asserted)."""
    span = date_span(event)
    if not event["acled_event_type"] or span is None or not is_asserted(event):
        return None
    place = event["place"] or {}
    where = country(place.get("country"))
    event_type, sub_event_type = event["acled_event_type"], event["acled_sub_event_type"]
    actors, recipients = event["actors"], event["recipients"]
    inter_of = {"event_country": where.iso3 if where else None, "acled_event_type": event_type}
    if actors:
        actor1, inter1 = actors[0]["name"], coding.acled_inter(actors[0], **inter_of)
    else:
        actor1 = "Unidentified Armed Group" + (f" ({where.name})" if where else "")
        inter1 = coding.POLITICAL_MILITIA
    inter2 = coding.acled_inter(recipients[0], **inter_of) if recipients else None
    toll = death_toll(event)
    notes = f"On {span.display()}, {headline(event)}."
    if toll and len({best for _, best in toll.by_source}) > 1:
        notes += " Reported deaths differ: " + "; ".join(f"{name} {best}" for name, best in toll.by_source) + "."
    tags = [f"annalist_event={event['id']}"]
    if span.precision != "day":
        tags.append(f"date_precision={span.precision}")
    return {
        "event_id_cnty": event_id_cnty,
        "event_date": span.midpoint.isoformat(),  # ACLED codes a span to its middle
        "year": span.midpoint.year,
        "time_precision": coding.acled_time_precision(span),
        "disorder_type": coding.acled_disorder_type(event_type, sub_event_type),
        "event_type": event_type,
        "sub_event_type": sub_event_type or "",
        "actor1": actor1,
        "assoc_actor_1": "; ".join(actor["name"] for actor in actors[1:]),
        "inter1": inter1,
        "actor2": recipients[0]["name"] if recipients else "",
        "assoc_actor_2": "; ".join(recipient["name"] for recipient in recipients[1:]),
        "inter2": inter2 if inter2 is not None else "",
        "interaction": coding.acled_interaction(inter1, inter2),
        "civilian_targeting": coding.civilian_targeting(event, inter2),
        "iso": where.iso_numeric if where else "",
        "region": where.acled_region if where else "",
        "country": where.name if where else "",
        "admin1": place.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": place.get("name") or "",
        "latitude": place.get("lat", ""),
        "longitude": place.get("lon", ""),
        "geo_precision": coding.acled_geo_precision(place.get("precision")) if place else "",
        "source": "; ".join(sources(event)),
        "source_scale": "",
        "notes": notes,
        "fatalities": toll.conservative if toll else 0,
        "tags": "; ".join(tags),
        "timestamp": timestamp if timestamp is not None else "",
    }


class AcledCsvExporter:
    format = "acled-csv"
    suffix = ".csv"
    binary = False
    description = "ACLED-style CSV: ACLED's columns, event types and inter/interaction/precision codes"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        return write_csv(cast(IO[str], out), COLUMNS, self.rows(store))

    def rows(self, store: Store) -> Iterator[dict[str, Any]]:
        ingested = _ingested_at(store)
        per_country: Counter[str] = Counter()
        for event in iter_events(store.connection):
            where = country((event["place"] or {}).get("country"))
            prefix = where.iso3 if where else "XXX"
            stamps = [ingested[claim["document_id"]] for claim in event["claims"] if claim["document_id"] in ingested]
            row = acled_row(event, f"{prefix}{per_country[prefix] + 1}", max(stamps) if stamps else None)
            if row is not None:
                per_country[prefix] += 1
                yield row
