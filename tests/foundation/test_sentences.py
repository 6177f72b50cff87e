"""Sentences found once per document and shared by the components."""

from __future__ import annotations

from spacy.language import Language

from annalist.sentences import sentence_bounds, sentences


def test_sentences_match_the_parse_and_are_kept_for_the_next_caller(base_nlp: Language) -> None:
    doc = base_nlp("The convoy left at dawn. It reached the pass by noon. Nobody was hurt.")
    first = sentences(doc)
    assert [s.text for s in first] == [s.text for s in doc.sents]
    first.clear()  # a caller changing its list leaves the document's alone
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]


def test_an_unparsed_document_is_one_sentence(base_nlp: Language) -> None:
    doc = base_nlp.make_doc("Two words")
    assert [s.text for s in sentences(doc)] == ["Two words"]
    assert sentences(base_nlp.make_doc("")) == []


def test_the_kept_sentences_hold_no_span_so_the_doc_frees_without_the_cycle_collector(base_nlp: Language) -> None:
    from spacy.tokens import Span

    doc = base_nlp("The column advanced. The town fell.")
    sentences(doc)
    kept = [item for value in doc.user_data.values() for item in (value if isinstance(value, list) else [value])]
    assert kept and not any(isinstance(item, Span) for item in kept)
