"""Solar Hijri and Islamic Hijri dates converted to Gregorian with maintained calendar libraries.

Each converter returns None for a date that cannot exist (month 13, day 32, Esfand 30 in a common
year) rather than guessing; the caller then leaves the value unspecified.
"""

from __future__ import annotations

import datetime as dt
import re

import convertdate.islamic
import hijridate
import jdatetime

from annalist.time.lexicon import ISLAMIC_MONTHS, PERSIAN_MONTHS
from annalist.time.values import Point, from_date, make_month

# Plausible Hijri years in histories of the modern era and before; beyond them a number is no year.
SOLAR_HIJRI_YEARS = (1, 1500)
ISLAMIC_YEARS = (1, 1600)


def solar_hijri_day(year: int, month: int, day: int) -> Point | None:
    """3 Mordad 1367 → 1988-07-25."""
    if not SOLAR_HIJRI_YEARS[0] <= year <= SOLAR_HIJRI_YEARS[1]:
        return None
    try:
        return from_date(jdatetime.date(year, month, day).togregorian())
    except (ValueError, OverflowError):
        return None


def solar_hijri_month(year: int, month: int) -> tuple[Point, str, str] | None:
    """A Solar Hijri month as (the Gregorian month holding most of it, first day, last day)."""
    first = solar_hijri_day(year, month, 1)
    if first is None or not 1 <= month <= 12:
        return None
    length = 31 if month <= 6 else 30
    last = None
    while last is None and length >= 29:
        last = solar_hijri_day(year, month, length)
        length -= 1
    if last is None:
        return None
    return _month_interval(first, last)


def islamic_day(year: int, month: int, day: int) -> Point | None:
    """15 Ramadan 1408 → 1988-05-01 (Umm al-Qura where tabulated, arithmetic calendar elsewhere)."""
    if not ISLAMIC_YEARS[0] <= year <= ISLAMIC_YEARS[1] or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    try:
        gregorian = hijridate.Hijri(year, month, day).to_gregorian()
        return from_date(dt.date(gregorian.year, gregorian.month, gregorian.day))
    except (ValueError, OverflowError):
        pass  # outside Umm al-Qura's table (1343–1500 AH): use the arithmetic calendar
    if day == 30 and convertdate.islamic.month_length(year, month) < 30:
        return None
    try:
        y, m, d = convertdate.islamic.to_gregorian(year, month, day)
    except (ValueError, OverflowError):
        return None
    return from_date(dt.date(y, m, d)) if y >= 1 else None


def islamic_month(year: int, month: int) -> tuple[Point, str, str] | None:
    first = islamic_day(year, month, 1)
    last = islamic_day(year, month, 30) or islamic_day(year, month, 29)
    if first is None or last is None:
        return None
    return _month_interval(first, last)


def _month_interval(first: Point, last: Point) -> tuple[Point, str, str] | None:
    """The Gregorian month holding the middle of a foreign month, and its exact first/last day."""
    if first.month is None or first.day is None or last.month is None or last.day is None:
        return None
    start = dt.date(first.year, first.month, first.day)
    end = dt.date(last.year, last.month, last.day)
    middle = start + (end - start) / 2
    month = make_month(middle.year, middle.month)
    if month is None:
        return None
    return month, start.isoformat(), end.isoformat()


# A year between these in a text that dates in the Solar Hijri (Islamic) calendar is a year of that calendar:
# 1280–1420 SH is 1901–2041, 1300–1450 AH is 1882–2029, the span of modern histories and news.
SOLAR_HIJRI_CONTEXT_YEARS = (1280, 1420)
ISLAMIC_CONTEXT_YEARS = (1300, 1450)
_PERSIAN_NAMES = "|".join(name.capitalize() for name in sorted(PERSIAN_MONTHS, key=len, reverse=True))
_ISLAMIC_NAMES = "|".join(re.escape(name.title()) for name in sorted(ISLAMIC_MONTHS, key=len, reverse=True))
# Evidence that a document dates in a calendar: a month of it next to a number, or the calendar's era marker.
SOLAR_HIJRI_EVIDENCE = re.compile(
    rf"\b\d{{1,2}}\s+(?:{_PERSIAN_NAMES})\b|\b(?:{_PERSIAN_NAMES}),?\s+(?:\d{{1,2}}|1[2-4]\d\d)\b"
    r"|\b1[0-4]\d\d\s?(?:SH|S\.H\.|AP|HS)(?!\w)|\b(?:[Ss]olar\s+[Hh]ijri|[Hh]ijri\s+[Ss]hamsi|Shamsi)\b"
)
ISLAMIC_EVIDENCE = re.compile(
    rf"\b(?:{_ISLAMIC_NAMES}),?\s+\d{{1,4}}\b|\b\d{{1,4}}\s?(?:AH|A\.H\.)(?!\w)|\b(?:[Hh]ijri\s+[Qq]amari|lunar\s+[Hh]ijri)\b"
)
# Solar Hijri seasons are whole months: spring Farvardin–Khordad, summer Tir–Shahrivar, and so on.
SOLAR_HIJRI_SEASON_MONTHS = {"SP": 1, "SU": 4, "FA": 7, "WI": 10}


def document_calendar(text: str) -> str:
    """The calendar a text dates in: ``solar_hijri``, ``islamic`` or ``gregorian`` (its bare years are read in it)."""
    solar = len(SOLAR_HIJRI_EVIDENCE.findall(text))
    islamic = len(ISLAMIC_EVIDENCE.findall(text))
    if solar == 0 and islamic == 0:
        return "gregorian"
    return "solar_hijri" if solar >= islamic else "islamic"


def in_context_range(calendar: str, year: int) -> bool:
    """Whether a bare year is plausibly a year of ``calendar`` in a text that dates in it."""
    low, high = SOLAR_HIJRI_CONTEXT_YEARS if calendar == "solar_hijri" else ISLAMIC_CONTEXT_YEARS
    return calendar != "gregorian" and low <= year <= high


def solar_hijri_year(year: int) -> tuple[Point, str, str] | None:
    """1367 SH → (1988, 1988-03-21, 1989-03-20): the Gregorian year holding most of it and its exact days."""
    first = solar_hijri_day(year, 1, 1)
    following = solar_hijri_day(year + 1, 1, 1)
    return _span(first, following, "year")


def solar_hijri_season(year: int, season: str) -> tuple[Point, str, str] | None:
    """The summer of 1367 SH → (1988-SU, 1988-06-22, 1988-09-22)."""
    month = SOLAR_HIJRI_SEASON_MONTHS[season]
    first = solar_hijri_day(year, month, 1)
    following = solar_hijri_day(year + 1, 1, 1) if season == "WI" else solar_hijri_day(year, month + 3, 1)
    found = _span(first, following, "season")
    if found is None:
        return None
    point, start, end = found
    return Point("season", point.year, season=season), start, end


def islamic_year(year: int) -> tuple[Point, str, str] | None:
    """1408 AH → (1987/1988 by its middle, 1987-08-26, 1988-08-13)."""
    return _span(islamic_day(year, 1, 1), islamic_day(year + 1, 1, 1), "year")


def _span(first: Point | None, following: Point | None, grain: str) -> tuple[Point, str, str] | None:
    """From a foreign period's first day and the first day after it: (the Gregorian year of its middle, first, last)."""
    if first is None or following is None or first.month is None or following.month is None:
        return None
    start = dt.date(first.year, first.month, first.day or 1)
    end = dt.date(following.year, following.month, following.day or 1) - dt.timedelta(days=1)
    middle = start + (end - start) / 2
    return Point(grain, middle.year), start.isoformat(), end.isoformat()
