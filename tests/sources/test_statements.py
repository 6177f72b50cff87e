"""Cited sentences that report no event become statements, linked to the work that supports them."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from annalist import api
from annalist.pipeline.language import DocumentInput, analyse
from annalist.sources.statements import statement_kind


def test_kinds_follow_the_framing_verb_and_quotation_marks() -> None:
    assert statement_kind("The commander predicted a swift victory before winter.") == "prediction"
    assert statement_kind("He proposed that the talks should resume in Geneva.") == "proposal"
    assert statement_kind("The minister believed the border would hold.") == "belief"
    assert statement_kind("She wrote: “the garrison had no water left by then”.") == "quotation"
    assert statement_kind("The province had long been poor.") == "assertion"


def test_a_cited_prediction_is_a_statement_with_its_speaker_and_reference(annalist_nlp: Language) -> None:
    text = (
        "The general predicted that the northern front would collapse within a month. "
        "(Lena Moravec, Winter on the Plateau, Oxford, Harbour Books, 2011, p. 88)\n\n"
        "Rebels shelled the depot at Tarsi on 3 May 1990."
    )
    (analysis,) = analyse(annalist_nlp, [DocumentInput(text)])
    assert len(analysis.references) == 1
    (statement,) = analysis.statements
    assert statement.kind == "prediction"
    assert text[statement.start : statement.end] == statement.text
    assert statement.text.startswith("The general predicted")
    assert statement.rule == "sentence_before_citation"
    assert analysis.references[statement.reference_index].csl.get("publisher") == "Harbour Books"


def test_statements_are_stored_and_counted_in_the_source_profile(store: api.Store, tmp_path: Path) -> None:
    text = (
        "The envoy believed that the ceasefire would not last the summer. "
        "(Omar Haddad, The Long Truce, Beirut, Cedar Press, 1999, p. 12)"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    api.ingest(store, [tmp_path / "a.txt"], api.IngestOptions(source="Quarterly"))
    row = store.connection.execute("SELECT kind, text FROM statement").fetchone()
    assert row["kind"] == "belief" and row["text"].startswith("The envoy believed")
    (profile,) = api.sources(store)
    assert profile["cited_statements"] == 1
