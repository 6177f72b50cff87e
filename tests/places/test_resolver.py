from __future__ import annotations

from spacy.language import Language

from annalist.places.event_place import event_place_at
from annalist.places.gazetteer import Gazetteer, PlaceRow
from annalist.places.recognize import PlaceMention
from annalist.places.resolver import PlaceResolver
from annalist.records import Extractor, Place, Toponym

# Our own sentences, in the style of a narrative about the 1988 fighting in Kermanshah province.
FRONT_LINE = (
    "Iranian forces retook Islamabad on the third day, after the column had moved east from Kerend "
    "towards Kermanshah. The defenders regrouped at the Chahar Zaber Gorge."
)


def _by_text(toponyms: list[Toponym]) -> dict[str, Toponym]:
    return {t.text: t for t in toponyms}


def test_islamabad_next_to_kerend_resolves_to_eslamabad_e_gharb(base_nlp: Language, tiny_gazetteer: Gazetteer) -> None:
    found = _by_text(PlaceResolver(tiny_gazetteer).find(base_nlp(FRONT_LINE)))
    islamabad = found["Islamabad"].place
    assert islamabad is not None and islamabad.geonames_id == 135175
    kerend = found["Kerend"].place
    assert kerend is not None and kerend.name == "Kerend-e Gharb"
    assert found["Iranian"].role == "demonym"


def test_islamabad_among_pakistani_places_stays_in_pakistan(tiny_gazetteer: Gazetteer) -> None:
    mentions = [PlaceMention(0, 8, "Pakistan", "GPE", True, 0), PlaceMention(20, 29, "Islamabad", "GPE", True, 0)]
    (_, islamabad) = PlaceResolver(tiny_gazetteer).resolve_mentions(mentions)
    assert islamabad.place is not None and islamabad.place.country == "PK"


def test_paris_follows_the_document_focus(tiny_gazetteer: Gazetteer) -> None:
    resolver = PlaceResolver(tiny_gazetteer)
    texan = resolver.resolve_mentions(
        [
            PlaceMention(0, 6, "Dallas", "GPE", True, 0),
            PlaceMention(10, 15, "Paris", "GPE", True, 0),
            PlaceMention(20, 25, "Texas", "GPE", True, 0),
        ]
    )
    alone = resolver.resolve_mentions([PlaceMention(0, 5, "Paris", "GPE", True, 0)])
    assert texan[1].place is not None and texan[1].place.country == "US"
    assert alone[0].place is not None and alone[0].place.country == "FR"


def test_unknown_names_stay_unresolved_and_are_kept(tiny_gazetteer: Gazetteer) -> None:
    mentions = [PlaceMention(0, 9, "Atlantis", "GPE", True, 0), PlaceMention(12, 18, "Tehran", "GPE", True, 0)]
    atlantis, tehran = PlaceResolver(tiny_gazetteer).resolve_mentions(mentions)
    assert atlantis.place is None and atlantis.candidates == 0 and atlantis.extractor.confidence == 0.0
    assert tehran.place is not None


def test_places_inside_a_citation_get_the_citation_role(base_nlp: Language, tiny_gazetteer: Gazetteer) -> None:
    text = "Fighting reached Kermanshah (A. Author, The War, Tehran: Some Press, 2004, p. 12)."
    start = text.index("(")
    found = _by_text(PlaceResolver(tiny_gazetteer).find(base_nlp(text), citation_spans=[(start, len(text))]))
    assert found["Tehran"].role == "citation"
    assert found["Kermanshah"].role == "event"


def test_a_document_with_ten_thousand_place_names_finishes(tiny_gazetteer: Gazetteer) -> None:
    names = ["Tehran", "Kermanshah", "Paris", "Dallas", "Unknownville", "Islamabad", "Iran", "Texas"]
    mentions = [PlaceMention(i * 20, i * 20 + len(n), n, "GPE", True, 0) for i, n in enumerate(names * 1250)]
    toponyms = PlaceResolver(tiny_gazetteer).resolve_mentions(mentions)
    assert len(toponyms) == 10_000
    assert sum(t.place is None for t in toponyms) == 1250


def _toponym(start: int, text: str, precision: str, role: str = "event") -> Toponym:
    place = Place(text, None, 0.0, 0.0, "IR", None, None, precision)
    return Toponym(start, start + len(text), text, role, place, 1, Extractor("t", "1"))


def test_event_place_prefers_the_finest_place_of_its_sentence_then_the_narrative() -> None:
    sentences = [(0, 50), (50, 100), (100, 150)]
    toponyms = [
        _toponym(5, "Iran", "country"),
        _toponym(20, "Kerend", "city"),
        _toponym(60, "Iran", "country"),
        _toponym(70, "Gorge", "sub-city"),
        _toponym(120, "Tehran", "city", role="citation"),
    ]
    assert event_place_at(toponyms, 10, sentences)[0] == toponyms[1]
    assert event_place_at(toponyms, 55, sentences) == (toponyms[3], "sentence")
    # The third sentence names only a publisher's city: the narrative's current place stands.
    assert event_place_at(toponyms, 105, sentences) == (toponyms[3], "narrative")
    assert event_place_at([], 105, sentences) == (None, "none")


