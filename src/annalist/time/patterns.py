"""The extraction grammar: one regular expression per kind of time expression.

Each ``Rule`` finds candidate spans of one kind ("full_date", "month_year", "duration", ...); the
normaliser (``normalise.py``) reads the named groups of its match. Month and weekday names are
matched capitalised only, because "may", "march" and "august" are ordinary words in lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annalist.time.lexicon import ISLAMIC_MONTHS, ORDINAL_WORDS, PERSIAN_MONTHS


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    priority: int  # breaks ties between equally long overlapping candidates: lower wins


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _capitalised(words: list[str]) -> str:
    return "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(words, key=len, reverse=True))


END = r"(?![\w'])"
MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![\w'])"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
ERA = r"(?:\s?(?:B\.\s?C\.(?:\s?E\.)?|B\.C(?![\w.])|BCE|BC|A\.\s?D\.|AD|CE)(?![\w]))"
YEAR4 = r"(?<![\d.,$£€])(?:1\d{3}|20\d{2})(?![\d,]\d)"
# A year: four digits, or one to four digits with an era ("490 BC", "AD 632").
YEAR = rf"(?:{YEAR4}(?:{ERA})?|\d{{1,4}}{ERA}|(?:AD|A\.D\.)\s?\d{{1,4}}(?!\d))"
WEEKDAY_PREFIX = rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?"
DAY_PART_OF = (
    r"(?:(?:early\s+(?:in\s+)?)?(?:on\s+)?the\s+(?:early\s+|late\s+)?"
    r"(?:morning|afternoon|evening|night|dawn|early\s+morning\s+hours|eve)\s+of\s+)?"
)
APPROX = r"(?:(?:around|circa|ca\.|c\.|approximately|about)\s+)?"
NUMBER = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|hundred"
    r"|a\s+dozen|dozen|a\s+couple\s+of|a\s+single|an?|half\s+an?)"
)
VAGUE = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous|the)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
QUANTIFIER = (
    r"(?:(?:about|around|approximately|roughly|some|over|more\s+than|a\s+little\s+(?:more|less)\s+than"
    r"|less\s+than|nearly|almost|just|only|at\s+least|at\s+most|under|up\s+to|a\s+mere|another"
    r"|(?:the|its|their)\s+(?:next|past|last|first|following|previous|final|four\s+previous|same|whole"
    r"|entire|remaining)|the|some)\s+)*"
)
MODIFIER = (
    r"(?:(?P<mod>early|late|mid|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|latter\s+part"
    r"|early\s+part|later\s+part|first\s+half|second\s+half|latter\s+half|last\s+days|dawn|turn)\s+of"
    r"|(?:early|late|later|earlier)\s+in|(?:early|late)\s+(?=\d))[\s-]*)?"
)
ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt(list(ORDINAL_WORDS))})"
PERSIAN = _capitalised(list(PERSIAN_MONTHS))
ISLAMIC = _capitalised(list(ISLAMIC_MONTHS))
HIJRI_ERA = r"(?:\s?(?:AH|A\.H\.|SH|S\.H\.|AP|HS)(?!\w))"


def _rule(kind: str, priority: int, pattern: str, flags: int = 0) -> Rule:
    return Rule(kind, re.compile(pattern, flags), priority)


# "of that year", "of the following year" after a day or a month
OF_RELATIVE_YEAR = r"(?:\s+of\s+(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year)?"

RULES: tuple[Rule, ...] = (
    _rule("iso", 0, r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<time>\d{2}:\d{2})(?::\d{2})?)?(?!\d)"),
    _rule(
        "full_date",
        1,
        rf"{DAY_PART_OF}{WEEKDAY_PREFIX}{APPROX}(?P<month>{MONTH})\.?\s+(?P<day>{DAY})(?:,\s*|\s+|,?\s+of\s+)"
        rf"(?P<year>{YEAR})",
    ),
    _rule(
        "full_date",
        1,
        rf"{DAY_PART_OF}{WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})\.?,?\s+"
        rf"(?P<year>{YEAR})",
    ),
    _rule("month_year", 2, rf"{MODIFIER}{APPROX}(?P<month>{MONTH})(?:,\s*|\s+of\s+|\s+)(?P<year>{YEAR})"),
    _rule(
        "month_day",
        3,
        rf"{DAY_PART_OF}{WEEKDAY_PREFIX}(?P<month>{MONTH})\.?\s+(?P<day>{DAY})"
        rf"(?:\s+of\s+(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year)?(?![\d,]\d)",
    ),
    _rule(
        "month_day",
        3,
        rf"{DAY_PART_OF}{WEEKDAY_PREFIX}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})" + OF_RELATIVE_YEAR,
    ),
    _rule(
        "month",
        4,
        rf"{MODIFIER}(?:the\s+(?P<det>previous|following|next|same)\s+)?(?P<month>{MONTH})" + OF_RELATIVE_YEAR,
    ),
    # "from 15 to 22 February", "(22-25 April 1951)", "on 28 and 29 August": a day opening a range of days
    _rule("range_day", 5, rf"(?<![\d,.:/-])(?P<core>(?P<day>{DAY}))\s*(?:-|–|to|and)\s*(?={DAY}\s+{MONTH})"),
    _rule("bare_day", 5, rf"(?<=\d\s)and\s+(?P<day>{DAY})(?=\W)"),
    _rule(
        "ordinal_day",
        5,
        r"\bthe\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?!(?:was|were|when|had|saw)\b)[A-Za-z])",
    ),
    _rule(
        "season",
        4,
        rf"(?i:{MODIFIER}(?:(?P<det>the|this|that|next|last|the\s+following|the\s+next|the\s+previous"
        rf"|the\s+same)\s+)?(?:(?P<early>early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}|that\s+year|the\s+same\s+year|next\s+year|the\s+following\s+year)"
        rf")?)(?!\w)(?:(?=\s+(?P<habit>quarters|clothing|uniforms?|food|supplies|gear|equipment)\b))?",
    ),
    _rule("season", 4, rf"(?P<year>{YEAR4})\s+(?P<season>spring|summer|autumn|winter)\b"),
    _rule("wet_season", 6, r"(?i:\b(?:the\s+)?(?:dry|rainy|wet|monsoon|fighting|campaigning)\s+season)\b"),
    _rule("year", 6, rf"{MODIFIER}{APPROX}(?P<year>{YEAR})"),
    _rule("short_year", 7, r"(?<![\w'’])['’](?P<yy>\d{2})(?![\w'’])"),
    _rule(
        "decade",
        3,
        rf"(?:(?i:the)\s+)?{MODIFIER}(?:(?P<early>early|late|mid)[\s-]+)?(?P<decade>\d{{2,3}}0)['’]?s{END}"
        rf"(?P<era>{ERA})?",
    ),
    _rule(
        "century",
        3,
        rf"(?i:(?:the\s+)?{MODIFIER}(?:(?P<early>early|late|mid)[\s-]+)?(?P<ordinal>{ORDINAL})[\s-]+centur(?:y|ies)"
        rf"(?P<era>{ERA})?)(?!\w)",
    ),
    _rule(
        "relative",
        3,
        r"(?i:\b(?:(?P<mod2>early|late|later|earlier)\s+)?(?:(?P<prefix>the|that|this|on\s+the)\s+)?"
        r"(?:(?P<which>next|following|previous|preceding|same|very\s+same|prior)\s+)?"
        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)"
        r"(?:\s+(?P<after>after|before|following))?)(?![\w-])",
    ),
    _rule(
        "relative",
        3,
        r"(?i:\b(?P<mod2>later|earlier|early|late)\s+(?:that|this|the\s+same|in\s+the)\s+"
        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year))\b",
    ),
    _rule("relative", 3, r"(?i:\b(?P<which>next|last)\s+(?P<unit>week|month|year))\b"),
    _rule("relative", 3, r"(?i:\b(?P<which>yesterday|today|tomorrow|tonight))\b"),
    _rule(
        "relative_decade",
        2,
        rf"(?i:{MODIFIER}the\s+(?P<which>following|next|previous|preceding)\s+decade)(?![\w-])",
    ),
    _rule(
        "event_day",
        1,
        r"(?i:\bthe\s+(?P<ordinal>first|second|third|last|final|opening|closing)\s+(?P<unit>day|night|morning)\s+of\s+"
        r"(?:the|that|this)\s+)(?:(?P<event>battle|war|siege|offensive|campaign|assault|attack|invasion|operation"
        r"|uprising|revolt|fighting|conflict|revolution|congress|conference)\b|(?P<name>(?:[A-Z][\w'’-]+)"
        r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+)*))",
    ),
    _rule(
        "shift",
        2,
        rf"(?i:\b(?:(?:only|just|a\s+mere|some|about|nearly|almost|over|more\s+than|less\s+than|barely)\s+)?"
        rf"(?P<count>{NUMBER}|{VAGUE})?\s*(?P<unit>{UNIT})\s+"
        r"(?P<direction>later|earlier|afterwards?|after|before|previously|ago|prior|beforehand))(?!\w)",
    ),
    _rule(
        "duration",
        5,
        rf"(?i:\b{QUANTIFIER}(?P<count>{NUMBER}(?:\s+and\s+(?:a\s+)?half)?|{VAGUE})?[\s-]*"
        rf"(?P<unit>{UNIT})(?:[\s-]+(?P<suffix>long|old|of\s+age))?)(?![\w-])",
    ),
    _rule("duration", 5, r"(?i:\b(?P<unit>day|week|month|year|decade)s?-long)\b"),
    _rule(
        "set",
        4,
        r"(?i:\b(?P<set>daily|weekly|monthly|annually|yearly|nightly|every\s+day|everyday|"
        r"each\s+day|every\s+week|every\s+month|every\s+year|each\s+year|per\s+(?:day|week|month|year)"
        r"|a\s+(?:day|week|month|year)(?=\s*[,.;)]))\b)",
    ),
    _rule(
        "clock",
        2,
        r"(?i:(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)"
        r"|\s*(?:hrs|hours|h)\b)?(?![\d:]))",
    ),
    _rule("clock", 3, r"(?i:(?<![\d:])(?P<hour>1[0-2]|0?[1-9])\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|o'clock))"),
    _rule("clock", 3, r"(?<![\d:])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs|hours|h)\b"),
    _rule(
        "day_part",
        6,
        r"(?i:\b(?:at|by|in|during|all|one|each|every)\s+(?P<core>(?P<part>night|nights|night-time|nighttime"
        r"|daytime|dawn|dusk|midnight|noon|midday))|(?:during\s+)?the\s+(?P<part2>night|morning|afternoon|evening"
        r"|daytime))\b",
    ),
    _rule(
        "reference",
        6,
        r"(?i:\b(?P<ref>now|right\s+now|currently|current|nowadays|at\s+present|the\s+present|present-day"
        r"|present\s+day|modern\s+day|modern-day|these\s+days|the\s+time\s+being|former|formerly|recent|recently"
        r"|the\s+past|the\s+future|future|the\s+coming\s+years))(?![\w-])",
    ),
    # "by the end of the year", "at month's end": a part of the year (month) the narrative is in
    _rule(
        "part_of_current",
        2,
        r"(?i:\b(?P<mod>the\s+(?:very\s+)?(?:end|beginning|start|middle|close|latter\s+part|early\s+part"
        r"|later\s+part|first\s+half|second\s+half|rest)\s+of)\s+the\s+(?P<unit>year|month)"
        r"|(?P<unit2>year|month)['’]s\s+(?P<mod2>end|close))\b",
    ),
    # "(1915-16)", "in 2007–08": the closing year of a range written with its last two digits
    _rule("range_year_end", 6, r"(?<![\d.,])(?P<from>(?:1\d|20)\d\d)[-–](?P<core>(?P<yy>\d\d))(?![\d\w-])"),
    # "(499-493 BC)", "from 499 to 493 BC": the opening year of a range takes the era written at its end
    _rule(
        "range_year_start",
        6,
        rf"(?<![\d.,])(?P<core>(?P<year>\d{{1,4}}))(?=\s*(?:-|–|to)\s*(?P<closing>\d{{1,4}})(?P<era>{ERA})(?!\w))",
    ),
    # "during this period", "by that time", "at the same time", "at the time": a time the narrative just named
    _rule(
        "anaphoric",
        7,
        r"(?i:\b(?:during|throughout|in|by|from|around|at)\s+(?P<core>(?:this|that|the\s+same)\s+(?:time|period)))\b",
    ),
    _rule(
        "anaphoric",
        7,
        r"(?i:\bat\s+(?P<core>the\s+time))\b(?P<defined>(?=\s+(?:of|when|that|he|she|they|it|we)\b|\s+[A-Z]))?",
    ),
    _rule(
        "holiday",
        3,
        rf"(?i:\b(?P<holiday>christmas\s+eve|christmas\s+day|christmas|new\s+year's\s+(?:day|eve)"
        rf"|easter\s+sunday|easter|bastille\s+day|armistice\s+day|all\s+saints'?\s+day)"
        rf"(?:\s+(?P<part>night|morning|evening))?(?:,?\s+(?:of\s+)?(?P<year>{YEAR4}))?)\b",
    ),
    _rule("weekday", 6, rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"),
    _rule(
        "persian",
        1,
        rf"(?:(?P<day>{DAY})\s+(?P<pmonth>{PERSIAN})|(?P<pmonth2>{PERSIAN})\s+(?P<day2>{DAY}),?)"
        rf"(?:,?\s+(?P<pyear>1[0-4]\d\d)(?:{HIJRI_ERA})?)?{END}",
    ),
    _rule("persian", 2, rf"(?P<pmonth>{PERSIAN})(?:,|\s+of)?\s+(?P<pyear>1[0-4]\d\d)(?:{HIJRI_ERA})?{END}"),
    # "1367 SH", "1408 AH", "1367 Hijri Shamsi": a year with its Hijri era beats the bare year it contains
    _rule(
        "hijri_year",
        5,
        rf"{MODIFIER}(?P<year>1[0-4]\d\d|[1-9]\d{{0,2}})\s?(?P<hera>AH|A\.H\.|SH|S\.H\.|AP"
        rf"|HS|[Hh]ijri\s+[Ss]hamsi|[Ss]olar\s+[Hh]ijri|[Hh]ijri\s+[Qq]amari|[Ll]unar\s+[Hh]ijri)(?!\w)",
    ),
    _rule(
        "islamic",
        1,
        rf"(?:(?P<day>{DAY})\s+)?(?P<imonth>{ISLAMIC}),?\s+(?P<iyear>\d{{1,4}})\s?(?:AH|A\.H\.|H)(?![\w])",
    ),
)


class Found:
    """A rule's match whose named groups read as None when the rule's pattern lacks them."""

    __slots__ = ("groups", "match")

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match
        self.groups = match.groupdict()

    def __getitem__(self, name: str) -> str | None:
        return self.groups.get(name)

    def need(self, name: str) -> str:
        """A group the rule always fills; KeyError when it is empty (the reader then gives no value)."""
        found = self.groups.get(name)
        if found is None:
            raise KeyError(f"rule matched without its {name!r} group")
        return found

    def group(self, index: int = 0) -> str:
        return self.match.group(index)

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self.match.span(name)
