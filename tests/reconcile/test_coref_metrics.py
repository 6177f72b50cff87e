"""MUC, B³, CEAF-e and CoNLL F1 on tiny examples worked by hand from the definitions."""

from __future__ import annotations

import pytest

from annalist.bench.coref import b_cubed, ceaf_e, chains_from_labels, conll_scores, muc

# Key {a,b,c} {d,e}; response {a,b} {c,d,e}.
KEY = [frozenset("abc"), frozenset("de")]
RESPONSE = [frozenset("ab"), frozenset("cde")]


def test_muc_counts_links_by_partition() -> None:
    # Recall: {a,b,c} is cut in 2 parts -> 3-2=1 of 2 links; {d,e} in 1 part -> 1 of 1. R = 2/3.
    # Precision: {a,b} in 1 key part -> 1 of 1; {c,d,e} in 2 parts -> 1 of 2. P = 2/3.
    p, r, f = muc(KEY, RESPONSE)
    assert (p, r, f) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_b_cubed_averages_over_mentions() -> None:
    # Recall per mention: a,b: 2/3; c: 1/3; d,e: 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15.
    # Precision per mention: a,b: 2/2; c: 1/3; d,e: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15.
    p, r, f = b_cubed(KEY, RESPONSE)
    assert (p, r, f) == pytest.approx((11 / 15, 11 / 15, 11 / 15))


def test_ceaf_e_aligns_chains_one_to_one() -> None:
    # phi4({a,b,c},{a,b}) = 4/5; phi4({d,e},{c,d,e}) = 4/5; the alternative alignment scores
    # phi4({a,b,c},{c,d,e}) + phi4({d,e},{a,b}) = 1/3 + 0. Best = 8/5 over 2 chains each side.
    p, r, f = ceaf_e(KEY, RESPONSE)
    assert (p, r, f) == pytest.approx((0.8, 0.8, 0.8))


def test_ceaf_e_penalises_extra_response_chains() -> None:
    # Key {a,b}; response {a} {b}: best alignment phi4({a,b},{a}) = 2/3; R = 2/3 / 1, P = 2/3 / 2.
    p, r, _ = ceaf_e([frozenset("ab")], [frozenset("a"), frozenset("b")])
    assert (p, r) == pytest.approx((1 / 3, 2 / 3))


def test_singletons_add_no_muc_links_but_count_in_b_cubed() -> None:
    key = [frozenset("a"), frozenset("b")]
    response = [frozenset("ab")]
    assert muc(key, response) == (0.0, 0.0, 0.0)  # no key links to recall
    p, r, _ = b_cubed(key, response)
    assert (p, r) == pytest.approx((0.5, 1.0))


def test_perfect_response_scores_one_everywhere() -> None:
    scores = conll_scores(KEY, KEY)
    assert scores["conll_f1"] == pytest.approx(1.0)
    assert scores["muc_f1"] == scores["b3_f1"] == scores["ceafe_f1"] == pytest.approx(1.0)


def test_conll_is_the_mean_of_three_f1() -> None:
    scores = conll_scores(KEY, RESPONSE)
    assert scores["conll_f1"] == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_chains_from_labels_groups_mentions() -> None:
    chains = chains_from_labels({"m1": "x", "m2": "x", "m3": "y"})
    assert sorted(map(sorted, chains)) == [["m1", "m2"], ["m3"]]
