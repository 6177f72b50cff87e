"""Bad input: no crash, bounded work, no junk events."""

from __future__ import annotations

from spacy.language import Language

from annalist.events.extractor import EventExtractor


def run(nlp: Language, text: str) -> list[object]:
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    return list(EventExtractor().extract(nlp(text), timexes=[], toponyms=[], citation_spans=[]))


def test_a_5000_word_sentence_yields_no_event(base_nlp: Language) -> None:
    text = " ".join(["the soldiers attacked the village and"] * 1000) + " left."
    assert run(base_nlp, text) == []


def test_a_list_of_1000_names_yields_no_event(base_nlp: Language) -> None:
    names = ", ".join(f"Ali Reza{i} Mohammadi" for i in range(1000))
    assert run(base_nlp, names) == []


def test_text_without_verbs_yields_no_event(base_nlp: Language) -> None:
    assert run(base_nlp, "Casualties: heavy. Kermanshah, Kerend, Eslamabad. 1988. Operation Mersad.") == []


def test_a_pasted_table_yields_no_event(base_nlp: Language) -> None:
    table = "\n".join(f"Unit {i}\tattacked\t{i * 10}\tKerend" for i in range(200))
    assert run(base_nlp, table) == []
