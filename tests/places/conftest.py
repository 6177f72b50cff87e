"""Fixtures for the place tests: a tiny hand-made gazetteer and the default one (built once, cached)."""

from __future__ import annotations

import pytest

from annalist.places.gazetteer import Gazetteer, PlaceRow


@pytest.fixture()
def tiny_gazetteer() -> Gazetteer:
    """A few places with GeoNames facts, enough to test context decisions quickly."""
    gazetteer = Gazetteer.in_memory()
    rows = [
        PlaceRow("Iran", 32.0, 53.0, "IR", None, "PCLI", "country", "test", 130758, population=81_000_000,
                 demonyms=("Iranian",)),
        PlaceRow("Pakistan", 30.0, 70.0, "PK", None, "PCLI", "country", "test", 1168579, population=200_000_000),
        PlaceRow("Islamabad", 33.72, 73.04, "PK", "08", "PPLC", "city", "test", 1176615, population=601_600),
        PlaceRow("Eslāmābād-e Gharb", 34.11, 46.53, "IR", "13", "PPL", "city", "test", 135175, population=90_559,
                 alternate_names=("Eslamabad", "Eslamabad-e Gharb")),
        PlaceRow("Kermanshah", 34.31, 47.06, "IR", "13", "PPL", "city", "test", 128226, population=621_100),
        PlaceRow("Kerend-e Gharb", 34.28, 46.24, "IR", "13", "PPL", "city", "test", 128252,
                 alternate_names=("Kerend",)),
        PlaceRow("Tehran", 35.69, 51.42, "IR", "26", "PPLC", "city", "test", 112931, population=7_153_309),
        PlaceRow("Paris", 48.85, 2.35, "FR", "11", "PPLC", "city", "test", 2988507, population=2_138_551),
        PlaceRow("Paris", 33.66, -95.56, "US", "TX", "PPL", "city", "test", 4717560, population=24_782),
        PlaceRow("Texas", 31.25, -99.25, "US", "TX", "ADM1", "admin1", "test", 4736286),
        PlaceRow("Dallas", 32.78, -96.81, "US", "TX", "PPL", "city", "test", 4684888, population=1_300_092),
    ]  # fmt: skip
    gazetteer.add_places(rows)
    gazetteer.finish()
    return gazetteer


@pytest.fixture(scope="session")
def default_gazetteer() -> Gazetteer:
    from annalist.places.build import open_default_gazetteer

    return open_default_gazetteer()
