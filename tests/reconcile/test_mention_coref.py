"""Mention-level event coreference and the ECB+ bench (skipped when the gold data is absent)."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from annalist.bench.coref import render, run, scale_run
from annalist.reconcile.mention_coref import MentionView, cluster_mentions, derivational_stem, subtopics


def test_derivational_stem_joins_verb_and_nominalisation() -> None:
    assert derivational_stem("bombing") == derivational_stem("bomb") == "bomb"
    assert derivational_stem("bombardment") == "bombard"
    assert derivational_stem("war") == "war"  # too short to strip


def test_subtopics_separate_two_stories_of_one_topic() -> None:
    gaza = ["shelling", "school", "gaza", "refugees", "israeli", "tanks", "unrwa", "compound"]
    yida = ["bombing", "camp", "yida", "sudan", "antonov", "refugees", "kordofan", "border"]
    documents = {"g1": gaza, "g2": gaza[:-1], "y1": yida, "y2": yida[1:]}
    groups = subtopics(documents, stop_words=set())
    assert groups["g1"] == groups["g2"] != groups["y1"] == groups["y2"]


def test_same_verb_in_different_stories_is_two_events(base_nlp: Language) -> None:
    def mention(mid: str, doc: str, words: str, index: int) -> MentionView:
        return MentionView(mid, doc, tuple(words.split()), (index,))

    mentions = [
        mention("a", "gaza1", "Tanks shelled the school in Gaza", 1),
        mention("b", "gaza2", "The school in Gaza was shelled by tanks", 5),
        mention("c", "yida1", "Jets shelled the camp at Yida", 1),
        mention("d", "yida2", "The Yida camp was shelled by jets", 4),
    ]
    labels = cluster_mentions(mentions, base_nlp)
    assert labels["a"] == labels["b"] != labels["c"] == labels["d"]


def test_ecbplus_topic_41_beats_the_lemma_baseline(gold_dir: Path, tmp_path: Path) -> None:
    written = tmp_path / "chains.jsonl"
    result = run(gold_dir / "coref" / "ecbplus", topics=["41"], predictions=written)
    rows = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == result["mentions"] and {"mention", "document", "text", "chain"} <= set(rows[0])
    rescored = run(gold_dir / "coref" / "ecbplus", topics=["41"], rescore=written)
    assert rescored["conll_f1"] == result["conll_f1"]  # the written chains score the same when read back
    for name in ("conll_f1", "muc_f1", "b3_f1", "ceafe_f1", "baseline_conll_f1"):
        assert 0.0 <= float(result[name]) <= 1.0  # type: ignore[arg-type]
    assert float(result["conll_f1"]) > float(result["baseline_conll_f1"])  # type: ignore[arg-type]
    assert "conll_f1" in render(result)


def test_scale_run_reports_throughput_on_generated_claims() -> None:
    result = scale_run(3000)
    assert result["claims"] == 3000
    assert int(result["generated_events"]) <= int(result["events"]) < 3000  # type: ignore[call-overload]
    assert int(result["claims_per_second"]) > 0  # type: ignore[call-overload]
