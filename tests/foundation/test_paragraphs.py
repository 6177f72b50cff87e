"""Paragraph breaks and headings end sentences; hard-wrapped lines do not."""

from __future__ import annotations

from spacy.language import Language


def test_heading_and_blank_line_end_sentences_but_a_wrapped_line_does_not(annalist_nlp: Language) -> None:
    text = (
        "# Night raid\nRebels raided the\ndepot before dawn.\n\nA second paragraph with no full stop\ncarries on here."
    )
    sentences = [sent.text.strip() for sent in annalist_nlp(text).sents]
    assert sentences[0] == "# Night raid"
    assert "Rebels raided the\ndepot before dawn." in sentences
    assert sentences[-1].startswith("A second paragraph") and sentences[-1].endswith("carries on here.")


def test_paragraph_component_runs_before_the_parser(annalist_nlp: Language) -> None:
    names = annalist_nlp.pipe_names
    assert names.index("annalist_paragraphs") < names.index("parser")
