"""Token features for the reference-parsing CRF (shared by training and parsing, so they never drift)."""

from __future__ import annotations

import re

from annalist.time.lexicon import MONTHS

_YEAR = re.compile(r"^\(?\[?(1[5-9]\d\d|20\d\d)[a-z]?\]?\)?[.,;:]?$")
_PAGE_RANGE = re.compile(r"\d+\s*[-–—]+\s*\d+")
_URL = re.compile(r"^(https?://|www\.|doi:|10\.\d{4,}/)", re.IGNORECASE)
_MONTHS = frozenset(MONTHS)
_KEYWORDS = {
    "pp": "pages",
    "p": "pages",
    "pages": "pages",
    "vol": "volume",
    "vols": "volume",
    "volume": "volume",
    "no": "number",
    "nr": "number",
    "issue": "number",
    "ed": "editor",
    "eds": "editor",
    "edited": "editor",
    "editor": "editor",
    "editors": "editor",
    "hrsg": "editor",
    "trans": "translator",
    "translated": "translator",
    "in": "in",
    "edn": "edition",
    "edition": "edition",
    "press": "publisher",
    "university": "publisher",
    "publishers": "publisher",
    "publishing": "publisher",
    "verlag": "publisher",
    "institute": "publisher",
    "center": "publisher",
    "centre": "publisher",
    "journal": "journal",
    "proceedings": "journal",
    "newspaper": "journal",
    "times": "journal",
    "thesis": "genre",
    "dissertation": "genre",
    "report": "genre",
    "retrieved": "note",
    "accessed": "note",
    "available": "note",
    "et": "etal",
    "al": "etal",
    "and": "and",
}
_OPENERS = "([{“\"'‘«"
_CLOSERS = ")]}”\"'’»"


def shape(word: str) -> str:
    """Collapsed character classes: 'Smith,' -> 'Xx,', '1988' -> 'd', 'pp.' -> 'x.'."""
    out: list[str] = []
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.isalpha():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:8]


def _stripped(word: str) -> str:
    return "".join(char for char in word.lower() if char.isalnum())


def _word_features(word: str) -> dict[str, str | float]:
    bare = _stripped(word)
    features: dict[str, str | float] = {
        "w": word.lower()[:30],
        "s": bare[:30],
        "shape": shape(word),
        "p2": bare[:2],
        "p3": bare[:3],
        "x2": bare[-2:],
        "x3": bare[-3:],
        "first": word[0],
        "last": word[-1],
        "len": str(min(len(bare), 8)),
    }
    if bare and bare[0].isalpha() and word.lstrip(_OPENERS)[:1].isupper():
        features["cap"] = 1.0
    if bare.isupper() and len(bare) > 1:
        features["upper"] = 1.0
    if _YEAR.match(word):
        features["year"] = 1.0
    if bare.isdigit():
        features["digits"] = str(min(len(bare), 5))
    elif any(char.isdigit() for char in bare):
        features["hasdigit"] = 1.0
    if _PAGE_RANGE.search(word):
        features["range"] = 1.0
    if _URL.match(word.lstrip("<(")):
        features["url"] = 1.0
    if bare in _MONTHS:
        features["month"] = 1.0
    keyword = _KEYWORDS.get(bare)
    if keyword:
        features["kw"] = keyword
    if len(bare) == 1 and word.endswith("."):
        features["initial"] = 1.0
    if word[0] in _OPENERS:
        features["opens"] = word[0]
    if word[-1] in _CLOSERS or word.rstrip(".,;:")[-1:] in _CLOSERS:
        features["closes"] = 1.0
    return features


def sequence_features(words: list[str]) -> list[dict[str, str | float]]:
    """One feature dict per token: its own features, its neighbours' and where it sits in the reference."""
    own = [_word_features(word) for word in words]
    count = len(words)
    result: list[dict[str, str | float]] = []
    periods = 0
    commas = 0
    depth = 0
    for index, word in enumerate(words):
        features: dict[str, str | float] = dict(own[index])
        features["pos"] = str(int(10 * index / count))
        features["periods"] = str(min(periods, 5))
        features["commas"] = str(min(commas, 6))
        if depth > 0:
            features["inparen"] = 1.0
        if index == 0:
            features["BOS"] = 1.0
        if index == count - 1:
            features["EOS"] = 1.0
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < count:
                neighbour = own[other]
                features[f"{offset}:s"] = neighbour["s"]
                features[f"{offset}:shape"] = neighbour["shape"]
                features[f"{offset}:last"] = neighbour["last"]
                for flag in ("year", "kw", "cap", "initial"):
                    if flag in neighbour:
                        features[f"{offset}:{flag}"] = neighbour[flag]
        result.append(features)
        if word.endswith("."):
            periods += 1
        if word.endswith(","):
            commas += 1
        depth += word.count("(") - word.count(")")
        depth = max(depth, 0)
    return result
