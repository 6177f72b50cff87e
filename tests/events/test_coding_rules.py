"""Coding rules added for PLOVER fidelity, each pinned on a sentence we wrote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from annalist.events.extractor import EventExtractor
from annalist.records import EventMention


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def main_event(nlp: Language, extractor: EventExtractor, text: str) -> EventMention:
    found = extractor.extract(nlp(text), timexes=[], toponyms=[], citation_spans=[])
    assert found, f"no event coded in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover_type", "rule_start"),
    [
        ("Iraqi gunners have shelled the border posts, the agency said.", "ASSAULT", "verb:shell"),
        ("Iran rejected the Iraqi ultimatum.", "REJECT", "frame:reject"),
        ("Tehran will release fifty prisoners next week.", "AGREE", "commitment:"),
        ("Baghdad will recall its ambassador unless Tehran apologizes.", "THREATEN", "commitment:"),
        ("Kurdish riots are continuing in the north.", "PROTEST", "occurrence:riot"),
        ("The government lifted the state of emergency in the province.", "CONCEDE", "light:lift+emergency"),
        ("The unions staged a general strike.", "PROTEST", "light:stage"),
        ("The MEK went on the offensive near Kerend.", "ASSAULT", "light:go+offensive"),
        ("Iran expelled two Iraqi diplomats.", "SANCTION", "light:expel"),
        ("The two foreign ministers signed a border treaty.", "SUPPORT", "light:sign"),
    ],
)
def test_type_and_rule(
    base_nlp: Language, extractor: EventExtractor, text: str, plover_type: str, rule_start: str
) -> None:
    event = main_event(base_nlp, extractor, text)
    assert (event.type, event.modality) == (plover_type, "reported" if "agency said" in text else "asserted")
    assert event.rule.startswith(rule_start)


def test_perfect_tense_under_speech_is_not_a_demand(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Rebels have seized the depot, residents said.")
    assert event.type == "ASSAULT" and event.modality == "reported"


def test_demand_targets_who_must_act_not_their_forces(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "The council demanded that Iraq withdraw its forces from Kuwait.")
    assert event.type == "REQUEST"
    assert [r.name for r in event.recipients] == ["Government of Iraq"]


def test_relayed_commitment_belongs_to_the_committed_party(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Syria will withdraw its troops from Lebanon, a spokesman said.")
    assert event.type == "AGREE"
    assert [a.text for a in event.actors] == ["Syria"]
    assert [r.text for r in event.recipients] == ["Lebanon"]


def test_material_support_is_aid(base_nlp: Language, extractor: EventExtractor) -> None:
    event = main_event(base_nlp, extractor, "Iraqi forces supported the MEK columns with air cover.")
    assert event.type == "AID"


def test_fallback_codes_a_trigger_below_an_unknown_root_with_lower_confidence(
    base_nlp: Language, extractor: EventExtractor
) -> None:
    event = main_event(base_nlp, extractor, "The exiles issued a leaflet demanding that Baghdad free the captives.")
    assert event.type == "REQUEST" and event.rule.startswith("fallback:")
    assert event.extractor.confidence < 0.75


def test_a_forecast_reported_by_someone_else_stays_dropped(base_nlp: Language, extractor: EventExtractor) -> None:
    found = extractor.extract(
        base_nlp("The analyst said the rebels would attack the capital."), timexes=[], toponyms=[], citation_spans=[]
    )
    assert found == []