def test_two_names_that_decide_each_other_settle_on_one_region() -> None:
    gazetteer = Gazetteer.in_memory()
    gazetteer.add_places(
        [
            PlaceRow("Huntsville", 34.73, -86.59, "US", "AL", "PPL", "city", "test", population=200_000),
            PlaceRow("Huntsville", 30.72, -95.55, "US", "TX", "PPL", "city", "test", population=40_000),
            PlaceRow("Walker County", 33.79, -87.3, "US", "AL", "ADM2", "admin2", "test"),
            PlaceRow("Walker County", 30.74, -95.57, "US", "TX", "ADM2", "admin2", "test"),
        ]
    )
    mentions = [
        PlaceMention(0, 10, "Huntsville", "GPE", True, 0),
        PlaceMention(20, 33, "Walker County", "GPE", True, 0),
    ]
    town, county = PlaceResolver(gazetteer).resolve_mentions(mentions)
    assert town.place is not None and county.place is not None
    assert town.place.admin1 == county.place.admin1


def test_a_variant_spelling_far_from_the_document_stays_unresolved() -> None:
    # "Mersad" only shares a consonant skeleton with Merced, California; the document is about western Iran.
    gazetteer = Gazetteer.in_memory()
    gazetteer.add_places(
        [
            PlaceRow("Merced", 37.3, -120.48, "US", "CA", "PPL", "city", "test", 5372259, population=83_000),
            PlaceRow("Kermanshah", 34.31, 47.06, "IR", "13", "PPL", "city", "test", 128226, population=621_100),
            PlaceRow("Iran", 32.0, 53.0, "IR", None, "PCLI", "country", "test", 130758, population=81_000_000),
        ]
    )
    mentions = [
        PlaceMention(0, 6, "Mersad", "GPE", True, 0),
        PlaceMention(20, 30, "Kermanshah", "GPE", True, 0),
        PlaceMention(40, 44, "Iran", "GPE", True, 0),
    ]
    mersad, kermanshah, _ = PlaceResolver(gazetteer).resolve_mentions(mentions)
    assert mersad.place is None
    assert kermanshah.place is not None and kermanshah.place.country == "IR"


def test_a_name_given_to_an_operation_is_not_a_place(base_nlp: Language, tiny_gazetteer: Gazetteer) -> None:
    tiny_gazetteer.add_places([PlaceRow("Mersad", 34.2, 46.8, "IR", "13", "PPL", "city", "test", population=1_000)])
    text = "Iranian units launched Operation Mersad near Kermanshah. The fighting at Mersad lasted two days."
    found = PlaceResolver(tiny_gazetteer).find(base_nlp(text))
    # Without the rule, a gazetteer town named Mersad beside Kermanshah would be read as the place.
    assert all(t.place is None and t.role == "other" for t in found if t.text == "Mersad")
    assert any(t.text == "Kermanshah" and t.place is not None for t in found)


def test_a_bare_region_name_that_is_its_capitals_name_reads_as_the_city() -> None:
    gazetteer = Gazetteer.in_memory()
    gazetteer.add_places(
        [
            PlaceRow("Kermanshah", 34.31, 47.06, "IR", "13", "PPL", "city", "test", 128226, population=621_100),
            PlaceRow("Kermanshah", 34.45, 46.6, "IR", "13", "ADM1", "admin1", "test", 128222),
            PlaceRow("Kerend-e Gharb", 34.28, 46.24, "IR", "13", "PPL", "city", "test", 128252),
        ]
    )
    mentions = [
        PlaceMention(0, 14, "Kerend-e Gharb", "GPE", True, 0),
        PlaceMention(20, 30, "Kermanshah", "GPE", True, 0),
        PlaceMention(40, 59, "Kermanshah province", "GPE", True, 0),
    ]
    _, bare, province = PlaceResolver(gazetteer).resolve_mentions(mentions)
    assert bare.place is not None and bare.place.precision == "city"
    assert province.place is not None and province.place.precision == "admin1"


def test_the_road_between_two_towns_puts_the_event_at_a_town(base_nlp: Language, default_gazetteer: Gazetteer) -> None:
    text = "The column set out from the Kermanshah – Gilan-e Gharb road at dawn and moved on Kerend."
    toponyms = PlaceResolver(default_gazetteer).find(base_nlp(text))
    by_text = {t.text: t for t in toponyms}
    gilan = by_text["Gilan-e Gharb"].place
    assert gilan is not None and gilan.country == "IR" and gilan.precision == "city"
    place, reason = event_place_at(toponyms, text.index("moved"), [(0, len(text))])
    assert reason == "sentence"
    assert place is not None and place.place is not None and place.place.precision == "city"
