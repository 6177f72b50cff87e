"""Normalisation of time expressions in narratives and news, written as a historian would read them."""

from __future__ import annotations

import pytest

from annalist.records import Timex
from annalist.time import TimeTagger, acled_time_precision, edtf


def tag(text: str, **options: object) -> dict[str, Timex]:
    mode = str(options.pop("mode", "auto"))
    return {t.text: t for t in TimeTagger(mode).tag(text, **options)}  # type: ignore[arg-type]


def test_month_day_takes_the_year_of_the_narrative() -> None:
    found = tag("Iraqi forces struck on July 22, 1988. The rebels then crossed the border on July 25.")
    assert found["July 22, 1988"].value == "1988-07-22"
    assert found["July 25"].value == "1988-07-25"
    assert found["July 25"].anchor == "1988-07-22"


def test_month_day_in_news_mode_takes_the_document_year() -> None:
    found = tag("Talks resumed on March 3.", document_date="2021-03-10", mode="news")
    assert found["March 3"].value == "2021-03-03"


def test_auto_mode_reads_a_short_dated_report_as_news() -> None:
    found = tag("Shelling resumed on Tuesday and on March 3 the town fell.", document_date="2021-03-10")
    assert found["March 3"].value == "2021-03-03"


def test_two_days_later_counts_from_the_last_day() -> None:
    found = tag("The siege began on 3 May 1916. Two days later the garrison surrendered.")
    assert found["Two days later"].value == "1916-05-05"
    assert found["Two days later"].type == "DATE"


def test_solar_hijri_date_is_converted_and_keeps_the_original() -> None:
    found = tag("The column entered the valley on 3 Mordad 1367.")
    timex = found["3 Mordad 1367"]
    assert (timex.value, timex.calendar, timex.original) == ("1988-07-25", "solar_hijri", "3 Mordad 1367")
    assert timex.date_start == timex.date_end == "1988-07-25"


def test_solar_hijri_day_without_year_uses_the_gregorian_year_in_context() -> None:
    found = tag("Fighting flared in July 1988; on 5 Mordad the road was cut.")
    assert found["5 Mordad"].value == "1988-07-27"


def test_islamic_hijri_date_is_converted() -> None:
    found = tag("The truce was signed on 15 Ramadan 1408 AH.")
    assert found["15 Ramadan 1408 AH"].value == "1988-05-01"
    assert found["15 Ramadan 1408 AH"].calendar == "islamic"


@pytest.mark.parametrize(
    ("text", "expression", "value", "start", "end"),
    [
        ("They dug in during the spring of 1988.", "the spring of 1988", "1988-SP", "1988-03-01", "1988-05-31"),
        ("Raids grew in the winter of 1941.", "the winter of 1941", "1941-WI", "1941-12-01", "1942-02-28"),
        ("Unrest marked the 1980s.", "the 1980s", "198X", "1980-01-01", "1989-12-31"),
        ("Trade grew in the 19th century.", "the 19th century", "18XX", "1800-01-01", "1899-12-31"),
        ("The fleet sailed in 480 BC.", "480 BC", "BC0480", "-0479-01-01", "-0479-12-31"),
        ("By early October 1939 Poland was divided.", "early October 1939", "1939-10", "1939-10-01", "1939-10-10"),
        ("Prices fell in the second half of 2008.", "the second half of 2008", "2008-H2", "2008-07-01", "2008-12-31"),
    ],
)
def test_reduced_precision_values_and_intervals(text: str, expression: str, value: str, start: str, end: str) -> None:
    timex = tag(text)[expression]
    assert (timex.value, timex.date_start, timex.date_end) == (value, start, end)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The offensive lasted eight years.", "eight years", "P8Y"),
        ("It took about a week to regroup.", "about a week", "P1W"),
        ("The shelling went on for several days.", "several days", "PXD"),
        ("They held the pass for 36 hours.", "36 hours", "PT36H"),
        ("The talks dragged on for two and a half years.", "two and a half years", "P2.5Y"),
    ],
)
def test_durations(text: str, expression: str, value: str) -> None:
    timex = tag(text)[expression]
    assert (timex.type, timex.value, timex.role) == ("DURATION", value, "duration")


def test_citation_years_are_citations_and_do_not_move_the_narrative() -> None:
    text = "The attack came on 22 July 1988 (Tehran, Center for Documents, 2005, p. 400). On 25 July it stopped."
    found = tag(text)
    assert found["2005"].role == "citation"
    assert found["25 July"].value == "1988-07-25"


def test_citation_spans_given_by_the_caller_mark_citation_dates() -> None:
    text = "Fighting resumed in 1988, as Karimi (1999) shows."
    start = text.index("Karimi")
    found = {t.text: t for t in TimeTagger().tag(text, citation_spans=[(start, start + 13)])}
    assert found["1999"].role == "citation"
    assert found["1988"].role == "event"


def test_quoted_dates_are_marked_quoted() -> None:
    found = tag('The commander promised "victory by March 1989" to his men in 1988.')
    assert found["March 1989"].role == "quoted"
    assert found["1988"].role == "event"


def test_counts_and_identifiers_are_not_years() -> None:
    found = tag("Resolution 1483 was adopted; the army lost 1500 men and 1200 tanks in 1942.")
    assert set(found) == {"1942"}


def test_lower_case_may_is_not_a_month() -> None:
    assert "may" not in tag("The army may retreat if the pass falls.")


def test_the_fall_of_a_city_is_not_autumn() -> None:
    assert not any(t.value and "FA" in t.value for t in tag("After the fall of Saigon the war ended.").values())


def test_unknown_mode_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="narrative"):
        TimeTagger("poetic")


def test_acled_and_edtf_codes() -> None:
    found = tag("On 25 July 1988 they moved; by late July 1988 they were gone; in the summer of 1988 it ended.")
    assert (acled_time_precision(found["25 July 1988"]), edtf(found["25 July 1988"])) == (1, "1988-07-25")
    assert acled_time_precision(found["late July 1988"]) == 2
    assert edtf(found["late July 1988"]) == "1988-07-21/1988-07-31"
    assert (acled_time_precision(found["the summer of 1988"]), edtf(found["the summer of 1988"])) == (3, "1988-22")
