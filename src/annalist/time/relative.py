"""Readers of expressions counted from another time: "two days later", "the next week", "that night", "at 5 PM",
durations ("for three weeks") and sets ("daily"). Each says which anchor it counts from (``base_for``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from annalist.time.lexicon import DAY_PARTS, UNITS, number_value
from annalist.time.patterns import Found
from annalist.time.reading import Anchors, Reading, apply_modifier, date_reading, flat, modifier_of
from annalist.time.values import (
    Point,
    interval_of,
    make_month,
    make_year,
    shift_days,
    shift_months,
    shift_years,
    value_of,
    year_ok,
)


def _shift(point: Point, unit: str, count: int) -> Point | None:
    if unit == "day":
        return shift_days(point, count)
    if unit == "week":
        moved = shift_days(point, 7 * count)
        if moved is None or moved.month is None or moved.day is None:
            return None
        week = dt.date(moved.year, moved.month, moved.day).isocalendar()
        return Point("week", week[0], part=week[1])
    if unit == "month":
        return shift_months(point, count)
    if unit in ("year", "decade", "century"):
        return shift_years(point, count * {"year": 1, "decade": 10, "century": 100}[unit])
    return point


def _base_for(unit: str, anchors: Anchors, *, document: bool = False) -> Point | None:
    if document and anchors.document is not None:
        return anchors.document
    if unit in ("day", "week", "morning", "afternoon", "evening", "night", "hour", "minute"):
        return anchors.reference_day()
    if unit == "month":
        reference = anchors.last or anchors.document
        return reference if reference is not None and reference.month is not None else None
    reference = anchors.reference()
    return make_year(reference.year) if reference is not None else None


def some_day(anchors: Anchors) -> Reading:
    """ "That same day" when the narrative named no day: a day of its month (or year), unknown which."""
    reference = anchors.last or anchors.reference()
    if reference is None or not year_ok(reference.year):
        return Reading("DATE", None)
    month = make_month(reference.year, reference.month) if reference.month is not None else None
    value = f"{value_of(month)}-XX" if month is not None else f"{value_of(Point('year', reference.year))}-XX-XX"
    return Reading("DATE", value, anchor=value_of(reference))


def read_relative(m: Found, anchors: Anchors) -> Reading:
    which = flat(m["which"] or "")
    if which in ("yesterday", "today", "tomorrow", "tonight"):
        if anchors.mode == "narrative" and which == "today":
            return Reading("DATE", "PRESENT_REF")
        base = anchors.document if anchors.mode == "news" else anchors.reference_day()
        if base is None or base.grain != "day":
            return Reading("DATE", "PRESENT_REF" if which == "today" else None)
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[which]
        point = shift_days(base, offset)
        if which == "tonight" and point is not None:
            point = replace(point, time="NI")
        return date_reading(point, base, sets_anchor=False)
    unit = m.need("unit").lower()
    after = flat(m["after"] or "")
    count = 0
    if which in ("next", "following") or after in ("after", "following"):
        count = 1
    elif which in ("previous", "preceding", "prior", "last") or after == "before":
        count = -1
    news_relative = which in ("next", "last") and not m["prefix"]
    base = _base_for(unit, anchors, document=news_relative and anchors.mode == "news")
    if base is None:
        return some_day(anchors) if unit == "day" and which in ("same", "very same") else Reading("DATE", None)
    shift_unit = "day" if unit in DAY_PARTS else unit
    if unit == "month":
        base = make_month(base.year, base.month or 1)
    elif unit == "year":
        base = make_year(base.year)
    point = _shift(base, shift_unit, count) if base is not None else None
    if point is not None and unit in DAY_PARTS:
        point = replace(point, time=DAY_PARTS[unit])
    if point is not None and unit == "week" and count == 0:
        point = _shift(point, "week", 0)
    mod2 = flat(m["mod2"] or "")
    point = apply_modifier(point, mod2 if mod2 in ("early", "late") else None)
    return date_reading(point, base, sets_anchor=unit in ("day", "morning", "afternoon", "evening", "night"))


def _count(text: str | None) -> float | None:
    if not text:
        return 1.0
    words = flat(text)
    if words in ("a few", "few", "several", "some", "many", "a number of", "numerous", "the"):
        return None
    words = words.replace(" and a half", ".5").replace(" and half", ".5")
    if words.endswith(".5") and not words[0].isdigit():
        whole = number_value(words[:-2])
        return whole + 0.5 if whole is not None else None
    return number_value(words)


def _unit(text: str) -> str:
    flat = text.lower().rstrip("s")
    return "century" if flat.startswith("centur") else flat


# The TIMEX value of a day, week or month we know only by its grain (after the year).
UNKNOWN_AT_GRAIN = {"day": "-XX-XX", "week": "-WXX", "month": "-XX"}


def read_shift(m: Found, anchors: Anchors) -> Reading:
    unit = _unit(m.need("unit"))
    direction = flat(m.need("direction"))
    sign = -1 if direction in ("earlier", "before", "previously", "ago", "prior", "beforehand") else 1
    count_text = flat(m["count"] or "")
    count = 1.0 if count_text == "the" else (_count(count_text) if count_text else None)
    if count is None:
        if unit in ("hour", "minute", "second"):
            base = anchors.reference_day()  # "hours later": still that day
            return date_reading(base, base, sets_anchor=False) if base else Reading("DATE", None)
        if not count_text and not m.need("unit").lower().endswith("s"):
            return Reading("DATE", None)
        if not count_text and unit in UNKNOWN_AT_GRAIN:
            # "days later", "months before": some day (month) we cannot name, not merely "afterwards"
            reference = anchors.reference()
            era = "BC" if reference is not None and reference.year <= 0 else ""
            return Reading("DATE", era + "XXXX" + UNKNOWN_AT_GRAIN[unit])
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if count != int(count) or count > 10_000:
        return Reading("DATE", None)
    if unit in ("hour", "minute", "second"):
        base = anchors.reference_day()
        return date_reading(base, base, sets_anchor=False) if base else Reading("DATE", None)
    shift_unit = "day" if unit == "night" else unit
    # "ago" counts from the time of writing: the report's date in news, the narrative's present otherwise
    base = _base_for(shift_unit, anchors, document=direction == "ago" and anchors.mode == "news")
    if shift_unit == "month" and base is not None:
        base = make_month(base.year, base.month or 1)
    elif shift_unit in ("year", "decade", "century") and base is not None:
        base = make_year(base.year)
    if shift_unit == "fortnight":
        shift_unit, count = "week", count * 2
    point = _shift(base, shift_unit, int(count) * sign) if base is not None else None
    year = anchors.reference()
    if point is None and year is not None and shift_unit in UNKNOWN_AT_GRAIN and year_ok(year.year):
        # "four days later" with no day to count from: a day of the narrative's year
        return Reading("DATE", value_of(Point("year", year.year)) + UNKNOWN_AT_GRAIN[shift_unit])
    return date_reading(point, base, sets_anchor=shift_unit == "day")


def _number_text(count: float) -> str:
    return str(int(count)) if count == int(count) else f"{count:g}"


def read_duration(m: Found, anchors: Anchors) -> Reading:
    unit = _unit(m.need("unit"))
    letter, is_time = UNITS.get(unit, ("D", False))
    count = _count(m["count"])
    if not m["count"] and m.need("unit").lower().endswith("s"):
        count = None  # "for weeks", "the following days": an unspecified number
    if unit == "fortnight" and count is not None:
        count *= 2
    amount = "X" if count is None else _number_text(count)
    if count is not None and count > 100_000:
        return Reading("DURATION", None, precision=None)
    value = f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"
    return Reading("DURATION", value)


SET_VALUES = {
    "daily": "XXXX-XX-XX", "every day": "XXXX-XX-XX", "everyday": "XXXX-XX-XX", "each day": "XXXX-XX-XX",
    "weekly": "XXXX-WXX", "every week": "XXXX-WXX", "monthly": "XXXX-XX", "every month": "XXXX-XX",
    "annually": "XXXX", "yearly": "XXXX", "every year": "XXXX", "each year": "XXXX",
    "nightly": "XXXX-XX-XXTNI", "per day": "P1D", "per week": "P1W", "per month": "P1M", "per year": "P1Y",
    "a day": "P1D", "a week": "P1W", "a month": "P1M", "a year": "P1Y",  # "960 a week", "within a week,"
}  # fmt: skip


def read_set(m: Found, anchors: Anchors) -> Reading:
    return Reading("SET", SET_VALUES.get(flat(m.need("set"))))


CLOCK_REACH = 600  # characters: about the sentence or two after a date that a time of day still belongs to


def read_clock(m: Found, anchors: Anchors) -> Reading:
    hour = int(m.need("hour"))
    minute = int(m["minute"]) if m["minute"] else 0
    ampm = flat(m["ampm"] or "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{minute:02d}"
    base = anchors.reference_day()
    if base is not None and anchors.position - anchors.last_day_at > CLOCK_REACH:
        base = None  # a time of day far from any dated day is a routine ("marched from 19:00"), not a moment
    if base is None:
        return Reading("TIME", f"XXXX-XX-XXT{clock}", precision="day")
    point = replace(base, time=clock)
    return Reading("TIME", value_of(point), point, interval_of(point), "day", anchor=value_of(base))


def read_day_part(m: Found, anchors: Anchors) -> Reading:
    part = (m["part"] or m["part2"] or "").lower().rstrip("s")
    code = DAY_PARTS.get(part, DAY_PARTS.get(part + "s", "NI"))
    base = anchors.reference_day()
    if m["part2"] and base is not None:
        point = replace(base, time=code)
        return Reading("TIME", value_of(point), point, interval_of(point), "day", anchor=value_of(base))
    return Reading("TIME", f"XXXX-XX-XXT{code}")


REFERENCES = {"former": "PAST_REF", "formerly": "PAST_REF", "recent": "PAST_REF", "recently": "PAST_REF",
              "the past": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF"}  # fmt: skip


def read_reference(m: Found, anchors: Anchors) -> Reading:
    return Reading("DATE", REFERENCES.get(flat(m.need("ref")), "PRESENT_REF"))


def read_relative_decade(m: Found, anchors: Anchors) -> Reading:
    """ "In the following decade": the decade after (before) the one the narrative is in, BC decades counted down."""
    reference = anchors.reference()
    if reference is None:
        return Reading("DATE", None)
    step = 1 if flat(m.need("which")) in ("following", "next") else -1
    if reference.year <= 0:
        number = (1 - reference.year) // 10 - step  # 490 BC lies in BC049X; the next decade is BC048X
        first = 1 - number * 10
    else:
        first = (reference.year // 10 + step) * 10
    if not year_ok(first):
        return Reading("DATE", None)
    point = apply_modifier(Point("decade", first), modifier_of(m["mod"]))
    return date_reading(point, reference, sets_anchor=False)


def read_event_day(m: Found, anchors: Anchors) -> Reading:
    """ "The first day of the battle": a day of the month (or year) the narrative is in; which one, the event says."""
    reading = some_day(anchors)
    if reading.value is not None and m.need("unit").lower() == "night":
        return replace(reading, value=reading.value + "TNI")
    return reading


def read_anaphoric(m: Found, anchors: Anchors) -> Reading:
    """ "By this time", "at the time": the narrative's present, which TIMEX2 writes PRESENT_REF; "at the
    time of the armistice", "at the time he left" name the time of another event, which is left unspecified.

    "During this period", "at the same time" point back to a time the text named before, and a period
    may span years: the narrative's reference time is only a guess at it, so that value is left unspecified.
    """
    words = flat(m.group(0)).split()
    if m["defined"] is not None:
        return Reading("DATE", None)  # "at the time of the armistice": the time of another event
    return Reading("DATE", "PRESENT_REF" if words[-1] == "time" and words[-2] in ("this", "the") else None)


def read_part_of_current(m: Found, anchors: Anchors) -> Reading:
    """ "By the end of the year", "at month's end": the narrative's year (month), narrowed by the part named."""
    unit = (m["unit"] or m.need("unit2")).lower()
    modifier = modifier_of(m["mod"]) or "late"
    reference = anchors.reference()
    if reference is None or not year_ok(reference.year):
        return Reading("DATE", None)
    if unit == "month":
        if reference.month is None:
            return Reading("DATE", None)
        point = make_month(reference.year, reference.month)
    else:
        point = make_year(reference.year)
    return date_reading(apply_modifier(point, modifier), reference, sets_anchor=False)
