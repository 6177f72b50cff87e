"""Event coreference on our multi-source corpus: every expected merge, and no other."""

from __future__ import annotations

import random
from dataclasses import replace

from annalist.reconcile.claims import ClaimView, claim_from_mention
from annalist.reconcile.coref import CorefConfig, cluster_claims

from .corpus import CLAIMS, ESLAMABAD, EXPECTED_EVENTS, MEK, day


def events_as_sets(claims: tuple[ClaimView, ...] | list[ClaimView]) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(e.claim_ids) for e in cluster_claims(claims))


def test_corpus_merges_exactly_the_expected_events() -> None:
    assert events_as_sets(CLAIMS) == EXPECTED_EVENTS


def test_result_does_not_depend_on_input_order() -> None:
    shuffled = list(CLAIMS)
    random.Random(3).shuffle(shuffled)
    assert sorted(e.event_id for e in cluster_claims(shuffled)) == sorted(e.event_id for e in cluster_claims(CLAIMS))


def test_reconciled_event_carries_ranges_actors_and_every_claim() -> None:
    offensive = next(e for e in cluster_claims(CLAIMS) if "a1" in e.claim_ids)
    assert offensive.date_start == "1988-07-01" and offensive.date_end == "1988-07-31"
    assert offensive.actors == (MEK,)
    assert set(offensive.place_names) == {"Eslamabad-e Gharb", "Kermanshah"}
    assert offensive.lat_range is not None and offensive.lat_range[0] < offensive.lat_range[1]
    assert {claim_id for claim_id, _ in offensive.merge_reasons} == set(offensive.claim_ids) - {
        offensive.claims[0].claim_id
    }


def test_one_day_apart_across_a_month_boundary_still_merges() -> None:
    first = ClaimView("x1", "d1", "s1", "ASSAULT", **day("1988-07-31"), **ESLAMABAD, actors=(MEK,))
    second = ClaimView("x2", "d2", "s2", "ASSAULT", **day("1988-08-01"), **ESLAMABAD, actors=(MEK,))
    assert events_as_sets([first, second]) == {frozenset({"x1", "x2"})}


def test_two_days_apart_are_two_events_at_default_tolerance() -> None:
    first = ClaimView("x1", "d1", "s1", "ASSAULT", **day("1988-07-25"), **ESLAMABAD, actors=(MEK,))
    second = replace(first, claim_id="x2", **day("1988-07-27"))
    assert len(cluster_claims([first, second])) == 2
    assert len(cluster_claims([first, second], CorefConfig(date_tolerance_days=2))) == 1


def test_reports_a_day_apart_do_not_chain_into_a_three_day_event() -> None:
    claims = [
        ClaimView(f"x{n}", f"d{n}", f"s{n}", "ASSAULT", **day(f"1988-07-{n}"), **ESLAMABAD, actors=(MEK,))
        for n in (25, 26, 27)
    ]
    assert events_as_sets(claims) == {frozenset({"x25", "x26"}), frozenset({"x27"})}


def test_a_month_claim_that_fits_two_events_joins_neither() -> None:
    town = ClaimView("t1", "d1", "s1", "ASSAULT", **day("1988-07-05"), **ESLAMABAD, actors=(MEK,))
    later = replace(town, claim_id="t2", document_id="d2", **day("1988-07-20"))
    vague = replace(
        town, claim_id="v", document_id="d3", date_start="1988-07-01", date_end="1988-07-31", date_precision="month"
    )
    assert events_as_sets([town, later, vague]) == {frozenset({"t1"}), frozenset({"t2"}), frozenset({"v"})}


def test_unrelated_types_never_merge_even_with_same_day_place_and_actor() -> None:
    attack = ClaimView("x1", "d1", "s1", "ASSAULT", **day("1988-07-25"), **ESLAMABAD, actors=(MEK,))
    talks = replace(attack, claim_id="x2", type="CONSULT")
    assert len(cluster_claims([attack, talks])) == 2


def test_claims_without_date_or_place_stay_alone() -> None:
    bare = ClaimView("x1", "d1", "s1", "ASSAULT", actors=(MEK,))
    twin = replace(bare, claim_id="x2")
    assert len(cluster_claims([bare, twin])) == 2


def test_claim_from_mention_keeps_place_actors_and_figures() -> None:
    from annalist.records import ActorRef, EventMention, Extractor, Figure, Place

    extractor = Extractor("test", "1")
    mek = ActorRef(0, 3, "MEK", MEK, "mek", "organisation")
    mention = EventMention(
        0, 40, "The MEK took Kerend with 7000 fighters.", 8, 12, "took", "ASSAULT", None, None,
        "Non-state actor overtakes territory", "asserted", (mek,), (),
        (Figure("force_size", None, 7000, None, "people", 25, 29, "7000"),), extractor, "test",
        date_start="1988-07-26", date_end="1988-07-26", date_precision="day",
        place=Place("Kerend-e Gharb", 1, 34.28, 46.24, "IR", None, "PPL", "city"),
    )  # fmt: skip
    claim = claim_from_mention(mention, claim_id="c", document_id="d", source="s")
    assert claim.actors == ("mek",) and claim.place_precision == "city" and claim.lat == 34.28
    assert claim.figures[0].best == 7000 and claim.subtype == "Non-state actor overtakes territory"
