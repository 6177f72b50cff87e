"""Framing spans: technique, span and target, on our own sentences; the lexicon is user-extensible."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from annalist.sources.framing import FramingTagger, LexiconEntry, LexiconError


def _tagged(nlp: Language, text: str, tagger: FramingTagger | None = None) -> dict[str, tuple[str, str | None]]:
    return {span.text: (span.technique, span.target) for span in (tagger or FramingTagger()).tag(nlp(text))}


def test_label_applied_to_a_named_group(base_nlp: Language) -> None:
    spans = _tagged(base_nlp, "The terrorist group Hamas fired rockets at the town.")
    assert spans["terrorist group"] == ("Name_Calling,Labeling", "Hamas")


def test_loaded_words_merge_and_target_the_subject(base_nlp: Language) -> None:
    spans = _tagged(base_nlp, "General Ortega made reckless, desperate and misguided choices in the valley.")
    technique, target = spans["desperate and misguided"]
    assert technique == "Loaded_Language"
    assert target == "Ortega" or target == "General Ortega"


def test_doubt_flag_waving_and_exaggeration(base_nlp: Language) -> None:
    spans = _tagged(
        base_nlp,
        "The so-called liberation army was utterly destroyed. We will defend our homeland. "
        "It was the bloodiest battle ever fought.",
    )
    assert spans["so-called"][0] == "Doubt"
    assert spans["utterly"][0] == "Exaggeration,Minimisation"
    assert spans["our homeland"][0] == "Flag-Waving"
    assert any(technique == "Exaggeration,Minimisation" and "ever" in text for text, (technique, _) in spans.items())


def test_neutral_reporting_is_not_framing(base_nlp: Language) -> None:
    assert _tagged(base_nlp, "Rebels attacked the base on Monday and three soldiers were killed.") == {}


def test_user_lexicon_extends_the_default(tmp_path: Path, base_nlp: Language) -> None:
    lexicon = tmp_path / "mine.tsv"
    lexicon.write_text("technique\tphrase\nName_Calling,Labeling\tbandit state\n", encoding="utf-8")
    tagger = FramingTagger([lexicon], [LexiconEntry("Loaded_Language", "grim")])
    spans = _tagged(base_nlp, "The bandit state sent grim messages.", tagger)
    assert spans["bandit state"][0] == "Name_Calling,Labeling"
    assert spans["grim"][0] == "Loaded_Language"


def test_malformed_lexicon_says_what_is_wrong(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.tsv"
    lexicon.write_text("Propaganda\tevil\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="SemEval-2020"):
        FramingTagger([lexicon])


def test_framing_on_a_bare_tokenizer_and_odd_scripts() -> None:
    nlp = spacy.blank("en")
    spans = FramingTagger().tag(nlp("Террористы ... the regime’s atrocities (((( 恐怖分子"))
    assert {span.technique for span in spans} == {"Name_Calling,Labeling", "Loaded_Language"}
