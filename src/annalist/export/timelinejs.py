"""timelinejs: Knight Lab TimelineJS 3 JSON, one slide per dated event; uncertain dates become ranges.

TimelineJS renders ``text`` as HTML, and every sentence comes from an untrusted document, so all of it is escaped.
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import IO, Any, cast

from annalist.export.summary import DateSpan, date_span, death_toll, headline, sources
from annalist.store.database import Store
from annalist.store.events import iter_events

GROUPINGS = ("actor", "source", "type")


def timeline_date(value: date, display: str | None = None) -> dict[str, Any]:
    moment: dict[str, Any] = {"year": value.year, "month": value.month, "day": value.day}
    if display:
        moment["display_date"] = display
    return moment


def _group(event: dict[str, Any], group_by: str) -> str:
    if group_by == "source":
        return (sources(event) or ["Unknown source"])[0]
    if group_by == "type":
        return str(event["type"])
    return event["actors"][0]["name"] if event["actors"] else "Unidentified actor"


def _body(event: dict[str, Any], span: DateSpan) -> str:
    lines = [f"<p>Date: {html.escape(span.display())} ({html.escape(span.precision)})</p>"]
    toll = death_toll(event)
    if toll:
        per_source = ", ".join(f"{html.escape(name)}: {best}" for name, best in toll.by_source)
        lines.append(f"<p>Deaths: {toll.low}–{toll.high}, best {toll.best} ({per_source})</p>")
    for claim in event["claims"]:
        who = html.escape(claim.get("source") or claim["document_id"])
        modality = html.escape(claim["modality"])
        lines.append(f"<blockquote>{html.escape(claim['sentence'])} <cite>{who}, {modality}</cite></blockquote>")
    return "".join(lines)


def timeline_event(event: dict[str, Any], *, group_by: str = "actor") -> dict[str, Any] | None:
    """One TimelineJS slide, or None for an undated event (a timeline cannot place it)."""
    span = date_span(event)
    if span is None:
        return None
    slide: dict[str, Any] = {
        "unique_id": event["id"],
        "start_date": timeline_date(span.start),
        "text": {"headline": html.escape(headline(event)), "text": _body(event, span)},
        "group": html.escape(_group(event, group_by)),
        "display_date": html.escape(span.display()),
    }
    if span.days > 1:
        slide["end_date"] = timeline_date(span.end)
    return slide


class TimelineJsExporter:
    format = "timelinejs"
    suffix = ".json"
    binary = False
    description = "Knight Lab TimelineJS JSON: one slide per dated event, uncertain dates as ranges"

    def __init__(self, group_by: str = "actor", title: str = "annalist events") -> None:
        if group_by not in GROUPINGS:
            raise ValueError(f"[X001] unknown TimelineJS grouping '{group_by}'; choose one of: {', '.join(GROUPINGS)}")
        self.group_by = group_by
        self.title = title

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        slides = [
            slide
            for slide in (timeline_event(event, group_by=self.group_by) for event in iter_events(store.connection))
            if slide is not None
        ]
        timeline = {"title": {"text": {"headline": html.escape(self.title), "text": ""}}, "events": slides}
        cast(IO[str], out).write(json.dumps(timeline, ensure_ascii=False, indent=1))
        return len(slides)
