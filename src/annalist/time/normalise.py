"""From a matched time expression to its TIMEX3 type and value, resolved against the anchors in context.

``Anchors`` holds what a reader knows at a point of the text: the document date, the last fully
specified date the narrative mentioned (and the last one with a day). ``read`` turns one match of a
rule in ``patterns.py`` into a ``Reading``; a reading with ``value=None`` keeps its span but says
"a time expression whose value we cannot tell", which is better than a wrong date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import convertdate.holidays

from annalist.time import calendars
from annalist.time.lexicon import (
    DAY_PARTS,
    ISLAMIC_MONTHS,
    MONTHS,
    ORDINAL_WORDS,
    PERSIAN_MONTHS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    number_value,
)
from annalist.time.patterns import Found
from annalist.time.values import (
    Point,
    era_year,
    interval_of,
    make_day,
    make_month,
    make_year,
    shift_days,
    shift_months,
    shift_years,
    value_of,
    year_ok,
)


@dataclass(slots=True)
class Anchors:
    """The reference dates available at the current position of the text."""

    mode: str  # narrative | news
    document: Point | None = None
    last: Point | None = None  # last absolute date at year grain or finer
    last_day: Point | None = None
    last_fine: Point | None = None  # last date at day or month grain
    position: int = 0  # where in the text the expression being read starts
    last_day_at: int = -1  # where the last day was mentioned
    calendar: str = "gregorian"  # the calendar the document dates in: its bare years are read in it

    def reference(self) -> Point | None:
        """The date underspecified expressions resolve against (HeidelTime's narrative vs news)."""
        if self.mode == "news":
            return self.document or self.last
        return self.last or self.document

    def reference_day(self) -> Point | None:
        """The last day mentioned, unless the narrative has since moved to another month or year."""
        day, last = self.last_day, self.last
        moved = last is not None and day is not None and last is not day
        if moved and (last.year != day.year or (last.month is not None and last.month != day.month)):  # type: ignore[union-attr]
            day = None
        if day is None and self.mode == "news" and self.document is not None and self.document.grain == "day":
            return self.document
        return day


@dataclass(frozen=True, slots=True)
class Reading:
    type: str
    value: str | None
    point: Point | None = None
    interval: tuple[str, str] | None = None
    precision: str | None = None
    calendar: str = "gregorian"
    original: str | None = None
    anchor: str | None = None
    sets_anchor: bool = False  # an absolute date the narrative moves to


def _date(point: Point | None, anchor: Point | None = None, *, sets_anchor: bool = True) -> Reading:
    if point is None:
        return Reading("DATE", None)
    precision = "day" if point.grain == "day" else ("season" if point.grain == "season" else point.grain)
    if point.grain == "half":
        precision = "season"  # closest grain the record knows for a half-year
    return Reading(
        "TIME" if point.time and ":" in point.time else "DATE",
        value_of(point),
        point,
        interval_of(point),
        precision,
        anchor=value_of(anchor) if anchor is not None else None,
        sets_anchor=sets_anchor,
    )


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def parse_year(text: str) -> int | None:
    """The astronomical year of "1939", "490 BC", "AD 632", "1940 A.D."; None when not a year."""
    digits = re.search(r"\d{1,4}", text)
    if digits is None:
        return None
    number = int(digits.group())
    bc = bool(re.search(r"B\.?\s?C", text))
    if number == 0:
        return None
    year = era_year(number, bc)
    return year if year_ok(year) else None


MODIFIERS = {
    "early": "early", "mid": "mid", "late": "late", "the end of": "late", "the very end of": "late",
    "the beginning of": "early", "the start of": "early", "the very beginning of": "early",
    "the middle of": "mid", "the close of": "late", "the latter part of": "late",
    "the early part of": "early", "the later part of": "late", "the last days of": "late",
    "the dawn of": "early", "the turn of": "early", "early in": "early", "late in": "late",
    "later in": None, "earlier in": None, "the first half of": "h1", "the second half of": "h2",
    "the latter half of": "h2",
}  # fmt: skip


def _modifier(text: str | None) -> str | None:
    if not text:
        return None
    return MODIFIERS.get(_flat(text).rstrip("-"))


def _apply_modifier(point: Point | None, modifier: str | None) -> Point | None:
    if point is None or modifier is None:
        return point
    if modifier in ("h1", "h2"):
        if point.grain == "year":
            return Point("half", point.year, part=1 if modifier == "h1" else 2)
        return point.with_modifier("early" if modifier == "h1" else "late")
    return point.with_modifier(modifier)


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _with_day_part(point: Point | None, match: Found) -> Point | None:
    """Adds "the night of" / "Sunday morning" parts as a TIMEX3 time code (1915-04-25TNI)."""
    found = re.match(
        r"\s*(?:early\s+(?:in\s+)?)?(?:on\s+)?the\s+(?:early\s+|late\s+)?(\w+)(?:\s+hours)?\s+of\s", match.group(0)
    )
    if point is None or found is None:
        return point
    code = DAY_PARTS.get(found.group(1).lower())
    if found.group(1).lower() == "eve":
        return shift_days(point, -1)
    return replace(point, time=code) if code else point


def _anchor_year(anchors: Anchors) -> Point | None:
    reference = anchors.reference()
    return make_year(reference.year) if reference is not None else None


def _year_relative(base: Point | None, rel: str | None) -> tuple[int | None, Point | None]:
    if base is None:
        return None, None
    shift = 0
    if rel:
        rel = _flat(rel)
        shift = 1 if rel in ("the following", "the next") else (-1 if rel == "the previous" else 0)
    return base.year + shift, base


def read_iso(m: Found, anchors: Anchors) -> Reading:
    point = make_day(int(m.need("y")), int(m.need("m")), int(m.need("d")))
    if point is not None and m["time"]:
        point = replace(point, time=m["time"][:5])
    return _date(point)


def read_full_date(m: Found, anchors: Anchors) -> Reading:
    year = parse_year(m.need("year"))
    if year is None:
        return Reading("DATE", None)
    point = make_day(year, _month_number(m.need("month")), _day_number(m.need("day")))
    return _date(_with_day_part(point, m))


def read_month_year(m: Found, anchors: Anchors) -> Reading:
    year = parse_year(m.need("year"))
    point = make_month(year, _month_number(m.need("month"))) if year is not None else None
    return _date(_apply_modifier(point, _modifier(m["mod"])))


def _news_year(month: int, day: int | None, anchors: Anchors) -> int | None:
    """News: the document's year, or the year before when that date would lie after the document."""
    document = anchors.document
    if document is None:
        return None
    year = document.year
    if document.month is not None and month > document.month + 1:
        year -= 1  # reports look back: "December 28" in a January report is last December
    return year


CONTINUATION_DAYS = 30  # about a month: how far a narrative runs on from its last full date


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


YEAR_TURN_MONTHS = 10  # a narrative at December that names January has moved into the next year


def _turn_of_year(year: int | None, month: int, anchors: Anchors) -> int | None:
    """ "On 16 December 1944 … by January": a month well before the narrative's month is next year's."""
    last = anchors.last
    if year is None or last is None or last.month is None or last.year != year:
        return year
    return year + 1 if last.month - month >= YEAR_TURN_MONTHS else year


def read_month_day(m: Found, anchors: Anchors) -> Reading:
    month, day = _month_number(m.need("month")), _day_number(m.need("day"))
    base = anchors.reference()
    if anchors.mode == "news" and not m["rel"]:
        year = _news_year(month, day, anchors)
    else:
        year, base = _year_relative(anchors.last or base, m["rel"])
        if not m["rel"]:
            year = _turn_of_year(_continuation_year(year, month, day, anchors), month, anchors)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}" if make_day(2000, month, day) else None)
    return _date(_with_day_part(make_day(year, month, day), m), base)


