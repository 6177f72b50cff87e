"""Candidate time expressions: every rule's matches, filtered for plausibility, overlaps resolved.

The filters are the cues a reader uses to tell a year from a quantity ("in 1943" vs "1400 victims",
"Resolution 1483"), a month from a verb ("in May" vs "may"), a season from a noun ("the fall of Saigon").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from annalist.time.patterns import RULES, Found, Rule
from annalist.time.triggers import trigger_windows

# Words after which a bare number or month name is read as a date.
TEMPORAL_LEFT = frozenset(
    [
        "in",
        "by",
        "since",
        "until",
        "till",
        "from",
        "to",
        "of",
        "during",
        "after",
        "before",
        "and",
        "or",
        "between",
        "through",
        "early",
        "late",
        "mid",
        "the",
        "year",
        "years",
        "around",
        "about",
        "circa",
        "c.",
        "ca.",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "since,",
        "on",
        "throughout",
        "as",
        "ending",
        "beginning",
        "starting",
        "than",
        "until,",
        "that",
        "this",
        "into",
        "within",
        "at",
    ]
)
# Words that, right before a bare number, show it is a count or an identifier rather than a year.
COUNT_LEFT = frozenset(
    [
        "some",
        "over",
        "nearly",
        "almost",
        "approximately",
        "than",
        "only",
        "just",
        "killed",
        "killing",
        "lost",
        "butcher",
        "with",
        "numbered",
        "resolution",
        "flight",
        "number",
        "no.",
        "cable",
        "route",
        "highway",
        "hill",
        "height",
        "division",
        "regiment",
        "battalion",
        "brigade",
        "corps",
        "army",
        "squadron",
        "boeing",
        "article",
        "chapter",
        "page",
        "p.",
        "pp.",
        "vol.",
        "paragraph",
    ]
)
# Words before "the next decade" that make it a stretch of time rather than a date.
SPAN_LEFT = frozenset(["for", "over", "during", "within", "throughout", "lasting", "across"])
WORD_BEFORE = re.compile(r"([\w.'’]+)[^\w\n]{0,2}$")
WORD_AFTER = re.compile(r"^\s*([\w'’]+)")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: Found


def _word_before(text: str, start: int) -> str:
    found = WORD_BEFORE.search(text[max(0, start - 30) : start])
    return found.group(1) if found else ""


def _word_after(text: str, end: int) -> str:
    found = WORD_AFTER.match(text[end : end + 30])
    return found.group(1) if found else ""


MONTH_AND_SEASON_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
    ]
)


# A year range or list around a bare number: "1861–1863", "1915-16"; "1782 and 1783".
YEAR_RANGE_AFTER = re.compile(r"[-–](?:1\d|20)?\d\d(?![\d,])")
YEAR_LIST_BEFORE = re.compile(r"(?<![\d.,])(?:1\d|20)\d\d\s+(?:and|or)\s+$")


def _year_is_plausible(m: Found, text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless the context shows a count or an identifier."""
    if m["mod"] or re.search(r"[A-Za-z]", m.need("year")) or m.group(0) != m.need("year"):
        return True
    if YEAR_RANGE_AFTER.match(text, end, end + 8) or YEAR_LIST_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Eastern Theater 1861–1863", "in 1782 and 1783": a year beside another year
    before = _word_before(text, start)
    lowered = before.lower()
    if lowered in COUNT_LEFT:
        return False
    glued = text[max(0, start - len(before) - 1) : start] == before + " "
    if glued and before[:1].isupper() and lowered not in TEMPORAL_LEFT | MONTH_AND_SEASON_WORDS:
        return False  # "Resolution 1483", "Flight 655": a name and its number
    # "and 1200 tanks": a conjunction alone does not make the next number a year
    temporal_before = (lowered in TEMPORAL_LEFT and lowered not in ("and", "or")) or text[
        start - 1 : start
    ] in "(,–-/\n"
    after = _word_after(text, end)
    return temporal_before or not after[:1].islower() or after in ("and", "to", "or", "was", "when")


# Nouns a month names the time of when it modifies them: "the costly August battles", "a March operation".
EVENT_NOUNS = frozenset(
    [
        "offensive", "offensives", "operation", "operations", "campaign", "campaigns", "battle", "battles",
        "revolution", "revolt", "uprising", "coup", "crisis", "elections", "election", "decrees", "decree",
        "riots", "massacre", "attack", "attacks", "strikes", "strike", "fighting", "agreement", "armistice",
        "truce", "ceasefire", "talks", "treaty", "conference", "congress", "manifesto", "days",
    ]
)  # fmt: skip
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _month_names_an_event(text: str, end: int, before: str) -> bool:
    """ "The February Revolution", "the costly August battles": a month naming when an event happened."""
    after = _word_after(text, end)
    if after.lower() in EVENT_NOUNS:
        return True
    return before in ("the", "a", "an") and after[:1].isupper() and after.lower() not in MONTH_AND_SEASON_WORDS


