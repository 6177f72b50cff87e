"""Where each rule can match at all: one pass over the words of the text finds its trigger words.

Every rule of the grammar needs some word to match: a month name, a unit, a digit, "now". Scanning
the text once for those words and running each rule only in the stretches around its triggers keeps
the tagger fast (most of a text holds no time word), without changing what the rules find.
"""

from __future__ import annotations

import re

from annalist.time.lexicon import ISLAMIC_MONTHS, MONTHS, PERSIAN_MONTHS

TOKEN = re.compile(r"[A-Za-z]+|\d+")
# How far a match may reach before and after its trigger ("the very beginning of the spring of 1944").
WINDOW_BEFORE = 80
WINDOW_AFTER = 100

MONTH_KINDS = ("full_date", "month_year", "month_day", "month")
DIGIT_KINDS = (
    "iso", "range_year_end", "range_year_start", "year", "clock", "decade", "bare_day", "range_day", "ordinal_day", "short_year", "hijri_year",
)  # fmt: skip
UNIT_KINDS = ("relative", "duration", "shift", "set", "day_part", "holiday")


def _words(kinds: tuple[str, ...], words: str) -> dict[str, tuple[str, ...]]:
    return dict.fromkeys(words.split(), kinds)


WORD_KINDS: dict[str, tuple[str, ...]] = {}
for _table in (
    _words(("season",), "spring summer autumn fall winter"),
    _words(("wet_season", "season"), "season seasons"),
    _words(("century",), "century centuries"),
    _words(
        UNIT_KINDS,
        "day days morning mornings afternoon afternoons evening evenings night nights "
        "week weeks month months year years daytime nighttime",
    ),
    _words(("duration", "shift"), "second seconds minute minutes hour hours decade decades fortnight fortnights"),
    _words(("relative_decade",), "decade"),
    _words(("shift",), "later earlier after afterwards afterward before previously ago prior beforehand"),
    _words(("set",), "daily weekly monthly annually yearly nightly everyday"),
    _words(("reference",), "now currently current nowadays present former formerly recent recently past future modern"),
    _words(("holiday",), "christmas easter new bastille armistice saints"),
    _words(("weekday", "full_date", "month_day"), "monday tuesday wednesday thursday friday saturday sunday"),
    _words(("day_part",), "dawn dusk midnight noon midday"),
    _words(("relative",), "yesterday today tomorrow tonight"),
    _words(("anaphoric",), "time period"),
    _words(("part_of_current",), "year month"),
    _words(("event_day",), "day night morning"),
    _words(("year",), "bc bce ad ce"),
    _words(("persian",), " ".join(PERSIAN_MONTHS)),
    _words(("islamic",), " ".join(m.split()[0].split("-")[0] for m in ISLAMIC_MONTHS)),
):
    for _word, _kinds in _table.items():
        WORD_KINDS[_word] = WORD_KINDS.get(_word, ()) + _kinds
MONTH_WORDS = frozenset(name.title() for name in MONTHS)


def trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule kind, the merged stretches of ``text`` around its trigger words."""
    windows: dict[str, list[tuple[int, int]]] = {}
    length = len(text)
    for token in TOKEN.finditer(text):
        word = token.group()
        if word[0].isdigit():
            kinds: tuple[str, ...] = DIGIT_KINDS
        elif word in MONTH_WORDS:
            kinds = MONTH_KINDS
        else:
            found = WORD_KINDS.get(word.lower())
            if found is None:
                continue
            kinds = found
        start, end = max(0, token.start() - WINDOW_BEFORE), min(length, token.end() + WINDOW_AFTER)
        for kind in kinds:
            spans = windows.setdefault(kind, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows
