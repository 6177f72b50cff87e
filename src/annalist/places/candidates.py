"""Candidate generation: which gazetteer places a written name may refer to.

The exact and skeleton keys of the whole name come first. When they find nothing better than a skeleton, two
fallbacks widen the net, each marked ``NAME_PART`` so the resolver trusts it less:
- an administrative suffix is dropped ("Benue State", "Guma LGA", "Oaxaca State" -> the region of that name);
- a name that holds a place name ("Colorado State University", "Dubai World Cup") falls back to the longest
  capitalised part the gazetteer knows: a building or an event sits within a few km of the place it is named after.
"""

from __future__ import annotations

import dataclasses
import re

from annalist.places.gazetteer import NAME_PART, NAME_SKELETON, Candidate, Gazetteer
from annalist.places.names import exact_key, strip_the

_ADMIN_SUFFIX = re.compile(
    r"^(?P<base>.+?)\s+(?:state|province|county|region|district|governorate|oblast|prefecture|municipality|"
    r"parish|lga|territory|city)$",
    re.IGNORECASE,
)
_ADMIN_PRECISIONS = frozenset({"admin1", "admin2"})
# Function words that never start or end a place-name part ("University of California" -> "California").
_GLUE = frozenset({"of", "the", "and", "de", "du", "la", "le", "for", "at", "in", "on", "&"})
MAX_PART_WORDS = 6
# Words that name a kind of thing, not a place: a part made only of them is no evidence ("West", "University").
_GENERIC = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "inner", "outer", "new", "old", "university", "college", "school", "academy", "institute", "church",
    "cathedral", "basilica", "hospital", "centre", "center", "tower", "hall", "house", "hotel", "mall", "bank",
    "council", "republic", "federal", "national", "state", "states", "city", "county", "district", "province",
    "region", "international", "metro", "station", "airport", "port", "point", "park", "hill", "bend", "lake",
    "river", "valley", "island", "bay", "beach", "street", "road", "avenue", "square", "bridge", "estate", "cottage",
    "landing", "delta", "cup", "world", "club", "stadium", "arena", "prison", "embassy",
})  # fmt: skip


def candidate_places(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """Every place the written name may refer to, best name match first."""
    text = strip_the(text.strip())
    found = gazetteer.candidates(text)
    if any(c.name_kind != NAME_SKELETON for c in found):
        return found
    suffixed = _ADMIN_SUFFIX.match(text)
    if suffixed:
        base, suffix = suffixed.group("base"), text[len(suffixed.group("base")) :].strip().lower()
        wanted = {"city": None, "region": _ADMIN_PRECISIONS | {"region"}}.get(suffix, _ADMIN_PRECISIONS)
        regions = [c for c in gazetteer.candidates(base, variants=False) if not wanted or c.place.precision in wanted]
        if regions:
            return [_as_part(c) for c in regions] + found
    return [_as_part(c) for c in _part_candidates(gazetteer, text)] + found


def _part_candidates(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    words = text.split()
    if len(words) < 2 or len(words) > MAX_PART_WORDS:
        return []
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            part = words[start : start + size]
            if part[0].lower() in _GLUE or part[-1].lower() in _GLUE or not part[0][:1].isupper():
                continue
            if len(exact_key(" ".join(part))) < 3 or all(exact_key(w) in _GENERIC for w in part):
                continue
            matches = gazetteer.candidates(" ".join(part), variants=False)
            if matches:
                return matches
    return []


def _as_part(candidate: Candidate) -> Candidate:
    return dataclasses.replace(candidate, name_kind=NAME_PART)
