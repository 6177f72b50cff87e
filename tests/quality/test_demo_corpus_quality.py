"""End to end on the shipped demo corpus: the events four partisan and neutral accounts should yield, and no junk."""

from __future__ import annotations

from typing import Any

from annalist.records import EventMention

# Words that are no actor on their own: a heading, an instrument, an outlet, a bare common noun, a label.
JUNK_ACTOR_NAMES = {"last offensives", "mercenaries", "Their leader", "people", "army", "air", "rest", "radio"}


def _all_events(corpus: dict[str, Any]) -> list[EventMention]:
    return [event for document in corpus.values() for event in document.analysis.events]


def test_a_bare_year_in_a_solar_hijri_text_is_read_in_that_calendar(demo_corpus: dict[str, Any]) -> None:
    state = demo_corpus["02_iranian_state_account.md"]
    summer = next(t for t in state.analysis.timexes if "summer" in t.text)
    assert summer.calendar == "solar_hijri"
    assert summer.date_start is not None and summer.date_start.startswith("1988-06")
    assert all(not (e.date_start or "").startswith("13") for e in _all_events(demo_corpus))


def test_no_actor_is_a_heading_an_instrument_an_outlet_or_a_bare_noun(demo_corpus: dict[str, Any]) -> None:
    names = {ref.name for event in _all_events(demo_corpus) for ref in (*event.actors, *event.recipients)}
    assert not names & JUNK_ACTOR_NAMES
    assert not any(name.startswith("#") for name in names)


def test_the_state_label_for_the_mek_resolves_to_its_neutral_name(demo_corpus: dict[str, Any]) -> None:
    state = demo_corpus["02_iranian_state_account.md"]
    seized = [e for e in state.events_in("seized Kerend") if e.type == "ASSAULT" and e.modality == "asserted"]
    assert seized and {a.entity_key for e in seized for a in e.actors} == {"mek"}
    planned = [e for e in state.events_in("planned to occupy") if e.modality == "planned"]
    assert planned, "a plan is kept as planned, not dropped and not asserted"


def test_writing_promising_and_welcoming_are_not_coded_as_events(demo_corpus: dict[str, Any]) -> None:
    reference = demo_corpus["01_reference_overview.md"]
    assert reference.events_in("discusses the operation in his book") == []
    state = demo_corpus["02_iranian_state_account.md"]
    assert state.events_in("promised his followers") == []
    mek = demo_corpus["03_mek_account.md"]
    assert mek.events_in("welcomed the liberators") == []
    assert not any(e.type == "PROTEST" for e in _all_events(demo_corpus))


def test_air_strikes_are_an_assault_by_the_regime_not_a_protest(demo_corpus: dict[str, Any]) -> None:
    mek = demo_corpus["03_mek_account.md"]
    strikes = mek.events_in("massive air strikes")
    assert strikes and all(e.type == "ASSAULT" for e in strikes)
    assert all(a.name != "air" for e in strikes for a in e.actors)


def test_reported_speech_keeps_who_reports_it(demo_corpus: dict[str, Any]) -> None:
    wire = demo_corpus["04_wire_report.md"]
    routed = [e for e in wire.events_in("forces had routed") if e.type == "ASSAULT"]
    assert routed and routed[0].modality == "reported"
    assert "Iran" in (routed[0].reported_by or "")
    assert {a.entity_key for a in routed[0].actors} <= {"gov_irn", "mil_irn"}
    recaptured = [e for e in wire.events_in("had recaptured Eslamabad-e Gharb") if e.type == "ASSAULT"]
    assert recaptured and recaptured[0].modality == "reported"
    assert recaptured[0].reported_by is not None and "radio" in recaptured[0].reported_by.lower()
    assert all(a.name != "radio" for e in wire.analysis.events for a in e.actors)
    assert wire.events_in("could not be independently verified") == []
    assert wire.events_in("gave no exact figure") == [] or all(
        e.type != "AID" for e in wire.events_in("gave no exact figure")
    )


def test_weekdays_in_a_wire_report_count_back_from_its_date(demo_corpus: dict[str, Any]) -> None:
    wire = demo_corpus["04_wire_report.md"]
    assert wire.published == "1988-07-29"
    by_text = {t.text: t.value for t in wire.analysis.timexes}
    assert by_text["Monday"] == "1988-07-25"
    assert by_text["Wednesday"] == "1988-07-27"
    recaptured = next(e for e in wire.events_in("had recaptured") if e.type == "ASSAULT")
    assert recaptured.date_start == "1988-07-27"


def test_headings_yield_no_event_and_do_not_date_the_first_sentence(demo_corpus: dict[str, Any]) -> None:
    reference = demo_corpus["01_reference_overview.md"]
    accepted = [e for e in reference.analysis.events if e.type == "AGREE"]
    assert accepted and accepted[0].date_start == "1988-07-18"
    assert {a.entity_key for a in accepted[0].actors} == {"gov_irn"}
    for document in demo_corpus.values():
        heading_end = document.text.index("\n")
        assert all(e.trigger_start > heading_end for e in document.analysis.events)


def test_the_narratives_own_army_resolves_to_it(demo_corpus: dict[str, Any]) -> None:
    mek = demo_corpus["03_mek_account.md"]
    withdrew = [e for e in mek.events_in("withdrew to its bases") if e.type == "RETREAT"]
    assert withdrew and {a.entity_key for a in withdrew[0].actors} == {"nla"}
