"""Import a GeoNames dump (allCountries.txt/.zip or a country file, plus alternateNamesV2) into a gazetteer.

Streaming: rows are read one at a time and written in batches, so memory stays bounded whatever the file size.
Malformed rows (wrong field count, non-numeric or out-of-range coordinates) are skipped and counted.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from annalist.places.gazetteer import NAME_ABBREVIATION, NAME_ALTERNATE, Gazetteer, PlaceRow, precision_of

BATCH = 5_000
_FIELDS = 19  # geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1..4, population, ...


@dataclass(frozen=True, slots=True)
class DumpReport:
    """What an import did: rows added, rows skipped as malformed, alternate names attached."""

    added: int
    skipped: int
    alternate_names: int


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise ValueError(f"[P010] {path} holds no GeoNames .txt file; pass allCountries.zip or XX.zip")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield handle


def parse_geonames_row(line: str) -> PlaceRow | None:
    """One dump line as a place, or None when the row is malformed."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) < _FIELDS:
        return None
    try:
        geonames_id = int(fields[0])
        lat, lon = float(fields[4]), float(fields[5])
        population = int(fields[14] or 0)
    except ValueError:
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or not fields[1].strip():
        return None
    feature_code = fields[7] or None
    alternates = tuple(dict.fromkeys(n for n in (fields[2], *fields[3].split(",")) if n and n != fields[1]))
    return PlaceRow(
        name=fields[1],
        lat=lat,
        lon=lon,
        country=fields[8] or None,
        admin1=fields[10] or None,
        admin2=fields[11] or None,
        feature_code=feature_code,
        precision=precision_of(feature_code),
        source="geonames dump",
        geonames_id=geonames_id,
        population=population,
        alternate_names=alternates[:50],  # a few places carry hundreds; the first ones are the useful ones
    )


def load_geonames_dump(
    path: Path | str,
    alternate_names: Path | str | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> DumpReport:
    """Load a dump into ``gazetteer`` (the default gazetteer when None); ``progress`` gets the rows read so far."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"[P011] GeoNames dump {path} not found; download allCountries.zip from GeoNames")
    if gazetteer is None:
        from annalist.places.build import open_default_gazetteer

        gazetteer = open_default_gazetteer()
    added = skipped = read = 0
    batch: list[PlaceRow] = []
    with _open_text(path) as lines:
        for line in lines:
            read += 1
            if not line.strip() or line.startswith("#"):
                continue
            row = parse_geonames_row(line)
            if row is None:
                skipped += 1
                continue
            batch.append(row)
            if len(batch) >= BATCH:
                added += gazetteer.add_places(batch, skeletons=False)
                batch = []
                if progress is not None:
                    progress(read)
    added += gazetteer.add_places(batch, skeletons=False)
    if progress is not None:
        progress(read)
    attached = _load_alternate_names(gazetteer, Path(alternate_names)) if alternate_names else 0
    gazetteer.finish()
    return DumpReport(added, skipped, attached)


def _load_alternate_names(gazetteer: Gazetteer, path: Path) -> int:
    """alternateNamesV2: id, geonameid, isolanguage, name, isPreferred, isShort, ... (abbreviations kept too)."""
    attached = 0
    pending: dict[int, list[tuple[str, int]]] = defaultdict(list)
    with _open_text(path) as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4 or not fields[1].isdigit() or fields[2] in {"link", "post", "iata", "icao", "faac"}:
                continue
            kind = NAME_ABBREVIATION if fields[2] == "abbr" else NAME_ALTERNATE
            pending[int(fields[1])].append((fields[3], kind))
            if len(pending) >= BATCH:
                attached += _attach(gazetteer, pending)
                pending.clear()
    return attached + _attach(gazetteer, pending)


def _attach(gazetteer: Gazetteer, pending: dict[int, list[tuple[str, int]]]) -> int:
    names = [
        (name, place_id, kind)
        for geonames_id, entries in pending.items()
        for place_id in gazetteer.place_ids_by_geonames_id(geonames_id)
        for name, kind in entries
    ]
    gazetteer.add_names(names)
    return len(names)
