"""ACLED and UCDP codes derived from annalist's precisions, sectors and kinds, and the shared death toll."""

from __future__ import annotations

from datetime import date

import pytest

from annalist.export import coding
from annalist.export.countries import country
from annalist.export.summary import DateSpan, death_toll


def span(start: str, end: str, precision: str) -> DateSpan:
    return DateSpan(date.fromisoformat(start), date.fromisoformat(end), precision)


@pytest.mark.parametrize(
    ("start", "end", "precision", "acled", "ucdp"),
    [
        ("1988-07-25", "1988-07-25", "day", 1, 1),
        ("1988-07-25", "1988-07-27", "day", 2, 2),  # a range of days is never an exact date
        ("1988-07-25", "1988-07-31", "week", 2, 3),
        ("1988-07-01", "1988-07-31", "month", 3, 4),
        ("1988-01-01", "1988-12-31", "year", 3, 5),
    ],
)
def test_time_precision_codes(start: str, end: str, precision: str, acled: int, ucdp: int) -> None:
    assert coding.acled_time_precision(span(start, end, precision)) == acled
    assert coding.ucdp_date_prec(span(start, end, precision)) == ucdp


@pytest.mark.parametrize(
    ("precision", "acled", "ucdp"),
    [("city", 1, 1), ("sub-city", 1, 1), ("admin2", 2, 3), ("admin1", 3, 4), ("region", 2, 5), ("country", 3, 6)],
)
def test_place_precision_codes(precision: str, acled: int, ucdp: int) -> None:
    assert coding.acled_geo_precision(precision) == acled
    assert coding.ucdp_where_prec(precision) == ucdp


@pytest.mark.parametrize(
    ("actor", "event_country", "event_type", "inter"),
    [
        ({"sector": "MIL", "kind": "group", "country": "IRN"}, "IRN", "Battles", 1),
        ({"sector": "MIL", "kind": "group", "country": "IRQ"}, "IRN", "Battles", 8),  # forces abroad are external
        ({"sector": None, "kind": "state", "country": None}, None, "Battles", 1),
        ({"sector": "REB", "kind": "organisation", "country": "IRN"}, "IRN", "Battles", 2),
        ({"sector": "PTY", "kind": "group", "country": None}, None, "Battles", 3),
        ({"sector": "ETH", "kind": "group", "country": None}, None, "Battles", 4),
        ({"sector": None, "kind": "group", "country": None}, None, "Riots", 5),
        ({"sector": "OPP", "kind": "group", "country": None}, None, "Protests", 6),
        ({"sector": "CVL", "kind": "group", "country": None}, None, "Violence against civilians", 7),
        ({"sector": "IGO", "kind": "organisation", "country": None}, None, "Strategic developments", 8),
        ({"sector": None, "kind": "unknown", "country": None}, None, "Battles", 3),  # unidentified armed group
    ],
)
def test_inter_codes(actor: dict[str, object], event_country: str | None, event_type: str, inter: int) -> None:
    assert coding.acled_inter(actor, event_country=event_country, acled_event_type=event_type) == inter


@pytest.mark.parametrize(("inter1", "inter2", "interaction"), [(1, None, 10), (2, 1, 12), (1, 7, 17), (8, 3, 38)])
def test_interaction_puts_lower_code_first(inter1: int, inter2: int | None, interaction: int) -> None:
    assert coding.acled_interaction(inter1, inter2) == interaction


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "disorder"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Agreement", "Strategic developments"),
    ],
)
def test_disorder_type(event_type: str, sub_event_type: str, disorder: str) -> None:
    assert coding.acled_disorder_type(event_type, sub_event_type) == disorder


def test_type_of_violence() -> None:
    state = {"sector": "GOV", "kind": "state"}
    rebels = {"sector": "REB", "kind": "organisation"}
    civilians = {"sector": "CVL", "kind": "group"}
    assert coding.ucdp_type_of_violence(state, rebels) == 1
    assert coding.ucdp_type_of_violence(rebels, {"sector": "PTY", "kind": "group"}) == 2
    assert coding.ucdp_type_of_violence(rebels, civilians) == 3


def test_country_lookup_by_either_iso_code() -> None:
    iran = country("IR")
    assert iran is not None and iran == country("irn")
    assert (iran.iso_numeric, iran.name, iran.acled_region, iran.ucdp_region) == (
        364,
        "Iran",
        "Middle East",
        "Middle East",
    )
    assert country(None) is None and country("ZZ") is None


def test_death_toll_keeps_every_source_and_the_most_conservative_figure() -> None:
    event = {
        "claims": [
            {"id": "a", "source": "Wire", "document_id": "d1"},
            {"id": "b", "source": "Daily", "document_id": "d2"},
        ],
        "figures": [
            {"kind": "dead", "low": None, "best": 40, "high": None, "claim_id": "a"},
            {"kind": "dead", "low": 12, "best": 12, "high": None, "claim_id": "a"},  # a subset in the same sentence
            {"kind": "dead", "low": 1000, "best": 1200, "high": 1500, "claim_id": "b"},
            {"kind": "injured", "low": None, "best": 9000, "high": None, "claim_id": "b"},
        ],
    }
    toll = death_toll(event)
    assert toll is not None
    assert (toll.low, toll.best, toll.high) == (40, 40, 1500)
    assert dict(toll.by_source) == {"Wire": 40, "Daily": 1200}
    assert toll.conservative == 40
    assert death_toll({"claims": [], "figures": []}) is None
