"""What a reader knows at a point of the text (``Anchors``) and what one time expression reads as (``Reading``).

``Anchors`` holds the document date, the last fully specified date the narrative mentioned (and the last
one with a day). A ``Reading`` with ``value=None`` keeps its span but says "a time expression whose value
we cannot tell", which is better than a wrong date. The small helpers here are shared by every reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from annalist.time.lexicon import DAY_PARTS, MONTHS
from annalist.time.patterns import Found
from annalist.time.values import Point, era_year, interval_of, shift_days, value_of, year_ok


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


def date_reading(point: Point | None, anchor: Point | None = None, *, sets_anchor: bool = True) -> Reading:
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


def flat(text: str) -> str:
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


def modifier_of(text: str | None) -> str | None:
    if not text:
        return None
    return MODIFIERS.get(flat(text).rstrip("-"))


def apply_modifier(point: Point | None, modifier: str | None) -> Point | None:
    if point is None or modifier is None:
        return point
    if modifier in ("h1", "h2"):
        if point.grain == "year":
            return Point("half", point.year, part=1 if modifier == "h1" else 2)
        return point.with_modifier("early" if modifier == "h1" else "late")
    return point.with_modifier(modifier)


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def with_day_part(point: Point | None, match: Found) -> Point | None:
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


def year_relative(base: Point | None, rel: str | None) -> tuple[int | None, Point | None]:
    if base is None:
        return None, None
    shift = 0
    if rel:
        rel = flat(rel)
        shift = 1 if rel in ("the following", "the next") else (-1 if rel == "the previous" else 0)
    return base.year + shift, base
