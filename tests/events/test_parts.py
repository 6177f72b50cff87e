"""Figures, the alias table and the bench, on our own inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annalist.bench.events import load_plover, render, run, score
from annalist.events.actors import ActorTable, ActorTableError
from annalist.events.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "kind", "low", "best", "high"),
    [
        ("They reported over 4,800 casualties.", "casualties", 4800, None, None),
        ("A force of 4-5 thousand fighters crossed.", "force_size", 4000, None, 5000),
        ("They fielded 25 brigades of 200 men.", "force_size", None, 5000, None),
        ("About 7,000 men took part.", "force_size", None, 7000, None),
        ("Up to 300 dead were counted.", "dead", None, None, 300),
    ],
)
def test_figures_low_best_high(text: str, kind: str, low: float | None, best: float | None, high: float | None) -> None:
    figure = extract_figures(text, 0)[0]
    assert (figure.kind, figure.low, figure.best, figure.high) == (kind, low, best, high)
    assert text[figure.start : figure.end] == figure.text


def test_no_figure_from_a_year() -> None:
    assert extract_figures("In 1988 the war ended.", 0) == []


@pytest.mark.parametrize("alias", ["MEK", "MKO", "PMOI", "Mujahedin-e Khalq", "People's Mojahedin", "the hypocrites"])
def test_mek_aliases_share_one_entity(alias: str) -> None:
    entry = ActorTable.default().find(alias)
    assert entry is not None and entry.key == "mek"


def test_baath_regime_is_government_of_iraq() -> None:
    entry = ActorTable.default().find("the Iraqi Ba'ath regime")
    assert entry is not None and entry.name == "Government of Iraq"


def test_user_alias_file_extends_the_table(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps([{"key": "kdp", "name": "Kurdistan Democratic Party", "kind": "organisation",
                                  "aliases": ["KDP", "Barzani's party"]}]))  # fmt: skip
    entry = ActorTable.default([extra]).find("Barzani's party")
    assert entry is not None and entry.key == "kdp"


def test_bad_alias_file_says_what_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("only\ttwo\n")
    with pytest.raises(ActorTableError, match="6 tab-separated columns"):
        ActorTable.default([bad])


def test_score_counts_types_and_overlapping_spans(tmp_path: Path) -> None:
    gsr = tmp_path / "gsr.json"
    records = [
        {"event": "DOCUMENT"},
        {"event": "FIGHT", "text": "Rebels shelled the town.", "source": [{"actorText": "Rebels"}], "target": ""},
        {"event": "DEMAND", "text": "Greece demanded talks.", "source": [{"actorText": "Greece"}]},
    ]
    gsr.write_text(json.dumps(records))
    gold = load_plover(gsr)
    assert [g.type for g in gold] == ["ASSAULT", "REQUEST"] and [g.index for g in gold] == [1, 2]
    result = score(gold, {1: {"type": "ASSAULT", "actors": [[0, 6]]}, 2: {"type": "AGREE", "actors": [[0, 3]]}})
    assert result["type_accuracy"] == 0.5 and result["actor_f1"] == 1.0
    theirs = tmp_path / "theirs.jsonl"
    theirs.write_text(json.dumps({"index": 2, "type": "REQUEST", "actors": []}) + "\n")
    written = tmp_path / "written.jsonl"
    even = run(gsr, split="even", rescore=theirs, predictions=written)
    assert even["sentences"] == 1 and even["type_accuracy"] == 1.0
    rows = [json.loads(line) for line in written.read_text().splitlines()]
    assert rows == [{"index": 2, "text": "Greece demanded talks.", "type": "REQUEST", "actors": [], "recipients": []}]
    assert run(gsr, split="even", rescore=written) == even  # what is written reads back to the same figures
    assert "NGEC-2025" in render(even)


def test_gsr_even_split_runs_end_to_end(gold_dir: Path) -> None:
    result = run(gold_dir / "events" / "plover-gsr" / "PLOVER_GSR_CAMEO.json", split="even")
    assert result["sentences"] == 161
    assert 0.0 <= float(result["type_accuracy"]) <= 1.0  # type: ignore[arg-type]


def test_domain_gold_is_readable_and_scored() -> None:
    path = Path(__file__).resolve().parents[2] / "src" / "annalist" / "data" / "events" / "domain_gold.jsonl"
    result = run(path)
    assert result["format"] == "domain" and int(result["sentences"]) >= 60  # type: ignore[call-overload]


def test_speed_bench_times_the_event_component_beside_the_spacy_pass() -> None:
    from annalist.bench.events import render_speed, speed_run

    result = speed_run(words=600, repeat=1)
    assert int(result["words"]) >= 600  # type: ignore[call-overload]
    assert float(result["events_seconds"]) > 0 and float(result["spacy_seconds"]) > 0  # type: ignore[arg-type]
    share = float(result["events_share"])  # type: ignore[arg-type]
    ratio = float(result["events_seconds"]) / float(result["spacy_seconds"])  # type: ignore[arg-type]
    assert abs(share - ratio) < 0.05  # the two times are rounded to milliseconds
    assert "of the spaCy pass" in render_speed(result)
