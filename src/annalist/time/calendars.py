"""Solar Hijri and Islamic Hijri dates converted to Gregorian with maintained calendar libraries.

Each converter returns None for a date that cannot exist (month 13, day 32, Esfand 30 in a common
year) rather than guessing; the caller then leaves the value unspecified.
"""

from __future__ import annotations

import datetime as dt

import convertdate.islamic
import hijridate
import jdatetime

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
