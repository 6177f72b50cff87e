"""The time component: finds time expressions in raw text and normalises them to TIMEX3 values.

Anchoring follows the kind of text. A history or memoir dates "July 25" and "two days later" by the
last fully specified date it mentioned (HeidelTime's *narrative* mode); a news report dates them by
its publication date (*news* mode). ``mode="auto"`` chooses per document (``choose_mode``): narrative
when the years a text names lie mostly well before its document date (a history), news when a document
date is given and the text names few explicit years, narrative otherwise.

Only a date that dates what the narrative tells moves its reference time: years named in passing
("as in 1614", "(1790)", "until … in 1945") do not (``reference.py``); given spaCy's parse of the text,
neither do dates in relative clauses or past-perfect flashbacks (``clauses.py``). A date is also read with its
neighbours: a range or list takes its closing year or month ("April and June 1955", "15 to 22 May"),
a time of day takes the date given with it, and an appositive "two days after the invasion" restates
the day just named.

Roles: a date inside a citation (``citation_spans``, or a parenthetical reference the tagger
recognises itself, such as "(Tehran, 2005, p. 400)") is a ``citation`` date and never moves the
narrative; dates inside quotation marks are ``quoted``; durations and sets have their own roles.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc

from annalist.records import Extractor, Timex
from annalist.time.calendars import document_calendar
from annalist.time.clauses import narrates
from annalist.time.extract import Candidate, candidates
from annalist.time.normalise import Anchors, Reading, parse_year, read
from annalist.time.reference import joined_to_next, moves_narrative
from annalist.time.values import Point, make_year, parse_value

MODES = ("auto", "narrative", "news")
# A year written out: "1943", "in 1943," (but not "1,943" or "19435"), or a year before Christ.
EXPLICIT_YEAR = re.compile(r"(?<![\d.,])(1[0-9]\d\d|20\d\d)(?!\d|,\d)|(\d{1,4})\s?B\.?C")
WORD = re.compile(r"\S+")
QUOTE = re.compile(r"[\"“][^\"“”\n]{1,300}[\"”]")
# Inside parentheses or after a publisher: page numbers, editions and the like mark a reference.
CITATION_CUE = re.compile(
    r"\bpp?\.\s*\d|\bvol\.|\bed(?:s|ition)?\.|\bPress\b|\bPublish|\bUniversity\b|\bibid\b|\bop\.\s?cit",
    re.IGNORECASE,
)
AUTHOR_YEAR = re.compile(r"^[A-Z][\w'’-]+(?:\s(?:and|&)\s[A-Z][\w'’-]+|\set\sal\.)?,?\s$")


HISTORY_GAP = 5  # years: a text whose typical year lies further before its document date tells the past


def choose_mode(text: str, document_date: str | None) -> str:
    """News or narrative anchoring for a text dated ``document_date``.

    Narrative when there is no document date, or when the years the text names lie mostly well before
    it (a history written in 2009 about 1946 dates "in March" by its story, not by 2009). Otherwise news
    when explicit years are rare (under one per 300 words): a report dates events by its own date.
    """
    if document_date is None:
        return "narrative"
    sample = text[:200_000]
    years = sorted(int(m[0]) if m[0] else 1 - int(m[1]) for m in EXPLICIT_YEAR.findall(sample))
    written = parse_value(document_date)
    if years and written is not None and years[len(years) // 2] < written.year - HISTORY_GAP:
        return "narrative"
    words = max(1, len(WORD.findall(sample)))
    return "news" if len(years) < 1 + words / 300 else "narrative"


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
        doc: Doc | None = None,
    ) -> list[Timex]:
        """Time expressions of ``text``; ``document_date`` is an ISO date (YYYY[-MM[-DD]]).

        ``doc``, spaCy's parse of the same ``text``, lets the narrative's reference time follow only
        the dates that narrate (``clauses.py``); without it surface cues decide alone.
        """
        if doc is not None and doc.text != text:
            raise ValueError("doc is a parse of another text: pass the Doc made from this very text (or no doc)")
        document = parse_value(document_date) if document_date else None
        if document_date and document is None:
            raise ValueError(f"document_date {document_date!r} is not an ISO date: write YYYY-MM-DD")
        mode = choose_mode(text, document_date) if self.mode == "auto" else self.mode
        anchors = Anchors(mode=mode, document=document, calendar=document_calendar(text))
        citations = sorted(citation_spans or [])
        quotes = [m.span() for m in QUOTE.finditer(text)] if ('"' in text or "“" in text) else []
        records: list[Timex] = []
        previous: tuple[Candidate, Reading] | None = None
        found = candidates(text)
        for index, candidate in enumerate(found):
            start, end = candidate.start, candidate.end
            anchors.position = start
            reading = self._read(text, found, index, anchors, previous)
            role = self._role(reading, text, start, end, citations, quotes)
            moves = reading.sets_anchor and role == "event" and moves_narrative(text, start, end)
            if moves and doc is not None:
                moves = narrates(doc, start, end)
            if reading.point is not None and moves:
                point = replace(reading.point, time=None, modifier=None)
                anchors.last = point
                if point.grain == "day":
                    anchors.last_day = point
                    anchors.last_day_at = end
                if point.grain in ("day", "month"):
                    anchors.last_fine = point
            records.append(self._record(text, start, end, reading, role))
            previous = (candidate, reading)
        return records

    def _read(
        self,
        text: str,
        found: list[Candidate],
        index: int,
        anchors: Anchors,
        previous: tuple[Candidate, Reading] | None,
    ) -> Reading:
        """The reading of ``found[index]``, in the context its neighbours give it."""
        candidate = found[index]
        kind = candidate.rule.kind
        restated = _restated_day(text, candidate, previous)
        if restated is not None:
            return restated
        closing = _closing_year(text, found, index) or _named_event_year(text, candidate)
        if closing is not None:
            context = Anchors(mode="narrative", document=anchors.document, last=closing, calendar=anchors.calendar)
            return read(kind, candidate.match, context)
        if kind in ("clock", "range_day") and index + 1 < len(found):
            day = _day_that_follows(text, candidate, found[index + 1], anchors)
            if day is not None:
                context = replace(anchors, last=day, last_day=day, last_fine=day, last_day_at=candidate.start)
                return read(kind, candidate.match, context)
        return read(kind, candidate.match, anchors)

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


YEARLESS_KINDS = frozenset(["month_day", "month", "season"])
CLOSING_KINDS = frozenset(["full_date", "month_year", "year", "season"])


def _closing_year(text: str, found: list[Candidate], index: int) -> Point | None:
    """The year that closes a range or list this yearless date opens ("April and June 1955",
    "the spring and early summer of 1943")."""
    candidate = found[index]
    if (
        candidate.rule.kind not in YEARLESS_KINDS
        or candidate.match["rel"]
        or candidate.match["year"]
        or candidate.match["det"] not in (None, "the", "The")
        or index + 1 >= len(found)
    ):
        return None
    following = found[index + 1]
    if following.rule.kind not in CLOSING_KINDS or not joined_to_next(text, candidate.end, following.start):
        return None
    year = parse_year(following.match["year"] or "")
    return make_year(year) if year is not None else None


# "the Spring Offensive of 1918", "the February Revolution of 1917": an event named by its month or
# season, with the year it belongs to written after the name.
NAMED_EVENT_OF_YEAR = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){1,3}of\s+((?:1\d|20)\d\d)(?![\d'’-]|,\d)")


def _named_event_year(text: str, candidate: Candidate) -> Point | None:
    """The year written after an event named by a yearless month or season ("the Winter Offensive of 1951")."""
    if candidate.rule.kind not in ("month", "season") or candidate.match["rel"] or candidate.match["year"]:
        return None
    if candidate.match["det"] not in (None, "the", "The"):
        return None
    named = NAMED_EVENT_OF_YEAR.match(text, candidate.end, candidate.end + 60)
    return make_year(int(named.group(1))) if named is not None else None


APPOSITION = re.compile(r"^\s*[,–—-]\s*$")
# "At 5:34 AM Baghdad time on March 20, 2003": the day a time of day is given with.
TIME_THEN_DAY = re.compile(r"^\s*,?\s*(?:[\w.]+\s+time\s+)?(?:on\s+(?:the\s+)?)?$")


RANGE_TO = re.compile(r"^\s*(?:-|–|to|and)\s*$")


def _restated_day(text: str, candidate: Candidate, previous: tuple[Candidate, Reading] | None) -> Reading | None:
    """ "On 27 June 1950, two days after the invasion", "on 1 July 1916, the first day of the battle":
    an appositive that dates a day by an event restates the day just given."""
    kind = candidate.rule.kind
    if previous is None or not (
        kind == "event_day" or (kind == "shift" and candidate.match["direction"] in ("after", "before"))
    ):
        return None
    before, reading = previous
    point = reading.point
    if point is None or point.grain != "day" or not APPOSITION.match(text[before.end : candidate.start]):
        return None
    return replace(reading, anchor=reading.value, sets_anchor=False)


def _day_that_follows(text: str, first: Candidate, following: Candidate, anchors: Anchors) -> Point | None:
    """The day a time of day is given with ("at 5:34 AM on March 20"), or a range of days closes on ("15 to 22 May")."""
    if following.rule.kind not in ("full_date", "month_day"):
        return None
    between = text[first.end : following.start]
    if not (TIME_THEN_DAY if first.rule.kind == "clock" else RANGE_TO).match(between):
        return None
    point = read(following.rule.kind, following.match, anchors).point
    return replace(point, time=None) if point is not None and point.grain == "day" else None


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
