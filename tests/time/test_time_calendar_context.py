"""A bare year in a text that dates in the Solar Hijri or Islamic calendar is a year of that calendar."""

from __future__ import annotations

import pytest

from annalist.time.calendars import document_calendar
from annalist.time.tagger import TimeTagger


def _dates(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {t.text: (t.date_start, t.date_end, t.calendar) for t in TimeTagger().tag(text)}


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("The column left the barracks on 14 Shahrivar 1359.", "solar_hijri"),
        ("A decree of 1362 SH closed the border post.", "solar_hijri"),
        ("The caravan reached the oasis in Shawwal 1402 AH.", "islamic"),
        ("The column left the barracks on 5 September 1980.", "gregorian"),
    ],
)
def test_the_document_calendar_comes_from_month_names_and_era_markers(text: str, calendar: str) -> None:
    assert document_calendar(text) == calendar


def test_a_bare_year_and_season_beside_solar_hijri_months_are_solar_hijri() -> None:
    found = _dates("In the winter of 1359 the garrison held out; on 2 Dey 1359 it was relieved. By 1361 all was quiet.")
    assert found["2 Dey 1359"][0] == "1980-12-23"
    start, end, calendar = found["the winter of 1359"]
    assert calendar == "solar_hijri" and start == "1980-12-22" and end == "1981-03-20"
    assert found["1361"] == ("1982-03-21", "1983-03-20", "solar_hijri")


def test_a_year_with_a_hijri_era_is_converted_whatever_the_document() -> None:
    found = _dates("The treaty of 1362 SH was renewed in 1405 AH.")
    assert found["1362 SH"][:2] == ("1983-03-21", "1984-03-20")
    assert found["1405 AH"][2] == "islamic" and (found["1405 AH"][0] or "").startswith("1984")


def test_a_medieval_year_in_a_gregorian_text_stays_gregorian() -> None:
    found = _dates("In the summer of 1365 the duke besieged the castle.")
    assert found["the summer of 1365"][:2] == ("1365-06-01", "1365-08-31")
