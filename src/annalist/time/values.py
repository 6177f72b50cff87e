"""Calendar points and their TIMEX3 values: rendering, intervals, validation and date arithmetic.

A ``Point`` is a (possibly reduced-precision) Gregorian date; years are astronomical (1 BC = 0,
490 BC = -489) so arithmetic works across the era boundary, and rendering writes ``BC0490``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from annalist.time.lexicon import SEASON_MONTHS

# Years outside this range are treated as misreadings (page numbers, quantities), never as dates.
MIN_YEAR = -3000
MAX_YEAR = 2200

# Where "early/mid/late" put the interval inside a month or a year (TIMEX2 mod START/MID/END).
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


@dataclass(frozen=True, slots=True)
class Point:
    """A Gregorian date at some grain: century, decade, year, half, quarter, season, month, week or day."""

    grain: str
    year: int  # astronomical; for decade/century the first year of it
    month: int | None = None
    day: int | None = None
    season: str | None = None  # SP | SU | FA | WI
    part: int | None = None  # half (1-2), quarter (1-4) or ISO week number
    time: str | None = None  # "14:30" or a day-part code ("NI", "MO", ...)
    modifier: str | None = None  # early | mid | late: narrows the interval, not the value

    def with_modifier(self, modifier: str | None) -> Point:
        return replace(self, modifier=modifier)


def year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def make_day(year: int, month: int, day: int) -> Point | None:
    """A day point, or None when the date cannot exist (February 30, month 13, year 40000)."""
    if not year_ok(year) or not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        return None
    return Point("day", year, month, day)


def make_month(year: int, month: int) -> Point | None:
    if not year_ok(year) or not 1 <= month <= 12:
        return None
    return Point("month", year, month)


def make_year(year: int) -> Point | None:
    return Point("year", year) if year_ok(year) else None


def era_year(number: int, bc: bool) -> int:
    """The astronomical year of a year written with its era (490 BC → -489)."""
    return 1 - number if bc else number


def _year_text(year: int) -> str:
    return f"BC{1 - year:04d}" if year <= 0 else f"{year:04d}"


def value_of(point: Point) -> str:
    """The TIMEX3 value of a point: 1988-07-25, 1988-07, 1988-SU, 1988-H2, 1988-Q3, 198X, 19XX."""
    year = _year_text(point.year)
    if point.grain == "century":
        return year[:-2] + "XX"
    if point.grain == "decade":
        return year[:-1] + "X"
    if point.grain == "year":
        return year
    if point.grain == "season":
        return f"{year}-{point.season}"
    if point.grain == "half":
        return f"{year}-H{point.part}"
    if point.grain == "quarter":
        return f"{year}-Q{point.part}"
    if point.grain == "week":
        return f"{year}-W{point.part:02d}"
    if point.grain == "month":
        return f"{year}-{point.month:02d}"
    value = f"{year}-{point.month:02d}-{point.day:02d}"
    return f"{value}T{point.time}" if point.time else value


def iso(year: int, month: int, day: int) -> str:
    """An ISO 8601 calendar date; years before 1 AD are astronomical with a sign (-0489-01-01)."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year > 0 else f"-{-year:04d}-{month:02d}-{day:02d}"


def interval_of(point: Point) -> tuple[str, str]:
    """The first and last day (ISO) a point covers, narrowed by its early/mid/late modifier."""
    y = point.year
    if point.grain == "century":
        return iso(y, 1, 1), iso(y + 99, 12, 31)
    if point.grain == "decade":
        return iso(y, 1, 1), iso(y + 9, 12, 31)
    if point.grain == "year":
        if point.modifier in PART_OF_YEAR:
            first, last = PART_OF_YEAR[point.modifier]
            return iso(y, first, 1), iso(y, last, month_length(y, last))
        return iso(y, 1, 1), iso(y, 12, 31)
    if point.grain == "season":
        first, last = SEASON_MONTHS[point.season or "SU"]
        end_year = y + 1 if last < first else y
        return iso(y, first, 1), iso(end_year, last, month_length(end_year, last))
    if point.grain in ("half", "quarter"):
        size = 6 if point.grain == "half" else 3
        first = (int(point.part or 1) - 1) * size + 1
        last = first + size - 1
        return iso(y, first, 1), iso(y, last, month_length(y, last))
    if point.grain == "week" and 1 <= y <= 9999:
        monday = dt.date.fromisocalendar(y, int(point.part or 1), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    month = point.month or 1
    if point.grain == "month":
        length = month_length(y, month)
        if point.modifier in PART_OF_MONTH:
            first, last = PART_OF_MONTH[point.modifier]
            return iso(y, month, first), iso(y, month, min(last, length))
        return iso(y, month, 1), iso(y, month, length)
    day = point.day or 1
    return iso(y, month, day), iso(y, month, day)


def shift_days(point: Point, days: int) -> Point | None:
    """The day ``days`` after (negative: before) a day point; None outside the datetime range."""
    if point.grain != "day" or point.month is None or point.day is None or not 1 <= point.year <= 9998:
        return None
    try:
        moved = dt.date(point.year, point.month, point.day) + dt.timedelta(days=days)
    except (OverflowError, ValueError):
        return None
    return make_day(moved.year, moved.month, moved.day)


def shift_months(point: Point, months: int) -> Point | None:
    if point.month is None:
        return None
    index = point.year * 12 + point.month - 1 + months
    return make_month(index // 12, index % 12 + 1)


def shift_years(point: Point, years: int) -> Point | None:
    return make_year(point.year + years)


def from_date(day: dt.date) -> Point | None:
    return make_day(day.year, day.month, day.day)


def parse_value(value: str) -> Point | None:
    """A point back from a plain TIMEX3 date value (used for document dates): 1988-07-25, 1988-07, 1988."""
    text = value.strip()[:10]
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return make_day(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return make_month(int(parts[0]), int(parts[1]))
        if len(parts) == 1 and parts[0].isdigit():
            return make_year(int(parts[0]))
    except ValueError:
        return None
    return None
