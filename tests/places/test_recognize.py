"""Toponym recognition around the statistical model's entities; our own sentences."""

from __future__ import annotations

from spacy.language import Language

from annalist.places.gazetteer import Gazetteer, PlaceRow
from annalist.places.resolver import PlaceResolver


def test_a_place_inside_an_organisation_name_is_found(base_nlp: Language, tiny_gazetteer: Gazetteer) -> None:
    text = "The Bank of Texas opened a branch in Dallas last week."
    found = {t.text: t for t in PlaceResolver(tiny_gazetteer).find(base_nlp(text))}
    assert "Texas" in found
    assert found["Texas"].start == text.index("Texas")
    assert found["Texas"].place is not None and found["Texas"].place.feature_code == "ADM1"


def test_a_first_name_seen_in_a_full_name_is_not_a_town(base_nlp: Language, tiny_gazetteer: Gazetteer) -> None:
    tiny_gazetteer.add_places(
        [PlaceRow("Tyler", 32.35, -95.3, "US", "TX", "PPL", "city", "test", 4738214, population=104_798)]
    )
    text = "Tyler Brooks spoke in Dallas on Friday. Afterwards Tyler met voters across Texas."
    found = [t.text for t in PlaceResolver(tiny_gazetteer).find(base_nlp(text))]
    assert "Tyler" not in found
    assert "Dallas" in found and "Texas" in found


def test_a_short_form_tagged_as_an_organisation_still_names_its_region(base_nlp: Language) -> None:
    gazetteer = Gazetteer.in_memory()
    gazetteer.add_places(
        [
            PlaceRow("European Union", 48.69, 9.14, None, None, "RGN", "region", "test", alternate_names=("EU",)),
            PlaceRow("Eu", 50.05, 1.42, "FR", "32", "PPL", "city", "test", population=7_000),
        ]
    )
    (toponym,) = PlaceResolver(gazetteer).find(base_nlp("Officials at the EU said the rules would change."))
    assert toponym.text == "EU"
    assert toponym.place is not None and toponym.place.name == "European Union"


def test_a_solar_hijri_month_after_a_day_number_is_not_a_place(base_nlp: Language, tiny_gazetteer: Gazetteer) -> None:
    text = "Fighting resumed on 5 Mordad 1367 near Tehran."  # the small model tags "Mordad" GPE here
    found = [t.text for t in PlaceResolver(tiny_gazetteer).find(base_nlp(text))]
    assert "Mordad" not in found
    assert "Tehran" in found
