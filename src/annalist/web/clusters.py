"""Grid clustering of map points on the server, so the browser gets tens of markers, never 100,000.

Points arrive already counted per (place, type). At zoom z a cell is ``CELL_AT_ZOOM_0 / 2**z``
degrees wide (about half a 256-px tile, so markers do not overlap); each cell becomes one marker coloured by the
event type most of its events have.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from annalist.web.timeline import type_colour

CELL_AT_ZOOM_0 = 180.0


def cluster_points(points: list[dict[str, Any]], zoom: int) -> list[dict[str, Any]]:
    """Merge ``points`` (place id, name, lat, lon, type, n, first_event) into one marker per grid cell."""
    cell = CELL_AT_ZOOM_0 / (2 ** max(0, min(zoom, 18)))
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for point in points:
        key = (math.floor(point["lat"] / cell), math.floor(point["lon"] / cell))
        entry = cells.setdefault(key, {"n": 0, "lat": 0.0, "lon": 0.0, "types": Counter(), "places": {}, "events": []})
        entry["n"] += point["n"]
        entry["lat"] += point["lat"] * point["n"]
        entry["lon"] += point["lon"] * point["n"]
        entry["types"][point["type"]] += point["n"]
        entry["places"][point["id"]] = point["name"]
        if point["n"] == 1:
            entry["events"].append(point["first_event"])
    markers = []
    for entry in cells.values():
        types: Counter[str] = entry["types"]
        dominant = types.most_common(1)[0][0]
        markers.append(
            {
                "lat": round(entry["lat"] / entry["n"], 5),
                "lon": round(entry["lon"] / entry["n"], 5),
                "count": entry["n"],
                "colour": type_colour(dominant),
                "type": dominant,
                "types": dict(types.most_common()),
                "places": [{"id": pid, "name": name} for pid, name in list(entry["places"].items())[:5]],
                "place_count": len(entry["places"]),
                "event_id": entry["events"][0] if entry["n"] == 1 and entry["events"] else None,
            }
        )
    markers.sort(key=lambda m: -m["count"])
    return markers
