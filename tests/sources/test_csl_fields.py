"""CSL-JSON mapping of parsed fields: names, dates, pages, volumes."""

from __future__ import annotations

import pytest

from annalist.sources.csl import parse_date, parse_names, to_csl
from annalist.sources.reference_parser import ParsedField


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ali Reza Karimi,", [{"family": "Karimi", "given": "Ali Reza"}]),
        ("Brown, T., & Lee, K.", [{"family": "Brown", "given": "T"}, {"family": "Lee", "given": "K"}]),
        ("Okafor JJ, Mensah A.", [{"family": "Okafor", "given": "JJ"}, {"family": "Mensah", "given": "A"}]),
        ("Ludwig van Beethoven", [{"family": "van Beethoven", "given": "Ludwig"}]),
        ("Institute for Desert Studies,", [{"literal": "Institute for Desert Studies"}]),
    ],
)
def test_names(text: str, expected: list[dict[str, str]]) -> None:
    assert parse_names(text) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("(2011).", [[2011]]),
        ("July 26, 1990", [[1990, 7, 26]]),
        ("3 Sept. 1971,", [[1971, 9, 3]]),
        ("1965-2005", [[1965], [2005]]),
    ],
)
def test_dates(text: str, parts: list[list[int]]) -> None:
    assert parse_date(text) == {"date-parts": parts}


def test_pages_volume_and_issue() -> None:
    fields = [
        ParsedField("author", "Brown, T.", 0, 9),
        ParsedField("title", "Hill forts.", 10, 21),
        ParsedField("journal", "Frontier Review,", 22, 38),
        ParsedField("volume", "vol. 12(3),", 39, 50),
        ParsedField("pages", "pp. 45–67.", 51, 61),
    ]
    csl = to_csl(fields)
    assert (csl["volume"], csl["issue"], csl["page"]) == ("12", "3", "45-67")
    assert csl["type"] == "article-journal"