def _month_is_plausible(m: Found, text: str, start: int, end: int) -> bool:
    if m["mod"] or m["det"] or m["rel"]:
        return True
    before = _word_before(text, start).lower()
    if before not in ("long", "great") and _month_names_an_event(text, end, before):
        return True
    if m["month"] != "May" and SENTENCE_START.search(text, max(0, start - 3), start):
        after = text[end : end + 2]
        return after[:1] == "," or (after[:1] == " " and after[1:2].islower())  # "September saw the Germans ..."
    if before in ("long", "great", "the", "a"):
        return False  # "the Long March", "the March to the Sea"
    if m["month"] == "May" and before not in TEMPORAL_LEFT:
        return False  # sentence-initial modal verb
    return before in TEMPORAL_LEFT or text[start - 1 : start] in "(,"


def _season_is_plausible(m: Found, text: str, end: int) -> bool:
    if m.need("season").lower() != "fall" or m["year"]:
        return True
    return m["det"] is not None and not re.match(r"\s+of\b", text[end : end + 5])


def _duration_is_plausible(m: Found, text: str, start: int) -> bool:
    unit = m.need("unit").lower()
    body = m.group(0).lower().strip()
    if m.group(0).lower().endswith("-long"):
        return True
    count = (m["count"] or "").lower()
    if not count:
        if not unit.endswith("s") or body != unit:
            return body != unit and not re.fullmatch(r"(the|some)\s+\w+", body)
        return _word_before(text, start).lower() in ("for", "within", "in", "after", "over", "lasting")
    if count in ("the", "some") and not unit.endswith("s"):
        return False
    return not (
        count in ("a", "an")
        and body.startswith(("a ", "an "))
        and _word_before(text, start).lower() in ("once", "twice", "times")
    )


def _relative_is_plausible(m: Found) -> bool:
    if m["prefix"] is None and m["which"] in ("next", "last", "yesterday", "today", "tomorrow", "tonight"):
        return True
    if m["which"] or m["after"] or m["mod2"]:
        return True
    prefix = (m["prefix"] or "").lower()
    unit = m.need("unit").lower()
    if prefix in ("that", "this", "on the"):
        return unit not in ("week",) or prefix == "that"
    return False


def _clock_is_plausible(m: Found) -> bool:
    body = m.group(0)
    # "2.50" is a decimal, not ten to three
    return not (m["minute"] and "." in body and not re.search(r"[a-zA-Z]", body))


def plausible(candidate: Candidate, text: str) -> bool:
    m, kind = candidate.match, candidate.rule.kind
    if kind == "year":
        return _year_is_plausible(m, text, candidate.start, candidate.end)
    if kind == "month":
        return _month_is_plausible(m, text, candidate.start, candidate.end)
    if kind == "season":
        return _season_is_plausible(m, text, candidate.end)
    if kind == "duration":
        if m.need("unit").lower() == "second" and re.match(r"[\s-]+[A-Za-z]", text[candidate.end : candidate.end + 3]):
            return False  # "a second attack", "the Second Army": an ordinal, not a duration
        return _duration_is_plausible(m, text, candidate.start)
    if kind == "relative":
        return _relative_is_plausible(m)
    if kind == "clock":
        return _clock_is_plausible(m)
    if kind == "relative_decade":  # "for the next decade" is how long, "in the next decade" is when
        return _word_before(text, candidate.start).lower() not in SPAN_LEFT
    return True


def candidates(text: str) -> list[Candidate]:
    """Non-overlapping candidates in text order: the longest match wins, then the rule's priority."""
    found: list[Candidate] = []
    seen: set[tuple[int, int, int]] = set()
    windows = trigger_windows(text)
    for index, rule in enumerate(RULES):
        for window_start, window_end in windows.get(rule.kind, ()):
            for raw in rule.pattern.finditer(text, window_start, window_end):
                if (index, *raw.span()) in seen:
                    continue
                seen.add((index, *raw.span()))
                m = Found(raw)
                start, end = m.span("core") if m["core"] else m.span()
                while end > start and text[end - 1].isspace():
                    end -= 1
                while start < end and text[start].isspace():
                    start += 1
                if end <= start:
                    continue
                candidate = Candidate(start, end, rule, m)
                if plausible(candidate, text):
                    found.append(candidate)
    found.sort(key=lambda c: (c.start - c.end, c.rule.priority, c.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for c in found:
        index = bisect.bisect_left(starts, c.start)
        if index > 0 and ends[index - 1] > c.start:
            continue
        if index < len(starts) and starts[index] < c.end:
            continue
        starts.insert(index, c.start)
        ends.insert(index, c.end)
        chosen.insert(index, c)
    return [c for i, c in enumerate(chosen) if c.rule.kind != "bare_day" or _follows_day(chosen, i, text)]


def _follows_day(chosen: list[Candidate], index: int, text: str) -> bool:
    """ "August 5 and 12": a lone day number counts only right after a full day expression."""
    if index == 0:
        return False
    previous = chosen[index - 1]
    return previous.rule.kind in ("month_day", "full_date") and chosen[index].start - previous.end <= 2
