"""Laying events out on a timeline: one lane per actor or source, uncertain dates drawn as ranges.

The layout is computed here and drawn by the template as SVG (no script needed): x positions are
pixels along a date window; zooming and panning are links that narrow or move the window.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

WIDTH = 1000
LANE_HEIGHT = 28
MAX_LANES = 14
TYPE_COLOURS = {
    "ASSAULT": "#c0392b",
    "COERCE": "#8e44ad",
    "MOBILIZE": "#d35400",
    "RETREAT": "#7f8c8d",
    "PROTEST": "#f39c12",
    "SANCTION": "#16a085",
    "THREATEN": "#e67e22",
    "ACCUSE": "#e84393",
    "REJECT": "#6c5ce7",
    "REQUEST": "#0984e3",
    "AID": "#27ae60",
    "COOPERATE": "#00b894",
    "CONCEDE": "#95a5a6",
    "SUPPORT": "#2ecc71",
    "CONSULT": "#3498db",
    "AGREE": "#1abc9c",
}
DEFAULT_COLOUR = "#34495e"


def type_colour(event_type: str | None) -> str:
    return TYPE_COLOURS.get((event_type or "").upper(), DEFAULT_COLOUR)


@dataclass(slots=True)
class Mark:
    """One event in one lane: a dot (day precision) or a bar (a range of days)."""

    event_id: str
    x: float
    width: float
    colour: str
    title: str
    is_range: bool
    disputed: bool = False  # the sources give different dates for it


@dataclass(slots=True)
class Bar:
    """Zoomed out: how many events start in one slice of the window (a link zooms into it)."""

    x: float
    width: float
    height: float
    count: int
    window: tuple[str, str]


@dataclass(slots=True)
class Lane:
    label: str
    y: int
    marks: list[Mark] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)


@dataclass(slots=True)
class TimelineLayout:
    lanes: list[Lane]
    ticks: list[tuple[float, str]]
    window: tuple[str, str]
    height: int
    width: int = WIDTH
    density: bool = False  # too many events to draw one by one: lanes show counts per slice


def parse_day(value: str | None, *, end: bool = False) -> date | None:
    """An ISO date or a year / year-month prefix, as its first (or last, with ``end``) day."""
    if not value:
        return None
    try:
        if len(value) == 4:
            return date(int(value), 12, 31) if end else date(int(value), 1, 1)
        if len(value) == 7:
            first = date(int(value[:4]), int(value[5:7]), 1)
            return ((first + timedelta(days=32)).replace(day=1) - timedelta(days=1)) if end else first
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def zoom_windows(start: date, end: date) -> dict[str, tuple[str, str]]:
    """The windows the zoom and pan links lead to."""
    span = max(1, (end - start).days)
    middle = start + timedelta(days=span // 2)
    quarter = max(1, span // 4)
    shift = max(1, span // 2)
    return {
        "in": ((middle - timedelta(days=quarter)).isoformat(), (middle + timedelta(days=quarter)).isoformat()),
        "out": ((start - timedelta(days=span // 2)).isoformat(), (end + timedelta(days=span // 2)).isoformat()),
        "earlier": ((start - timedelta(days=shift)).isoformat(), (end - timedelta(days=shift)).isoformat()),
        "later": ((start + timedelta(days=shift)).isoformat(), (end + timedelta(days=shift)).isoformat()),
    }


def _ticks(start: date, end: date) -> list[tuple[float, str]]:
    span = max(1, (end - start).days)
    ticks = []
    if span > 3 * 365:
        for year in range(start.year, end.year + 1):
            ticks.append((date(year, 1, 1), str(year)))
    elif span > 60:
        cursor = start.replace(day=1)
        while cursor <= end:
            ticks.append((cursor, cursor.strftime("%b %Y")))
            cursor = (cursor + timedelta(days=32)).replace(day=1)
    else:
        step = max(1, span // 10)
        cursor = start
        while cursor <= end:
            ticks.append((cursor, cursor.isoformat()))
            cursor += timedelta(days=step)
    every = max(1, len(ticks) // 12)  # keep labels readable
    return [(_x(day, start, span), label) for day, label in ticks[::every] if start <= day <= end]


def _x(day: date, start: date, span: int) -> float:
    return round((day - start).days / span * WIDTH, 1)


def layout(events: list[dict[str, Any]], start: date, end: date, group_by: str) -> TimelineLayout:
    """Place each dated event in the lane of each of its actors (or sources) within ``start..end``."""
    span = max(1, (end - start).days)
    keys_of: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    for event in events:
        if group_by == "source":
            keys = [source["name"] for source in event.get("sources", [])]
        else:
            keys = list(event.get("actors", []))
        keys_of[event["id"]] = keys or ["(none named)"]
        counts.update(keys_of[event["id"]])
    top = [key for key, _ in counts.most_common(MAX_LANES)]
    lanes = {key: Lane(key, 30 + index * LANE_HEIGHT) for index, key in enumerate(top)}
    overflow = len(counts) > MAX_LANES
    if overflow:
        lanes["(others)"] = Lane("(others)", 30 + len(top) * LANE_HEIGHT)
    for event in events:
        first = parse_day(event.get("date_start"))
        if first is None:
            continue
        last = parse_day(event.get("date_end"), end=True) or first
        lo, hi = max(first, start), min(last, end)
        if hi < lo:
            continue
        x = _x(lo, start, span)
        width = max(3.0, _x(hi + timedelta(days=1), start, span) - x)
        dates = event["date_start"] if last == first else f"{event['date_start']} … {event['date_end']}"
        title = f"{event['type']} · {dates} ({event.get('date_precision') or '?'}) · {event.get('place') or 'no place'}"
        if event.get("claim_dates", 0) > 1:
            title += f" · sources give {event['claim_dates']} different dates"
        for key in dict.fromkeys(k if k in lanes else "(others)" for k in keys_of[event["id"]]):
            lanes[key].marks.append(
                Mark(
                    event["id"],
                    x,
                    width,
                    type_colour(event["type"]),
                    title,
                    last > first,
                    event.get("claim_dates", 0) > 1,
                )
            )
    ordered = list(lanes.values())
    return TimelineLayout(
        lanes=ordered,
        ticks=_ticks(start, end),
        window=(start.isoformat(), end.isoformat()),
        height=40 + len(ordered) * LANE_HEIGHT,
    )


def density_layout(lanes: list[tuple[str, Any]], start: date, end: date) -> TimelineLayout:
    """Lanes of bars (events per slice of the window), for windows holding too many events to draw."""
    span = max(1, (end - start).days + 1)
    peak = max((int(counts.max()) for _, counts in lanes if len(counts)), default=1) or 1
    drawn = []
    for index, (label, counts) in enumerate(lanes):
        lane = Lane(label, 30 + index * LANE_HEIGHT)
        bins = len(counts)
        for slot, count in enumerate(counts):
            if not count:
                continue
            lo = start + timedelta(days=slot * span // bins)
            hi = start + timedelta(days=max(slot * span // bins, (slot + 1) * span // bins - 1))
            lane.bars.append(
                Bar(
                    x=round(slot * WIDTH / bins, 1),
                    width=round(WIDTH / bins, 1),
                    height=round(4 + 16 * int(count) / peak, 1),
                    count=int(count),
                    window=(lo.isoformat(), hi.isoformat()),
                )
            )
        drawn.append(lane)
    return TimelineLayout(
        lanes=drawn,
        ticks=_ticks(start, end),
        window=(start.isoformat(), end.isoformat()),
        height=40 + len(drawn) * LANE_HEIGHT,
        density=True,
    )
