"""The CRF: training from AnyStyle XML, the shipped model's bench figures, and the seed article's references."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from annalist.bench.citations import render, run
from annalist.sources.anystyle_xml import DatasetError
from annalist.sources.citations import CitationFinder
from annalist.sources.reference_parser import ReferenceParser
from annalist.sources.train_citations import train

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"

_TINY_XML = """<?xml version="1.0" encoding="UTF-8"?>
<dataset>
  <sequence><author>Grant, P.</author><date>(1992).</date><title>Roads to the river.</title>
    <location>London:</location><publisher>Harbour Press.</publisher></sequence>
  <sequence><author>Ito, H.</author><date>(1988).</date><title>The long siege.</title>
    <journal>Kyoto Review,</journal><volume>4,</volume><pages>1-9.</pages></sequence>
</dataset>
"""


def test_training_writes_a_model_that_labels(tmp_path: Path) -> None:
    core = tmp_path / "core.xml"
    core.write_text(_TINY_XML, encoding="utf-8")
    model = tmp_path / "tiny.crfsuite"
    assert train(core, model, {"max_iterations": 20}, prose_share=0.0) == 2
    fields = ReferenceParser(model).parse("Grant, P. (1992). Roads to the river. London: Harbour Press.")
    assert [field.label for field in fields] == ["author", "date", "title", "location", "publisher"]


def test_unreadable_dataset_says_what_to_pass(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("not xml", encoding="utf-8")
    with pytest.raises(DatasetError, match="AnyStyle"):
        run(bad)


def test_bench_on_anystyle_gold(gold_dir: Path, tmp_path: Path) -> None:
    gold = gold_dir / "citations" / "anystyle" / "gold.xml"
    if not gold.is_file():
        pytest.skip(f"{gold} not found")
    predictions = tmp_path / "predictions.jsonl"
    result = run(gold, predictions=predictions)
    assert 0.9 <= float(result["field_micro_f1"]) <= 1.0  # type: ignore[arg-type]
    assert 0.0 <= float(result["whole_reference_accuracy"]) <= 1.0  # type: ignore[arg-type]
    assert len(predictions.read_text(encoding="utf-8").splitlines()) == result["references"]
    assert "GROBID" in render(result)


def test_seed_article_references(base_nlp: Language) -> None:
    article = next(SEED.glob("000_*.txt"), None) if SEED.is_dir() else None
    if article is None:
        pytest.skip("seed article not found")
    references = CitationFinder().find(base_nlp(article.read_text(encoding="utf-8")))
    assert [reference.kind for reference in references] == [
        "parenthetical",
        "parenthetical",
        "parenthetical",
        "running_text",
    ]
    book, newspaper, institute, named = (reference.csl for reference in references)
    assert book["publisher-place"] == "Tehran" and book["issued"] == {"date-parts": [[2005]]}
    assert book["page"] == "400" and book["author"][0]["family"] == "Rastgoo"
    assert newspaper["container-title"] == "Iran Newspaper"
    assert newspaper["issued"] == {"date-parts": [[2005, 7, 26]]}
    assert institute["volume"] == "3" and institute["publisher-place"] == "Tehran"
    assert institute["issued"] == {"date-parts": [[2006]]} and institute["page"] == "322"
    assert named["author"] == [{"family": "Nazari", "given": "Samad"}] and named["type"] == "book"
