"""The scaling benchmark: worker counts parsed strictly, every count measured on the same path, efficiency."""

from __future__ import annotations

import os

import pytest

from annalist.bench import scaling
from annalist.pipeline import parallel


def test_worker_counts_are_parsed_sorted_and_checked() -> None:
    assert scaling.parse_workers("4, 1,2,2") == (1, 2, 4)
    with pytest.raises(ValueError, match="whole numbers"):
        scaling.parse_workers("1,two")
    with pytest.raises(ValueError, match="1 or more"):
        scaling.parse_workers("0,2")


def test_spawned_workers_get_one_numeric_thread_and_the_parent_keeps_its_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setenv("MKL_NUM_THREADS", "3")  # a user's own choice is left alone
    with parallel._one_thread_per_child():
        assert os.environ["OMP_NUM_THREADS"] == "1"
        assert os.environ["MKL_NUM_THREADS"] == "3"
    assert "OMP_NUM_THREADS" not in os.environ
    assert os.environ["MKL_NUM_THREADS"] == "3"


def test_scaling_run_measures_each_count_against_one_worker() -> None:
    result = scaling.run(400, workers=(2,))
    counts = [row["workers"] for row in result["rows"]]
    assert counts == [1, 2]  # one worker is always measured: efficiency is relative to it
    one, two = result["rows"]
    assert one["parallel_efficiency"] == pytest.approx(1.0)
    assert two["speedup"] == pytest.approx(two["documents_per_s"] / one["documents_per_s"])
    assert two["parallel_efficiency"] == pytest.approx(two["speedup"] / 2)
    assert result["documents"] >= 2 and one["words_per_s"] > 0
    assert "efficiency" in scaling.render(result)


def test_speed_stages_count_their_fastest_run_and_their_largest_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    from annalist.bench import speed

    runs = iter(
        [
            {"seconds": 3.0, "peak_rss_mb": 250.0, "reconcile_seconds": 1.0},
            {"seconds": 2.0, "peak_rss_mb": 240.0, "reconcile_seconds": 1.5},
            {"seconds": 2.5, "peak_rss_mb": 260.0, "reconcile_seconds": 0.8},
        ]
    )
    assert speed._fastest(list(runs)) == {"seconds": 2.0, "peak_rss_mb": 260.0, "reconcile_seconds": 0.8}
    order: list[str] = []

    def fake_run(stage: str, texts: list[str], model: str | None) -> dict[str, float]:
        order.append(stage)
        return {"seconds": float(len(order)), "peak_rss_mb": 1.0}

    monkeypatch.setattr(speed, "_in_fresh_process", fake_run)
    fastest = speed._fastest_of_each(["text"], None, 2)
    assert order == ["bare", "analyse", "ingest"] * 2  # interleaved: a slow spell hits every stage alike
    assert fastest["bare"]["seconds"] == 1.0 and fastest["ingest"]["seconds"] == 3.0
    assert speed.corpus_texts(300) and sum(len(t.split()) for t in speed.corpus_texts(300)) >= 300
