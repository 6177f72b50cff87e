"""Readers of dates in the Solar Hijri and Islamic calendars, normalised to Gregorian with the original kept."""

from __future__ import annotations

from dataclasses import replace

from annalist.time import calendars
from annalist.time.lexicon import ISLAMIC_MONTHS, PERSIAN_MONTHS
from annalist.time.patterns import Found
from annalist.time.reading import Anchors, Reading, apply_modifier, date_reading, day_number, flat, modifier_of
from annalist.time.values import value_of


def context_calendar_year(text: str, anchors: Anchors) -> int | None:
    """A bare four-digit year that, in a text dating in the Solar Hijri or Islamic calendar, is a year of it."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) != 4 or not calendars.in_context_range(anchors.calendar, int(digits)):
        return None
    return int(digits)


def foreign_year(year: int, calendar: str, original: str, modifier: str | None) -> Reading:
    found = calendars.solar_hijri_year(year) if calendar == "solar_hijri" else calendars.islamic_year(year)
    if found is None:
        return Reading("DATE", None, calendar=calendar, original=original)
    point, start, end = found
    if modifier is not None:  # "early 1367": the Gregorian modifier of the year that holds most of it
        reading = date_reading(apply_modifier(point, modifier))
        return replace(reading, calendar=calendar, original=original)
    return Reading("DATE", value_of(point), point, (start, end), "year", calendar, original, sets_anchor=True)


def read_hijri_year(m: Found, anchors: Anchors) -> Reading:
    """A year written with a Hijri era: "1367 SH" / "1367 AP" (Solar Hijri), "1408 AH" (Islamic)."""
    era = m.need("hera").replace(".", "").upper()
    calendar = "islamic" if era == "AH" or "QAMARI" in era or "LUNAR" in era else "solar_hijri"
    return foreign_year(int(m.need("year")), calendar, m.group(0).strip(), modifier_of(m["mod"]))


def read_persian(m: Found, anchors: Anchors) -> Reading:
    month_text = m["pmonth"] or m.need("pmonth2")
    month = PERSIAN_MONTHS[month_text.lower()]
    day_text = m["day"] or m["day2"]
    original = m.group(0).strip()
    if day_text is None:
        found = calendars.solar_hijri_month(int(m.need("pyear")), month)
        if found is None:
            return Reading("DATE", None, calendar="solar_hijri", original=original)
        point, start, end = found
        return Reading("DATE", value_of(point), point, (start, end), "month", "solar_hijri", original,
                       sets_anchor=True)  # fmt: skip
    day = day_number(day_text)
    if m["pyear"]:
        result = calendars.solar_hijri_day(int(m["pyear"]), month, day)
        base = None
    else:
        base = anchors.reference()
        result = None
        for offset in (621, 622) if base is not None else ():
            candidate = calendars.solar_hijri_day(base.year - offset, month, day)  # type: ignore[union-attr]
            if candidate is not None and base is not None and candidate.year == base.year:
                result = candidate
                break
    reading = date_reading(result, base)
    return replace(reading, calendar="solar_hijri", original=original)


def read_islamic(m: Found, anchors: Anchors) -> Reading:
    month = ISLAMIC_MONTHS[flat(m.need("imonth"))]
    year = int(m.need("iyear"))
    original = m.group(0).strip()
    if m["day"]:
        reading = date_reading(calendars.islamic_day(year, month, day_number(m["day"])))
        return replace(reading, calendar="islamic", original=original)
    found = calendars.islamic_month(year, month)
    if found is None:
        return Reading("DATE", None, calendar="islamic", original=original)
    point, start, end = found
    return Reading("DATE", value_of(point), point, (start, end), "month", "islamic", original, sets_anchor=True)
