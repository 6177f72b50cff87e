"""geojson: a FeatureCollection with one Point feature (lon, lat) per located event."""

from __future__ import annotations

import json
from typing import IO, Any, cast

from annalist.store.database import Store
from annalist.store.events import iter_events


def event_feature(event: dict[str, Any]) -> dict[str, Any] | None:
    place = event["place"]
    if not place or place.get("lat") is None or place.get("lon") is None:
        return None
    properties = {key: value for key, value in event.items() if key not in ("place", "claims")}
    properties["place_name"] = place["name"]
    properties["place_precision"] = place["precision"]
    properties["geonames_id"] = place["geonames_id"]
    properties["sources"] = sorted({claim["source"] or "" for claim in event["claims"]})
    properties["claim_count"] = len(event["claims"])
    return {
        "type": "Feature",
        "id": event["id"],
        # RFC 7946: positions are longitude first
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": properties,
    }


class GeoJsonExporter:
    format = "geojson"
    suffix = ".geojson"
    binary = False
    description = "GeoJSON FeatureCollection, one point per located event (lon, lat order)"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        features = [f for f in (event_feature(e) for e in iter_events(store.connection)) if f is not None]
        cast(IO[str], out).write(
            json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1)
        )
        return len(features)
