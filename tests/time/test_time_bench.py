"""The WikiWars benchmark on two gold documents: the figures are in range and predictions are written."""

from __future__ import annotations

import json
from pathlib import Path

from annalist.bench import time as bench


def test_wikiwars_bench_on_two_documents(gold_dir: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "predictions.jsonl"
    result = bench.run(gold_dir / "wikiwars", predictions=predictions, documents=["03", "16"])
    assert result["documents"] == 2
    for key in bench.PUBLISHED:
        assert 0.5 <= float(result[key]) <= 1.0  # type: ignore[arg-type]
    first = json.loads(predictions.read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == {"document", "start", "end", "text", "type", "value"}
    assert "HeidelTime" in bench.render(result)


def test_timeml_bench_reads_tml_files(gold_dir: Path) -> None:
    result = bench.run(gold_dir / "wikiwars" / "tml", timeml=True, documents=["16"])
    assert 0.0 < float(result["value_f1"]) <= float(result["relaxed_f1"]) <= 1.0  # type: ignore[arg-type]


def test_scoring_matches_spans_one_to_one() -> None:
    document = bench.GoldDocument("x", "In 1940 and 1941.", (0, 17), None,
                                  (bench.GoldTimex(3, 7, "1940"), bench.GoldTimex(12, 16, "1941")))  # fmt: skip
    counts = bench.score_document(document, [(3, 7, "1940"), (10, 16, "1942")])
    assert (counts.lenient, counts.strict, counts.lenient_value, counts.strict_value) == (2, 1, 1, 1)


def test_values_compare_across_timex2_and_timex3_spellings() -> None:
    assert bench.canonical_value("198") == bench.canonical_value("198X")
    assert bench.canonical_value("2009-12-19T17:00:00") == bench.canonical_value("2009-12-19T17:00")
    assert bench.canonical_value("1988-07") != bench.canonical_value("1988")


def test_wikiwars_bench_with_parses_scores_the_same_gold(gold_dir: Path) -> None:
    plain = bench.run(gold_dir / "wikiwars", documents=["10"])
    parsed = bench.run(gold_dir / "wikiwars", documents=["10"], parse=True)
    assert parsed["gold"] == plain["gold"] and parsed["predicted"] == plain["predicted"]
    assert 0.5 <= float(parsed["value_accuracy"]) <= 1.0  # type: ignore[arg-type]
