"""Readers of calendar dates: full dates, months, days, seasons, years, decades, centuries, holidays, weekdays.

A date written without its year ("July 25", "in March") takes it from the anchors: the document's year
in news, the narrative's reference time otherwise, moved on at the turn of a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import convertdate.holidays

from annalist.time import calendars
from annalist.time.foreign import context_calendar_year, foreign_year
from annalist.time.lexicon import DAY_PARTS, ORDINAL_WORDS, SEASONS, WEEKDAYS
from annalist.time.patterns import Found
from annalist.time.reading import (
    Anchors,
    Reading,
    apply_modifier,
    date_reading,
    day_number,
    flat,
    modifier_of,
    month_number,
    parse_year,
    with_day_part,
    year_relative,
)
from annalist.time.values import (
    Point,
    era_year,
    interval_of,
    make_day,
    make_month,
    make_year,
    shift_days,
    value_of,
    year_ok,
)


def read_iso(m: Found, anchors: Anchors) -> Reading:
    point = make_day(int(m.need("y")), int(m.need("m")), int(m.need("d")))
    if point is not None and m["time"]:
        point = replace(point, time=m["time"][:5])
    return date_reading(point)


def read_full_date(m: Found, anchors: Anchors) -> Reading:
    year = parse_year(m.need("year"))
    if year is None:
        return Reading("DATE", None)
    point = make_day(year, month_number(m.need("month")), day_number(m.need("day")))
    return date_reading(with_day_part(point, m))


def read_month_year(m: Found, anchors: Anchors) -> Reading:
    year = parse_year(m.need("year"))
    point = make_month(year, month_number(m.need("month"))) if year is not None else None
    return date_reading(apply_modifier(point, modifier_of(m["mod"])))


def _news_year(month: int, day: int | None, anchors: Anchors) -> int | None:
    """News: the document's year, or the year before when that date would lie after the document."""
    document = anchors.document
    if document is None:
        return None
    year = document.year
    if document.month is not None and month > document.month + 1:
        year -= 1  # reports look back: "December 28" in a January report is last December
    return year


CONTINUATION_DAYS = 15  # about a fortnight: how far a narrative runs on from its last full date


def _continuation_year(year: int | None, month: int, day: int, anchors: Anchors) -> int | None:
    """ "On 10 March 1975 … a campaign planned for 1976 … on 11 March": a date just after the last
    day or month the narrative gave continues that story, whatever bare year was named in between."""
    fine = anchors.last_fine
    if year is None or fine is None or fine.year == year or fine.month is None or not 1 <= fine.year <= 9998:
        return year
    try:
        gap = (dt.date(fine.year, month, day) - dt.date(fine.year, fine.month, fine.day or 1)).days
    except ValueError:
        return year
    return fine.year if 0 <= gap <= CONTINUATION_DAYS else year


LOOKBACK_MONTHS = (
    7  # how far before the narrative's month a yearless month may still lie in its year (learnt on WikiWars 01-12)
)


def _turn_of_year(year: int | None, month: int, anchors: Anchors) -> int | None:
    """ "On 16 December 1944 … by January": a month well before the narrative's month is next year's.

    A narrative that named only a year since its last month ("On 7 December … In 1941 …") is still at
    that month when the month lies in the same year."""
    last = anchors.last
    if year is None or last is None or last.year != year:
        return year
    reference = last.month
    fine = anchors.last_fine
    if reference is None and fine is not None and fine.year == last.year:
        reference = fine.month
    if reference is None:
        return year
    return year + 1 if reference - month > LOOKBACK_MONTHS else year


def read_month_day(m: Found, anchors: Anchors) -> Reading:
    month, day = month_number(m.need("month")), day_number(m.need("day"))
    base = anchors.reference()
    if anchors.mode == "news" and not m["rel"]:
        year = _news_year(month, day, anchors)
    else:
        year, base = year_relative(anchors.last or base, m["rel"])
        if not m["rel"]:
            year = _turn_of_year(_continuation_year(year, month, day, anchors), month, anchors)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}" if make_day(2000, month, day) else None)
    return date_reading(with_day_part(make_day(year, month, day), m), base)


