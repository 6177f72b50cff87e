"""Pairwise evidence between two claims: how their dates, places, actors and figures relate.

Each comparison returns one of three verdicts, or None when one side says nothing:
- ``agree``: the same value at the same precision;
- ``compatible``: both can be true (one is more precise, ranges overlap, one names a subset);
- ``contradict``: both cannot be true at the precision each source gives.
Event coreference and the source comparison share these, so a merge and its report never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from annalist.reconcile.claims import ClaimView, FigureView, place_radius_km

AGREE = "agree"
COMPATIBLE = "compatible"
CONTRADICT = "contradict"
# Worse verdicts rank higher: a cluster's verdict on an attribute is its worst pair's.
VERDICT_RANK: dict[str, int] = {AGREE: 0, COMPATIBLE: 1, CONTRADICT: 2}

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Relation:
    """How one attribute of two claims relates, with a short human explanation."""

    verdict: str
    detail: str
    distance: float = 0.0  # days apart for dates, km for places, 0 otherwise


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (spherical Earth, mean radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def interval_relation(a: tuple[int, int], b: tuple[int, int]) -> Relation:
    """Relate two inclusive day intervals (ordinals): equal, nested, overlapping or days apart."""
    if a == b:
        return Relation(AGREE, "same date")
    if a[0] <= b[0] and b[1] <= a[1]:
        return Relation(COMPATIBLE, "second is more precise")
    if b[0] <= a[0] and a[1] <= b[1]:
        return Relation(COMPATIBLE, "first is more precise")
    if a[0] <= b[1] and b[0] <= a[1]:
        return Relation(COMPATIBLE, "ranges overlap")
    gap = b[0] - a[1] if b[0] > a[1] else a[0] - b[1]
    return Relation(CONTRADICT, f"{gap} day(s) apart", float(gap))


def date_relation(a: ClaimView, b: ClaimView) -> Relation | None:
    """Relate two claims' dates, respecting each date's precision; None if either is undated."""
    ia, ib = a.day_interval(), b.day_interval()
    if ia is None or ib is None:
        return None
    return interval_relation(ia, ib)


def place_relation(a: ClaimView, b: ClaimView) -> Relation | None:
    """Relate two claims' places, respecting each place's precision; None if either has no place.

    Within the smaller radius of the two: the same place (``agree`` at equal precision, else
    ``compatible``); within the larger: the finer place lies inside the coarser (``compatible``);
    farther: ``contradict``.
    """
    if not (a.has_place and b.has_place):
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return Relation(AGREE, "same gazetteer entry")
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    ra, rb = place_radius_km(a.place_precision), place_radius_km(b.place_precision)
    if km <= min(ra, rb):
        verdict = AGREE if a.place_precision == b.place_precision else COMPATIBLE
        return Relation(verdict, f"{km:.1f} km apart", km)
    if km <= max(ra, rb):
        return Relation(COMPATIBLE, f"{km:.1f} km apart, within the coarser place", km)
    return Relation(CONTRADICT, f"{km:.1f} km apart", km)


def set_relation(a: tuple[str, ...], b: tuple[str, ...]) -> Relation | None:
    """Relate two actor (or recipient) sets; None if either is empty (the source is silent)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return None
    if sa == sb:
        return Relation(AGREE, "same actors")
    if sa <= sb or sb <= sa:
        return Relation(COMPATIBLE, "one names a subset of the other")
    if sa & sb:
        return Relation(COMPATIBLE, "overlap: " + ", ".join(sorted(sa & sb)))
    return Relation(CONTRADICT, f"{', '.join(sorted(sa))} vs {', '.join(sorted(sb))}")


def figure_relation(a: FigureView, b: FigureView) -> Relation:
    """Relate two figures of the same kind by the ranges they allow."""
    la, ha = a.interval()
    lb, hb = b.interval()
    if (la, ha) == (lb, hb) and a.best == b.best:
        return Relation(AGREE, f"both {show_figure(a)}")
    if la <= hb and lb <= ha:
        return Relation(COMPATIBLE, f"{show_figure(a)} vs {show_figure(b)}: ranges overlap")
    return Relation(CONTRADICT, f"{show_figure(a)} vs {show_figure(b)}")


def show_figure(figure: FigureView) -> str:
    """A figure as a reader would write it: 40, 4000-5000, >40, <100."""

    def num(x: float) -> str:
        return f"{x:g}"

    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        return f"{num(figure.low)}-{num(figure.high)}"
    if figure.best is not None:
        return num(figure.best)
    if figure.low is not None:
        return f">{num(figure.low)}"
    if figure.high is not None:
        return f"<{num(figure.high)}"
    return "?"
