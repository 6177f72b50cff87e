"""How precise a time expression is, in the codes exports use: ACLED time_precision and EDTF strings."""

from __future__ import annotations

import datetime as dt
import re

from annalist.records import Timex

# EDTF (ISO 8601-2) sub-year groupings: seasons 21-24, quarters 33-36, semesters 40-41.
EDTF_SEASONS = {"SP": "21", "SU": "22", "FA": "23", "WI": "24"}
APPROXIMATE = re.compile(r"\b(?:about|around|circa|ca\.|c\.|approximately|roughly|some)\s", re.IGNORECASE)


def _days(timex: Timex) -> int | None:
    if not timex.date_start or not timex.date_end or timex.date_start.startswith("-"):
        return None
    try:
        return (dt.date.fromisoformat(timex.date_end) - dt.date.fromisoformat(timex.date_start)).days + 1
    except ValueError:
        return None


def acled_time_precision(timex: Timex) -> int | None:
    """ACLED's code: 1 a known day, 2 a week or a part of a month ("late July"), 3 a month or coarser.

    None for expressions that date nothing (durations, sets, PRESENT_REF, unresolved values).
    """
    if timex.type in ("DURATION", "SET") or timex.date_start is None:
        return None
    if timex.precision == "day":
        return 1
    days = _days(timex)
    if timex.precision == "week" or (days is not None and days <= 16):
        return 2
    return 3


def edtf(timex: Timex) -> str | None:
    """The EDTF string: 1988-07-25, 1988-07, 1988-22 (summer), 198X, 19XX, an interval for parts of a
    month ("1988-07-21/1988-07-31"), and a trailing ``?``/``~`` for uncertain/approximate dates."""
    value = timex.value
    if value is None or timex.type in ("DURATION", "SET") or value.endswith("_REF") or timex.date_start is None:
        return None
    text = _edtf_value(value)
    if text is None:
        return None
    natural = _natural_days(timex)
    days = _days(timex)
    if days is not None and natural is not None and days < natural and timex.date_end is not None:
        text = f"{timex.date_start}/{timex.date_end}"  # "early October": narrower than its value
    if timex.calendar != "gregorian":
        text += "?"  # converted from another calendar: the day boundary may differ by one
    elif APPROXIMATE.match(timex.text):
        text += "~"
    return text


def _edtf_value(value: str) -> str | None:
    year_text = value
    sign = ""
    if value.startswith("BC"):
        match = re.match(r"BC(\d{4})(.*)", value)
        if match is None:
            return None
        sign, year_text = "-", f"{int(match.group(1)) - 1:04d}{match.group(2)}"
    value = year_text.split("T")[0]
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if season:
        return f"{sign}{season.group(1)}-{EDTF_SEASONS[season.group(2)]}"
    part = re.fullmatch(r"(\d{4})-([HQ])(\d)", value)
    if part:
        code = 39 + int(part.group(3)) if part.group(2) == "H" else 32 + int(part.group(3))
        return f"{sign}{part.group(1)}-{code}"
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|\d{2,3}X{1,2}|\d{4}-W\d{2}", value):
        return sign + value
    return None


def _natural_days(timex: Timex) -> int | None:
    """How many days the value covers on its own (a month's length for 1988-07)."""
    value = timex.value or ""
    if timex.precision == "month" and re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return (following - dt.date(year, month, 1)).days
    if timex.precision == "year" and re.fullmatch(r"\d{4}", value):
        return 366 if dt.date(int(value), 12, 31).timetuple().tm_yday == 366 else 365
    return None
