"""Which place an event happened at, from the toponyms around it."""

from __future__ import annotations

from collections.abc import Sequence

from annalist.records import Toponym

# Most specific first: an event gets the finest place its sentence names.
PRECISION_RANK = {"sub-city": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "continent": 6}


def event_place_at(
    toponyms: Sequence[Toponym], offset: int, sentences: Sequence[tuple[int, int]]
) -> tuple[Toponym | None, str]:
    """The place of an event whose trigger is at character ``offset``.

    Returns the most specific resolved event-role toponym of the sentence holding ``offset`` with the reason
    "sentence"; else the narrative's current place (the last resolved event-role toponym finer than a country
    before ``offset``) with "narrative"; else (None, "none"). Citation and demonym toponyms never count.
    """
    usable = [t for t in toponyms if t.role == "event" and t.place is not None]
    sentence = next(((s, e) for s, e in sentences if s <= offset < e), None)
    if sentence is not None:
        inside = [t for t in usable if sentence[0] <= t.start and t.end <= sentence[1]]
        if inside:
            return min(inside, key=_specificity), "sentence"
    earlier = [t for t in usable if t.end <= offset and _rank(t) < PRECISION_RANK["country"]]
    if earlier:
        return max(earlier, key=lambda t: t.start), "narrative"
    return None, "none"


def _rank(toponym: Toponym) -> int:
    return PRECISION_RANK.get(toponym.place.precision if toponym.place else "", len(PRECISION_RANK))


def _specificity(toponym: Toponym) -> tuple[int, int]:
    return _rank(toponym), toponym.start
