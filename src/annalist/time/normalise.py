"""From a matched time expression to its TIMEX3 type and value: dispatches each rule of ``patterns.py`` to its reader.

Readers live by kind of expression: calendar dates (``dates.py``), other calendars (``foreign.py``),
expressions counted from another time, durations and sets (``relative.py``); the context they read
against is ``reading.Anchors``.
"""

from __future__ import annotations

from collections.abc import Callable

from annalist.time import dates, foreign, relative
from annalist.time.patterns import Found
from annalist.time.reading import Anchors, Reading, parse_year

__all__ = ["READERS", "Anchors", "Reading", "parse_year", "read"]

READERS: dict[str, Callable[[Found, Anchors], Reading]] = {
    "iso": dates.read_iso, "full_date": dates.read_full_date, "month_year": dates.read_month_year,
    "month_day": dates.read_month_day, "month": dates.read_month, "bare_day": dates.read_bare_day,
    "ordinal_day": dates.read_ordinal_day, "range_day": dates.read_bare_day, "season": dates.read_season,
    "wet_season": dates.read_vague_season, "year": dates.read_year, "bare_year": dates.read_year,
    "short_year": dates.read_short_year, "decade": dates.read_decade, "century": dates.read_century,
    "holiday": dates.read_holiday, "weekday": dates.read_weekday,
    "relative": relative.read_relative, "shift": relative.read_shift, "duration": relative.read_duration,
    "set": relative.read_set, "clock": relative.read_clock, "day_part": relative.read_day_part,
    "reference": relative.read_reference, "event_day": relative.read_event_day,
    "relative_decade": relative.read_relative_decade, "anaphoric": relative.read_anaphoric,
    "part_of_current": relative.read_part_of_current, "range_year_end": dates.read_range_year_end,
    "range_year_start": dates.read_range_year_start,
    "persian": foreign.read_persian, "islamic": foreign.read_islamic, "hijri_year": foreign.read_hijri_year,
}  # fmt: skip


def read(kind: str, match: Found, anchors: Anchors) -> Reading:
    """The reading of one match; never raises on odd input (impossible dates read as value None)."""
    try:
        return READERS[kind](match, anchors)
    except (ValueError, KeyError, OverflowError, AttributeError, TypeError):
        return Reading("DURATION" if kind == "duration" else "DATE", None)
