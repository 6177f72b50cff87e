"""Rules that keep junk out of event records on narrative text: headings, non-actors, non-events, reporters."""

from __future__ import annotations

from spacy.language import Language

from annalist.events.extractor import EventExtractor
from annalist.events.layout import heading_spans
from annalist.records import EventMention


def _events(nlp: Language, text: str) -> list[EventMention]:
    return EventExtractor().extract(nlp(text), timexes=[], toponyms=[], citation_spans=[])


def test_markdown_headings_and_title_lines_are_found() -> None:
    text = "# The siege of the river fort\n\nThe garrison held out for a week.\n\nSee also\n\nNotes on the siege\n"
    found = [text[s:e] for s, e in heading_spans(text)]
    assert found == ["# The siege of the river fort", "See also", "Notes on the siege"]


def test_a_heading_glued_to_the_first_sentence_is_not_its_subject(base_nlp: Language) -> None:
    events = _events(base_nlp, "# Early raids on the coast\n\nThe Ruritanian navy shelled the harbour at dawn.")
    assert events and events[0].type == "ASSAULT"
    assert [a.text for a in events[0].actors] == ["Ruritanian navy"]


def test_instruments_bare_nouns_and_outlets_are_no_actors(base_nlp: Language) -> None:
    names = {
        a.name
        for text in (
            "The junta answered with heavy air strikes on the villages.",
            "The people cheered the soldiers in the square.",
            "The provincial radio gave no exact figure for the dead.",
        )
        for e in _events(base_nlp, text)
        for a in e.actors
    }
    assert not names & {"air", "people", "radio", "provincial radio"}


def test_a_promise_about_another_partys_fate_is_no_agreement(base_nlp: Language) -> None:
    assert _events(base_nlp, "The rebel commander promised his men that the capital would fall by spring.") == []
    kept = _events(base_nlp, "The rebel commander promised that his fighters would release the hostages.")
    assert kept and kept[0].type == "AGREE"


def test_writing_about_an_event_is_not_a_consultation(base_nlp: Language) -> None:
    assert _events(base_nlp, "Maria Lindqvist discusses the siege in her memoir.") == []


def test_an_outlet_that_reports_is_the_reporter(base_nlp: Language) -> None:
    events = _events(base_nlp, "State radio said the Ruritanian army had recaptured the bridge.")
    assert events and events[0].modality == "reported"
    assert events[0].reported_by == "State radio"


def test_a_halted_advance_is_an_assault_on_the_halted_side(base_nlp: Language) -> None:
    events = _events(base_nlp, "The Ruritanian army crossed the river but was halted at the pass.")
    halted = [e for e in events if e.trigger == "halted"]
    assert halted and halted[0].type == "ASSAULT"
    assert [r.text for r in halted[0].recipients] == ["Ruritanian army"]


def test_the_rest_and_the_army_resolve_to_the_narratives_group(base_nlp: Language) -> None:
    text = "The Ruritanian army attacked the town. Hundreds were killed and the rest fled. The army withdrew."
    events = _events(base_nlp, text)
    fled = [e for e in events if e.trigger == "fled"]
    withdrew = [e for e in events if e.trigger == "withdrew"]
    assert fled and fled[0].actors and fled[0].actors[0].text == "rest"
    assert withdrew and withdrew[0].actors and withdrew[0].actors[0].name == "Ruritanian army"


def test_an_act_after_a_preposition_is_the_main_subjects(base_nlp: Language) -> None:
    events = _events(base_nlp, "After capturing the bridge, the rebels advanced towards the capital.")
    assert {e.trigger for e in events} >= {"capturing", "advanced"}
    assert all(a.text == "rebels" for e in events for a in e.actors)


def test_a_view_of_the_war_is_not_an_event(base_nlp: Language) -> None:
    assert _events(base_nlp, "The general saw the war as a test of the nation's will.") == []
