from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annalist.places.dump import load_geonames_dump, parse_geonames_row
from annalist.places.gazetteer import Gazetteer


def _row(gid: str, name: str, lat: str, lon: str, code: str = "PPL", cc: str = "IR", pop: str = "1000") -> str:
    fields = [gid, name, name, f"{name}abad,Old {name}", lat, lon, "P", code, cc, "", "13", "", "", "", pop,
              "", "1300", "Asia/Tehran", "2024-01-01"]  # fmt: skip
    return "\t".join(fields)


@pytest.fixture()
def tiny_dump(tmp_path: Path) -> Path:
    lines = [
        _row("900001", "Dalahu", "34.45", "46.20"),
        _row("900002", "Sarpol", "34.46", "45.86", pop="45000"),
        _row("900003", "Nowhere", "123.0", "46.0"),  # latitude out of range
        _row("900004", "Farside", "34.0", "-190.5"),  # longitude out of range
        "900005\tBroken\tonly three fields",
        _row("abc", "BadId", "34.0", "46.0"),
        _row("900006", "NoNumber", "north", "46.0"),
        "",
    ]
    path = tmp_path / "IR.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_dump_loads_good_rows_and_counts_malformed_ones(tiny_dump: Path) -> None:
    gazetteer = Gazetteer.in_memory()
    seen: list[int] = []
    report = load_geonames_dump(tiny_dump, progress=seen.append, gazetteer=gazetteer)
    assert (report.added, report.skipped) == (2, 5)
    assert seen and seen[-1] >= 7
    (sarpol,) = gazetteer.candidates("Old Sarpol")
    assert sarpol.place.geonames_id == 900002
    assert sarpol.place.country == "IR" and sarpol.place.admin1 == "13"
    assert sarpol.population == 45000
    assert not gazetteer.candidates("Nowhere")


def test_dump_reads_zip_and_alternate_names(tiny_dump: Path, tmp_path: Path) -> None:
    archive = tmp_path / "IR.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(tiny_dump, "IR.txt")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(
        "1\t900001\ten\tDalahoo\t1\t\t\t\t\t\n2\t900001\tlink\thttp://x\t\t\t\t\t\t\n", encoding="utf-8"
    )
    gazetteer = Gazetteer.in_memory()
    report = load_geonames_dump(archive, alternates, gazetteer=gazetteer)
    assert report.added == 2 and report.alternate_names == 1
    assert [c.place.name for c in gazetteer.candidates("Dalahoo")] == ["Dalahu"]
    assert not gazetteer.candidates("http://x")


def test_missing_dump_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="allCountries"):
        load_geonames_dump(tmp_path / "absent.txt", gazetteer=Gazetteer.in_memory())


def test_parse_row_rejects_out_of_range_coordinates() -> None:
    assert parse_geonames_row(_row("1", "X", "91", "0")) is None
    assert parse_geonames_row(_row("1", "X", "-45", "179.9")) is not None
