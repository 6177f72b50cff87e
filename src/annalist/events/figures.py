"""Figures a source gives about an event — dead, injured, captured, force size, equipment — as low/best/high.

"over 4,800 casualties" -> low 4800; "4-5 thousand fighters" -> low 4000, high 5000; "25 brigades of 200" ->
best 5000; "about 7,000 men" -> best 7000; "up to 300 dead" -> high 300.
"""

from __future__ import annotations

import re

from annalist.records import Figure

_WORD_NUMBERS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundreds": 100,
    "thousands": 1000, "dozens": 12, "a dozen": 12, "dozen": 12, "tens of thousands": 10000,
}  # fmt: skip
_MULTIPLIERS: dict[str, float] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "k": 1000}
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + ")"
_MULT = r"(?:\s*(?:hundred|thousand|million))?"
_QUALIFIER = (
    r"(?P<qual>over|more than|at least|in excess of|upwards of|some|about|around|approximately|roughly|"
    r"nearly|almost|up to|as many as|fewer than|less than|no more than|an estimated|estimated)?\s*"
)
_RANGE = re.compile(
    r"\b" + _QUALIFIER + r"(?:between\s+)?(?P<a>" + _NUMBER + r")(?P<am>" + _MULT + r")"
    r"(?:\s*(?:-|–|to|and|or)\s*(?P<b>" + _NUMBER + r")(?P<bm>" + _MULT + r"))?"
    r"(?P<units>\s+(?:brigades|battalions|companies|units|regiments|divisions|groups|columns)\s+of\s+"
    r"(?P<per>\d[\d,]*))?"
    r"\s+(?P<rest>(?:[A-Za-z'-]+\s+){0,3}?)(?P<noun>[A-Za-z-]+)\b",
    re.IGNORECASE,
)

# The noun (or verb) a number counts, and the figure kind it gives.
KIND_BY_WORD: dict[str, tuple[str, str]] = {
    **dict.fromkeys(["dead", "killed", "deaths", "bodies", "fatalities", "martyrs", "died", "lives"], ("dead", "people")),
    **dict.fromkeys(["wounded", "injured", "injuries", "hurt"], ("injured", "people")),
    **dict.fromkeys(["casualties", "losses"], ("casualties", "people")),
    **dict.fromkeys(["prisoners", "captives", "captured", "hostages", "pows", "detainees", "arrested"],
                    ("captured", "people")),
    **dict.fromkeys(["refugees", "displaced", "homeless"], ("displaced", "people")),
    **dict.fromkeys(["fighters", "troops", "soldiers", "men", "members", "combatants", "guerrillas", "militants",
                     "rebels", "volunteers", "forces", "personnel", "recruits", "strong"], ("force_size", "fighters")),
    **dict.fromkeys(["tanks", "aircraft", "helicopters", "guns", "vehicles", "jets", "planes", "artillery",
                     "missiles", "rockets", "armoured", "armored", "apcs", "launchers"], ("equipment", "items")),
}  # fmt: skip
# A count followed by a person noun takes its kind from the verb nearby ("killing 30 civilians" -> dead).
PERSON_NOUNS = frozenset(
    [
        "people",
        "persons",
        "civilians",
        "villagers",
        "residents",
        "women",
        "children",
        "men",
        "soldiers",
        "troops",
        "fighters",
        "members",
        "policemen",
        "officers",
        "guards",
        "students",
        "protesters",
        "demonstrators",
    ]
)
VERB_KINDS: dict[str, str] = {
    "kill": "dead", "die": "dead", "massacre": "dead", "execute": "dead", "slaughter": "dead",
    "wound": "injured", "injure": "injured", "hurt": "injured",
    "capture": "captured", "arrest": "captured", "detain": "captured", "abduct": "captured",
    "kidnap": "captured", "take": "captured", "displace": "displaced",
}  # fmt: skip


def parse_number(text: str, multiplier: str = "") -> float | None:
    """'4,800' -> 4800.0, 'five' -> 5.0, '4' with 'thousand' -> 4000.0; None when it is not a number."""
    raw = text.strip().lower()
    value: float | None
    if raw in _WORD_NUMBERS:
        value = _WORD_NUMBERS[raw]
    else:
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
    factor = _MULTIPLIERS.get(multiplier.strip().lower(), 1)
    return value * factor


def _bounds(qualifier: str, low: float, high: float | None) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) from a number or range and the word before it."""
    if high is not None:
        return low, None, high
    q = qualifier.lower()
    if q in {"over", "more than", "at least", "in excess of", "upwards of"}:
        return low, None, None
    if q in {"up to", "as many as", "fewer than", "less than", "no more than", "nearly", "almost"}:
        return None, None, low
    return None, low, None


def extract_figures(text: str, offset: int, lemmas_near: dict[int, str] | None = None) -> list[Figure]:
    """Figures in a sentence's text; ``offset`` is the sentence's start in the document.

    ``lemmas_near`` maps a character position (relative to ``text``) to the lemma of the verb governing the
    number there, to give a kind to a bare count of people ("killing 30 civilians").
    """
    figures: list[Figure] = []
    for match in _RANGE.finditer(text):
        a = parse_number(match["a"], match["am"] or (match["bm"] or ""))
        if a is None:
            continue
        b = parse_number(match["b"], match["bm"] or "") if match["b"] else None
        if b is not None and a > b:
            continue  # "1988 to 14" and similar are not ranges
        noun = match["noun"].lower()
        words = [*(w.lower() for w in match["rest"].split()), noun]
        kind_unit = next((KIND_BY_WORD[w] for w in reversed(words) if w in KIND_BY_WORD), None)
        if kind_unit is None and (noun in PERSON_NOUNS or any(w in PERSON_NOUNS for w in words)) and lemmas_near:
            verb_kind = VERB_KINDS.get(lemmas_near.get(match.start("a"), ""))
            if verb_kind:
                kind_unit = (verb_kind, "people")
        if kind_unit is None:
            continue
        if _looks_like_year(match["a"], match["am"], kind_unit[0]):
            continue
        kind, unit = kind_unit
        if match["per"]:
            per = parse_number(match["per"])
            low, best, high = (None, a * per if per else None, None)
            kind, unit = "force_size", "fighters"
        else:
            low, best, high = _bounds(match["qual"] or "", a, b)
        start = match.start("qual") if match["qual"] else match.start("a")
        figures.append(
            Figure(
                kind=kind,
                low=low,
                best=best,
                high=high,
                unit=unit,
                start=offset + start,
                end=offset + match.end(),
                text=text[start : match.end()],
            )
        )
    return figures


def _looks_like_year(number: str, multiplier: str | None, kind: str) -> bool:
    """A bare 4-digit 19xx/20xx with no comma is more likely a year than a count, unless it counts people."""
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", number)) and not multiplier and kind == "equipment"


__all__ = ["KIND_BY_WORD", "extract_figures", "parse_number"]
