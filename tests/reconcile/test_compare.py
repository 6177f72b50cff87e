"""Source comparison on our corpus: the contradictions a reader must see, and figure combining."""

from __future__ import annotations

import pytest

from annalist.reconcile.claims import ClaimView, FigureView
from annalist.reconcile.compare import FIGURE_RULE, combine_figures, compare_cluster, source_pair_tally
from annalist.reconcile.coref import cluster_claims
from annalist.reconcile.evidence import date_relation, figure_relation, place_relation

from .corpus import CLAIMS, ESLAMABAD, KERMANSHAH_PROVINCE, day


def comparison_of(claim_id: str):  # type: ignore[no-untyped-def]
    event = next(e for e in cluster_claims(CLAIMS) if claim_id in e.claim_ids)
    return compare_cluster(event)


def test_offensive_start_date_and_force_size_contradict() -> None:
    comparison = comparison_of("a1")
    assert comparison.attribute("date").verdict == "contradict"
    assert comparison.attribute("figure:force_size").verdict == "contradict"
    assert comparison.attribute("actors").verdict == "agree"
    assert comparison.attribute("place").verdict == "compatible"  # province vs town inside it
    date_pairs = {frozenset((p.claim_a, p.claim_b)): p.verdict for p in comparison.attribute("date").pairs}
    assert date_pairs[frozenset(("a1", "a2"))] == "contradict"
    assert date_pairs[frozenset(("a2", "a3"))] == "agree"
    assert date_pairs[frozenset(("a1", "a4"))] == "compatible"  # the month contains the day


def test_force_size_combined_ucdp_style() -> None:
    force = next(f for f in comparison_of("a1").figures if f.kind == "force_size")
    # lows: 4000 (a2), 7000 (a1); highs: 5000, 7000; bests: 4500 (a2's midpoint), 7000 -> lower median.
    assert (force.low, force.best, force.high, force.reports) == (4000, 4500, 7000, 2)
    assert force.rule == FIGURE_RULE


def test_counter_offensive_dates_contradict_by_one_day() -> None:
    date = comparison_of("c1").attribute("date")
    assert date.verdict == "contradict"
    assert date.pairs[0].detail == "1 day(s) apart"


def test_capture_of_kerend_agrees_except_compatible_tolls() -> None:
    comparison = comparison_of("d1")
    assert comparison.attribute("date").verdict == "agree"
    assert comparison.attribute("place").verdict == "agree"
    assert comparison.attribute("figure:dead").verdict == "compatible"  # 50 vs more than 40
    assert comparison.contradictions == ()


def test_single_source_event_has_nothing_to_compare() -> None:
    assert {a.verdict for a in comparison_of("e1").attributes} == {"single"}


def test_source_pair_tally_counts_each_pair() -> None:
    comparisons = [compare_cluster(e) for e in cluster_claims(CLAIMS)]
    tally = {(t.source_a, t.source_b): t for t in source_pair_tally(comparisons)}
    daily_vs_history = tally[("Iranian daily", "MEK history")]
    # a1 vs a2: date contradict, place agree, actors agree, recipients agree, force size contradict.
    assert (daily_vs_history.agree, daily_vs_history.compatible, daily_vs_history.contradict) == (3, 0, 2)
    daily_vs_wire = tally[("Iranian daily", "Wire service")]
    # b1/b2: date, place, actors, recipients agree; dead 12 vs 10-15 compatible. c1/c2: date
    # contradicts, place, actors, recipients agree.
    assert (daily_vs_wire.agree, daily_vs_wire.compatible, daily_vs_wire.contradict) == (7, 1, 1)


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        (day("1988-07-25"), day("1988-07-25"), "agree"),
        (day("1988-07-25"), day("1988-07-26"), "contradict"),
        (day("1988-07-25"), {"date_start": "1988-07-01", "date_end": "1988-07-31"}, "compatible"),
        ({"date_start": "1988-06-01", "date_end": "1988-06-30"}, day("1988-07-25"), "contradict"),
    ],
)
def test_date_relation_respects_precision(first: dict[str, str], second: dict[str, str], verdict: str) -> None:
    a = ClaimView("a", "d", "s", "ASSAULT", **first)  # type: ignore[arg-type]
    b = ClaimView("b", "d", "t", "ASSAULT", **second)  # type: ignore[arg-type]
    relation = date_relation(a, b)
    assert relation is not None and relation.verdict == verdict


def test_place_relation_respects_precision() -> None:
    town = ClaimView("a", "d", "s", "ASSAULT", **ESLAMABAD)  # type: ignore[arg-type]
    province = ClaimView("b", "d", "t", "ASSAULT", **KERMANSHAH_PROVINCE)  # type: ignore[arg-type]
    far = ClaimView("c", "d", "t", "ASSAULT", lat=35.69, lon=51.39, place_precision="city")
    assert place_relation(town, town).verdict == "agree"  # type: ignore[union-attr]
    assert place_relation(town, province).verdict == "compatible"  # type: ignore[union-attr]
    assert place_relation(town, far).verdict == "contradict"  # type: ignore[union-attr]


def test_figure_relation_treats_more_than_as_open_range() -> None:
    assert figure_relation(FigureView("dead", 40, None, None), FigureView("dead", None, 50, None)).verdict == (
        "compatible"
    )
    assert figure_relation(FigureView("dead", None, 30, None), FigureView("dead", 40, None, None)).verdict == (
        "contradict"
    )


def test_combine_figures_rejects_mixed_kinds() -> None:
    with pytest.raises(ValueError, match="one kind at a time"):
        combine_figures([FigureView("dead", None, 1, None), FigureView("injured", None, 2, None)])
