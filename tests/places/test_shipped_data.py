"""The curated files the default gazetteer is built from: well-formed, each row with its source."""

from __future__ import annotations

from importlib import resources

import pytest

from annalist.places.build import _DATA_FILES


def _rows(name: str) -> list[list[str]]:
    text = resources.files("annalist").joinpath(f"data/places/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", _DATA_FILES)
def test_every_row_names_its_source(name: str) -> None:
    rows = _rows(name)
    assert rows
    assert all(row[-1].strip() for row in rows)


def test_country_points_are_iso_codes_with_coordinates_in_range() -> None:
    rows = _rows("country_points.tsv")
    assert len({row[0] for row in rows}) == len(rows) > 190
    for code, lat, lon, _ in rows:
        assert len(code) == 2 and code.isupper()
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


def test_supplement_rows_have_eight_fields_and_coordinates_in_range() -> None:
    for row in _rows("supplement.tsv"):
        assert len(row) == 8, row[0]
        assert -90 <= float(row[2]) <= 90 and -180 <= float(row[3]) <= 180
