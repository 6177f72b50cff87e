"""Well-known readings of a bare name against its small namesakes: countries, states, capitals."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from annalist.places.build import _cities
from annalist.places.features import FEATURES, DocumentContext, add_candidate_support, prior_features
from annalist.places.gazetteer import Gazetteer, PlaceRow
from annalist.places.recognize import PlaceMention
from annalist.places.resolver import PlaceResolver


def _column(rows: np.ndarray, name: str) -> list[float]:
    return [float(v) for v in rows[:, FEATURES.index(name)]]


def _namesakes() -> Gazetteer:
    """A country and US states, and small Missouri towns named after them (GeoNames facts, rounded)."""
    gazetteer = Gazetteer.in_memory()
    gazetteer.add_places(
        [
            PlaceRow("Mexico", 23.0, -102.0, "MX", None, "PCLI", "country", "test", population=126_000_000),
            PlaceRow("Mexico", 39.17, -91.88, "US", "MO", "PPL", "city", "test", population=11_500),
            PlaceRow("California", 37.25, -119.75, "US", "CA", "ADM1", "admin1", "test", population=37_000_000),
            PlaceRow("California", 38.63, -92.57, "US", "MO", "PPL", "city", "test", population=4_400),
            PlaceRow("Arizona", 34.5, -111.5, "US", "AZ", "ADM1", "admin1", "test", population=6_400_000),
            PlaceRow("Missouri", 38.25, -92.5, "US", "MO", "ADM1", "admin1", "test", population=6_000_000),
            PlaceRow("Parkland", 26.31, -80.24, "US", "FL", "PPL", "city", "test", population=30_000),
            PlaceRow("Parkland", 47.16, -122.43, "US", "WA", "PPL", "city", "test", population=35_800),
            PlaceRow("Florida", 28.75, -82.5, "US", "FL", "ADM1", "admin1", "test", population=15_700_000),
        ]
    )
    gazetteer.finish()
    return gazetteer


def _mentions(*names: str, gap: int = 10) -> list[PlaceMention]:
    mentions, start = [], 0
    for name in names:
        mentions.append(PlaceMention(start, start + len(name), name, "GPE", True, 0))
        start += len(name) + gap
    return mentions


def test_state_and_country_names_do_not_collude_in_a_state_holding_towns_of_both_names() -> None:
    # "Crossings from Mexico rose in Arizona and California": Missouri holds towns called Mexico and California,
    # yet nothing in the text points there.
    mexico, arizona, california = PlaceResolver(_namesakes()).resolve_mentions(
        _mentions("Mexico", "Arizona", "California")
    )
    assert mexico.place is not None and mexico.place.precision == "country"
    assert california.place is not None and california.place.precision == "admin1"
    assert arizona.place is not None and arizona.place.admin1 == "AZ"


def test_a_town_written_with_its_state_stays_the_town() -> None:
    # "The fair in Mexico, Missouri drew farmers from the county."
    mexico, missouri = PlaceResolver(_namesakes()).resolve_mentions(_mentions("Mexico", "Missouri", gap=2))
    assert mexico.place is not None and (mexico.place.country, mexico.place.admin1) == ("US", "MO")
    assert missouri.place is not None and missouri.place.precision == "admin1"


def test_a_state_name_vouches_only_for_its_own_state() -> None:
    gazetteer = _namesakes()
    names = {key: gazetteer.candidates(key) for key in ("Mexico", "California", "Missouri")}
    rows = {key: prior_features(key, cands) for key, cands in names.items()}
    add_candidate_support(rows, names)
    mexico_by_country = {c.place.country: i for i, c in enumerate(names["Mexico"])}
    # Only "Missouri" backs the Missouri town called Mexico; the Missouri town called California does not.
    assert _column(rows["Mexico"], "admin1_support")[mexico_by_country["US"]] == 0.5


def test_a_town_beside_a_mention_of_its_own_state_is_marked() -> None:
    gazetteer = _namesakes()
    florida = next(c for c in gazetteer.candidates("Florida") if c.place.precision == "admin1")
    parkland = gazetteer.candidates("Parkland")
    rows = prior_features("Parkland", parkland)
    DocumentContext({"florida": florida}).fill(rows, parkland, "parkland")
    by_state = {c.place.admin1: i for i, c in enumerate(parkland)}
    named = _column(rows, "region_named")
    assert named[by_state["FL"]] == 1.0 and named[by_state["WA"]] == 0.0


def test_prominence_is_each_readings_population_beside_the_best_known() -> None:
    mexico = _namesakes().candidates("Mexico")
    prominence = _column(prior_features("Mexico", mexico), "prominence")
    by_country = {c.place.country: i for i, c in enumerate(mexico)}
    assert prominence[by_country["MX"]] == 0.0
    assert -1.0 < prominence[by_country["US"]] < -0.3


def test_a_british_article_keeps_new_york_rather_than_a_variant_spelling_of_an_english_town(
    default_gazetteer: Gazetteer,
) -> None:
    mentions = _mentions("London", "England", "Wales", "New York")
    *_, new_york = PlaceResolver(default_gazetteer).resolve_mentions(mentions)
    assert new_york.place is not None and new_york.place.country == "US"


def test_only_the_largest_namesake_of_a_countrys_capital_is_marked_capital(tmp_path: Path) -> None:
    cities = {
        str(i): {
            "geonameid": i,
            "name": "Washington",
            "latitude": lat,
            "longitude": lon,
            "countrycode": "US",
            "admin1code": state,
            "population": population,
            "alternatenames": [],
        }
        for i, (state, lat, lon, population) in enumerate(
            [("DC", 38.9, -77.04, 689_545), ("IL", 40.7, -89.41, 16_664), ("MO", 38.56, -91.01, 14_050)], start=1
        )
    }
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(cities), encoding="utf-8")
    rows = list(_cities(path, {"US": {"capital": "Washington"}}))
    assert [(r.admin1, r.feature_code) for r in rows] == [("DC", "PPLC"), ("IL", "PPL"), ("MO", "PPL")]