def read_month(m: Found, anchors: Anchors) -> Reading:
    month = _month_number(m.need("month"))
    base = anchors.last or anchors.reference()
    if anchors.mode == "news" and not m["rel"] and not m["det"]:
        year = _news_year(month, None, anchors)
        base = anchors.document
    elif m["det"] and base is not None and base.month is not None:
        det = _flat(m["det"])
        year = base.year
        if det == "previous" and month >= base.month:
            year -= 1
        elif det in ("following", "next") and month <= base.month:
            year += 1
    else:
        year, base = _year_relative(base, m["rel"])
        if not m["rel"]:
            year = _turn_of_year(_continuation_year(year, month, 28, anchors), month, anchors)
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    return _date(_apply_modifier(make_month(year, month), _modifier(m["mod"])), base)


def read_bare_day(m: Found, anchors: Anchors) -> Reading:
    base = anchors.last_day
    if base is None or base.month is None:
        return Reading("DATE", None)
    return _date(make_day(base.year, base.month, _day_number(m.need("day"))), base)


def _past_midyear(point: Point) -> bool:
    if point.grain == "season":
        return point.season == "FA"
    return point.month is not None and point.month >= 8


def read_season(m: Found, anchors: Anchors) -> Reading:
    code = SEASONS[m.need("season").lower()]
    year_text = _flat(m["year"]) if m["year"] else None
    base: Point | None = None
    foreign = _context_calendar_year(year_text or "", anchors) if anchors.calendar == "solar_hijri" else None
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
        det = _flat(m["det"] or "")
        if year_text in ("next year", "the following year") or det in ("next", "the following", "the next"):
            year += 1
        elif det in ("last", "the previous"):
            year -= 1
    if year is None or not year_ok(year):
        return Reading("DATE", None)
    point = Point("season", year, season=code)
    early = m["early"] or None
    reading = _date(_apply_modifier(point, _modifier(m["mod"]) or (early.lower() if early else None)), base)
    if code == "WI" and base is not None and m["det"] not in ("next", "last") and _past_midyear(base):
        # a narrative in its autumn meets the coming winter, which TIMEX2 names by the year of its January
        return replace(reading, value=value_of(Point("season", year + 1, season=code)))
    return reading


