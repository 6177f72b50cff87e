"""Candidate features and the fitted weights."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from annalist.places.features import FEATURES, DocumentContext, ResolverWeights, prior_features
from annalist.places.fit import fit_weights
from annalist.places.gazetteer import Candidate, Gazetteer


def _column(rows: np.ndarray, name: str) -> list[float]:
    return [float(v) for v in rows[:, FEATURES.index(name)]]


def _one(gazetteer: Gazetteer, name: str, country: str) -> Candidate:
    return next(c for c in gazetteer.candidates(name) if c.place.country == country)


def test_an_acronym_that_spells_a_town_name_is_marked(tiny_gazetteer: Gazetteer) -> None:
    paris = tiny_gazetteer.candidates("Paris")
    assert _column(prior_features("PARIS", paris), "acronym_mismatch") == [0.0, 0.0]  # five letters: a name
    assert _column(prior_features("Paris", paris), "most_populous") == [1.0, 0.0]


def test_context_counts_the_other_names_places_and_leaves_the_own_out(tiny_gazetteer: Gazetteer) -> None:
    picked = {"dallas": _one(tiny_gazetteer, "Dallas", "US"), "paris": _one(tiny_gazetteer, "Paris", "FR")}
    context = DocumentContext(picked)
    paris = tiny_gazetteer.candidates("Paris")
    rows = prior_features("Paris", paris)
    context.fill(rows, paris, "paris")
    by_country = {c.place.country: i for i, c in enumerate(paris)}
    same_country = _column(rows, "same_country")
    assert same_country[by_country["US"]] == 1.0 and same_country[by_country["FR"]] == 0.0
    near = _column(rows, "near")
    assert near[by_country["US"]] > 0.3 > near[by_country["FR"]]


def test_a_country_holding_the_other_places_is_marked(tiny_gazetteer: Gazetteer) -> None:
    picked = {"kermanshah": _one(tiny_gazetteer, "Kermanshah", "IR"), "tehran": _one(tiny_gazetteer, "Tehran", "IR")}
    iran = tiny_gazetteer.candidates("Iran")
    rows = prior_features("Iran", iran)
    DocumentContext(picked).fill(rows, iran, "iran")
    assert _column(rows, "holds_others") == [1.0]


def test_shipped_weights_name_every_feature_once() -> None:
    text = resources.files("annalist").joinpath("data/places/resolver_weights.json").read_text(encoding="utf-8")
    stored = json.loads(text)
    assert sorted(stored["features"]) == sorted(FEATURES)
    assert len(ResolverWeights.default().values) == len(FEATURES)


def test_weights_of_the_wrong_length_say_how_to_refit() -> None:
    with pytest.raises(ValueError, match=r"annalist\.places\.fit"):
        ResolverWeights((1.0, 2.0))


def test_the_fit_learns_that_an_informative_feature_matters() -> None:
    rng = np.random.default_rng(7)
    examples = []
    for _ in range(60):
        rows = rng.normal(size=(3, len(FEATURES)))
        right = np.zeros(3, dtype=bool)
        right[int(np.argmax(rows[:, FEATURES.index("near")]))] = True
        examples.append((rows, right))
    weights = fit_weights(examples, np.zeros(len(FEATURES)))
    assert weights[FEATURES.index("near")] > 1.0
    assert weights[FEATURES.index("near")] > 3 * abs(weights[FEATURES.index("capital")])


def test_a_name_with_every_reading_in_one_state_anchors_it(tiny_gazetteer: Gazetteer) -> None:
    from annalist.places.features import anchor_region

    assert anchor_region(tiny_gazetteer.candidates("Dallas")) == ("US", "TX")
    assert anchor_region(tiny_gazetteer.candidates("Paris")) is None  # France or Texas
    assert anchor_region(tiny_gazetteer.candidates("Iran")) is None  # a country anchors no state


def test_candidate_support_counts_other_names_that_can_lie_in_the_same_state(tiny_gazetteer: Gazetteer) -> None:
    from annalist.places.features import add_candidate_support

    names = {key: tiny_gazetteer.candidates(key) for key in ("Paris", "Dallas", "Kermanshah")}
    rows = {key: prior_features(key, cands) for key, cands in names.items()}
    add_candidate_support(rows, names)
    by_country = {c.place.country: i for i, c in enumerate(names["Paris"])}
    support = _column(rows["Paris"], "admin1_support")
    # Dallas can only be in Texas, Kermanshah only in Iran: one of the two other names backs Paris, Texas.
    assert support[by_country["US"]] == 0.5 and support[by_country["FR"]] == 0.0
    assert _column(rows["Paris"], "admin1_support_sure")[by_country["US"]] == 0.5
    assert _column(rows["Kermanshah"], "admin1_support") == [0.0]


def test_a_variant_near_its_places_earns_back_at_least_its_name_penalty() -> None:
    from annalist.places.fit import trust_variants_near_their_places

    values = [0.0] * len(FEATURES)
    values[FEATURES.index("name_official")], values[FEATURES.index("name_skeleton")] = 3.0, -9.0
    values[FEATURES.index("skeleton_where_exact_fails")] = 8.0
    raised = trust_variants_near_their_places(ResolverWeights(tuple(values)))
    assert raised.values[FEATURES.index("skeleton_where_exact_fails")] == 12.0
    values[FEATURES.index("name_skeleton")] = -1.0  # a small gap leaves the hand-set weight as it is
    kept = trust_variants_near_their_places(ResolverWeights(tuple(values)))
    assert kept.values[FEATURES.index("skeleton_where_exact_fails")] == 8.0
