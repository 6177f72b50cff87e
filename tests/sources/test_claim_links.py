"""Claim -> reference links and attribution on our own short texts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annalist.records import EventMention, Extractor
from annalist.sources.attribution import attribute
from annalist.sources.citations import CitationFinder
from annalist.sources.linking import link_claims


def _sentence_events(doc: Doc) -> list[EventMention]:
    """One stand-in event mention per sentence (the linker reads only the sentence span)."""
    extractor = Extractor("test", "0")
    return [
        EventMention(
            s.start_char,
            s.end_char,
            s.text,
            s.start_char,
            s.start_char + 1,
            s.text[:1],
            "ASSAULT",
            None,
            None,
            None,
            "asserted",
            (),
            (),
            (),
            extractor,
            "test",
        )
        for s in doc.sents
    ]


def _links(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    events = _sentence_events(doc)
    references = CitationFinder().find(doc)
    return [
        (events[link.event_index].sentence[:25], references[link.reference_index].text[:20], link.rule)
        for link in link_claims(doc, events, references)
    ]


def test_citation_inside_the_sentence_supports_it(base_nlp: Language) -> None:
    text = (
        "The rebels shelled the airport on 4 May (Tom Reyes, Airfields at War, Manila, Bay Press, 2001, p. 88). "
        "Rain fell all week."
    )
    links = _links(base_nlp, text)
    assert ("The rebels shelled the ai", "Tom Reyes, Airfields", "same_sentence") in links
    assert not any(sentence.startswith("Rain") for sentence, _, _ in links)


def test_citation_after_a_paragraph_supports_the_sentences_before_it(base_nlp: Language) -> None:
    text = (
        "Troops crossed the river at dawn. They took the mill by noon. "
        "(Nadia Karam, The River Campaign, Beirut, Cedar Books, 1994, p. 17)\n"
        "A new paragraph begins here."
    )
    rules = {sentence: rule for sentence, _, rule in _links(base_nlp, text)}
    assert rules["They took the mill by noo"] == "sentence_before_citation"
    assert rules["Troops crossed the river "] == "paragraph_before_citation"
    assert "A new paragraph begins he" not in rules


def test_work_named_in_the_next_sentence(base_nlp: Language) -> None:
    text = "The militia burned the granary. John Abbot describes this raid in his book, Ashes of Harvest."
    links = _links(base_nlp, text)
    assert ("The militia burned the gr", "in his book, Ashes o", "work_named_next") in links


def test_numbered_note_marker_links_to_its_note(base_nlp: Language) -> None:
    text = (
        "The siege lasted forty days [1]. Supplies ran out in March [2].\n\n"
        "Notes\n"
        "[1] Hana Ito, The Long Siege, Kyoto, Kamo Press, 1988, p. 3.\n"
        "[2] Hana Ito, The Long Siege, Kyoto, Kamo Press, 1988, p. 90.\n"
    )
    links = _links(base_nlp, text)
    assert ("The siege lasted forty da", "Hana Ito, The Long S", "note_marker") in links
    assert ("Supplies ran out in March", "Hana Ito, The Long S", "note_marker") in links


def test_attribution_of_says_according_to_and_quotes(base_nlp: Language) -> None:
    doc = base_nlp(
        "Colonel Ahmed Salem said that the town had fallen. "
        "According to Reuters, the road was closed. "
        "Maria Costa recalls the night clearly: “We heard the tanks before dawn.”"
    )
    sentences = list(doc.sents)
    said = attribute(doc, sentences[0].start_char, sentences[0].end_char)
    assert said is not None and said[0].endswith("Ahmed Salem")
    according = attribute(doc, sentences[1].start_char, sentences[1].end_char)
    assert according is not None and according[0] == "Reuters"
    quote_start = doc.text.index("“")
    quoted = attribute(doc, quote_start, len(doc.text))
    assert quoted is not None and quoted[0] == "Maria Costa"
    assert doc.text[quoted[1] : quoted[2]] == "Maria Costa"


def test_the_authors_own_voice_has_no_speaker(base_nlp: Language) -> None:
    doc = base_nlp("The bridge collapsed in the storm.")
    assert attribute(doc, 0, len(doc.text)) is None
