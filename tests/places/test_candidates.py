"""Candidate generation fallbacks, on a hand-made gazetteer."""

from __future__ import annotations

import pytest

from annalist.places.candidates import candidate_places
from annalist.places.gazetteer import NAME_OFFICIAL, NAME_PART, Gazetteer, PlaceRow


@pytest.fixture()
def gazetteer() -> Gazetteer:
    gazetteer = Gazetteer.in_memory()
    rows = [
        PlaceRow("Benue", 7.33, 8.75, "NG", "26", "ADM1", "admin1", "test"),
        PlaceRow("Benue", 7.8, 6.74, "NG", "26", "STM", "region", "test"),
        PlaceRow("Colorado", 39.0, -105.5, "US", "CO", "ADM1", "admin1", "test"),
        PlaceRow("Colorado", 10.6, -85.1, "CR", "G", "PPL", "city", "test", population=3000),
        PlaceRow("West", 31.8, -97.1, "US", "TX", "PPL", "city", "test", population=2800),
        PlaceRow("Manchester", 53.48, -2.24, "GB", "ENG", "PPL", "city", "test", population=395_515),
    ]
    gazetteer.add_places(rows)
    gazetteer.finish()
    return gazetteer


def test_a_whole_name_the_gazetteer_knows_is_taken_as_it_is(gazetteer: Gazetteer) -> None:
    found = candidate_places(gazetteer, "the Colorado")
    assert {c.place.country for c in found} == {"US", "CR"}
    assert all(c.name_kind == NAME_OFFICIAL for c in found)


def test_an_administrative_suffix_falls_back_to_the_region(gazetteer: Gazetteer) -> None:
    found = candidate_places(gazetteer, "Benue State")
    assert [c.place.feature_code for c in found] == ["ADM1"]
    assert found[0].name_kind == NAME_PART


def test_a_city_suffix_keeps_towns(gazetteer: Gazetteer) -> None:
    assert [c.place.name for c in candidate_places(gazetteer, "Manchester City")] == ["Manchester"]


def test_a_building_named_after_a_place_falls_back_to_that_place(gazetteer: Gazetteer) -> None:
    found = candidate_places(gazetteer, "Colorado State University")
    assert found and all(c.place.name == "Colorado" and c.name_kind == NAME_PART for c in found)


def test_generic_words_are_no_evidence_of_a_place(gazetteer: Gazetteer) -> None:
    assert candidate_places(gazetteer, "West Wing") == []
    assert candidate_places(gazetteer, "University of Nowhere") == []