def read_month(m: Found, anchors: Anchors) -> Reading:
    month = month_number(m.need("month"))
    base = anchors.last or anchors.reference()
    if anchors.mode == "news" and not m["rel"] and not m["det"]:
        year = _news_year(month, None, anchors)
        base = anchors.document
    elif m["det"] and base is not None and base.month is not None:
        det = flat(m["det"])
        year = base.year
        if det == "previous" and month >= base.month:
            year -= 1
        elif det in ("following", "next") and month <= base.month:
            year += 1
    else:
        year, base = year_relative(base, m["rel"])
        if not m["rel"]:
            year = _turn_of_year(_continuation_year(year, month, 28, anchors), month, anchors)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    return date_reading(apply_modifier(make_month(year, month), modifier_of(m["mod"])), base)


def read_bare_day(m: Found, anchors: Anchors) -> Reading:
    base = anchors.last_day
    if base is None or base.month is None:
        return Reading("DATE", None)
    return date_reading(make_day(base.year, base.month, day_number(m.need("day"))), base)


def _past_midyear(point: Point) -> bool:
    if point.grain == "season":
        return point.season == "FA"
    return point.month is not None and point.month >= 8


def read_season(m: Found, anchors: Anchors) -> Reading:
    code = SEASONS[m.need("season").lower()]
    year_text = flat(m["year"]) if m["year"] else None
    base: Point | None = None
    foreign = context_calendar_year(year_text or "", anchors) if anchors.calendar == "solar_hijri" else None
    if foreign is not None:
        found = calendars.solar_hijri_season(foreign, code)
        if found is None:
            return Reading("DATE", None, calendar="solar_hijri", original=m.group(0).strip())
        point, start, end = found
        return Reading("DATE", value_of(point), point, (start, end), "season", "solar_hijri", m.group(0).strip(),
                       sets_anchor=True)  # fmt: skip
    if (year_text and year_text[0].isdigit()) or (year_text and "b" in year_text and year_text[0].isdigit()):
        year = parse_year(m.need("year"))
    else:
        base = anchors.reference()
        if base is None or (m["habit"] and not m["det"]):
            # "winter quarters", "winter clothing": the kind of season, not one particular winter
            return Reading("DATE", f"XXXX-{code}", precision="season")
        year = base.year
        det = flat(m["det"] or "")
        if year_text in ("next year", "the following year") or det in ("next", "the following", "the next"):
            year += 1
        elif det in ("last", "the previous"):
            year -= 1
    if year is None or not year_ok(year):
        return Reading("DATE", None)
    point = Point("season", year, season=code)
    early = m["early"] or None
    reading = date_reading(apply_modifier(point, modifier_of(m["mod"]) or (early.lower() if early else None)), base)
    if code == "WI" and base is not None and m["det"] not in ("next", "last") and _past_midyear(base):
        # a narrative in its autumn meets the coming winter, which TIMEX2 names by the year of its January
        return replace(reading, value=value_of(Point("season", year + 1, season=code)))
    return reading


def read_year(m: Found, anchors: Anchors) -> Reading:
    foreign = context_calendar_year(m.need("year"), anchors)
    if foreign is not None:
        return foreign_year(foreign, anchors.calendar, m.group(0).strip(), modifier_of(m["mod"]))
    year = parse_year(m.need("year"))
    if year is not None and not re.search(r"[A-Za-z]", m.need("year")):
        reference = anchors.reference()
        if reference is not None and reference.year <= 0 and len(m.need("year").strip()) <= 3:
            year = era_year(int(m.need("year")), bc=True)  # a bare "480" in a narrative set before Christ
    return date_reading(apply_modifier(make_year(year) if year is not None else None, modifier_of(m["mod"])))


def read_range_year_end(m: Found, anchors: Anchors) -> Reading:
    """ "1915-16": the closing year of a range, in the century of its opening year (a later year only)."""
    opening = int(m.need("from"))
    closing = opening // 100 * 100 + int(m.need("yy"))
    if closing <= opening:
        return Reading("DATE", None)  # "1944-06" is a month, "1999-00" crosses a century: not read here
    return date_reading(make_year(closing))


