"""Actor and recipient spans of clause shapes common in wire reports (sentences of our own)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from annalist.events.extractor import EventExtractor
from annalist.records import EventMention


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def _code(nlp: Language, extractor: EventExtractor, text: str) -> list[EventMention]:
    return extractor.extract(nlp(text), timexes=[], toponyms=[], citation_spans=[])


def test_a_hostile_acts_target_can_be_named_by_its_purpose_clause(
    base_nlp: Language, extractor: EventExtractor
) -> None:
    found = _code(base_nlp, extractor, "Police fired tear gas to scatter Sikh protesters outside the parliament.")
    assert found[0].type == "ASSAULT"
    assert [r.text for r in found[0].recipients] == ["Sikh protesters"]


def test_a_to_clause_shares_the_main_subject(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "Kazakhstan finally opened the border crossing to allow deliveries of wheat to Afghanistan."
    found = _code(base_nlp, extractor, text)
    assert found and [a.text for a in found[0].actors] == ["Kazakhstan"]


def test_who_issues_a_statement_is_who_demands(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "The Tamil Tigers issued a statement demanding that the Sri Lankan government release its prisoners."
    found = _code(base_nlp, extractor, text)
    assert found and found[0].type == "REQUEST"
    assert [a.text for a in found[0].actors] == ["Tamil Tigers"]


def test_a_struck_thing_is_the_target_when_no_actor_is_named(base_nlp: Language, extractor: EventExtractor) -> None:
    found = _code(base_nlp, extractor, "Insurgents bombed the refinery near the harbour.")
    assert found[0].type == "ASSAULT"
    assert [r.text for r in found[0].recipients] == ["refinery"]


def test_the_owner_of_a_struck_thing_is_the_target(base_nlp: Language, extractor: EventExtractor) -> None:
    found = _code(base_nlp, extractor, "Army gunners shelled the positions of the Kurdish militia overnight.")
    assert found[0].type == "ASSAULT"
    assert any("militia" in r.text for r in found[0].recipients)


def test_a_struck_town_stays_a_place_not_a_target(base_nlp: Language, extractor: EventExtractor) -> None:
    found = _code(base_nlp, extractor, "The guerrillas shelled the town at dawn.")
    assert found[0].type == "ASSAULT"
    assert found[0].recipients == ()


def test_what_is_mobilised_is_the_actors_own_not_a_target(base_nlp: Language, extractor: EventExtractor) -> None:
    found = _code(base_nlp, extractor, "Ankara deployed three mechanised brigades along the southern frontier.")
    assert found and found[0].type == "MOBILIZE"
    assert found[0].recipients == ()


def test_a_nationality_naming_a_border_is_a_place_not_a_target(base_nlp: Language, extractor: EventExtractor) -> None:
    found = _code(base_nlp, extractor, "The rebel columns retreated towards the Syrian border.")
    assert found and found[0].type == "RETREAT"
    assert [r.text for r in found[0].recipients] == []


def test_a_count_of_the_struck_is_no_target_of_its_own(base_nlp: Language, extractor: EventExtractor) -> None:
    found = _code(base_nlp, extractor, "Dozens of the raiders were shot dead by the border guards.")
    assert found and found[0].type == "ASSAULT" and [a.text for a in found[0].actors] == ["border guards"]
    assert "Dozens" not in [r.text for r in found[0].recipients]
