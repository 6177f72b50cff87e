"""The time component: finds time expressions in raw text and normalises them to TIMEX3 values.

Anchoring follows the kind of text. A history or memoir dates "July 25" and "two days later" by the
last fully specified date it mentioned (HeidelTime's *narrative* mode); a news report dates them by
its publication date (*news* mode). ``mode="auto"`` chooses per document: news when a document date
is given and the text names few explicit years, narrative otherwise.

Roles: a date inside a citation (``citation_spans``, or a parenthetical reference the tagger
recognises itself, such as "(Tehran, 2005, p. 400)") is a ``citation`` date and never moves the
narrative; dates inside quotation marks are ``quoted``; durations and sets have their own roles.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from annalist.records import Extractor, Timex
from annalist.time.extract import candidates
from annalist.time.normalise import Anchors, Reading, read
from annalist.time.values import parse_value

MODES = ("auto", "narrative", "news")
EXPLICIT_YEAR = re.compile(r"(?<![\d.,])(?:1[0-9]\d\d|20\d\d)(?![\d,])|\d{1,4}\s?B\.?C")
WORD = re.compile(r"\S+")
QUOTE = re.compile(r"[\"“][^\"“”\n]{1,300}[\"”]")
# Inside parentheses or after a publisher: page numbers, editions and the like mark a reference.
CITATION_CUE = re.compile(
    r"\bpp?\.\s*\d|\bvol\.|\bed(?:s|ition)?\.|\bPress\b|\bPublish|\bUniversity\b|\bibid\b|\bop\.\s?cit",
    re.IGNORECASE,
)
AUTHOR_YEAR = re.compile(r"^[A-Z][\w'’-]+(?:\s(?:and|&)\s[A-Z][\w'’-]+|\set\sal\.)?,?\s$")


def choose_mode(text: str, document_date: str | None) -> str:
    """News when a document date is given and explicit years are rare (under one per 300 words)."""
    if document_date is None:
        return "narrative"
    words = max(1, len(WORD.findall(text[:200_000])))
    years = len(EXPLICIT_YEAR.findall(text[:200_000]))
    return "news" if years < 1 + words / 300 else "narrative"


class TimeTagger:
    """Finds and normalises time expressions; ``tag`` returns them as ``Timex`` records in text order."""

    name = "annalist.time"
    version = "1.0.0"

    def __init__(self, mode: str = "auto") -> None:
        if mode not in MODES:
            raise ValueError(f"unknown time anchoring mode {mode!r}: use one of {', '.join(MODES)}")
        self.mode = mode

    def tag(
        self,
        text: str,
        *,
        document_date: str | None = None,
        sentences: list[tuple[int, int]] | None = None,
        citation_spans: list[tuple[int, int]] | None = None,
    ) -> list[Timex]:
        """Time expressions of ``text``; ``document_date`` is an ISO date (YYYY[-MM[-DD]])."""
        document = parse_value(document_date) if document_date else None
        if document_date and document is None:
            raise ValueError(f"document_date {document_date!r} is not an ISO date: write YYYY-MM-DD")
        mode = choose_mode(text, document_date) if self.mode == "auto" else self.mode
        anchors = Anchors(mode=mode, document=document)
        citations = sorted(citation_spans or [])
        quotes = [m.span() for m in QUOTE.finditer(text)] if ('"' in text or "“" in text) else []
        records: list[Timex] = []
        for candidate in candidates(text):
            start, end = candidate.start, candidate.end
            reading = read(candidate.rule.kind, candidate.match, anchors)
            role = self._role(reading, text, start, end, citations, quotes)
            if reading.point is not None and reading.sets_anchor and role == "event":
                point = replace(reading.point, time=None, modifier=None)
                anchors.last = point
                if point.grain == "day":
                    anchors.last_day = point
                if point.grain in ("day", "month"):
                    anchors.last_fine = point
            records.append(self._record(text, start, end, reading, role))
        return records

    def _role(
        self,
        reading: Reading,
        text: str,
        start: int,
        end: int,
        citations: list[tuple[int, int]],
        quotes: list[tuple[int, int]],
    ) -> str:
        if _inside(citations, start, end) or (reading.type == "DATE" and _looks_like_citation(text, start, end)):
            return "citation"
        if reading.type == "DURATION":
            return "duration"
        if reading.type == "SET":
            return "set"
        if _inside(quotes, start, end):
            return "quoted"
        return "event"

    def _record(self, text: str, start: int, end: int, reading: Reading, role: str) -> Timex:
        interval = reading.interval or (None, None)
        confidence = 1.0 if reading.anchor is None else 0.9
        if reading.value is None:
            confidence = 0.5
        return Timex(
            start=start,
            end=end,
            text=text[start:end],
            type=reading.type,
            value=reading.value,
            date_start=interval[0],
            date_end=interval[1],
            precision=reading.precision,
            role=role,
            extractor=Extractor(self.name, self.version, confidence),
            calendar=reading.calendar,
            original=reading.original,
            anchor=reading.anchor,
        )


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(spans, (start, end + 1)) - 1
    return any(span_start <= start and end <= span_end for span_start, span_end in spans[max(0, index - 1) : index + 2])


def _looks_like_citation(text: str, start: int, end: int) -> bool:
    """A year in a parenthetical reference: "(Smith 2005)", "(Tehran, …, 2005, p. 400)"."""
    if not re.fullmatch(r"\d{4}[a-z]?", text[start:end]):
        return False
    opening = text.rfind("(", max(0, start - 200), start)
    closing = text.find(")", end, end + 120)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    inside = text[opening + 1 : closing]
    return bool(CITATION_CUE.search(inside) or AUTHOR_YEAR.match(text[opening + 1 : start]))