def read_range_year_start(m: Found, anchors: Anchors) -> Reading:
    """ "499-493 BC": the opening year of a range, in the era written at its end (BC years count down)."""
    opening, closing = int(m.need("year")), int(m.need("closing"))
    bc = bool(re.search(r"B\.?\s?C", m.need("era")))
    if opening == 0 or closing == 0 or (opening < closing if bc else opening > closing):
        return Reading("DATE", None)
    return date_reading(make_year(era_year(opening, bc)))


def read_short_year(m: Found, anchors: Anchors) -> Reading:
    reference = anchors.reference()
    if reference is None or reference.year <= 0:
        return Reading("DATE", None)
    same = reference.year // 100 * 100 + int(m["yy"] or 0)
    year = min((same, same - 100, same + 100), key=lambda y: abs(y - reference.year))  # the nearest '99
    return date_reading(make_year(year), reference)


def read_decade(m: Found, anchors: Anchors) -> Reading:
    number = int(m.need("decade"))
    modifier = modifier_of(m["mod"]) or (m["early"].lower() if m["early"] else None)
    if m["era"] and "B" in m["era"]:
        point = Point("decade", 1 - (number + 9), modifier=modifier)
        start, end = interval_of(Point("decade", point.year))
        return Reading("DATE", f"BC{number // 10:03d}X", point, (start, end), "decade")
    if number < 100 and not m["era"]:
        return Reading("DATE", None)  # "the 40s" needs a century we do not know here
    return date_reading(Point("decade", number, modifier=modifier), sets_anchor=False)


def read_century(m: Found, anchors: Anchors) -> Reading:
    ordinal = flat(m.need("ordinal"))
    digits = re.match(r"\d+", ordinal)
    number = ORDINAL_WORDS.get(ordinal) or (int(digits.group()) if digits else 0)
    if not 1 <= number <= 22:
        return Reading("DATE", None)
    modifier = modifier_of(m["mod"]) or (m["early"].lower() if m["early"] else None)
    if m["era"] and "B" in m["era"]:
        first = 1 - number * 100
        point = Point("century", first, modifier=modifier)
        return Reading("DATE", f"BC{number - 1:02d}XX", point, interval_of(Point("century", first)), "century")
    return date_reading(Point("century", (number - 1) * 100, modifier=modifier), sets_anchor=False)


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14),
            "armistice day": (11, 11), "all saints day": (11, 1), "all saints' day": (11, 1)}  # fmt: skip


def read_holiday(m: Found, anchors: Anchors) -> Reading:
    name = flat(m.need("holiday"))
    base: Point | None = None
    if m["year"]:
        year: int | None = int(m["year"])
    else:
        base = anchors.reference()
        year = base.year if base is not None else None
    if year is None or year < 1:
        return Reading("DATE", None)
    if name.startswith("easter"):
        _, month, day = convertdate.holidays.easter(year)
    else:
        month, day = HOLIDAYS[name]
    point = make_day(year, month, day)
    if point is not None and m["part"]:
        point = replace(point, time=DAY_PARTS[m["part"].lower()])
    return date_reading(point, base)


def read_weekday(m: Found, anchors: Anchors) -> Reading:
    weekday = WEEKDAYS[m.need("weekday").lower()]
    base = anchors.document if anchors.mode == "news" else anchors.reference_day()
    if base is None or base.month is None or base.day is None or not 1 <= base.year <= 9998:
        return Reading("DATE", f"XXXX-WXX-{weekday + 1}")
    day = dt.date(base.year, base.month, base.day)
    gap = (weekday - day.weekday()) % 7
    if anchors.mode == "news":
        gap = gap - 7 if gap > 0 else gap  # reports speak of the past week
    elif gap > 3:
        gap -= 7  # the nearest such day to the narrative's date
    point = shift_days(base, gap)
    if point is not None and m["part"]:
        point = replace(point, time=DAY_PARTS[m["part"].lower()])
    return date_reading(point, base)


def read_vague_season(m: Found, anchors: Anchors) -> Reading:
    return Reading("DATE", None)


def read_ordinal_day(m: Found, anchors: Anchors) -> Reading:
    return read_bare_day(m, anchors)
