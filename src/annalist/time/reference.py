"""The narrative's reference time: which dates move the story, which are only mentioned in passing.

A reader of a history dates "on 11 March" by the date the narrative has reached, not by any year the
text happened to name since. "They required the Estates to meet as in 1614", "a campaign planned for
1976", "the Civil Constitution of the Clergy (1790)", "the 1614 rules" name a year without moving the
story there; only a date that dates what the sentence narrates does (``moves_narrative``).

A date that opens a range or a list takes the year written at its end: "in April and June 1955",
"between March and April 1918", "(26 June – 4 August 1952)" (``closing_year``).
"""

from __future__ import annotations

import re

# Words before a date that make it a point of comparison or a bound, not the story's present; a bound
# may name its event first ("lasted until the fall of Budapest in February 1945").
PASSING_CUE = re.compile(
    r"(?:\b(?:(?:since|until|till|compared\s+(?:with|to))\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:in|of|on)|as\s+in|as\s+of|as\s+early\s+as|as\s+late\s+as|since|until|till|up\s+to|compared\s+(?:with|to)"
    r"|than|(?:planned|scheduled|slated|set|due|expected|intended|meant|projected)\s+(?:for|in|by)"
    r"|(?:dating|dated)\s+(?:from|to|back\s+to)|back\s+to|recalling|remembered|reminiscent\s+of|like)"
    r"\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+spring\s+of|the\s+summer\s+of"
    r"|the\s+autumn\s+of|the\s+fall\s+of|the\s+winter\s+of)[\s-]+)?)$",
    re.IGNORECASE,
)
# A date used as a noun's modifier: "the 1614 rules", "the August 1792 uprising", "its May 2007 high".
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.IGNORECASE)
ATTRIBUTIVE_AFTER = re.compile(r"^\s*[a-z][a-z-]+(?!\s+(?:of|when|that|which)\b)")
ATTRIBUTIVE_VERBS = frozenset(["and", "or", "to", "was", "were", "had", "saw", "when", "the", "as", "in", "on", "by"])
# Nouns a dated modifier moves the story to: "the 1777 campaign" is the story's next chapter.
CAMPAIGN_NOUNS = frozenset(["campaign", "campaigns", "offensive", "offensives", "season", "fighting"])
# A date a range or list closes: "April and June 1955", "March-April 1918", "26 June - 4 August 1952".
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|or|until|through|till)\s*$")


def moves_narrative(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` sets the story's reference time (see the module docstring)."""
    if _in_parentheses(text, start, end):
        return False
    before = text[max(0, start - 40) : start]
    if PASSING_CUE.search(before):
        return False
    if ATTRIBUTIVE_BEFORE.search(before):
        after = ATTRIBUTIVE_AFTER.match(text[end : end + 30])
        if after is not None and after.group().strip() not in ATTRIBUTIVE_VERBS | CAMPAIGN_NOUNS:
            return False
    return True


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """ "(1790)", "(1914–1918)", "(as of December 5, 2006)": an aside, not the story's present."""
    opening = text.rfind("(", max(0, start - 40), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 40)
    return closing >= 0 and "(" not in text[end:closing] and "\n" not in text[opening:closing]


def joined_to_next(text: str, end: int, next_start: int) -> bool:
    """Whether only a range or list word stands between a date ending at ``end`` and the next one."""
    return next_start - end <= 12 and RANGE_JOIN.match(text[end:next_start]) is not None
