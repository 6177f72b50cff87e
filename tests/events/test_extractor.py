"""The event component on sentences we wrote (facts of the 1988 offensive; our own wording)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from annalist.events.extractor import EventExtractor
from annalist.records import EventMention, Extractor, Place, Timex, Toponym


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def events(nlp: Language, extractor: EventExtractor, text: str, **kwargs: object) -> list[EventMention]:
    doc = nlp(text)
    return extractor.extract(
        doc,
        timexes=kwargs.get("timexes", []),  # type: ignore[arg-type]
        toponyms=kwargs.get("toponyms", []),  # type: ignore[arg-type]
        citation_spans=kwargs.get("citation_spans", []),  # type: ignore[arg-type]
    )


def test_capture_by_mek_is_non_state_territory_gain(base_nlp: Language, extractor: EventExtractor) -> None:
    found = events(base_nlp, extractor, "The MEK captured Kerend with minimal resistance.")
    assert found and found[0].type == "ASSAULT"
    assert found[0].acled_sub_event_type == "Non-state actor overtakes territory"
    assert found[0].actors[0].name == "Mujahedin-e Khalq (MEK)"
    assert found[0].actors[0].sector == "REB"
    assert found[0].modality == "asserted"
    assert found[0].rule.startswith("verb:capture")


def test_label_resolves_to_neutral_name_and_plan_is_planned(base_nlp: Language, extractor: EventExtractor) -> None:
    found = events(base_nlp, extractor, "The hypocrites planned to occupy Kermanshah.")
    assert [e.modality for e in found] == ["planned"]
    actor = found[0].actors[0]
    assert actor.name == "Mujahedin-e Khalq (MEK)" and "hypocrites" in actor.text


@pytest.mark.parametrize(
    "text",
    [
        "Rajavi predicted the imminent collapse of the government in Tehran.",
        "He proposed that the organization should strive to push the situation back towards war.",
        "The offensive was a desperate and misguided adventure.",
    ],
)
def test_predictions_proposals_and_framing_make_no_event(
    base_nlp: Language, extractor: EventExtractor, text: str
) -> None:
    assert [e for e in events(base_nlp, extractor, text) if e.modality != "hypothetical"] == []


def test_launch_with_iraqi_support_has_both_actors(base_nlp: Language, extractor: EventExtractor) -> None:
    found = events(base_nlp, extractor, "The MEK launched Operation Eternal Light, supported by Iraqi forces.")
    assert found[0].type == "ASSAULT"
    assert {a.name for a in found[0].actors} == {"Mujahedin-e Khalq (MEK)", "Iraqi armed forces"}


def test_shelling_with_toll_gives_mode_and_dead(base_nlp: Language, extractor: EventExtractor) -> None:
    found = events(base_nlp, extractor, "Iraqi artillery shelled Eslamabad, killing 40 civilians.")
    assert found[0].mode == "heavy-weapons"
    assert found[0].acled_sub_event_type == "Shelling/artillery/missile attack"
    dead = [f for f in found[0].figures if f.kind == "dead"]
    assert dead and dead[0].best == 40


def test_negation_and_reported_speech(base_nlp: Language, extractor: EventExtractor) -> None:
    negated = events(base_nlp, extractor, "The IRGC did not attack the town.")
    assert negated[0].modality == "negated"
    reported = events(base_nlp, extractor, "Iraqi officials said that Iranian troops had shelled Basra.")
    assert reported[0].modality == "reported" and reported[0].type == "ASSAULT"
    assert reported[0].reported_by is not None and "Iraqi" in reported[0].reported_by


def test_promise_under_speech_is_agree_and_prediction_about_others_is_dropped(
    base_nlp: Language, extractor: EventExtractor
) -> None:
    promise = events(base_nlp, extractor, "The rebels said they will release the hostages.")
    assert promise[0].type == "AGREE"
    forecast = events(base_nlp, extractor, "The minister said the enemy would attack soon.")
    assert forecast == []


def test_accusation_names_accuser_and_accused(base_nlp: Language, extractor: EventExtractor) -> None:
    found = events(base_nlp, extractor, "Iran accused Iraq of using chemical weapons.")
    assert found[0].type == "ACCUSE"
    assert found[0].actors[0].name == "Government of Iran"
    assert found[0].recipients[0].name == "Government of Iraq"


def test_pronoun_and_the_organization_resolve_to_previous_actor(base_nlp: Language, extractor: EventExtractor) -> None:
    found = events(base_nlp, extractor, "The PMOI crossed the border. Then the organization attacked the garrison.")
    attack = next(e for e in found if e.trigger.startswith("attack"))
    assert attack.actors[0].name == "Mujahedin-e Khalq (MEK)"
    assert attack.actors[0].text == "the organization" or attack.actors[0].text == "organization"


def test_date_and_place_come_from_the_sentence_or_the_narrative(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "On 25 July the MEK attacked Iranian positions. The MEK captured Kerend."
    made = Extractor("test", "0")
    timex = Timex(3, 10, "25 July", "DATE", "1988-07-25", "1988-07-25", "1988-07-25", "day", "event", made)
    kerend = Place("Kerend-e Gharb", 1, 34.28, 46.24, "IR", "Kermanshah", "PPL", "city")
    toponym = Toponym(text.index("Kerend"), text.index("Kerend") + 6, "Kerend", "event", kerend, 1, made)
    found = events(base_nlp, extractor, text, timexes=[timex], toponyms=[toponym])
    capture = next(e for e in found if e.trigger == "captured")
    assert capture.date_start == "1988-07-25" and capture.date_precision == "day"
    assert capture.place == kerend


def test_citation_spans_make_no_event(base_nlp: Language, extractor: EventExtractor) -> None:
    text = "Iraqi forces attacked Iranian troops."
    assert events(base_nlp, extractor, text, citation_spans=[(0, len(text))]) == []


def _toponym(text: str, name: str, place: Place, after: str = "") -> Toponym:
    start = text.index(name, text.index(after) if after else 0)
    return Toponym(start, start + len(name), name, "event", place, 1, Extractor("test", "0"))


def test_place_is_the_clause_own_else_the_most_specific_of_the_sentence_else_the_narrative(
    base_nlp: Language, extractor: EventExtractor
) -> None:
    iraq = Place("Iraq", 99237, 33.0, 44.0, "IQ", None, "PCLI", "country")
    province = Place("Kermanshah", 128222, 34.3, 46.4, "IR", "Kermanshah", "ADM1", "admin1")
    sarpol = Place("Sarpol-e Zahab", 116402, 34.46, 45.86, "IR", "Kermanshah", "PPL", "city")
    kermanshah = Place("Kermanshah", 128226, 34.31, 47.07, "IR", "Kermanshah", "PPLA", "city")
    pass_ = Place("Pataq", None, 34.4, 46.1, "IR", "Kermanshah", "PASS", "sub-city")
    text = (
        "Government troops said they had repelled the rebels who came from Iraq into Kermanshah province. "
        "After seizing Sarpol-e Zahab, the rebels pushed towards Kermanshah but were blocked at the Pataq pass. "
        "Army gunners shelled the rebel columns for two days."
    )
    toponyms = [
        _toponym(text, "Iraq", iraq),
        _toponym(text, "Kermanshah province", province),
        _toponym(text, "Sarpol-e Zahab", sarpol),
        _toponym(text, "Kermanshah", kermanshah, after="towards"),
        _toponym(text, "Pataq pass", pass_),
    ]
    found = {e.trigger.split()[0]: e for e in events(base_nlp, extractor, text, toponyms=toponyms)}
    # no place in the repelling clause: the sentence's most specific place, not the first (Iraq)
    assert found["repelled"].place == province and found["repelled"].place_precision == "admin1"
    assert found["repelled"].rule.endswith("|place=sentence")
    # one sentence, two events at two places: each keeps its own clause's place
    assert found["seizing"].place == sarpol
    assert found["pushed"].place == kermanshah
    assert found["blocked"].place == pass_ and found["blocked"].place_precision == "sub-city"
    # a sentence naming no place happened where the narrative last was
    assert found["shelled"].place == pass_ and found["shelled"].rule.endswith("|place=narrative")
