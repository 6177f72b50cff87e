"""Our own typing sentences: their shape, their fixed train/dev halves, and choosing the policy on the dev half."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annalist.bench.cli import bench_app
from annalist.bench.events import NO_EVENT, TYPING_GOLD, load_domain, load_plover
from annalist.events.ontology import PLOVER_TYPES
from annalist.events.train import Sample, choose, split_typing
from annalist.events.typer import Policy

LABELS = ("ASSAULT", "PROTEST")


def _sample(feature: str, gold: str, rule_type: str = "NONE", confidence: float = 0.0) -> Sample:
    return Sample(("bias", feature), ("bias", feature), rule_type, confidence, rule_type == "NONE", gold, True)


def test_every_plover_type_has_sentences_in_both_halves() -> None:
    train, dev = split_typing(load_domain(TYPING_GOLD))  # load_domain fails when a span is not in its sentence
    for half in (train, dev):
        counts = Counter(g.type for g in half)
        assert set(counts) - {NO_EVENT} == set(PLOVER_TYPES)
        assert min(counts.values()) >= 8
        assert all(g.actors for g in half if g.type != NO_EVENT)  # every coded sentence names who acted
    assert NO_EVENT not in {g.type for g in train}  # sentences without an event never train
    assert Counter(g.type for g in dev)[NO_EVENT] >= 20  # they test: inventing an event costs dev accuracy
    assert not {g.text for g in train} & {g.text for g in dev}


def test_the_halves_are_fixed_by_line_position() -> None:
    rows = load_domain(TYPING_GOLD)
    train, dev = split_typing(rows)
    assert [g.index for g in train] == [g.index for g in rows if g.index % 2 == 1 and g.type != NO_EVENT]
    assert [g.index for g in dev] == list(range(2, len(rows) + 1, 2))
    assert split_typing(rows) == (train, dev)


def test_rows_carry_a_known_type_and_mode_field_shape() -> None:
    for line in TYPING_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["type"] in PLOVER_TYPES or (row["type"] is None and not row["actors"])
        assert isinstance(row.get("mode", ""), str)


def test_no_sentence_is_taken_from_the_gsr(gold_dir: Path) -> None:
    gsr = gold_dir / "events" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if not gsr.is_file():
        pytest.skip(f"{gsr} not found")
    theirs = {g.text.strip().lower() for g in load_plover(gsr)}
    assert not [g.text for g in load_domain(TYPING_GOLD) if g.text.strip().lower() in theirs]


def test_policy_is_chosen_by_dev_accuracy_not_by_the_rules_tuned_split() -> None:
    # the odd (tuning) split agrees with the rules; the dev sentences show the rules' "shell" reading is wrong
    odd = [_sample("trigger=shell", "ASSAULT", "ASSAULT", 0.5)] * 6
    train = odd + [_sample("trigger=march", "PROTEST", "ASSAULT", 0.5)] * 6
    dev = [_sample("trigger=march", "PROTEST", "ASSAULT", 0.5)] * 4
    report = choose(train, dev, odd, LABELS, folds=0)
    assert report["rules_only_dev_accuracy"] == 0.0
    assert report["chosen_dev_accuracy"] == 1.0
    policy = report["best_policy"]
    assert isinstance(policy, Policy) and policy.retype_below > 0.5


def test_rules_are_kept_when_the_model_does_not_help_on_dev() -> None:
    odd = [_sample("trigger=shell", "ASSAULT", "ASSAULT", 0.5)] * 6
    dev = [_sample("trigger=shell", "ASSAULT", "ASSAULT", 0.5)] * 4
    report = choose(odd, dev, odd, LABELS, folds=0)
    policy = report["best_policy"]
    assert report["chosen_dev_accuracy"] == report["rules_only_dev_accuracy"] == 1.0
    assert isinstance(policy, Policy) and policy.retype_below == 0.0  # ties go to the conservative policy


def test_bench_scores_any_file_of_our_format(tmp_path: Path) -> None:
    gold = tmp_path / "mine.jsonl"
    rows = [
        {"text": "Rebel gunners shelled the army barracks at dawn.", "type": "ASSAULT", "actors": ["Rebel gunners"]},
        {"text": "Dockworkers picketed the port gates on Monday.", "type": "PROTEST", "actors": ["Dockworkers"]},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    outcome = CliRunner().invoke(bench_app, ["events", "--domain-file", str(gold), "--split", "odd", "--json"])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.output)
    assert result["sentences"] == 1 and result["format"] == "domain"
    assert 0.0 <= float(result["type_accuracy"]) <= 1.0