def _context_calendar_year(text: str, anchors: Anchors) -> int | None:
    """A bare four-digit year that, in a text dating in the Solar Hijri or Islamic calendar, is a year of it."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) != 4 or not calendars.in_context_range(anchors.calendar, int(digits)):
        return None
    return int(digits)


def _foreign_year(year: int, calendar: str, original: str, modifier: str | None) -> Reading:
    found = calendars.solar_hijri_year(year) if calendar == "solar_hijri" else calendars.islamic_year(year)
    if found is None:
        return Reading("DATE", None, calendar=calendar, original=original)
    point, start, end = found
    if modifier is not None:  # "early 1367": the Gregorian modifier of the year that holds most of it
        reading = _date(_apply_modifier(point, modifier))
        return replace(reading, calendar=calendar, original=original)
    return Reading("DATE", value_of(point), point, (start, end), "year", calendar, original, sets_anchor=True)


def read_hijri_year(m: Found, anchors: Anchors) -> Reading:
    """A year written with a Hijri era: "1367 SH" / "1367 AP" (Solar Hijri), "1408 AH" (Islamic)."""
    era = m.need("hera").replace(".", "").upper()
    calendar = "islamic" if era == "AH" or "QAMARI" in era or "LUNAR" in era else "solar_hijri"
    return _foreign_year(int(m.need("year")), calendar, m.group(0).strip(), _modifier(m["mod"]))


def read_year(m: Found, anchors: Anchors) -> Reading:
    foreign = _context_calendar_year(m.need("year"), anchors)
    if foreign is not None:
        return _foreign_year(foreign, anchors.calendar, m.group(0).strip(), _modifier(m["mod"]))
    year = parse_year(m.need("year"))
    if year is not None and not re.search(r"[A-Za-z]", m.need("year")):
        reference = anchors.reference()
        if reference is not None and reference.year <= 0 and len(m.need("year").strip()) <= 3:
            year = era_year(int(m.need("year")), bc=True)  # a bare "480" in a narrative set before Christ
    return _date(_apply_modifier(make_year(year) if year is not None else None, _modifier(m["mod"])))


def read_short_year(m: Found, anchors: Anchors) -> Reading:
    reference = anchors.reference()
    if reference is None or reference.year <= 0:
        return Reading("DATE", None)
    same = reference.year // 100 * 100 + int(m["yy"] or 0)
    year = min((same, same - 100, same + 100), key=lambda y: abs(y - reference.year))  # the nearest '99
    return _date(make_year(year), reference)


def read_decade(m: Found, anchors: Anchors) -> Reading:
    number = int(m.need("decade"))
    modifier = _modifier(m["mod"]) or (m["early"].lower() if m["early"] else None)
    if m["era"] and "B" in m["era"]:
        point = Point("decade", 1 - (number + 9), modifier=modifier)
        start, end = interval_of(Point("decade", point.year))
        return Reading("DATE", f"BC{number // 10:03d}X", point, (start, end), "decade")
    if number < 100 and not m["era"]:
        return Reading("DATE", None)  # "the 40s" needs a century we do not know here
    return _date(Point("decade", number, modifier=modifier), sets_anchor=False)


def read_century(m: Found, anchors: Anchors) -> Reading:
    ordinal = _flat(m.need("ordinal"))
    digits = re.match(r"\d+", ordinal)
    number = ORDINAL_WORDS.get(ordinal) or (int(digits.group()) if digits else 0)
    if not 1 <= number <= 22:
        return Reading("DATE", None)
    modifier = _modifier(m["mod"]) or (m["early"].lower() if m["early"] else None)
    if m["era"] and "B" in m["era"]:
        first = 1 - number * 100
        point = Point("century", first, modifier=modifier)
        return Reading("DATE", f"BC{number - 1:02d}XX", point, interval_of(Point("century", first)), "century")
    return _date(Point("century", (number - 1) * 100, modifier=modifier), sets_anchor=False)


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


def _some_day(anchors: Anchors) -> Reading:
    """ "That same day" when the narrative named no day: a day of its month (or year), unknown which."""
    reference = anchors.last or anchors.reference()
    if reference is None or not year_ok(reference.year):
        return Reading("DATE", None)
    month = make_month(reference.year, reference.month) if reference.month is not None else None
    value = f"{value_of(month)}-XX" if month is not None else f"{value_of(Point('year', reference.year))}-XX-XX"
    return Reading("DATE", value, anchor=value_of(reference))


def read_relative(m: Found, anchors: Anchors) -> Reading:
    which = _flat(m["which"] or "")
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
        return _date(point, base, sets_anchor=False)
    unit = m.need("unit").lower()
    after = _flat(m["after"] or "")
    count = 0
    if which in ("next", "following") or after in ("after", "following"):
        count = 1
    elif which in ("previous", "preceding", "prior", "last") or after == "before":
        count = -1
    news_relative = which in ("next", "last") and not m["prefix"]
    base = _base_for(unit, anchors, document=news_relative and anchors.mode == "news")
    if base is None:
        return _some_day(anchors) if unit == "day" and which in ("same", "very same") else Reading("DATE", None)
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
    mod2 = _flat(m["mod2"] or "")
    point = _apply_modifier(point, mod2 if mod2 in ("early", "late") else None)
    return _date(point, base, sets_anchor=unit in ("day", "morning", "afternoon", "evening", "night"))


def _count(text: str | None) -> float | None:
    if not text:
        return 1.0
    flat = _flat(text)
    if flat in ("a few", "few", "several", "some", "many", "a number of", "numerous", "the"):
        return None
    flat = flat.replace(" and a half", ".5").replace(" and half", ".5")
    if flat.endswith(".5") and not flat[0].isdigit():
        whole = number_value(flat[:-2])
        return whole + 0.5 if whole is not None else None
    return number_value(flat)


def _unit(text: str) -> str:
    flat = text.lower().rstrip("s")
    return "century" if flat.startswith("centur") else flat


# The TIMEX value of a day, week or month we know only by its grain (after the year).
UNKNOWN_AT_GRAIN = {"day": "-XX-XX", "week": "-WXX", "month": "-XX"}


def read_shift(m: Found, anchors: Anchors) -> Reading:
    unit = _unit(m.need("unit"))
    direction = _flat(m.need("direction"))
    sign = -1 if direction in ("earlier", "before", "previously", "ago", "prior", "beforehand") else 1
    count_text = _flat(m["count"] or "")
    count = 1.0 if count_text == "the" else (_count(count_text) if count_text else None)
    if count is None:
        if unit in ("hour", "minute", "second"):
            base = anchors.reference_day()  # "hours later": still that day
            return _date(base, base, sets_anchor=False) if base else Reading("DATE", None)
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
        return _date(base, base, sets_anchor=False) if base else Reading("DATE", None)
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
    return _date(point, base, sets_anchor=shift_unit == "day")


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
}  # fmt: skip


def read_set(m: Found, anchors: Anchors) -> Reading:
    return Reading("SET", SET_VALUES.get(_flat(m.need("set"))))


CLOCK_REACH = 600  # characters: about the sentence or two after a date that a time of day still belongs to


def read_clock(m: Found, anchors: Anchors) -> Reading:
    hour = int(m.need("hour"))
    minute = int(m["minute"]) if m["minute"] else 0
    ampm = _flat(m["ampm"] or "")
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
    return Reading("DATE", REFERENCES.get(_flat(m.need("ref")), "PRESENT_REF"))


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "bastille day": (7, 14),
            "armistice day": (11, 11), "all saints day": (11, 1), "all saints' day": (11, 1)}  # fmt: skip


def read_holiday(m: Found, anchors: Anchors) -> Reading:
    name = _flat(m.need("holiday"))
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
    return _date(point, base)


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
    return _date(point, base)


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
    day = _day_number(day_text)
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
    reading = _date(result, base)
    return replace(reading, calendar="solar_hijri", original=original)


def read_islamic(m: Found, anchors: Anchors) -> Reading:
    month = ISLAMIC_MONTHS[_flat(m.need("imonth"))]
    year = int(m.need("iyear"))
    original = m.group(0).strip()
    if m["day"]:
        reading = _date(calendars.islamic_day(year, month, _day_number(m["day"])))
        return replace(reading, calendar="islamic", original=original)
    found = calendars.islamic_month(year, month)
    if found is None:
        return Reading("DATE", None, calendar="islamic", original=original)
    point, start, end = found
    return Reading("DATE", value_of(point), point, (start, end), "month", "islamic", original, sets_anchor=True)


def read_relative_decade(m: Found, anchors: Anchors) -> Reading:
    """ "In the following decade": the decade after (before) the one the narrative is in, BC decades counted down."""
    reference = anchors.reference()
    if reference is None:
        return Reading("DATE", None)
    step = 1 if _flat(m.need("which")) in ("following", "next") else -1
    if reference.year <= 0:
        number = (1 - reference.year) // 10 - step  # 490 BC lies in BC049X; the next decade is BC048X
        first = 1 - number * 10
    else:
        first = (reference.year // 10 + step) * 10
    if not year_ok(first):
        return Reading("DATE", None)
    point = _apply_modifier(Point("decade", first), _modifier(m["mod"]))
    return _date(point, reference, sets_anchor=False)


def read_event_day(m: Found, anchors: Anchors) -> Reading:
    """ "The first day of the battle": a day of the month (or year) the narrative is in; which one, the event says."""
    reading = _some_day(anchors)
    if reading.value is not None and m.need("unit").lower() == "night":
        return replace(reading, value=reading.value + "TNI")
    return reading


def read_vague_season(m: Found, anchors: Anchors) -> Reading:
    return Reading("DATE", None)


def read_ordinal_day(m: Found, anchors: Anchors) -> Reading:
    return read_bare_day(m, anchors)


READERS: dict[str, Callable[[Found, Anchors], Reading]] = {
    "iso": read_iso, "full_date": read_full_date, "month_year": read_month_year,
    "month_day": read_month_day, "month": read_month, "bare_day": read_bare_day,
    "ordinal_day": read_ordinal_day,
    "range_day": read_bare_day, "season": read_season, "wet_season": read_vague_season,
    "year": read_year, "bare_year": read_year, "short_year": read_short_year, "decade": read_decade,
    "century": read_century, "relative": read_relative, "shift": read_shift, "duration": read_duration,
    "set": read_set, "clock": read_clock, "day_part": read_day_part, "reference": read_reference,
    "holiday": read_holiday, "event_day": read_event_day,
    "relative_decade": read_relative_decade, "weekday": read_weekday, "persian": read_persian, "islamic": read_islamic,
    "hijri_year": read_hijri_year,
}  # fmt: skip


def read(kind: str, match: Found, anchors: Anchors) -> Reading:
    """The reading of one match; never raises on odd input (impossible dates read as value None)."""
    try:
        return READERS[kind](match, anchors)
    except (ValueError, KeyError, OverflowError, AttributeError, TypeError):
        return Reading("DURATION" if kind == "duration" else "DATE", None)
