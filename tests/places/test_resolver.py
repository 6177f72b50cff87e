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
