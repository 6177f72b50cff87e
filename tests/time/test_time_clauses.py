"""Regression tests for the parse-aware reference time: dates in relative clauses and flashbacks do not move the story."""

from __future__ import annotations

import pytest
from spacy.language import Language

from annalist.records import Timex
from annalist.time import TimeTagger
from annalist.time.clauses import narrates


def tag(text: str, nlp: Language | None = None) -> dict[str, Timex]:
    doc = nlp(text) if nlp is not None else None
    return {t.text: t for t in TimeTagger("narrative").tag(text, doc=doc)}


def test_date_in_main_clause_narrates(base_nlp: Language) -> None:
    text = "On 3 May 1862 the brigade crossed the river."
    start = text.index("3 May 1862")
    assert narrates(base_nlp(text), start, start + len("3 May 1862"))


def test_date_in_relative_clause_does_not_narrate(base_nlp: Language) -> None:
    text = "The army reached Cadiz, a port which the Moors had taken in 1488."
    start = text.index("1488")
    assert not narrates(base_nlp(text), start, start + 4)


def test_date_after_by_in_past_perfect_narrates(base_nlp: Language) -> None:
    text = "By June 1863 the rebels had retreated across the border."
    assert narrates(base_nlp(text), 3, 12)


def test_flashback_in_relative_clause_keeps_the_narrative_year(base_nlp: Language) -> None:
    text = (
        "On 4 March 1811 the garrison marched to Cadiz, a port which the Moors had lost in 1492. "
        "On 9 April it entered the town."
    )
    assert tag(text)["9 April"].value == "1492-04-09"  # surface cues alone follow the named year
    assert tag(text, base_nlp)["9 April"].value == "1811-04-09"


def test_doc_of_another_text_is_refused(base_nlp: Language) -> None:
    with pytest.raises(ValueError, match="another text"):
        TimeTagger().tag("In May 1901 the strike began.", doc=base_nlp("Something else entirely."))


def test_month_well_before_the_last_dated_month_is_next_year() -> None:
    found = tag(
        "On 7 December 1941 the raid came. That winter of 1941 the war spread. In March the columns moved north."
    )
    assert found["March"].value == "1942-03"


def test_month_shortly_before_the_last_dated_month_stays_in_its_year() -> None:
    found = tag("The siege was lifted on 20 October 1812. The treaty of June had been ignored.")
    assert found["June"].value == "1812-06"


def test_continuation_reaches_only_a_fortnight_past_the_last_day() -> None:
    text = "On 2 May 1776 the fleet sailed. Plans were laid for 1777. In June the army set off."
    assert tag(text)["June"].value == "1777-06"
