"""Event coreference across documents: which claims report the same event.

A claim joins an event when nothing rules it out and enough evidence ties it in:
- vetoes (any one keeps them apart): incompatible type or ACLED sub-type; dates farther apart
  than ``date_tolerance_days`` beyond the grain each source gives (a month-precision date fits
  any day of its month); places farther apart than both places' precision radii plus
  ``place_tolerance_km``; precise dates of one event spreading wider than the tolerance (no
  chaining of day after day); actors named by both sides and disjoint; one side's actor being the
  other side's recipient (a counter-attack is not the attack);
- evidence (summed, must reach ``merge_threshold``): date (same 1.0, nested or overlapping 0.6,
  within tolerance 0.3), place (within the coarser radius 1.0, within tolerance 0.5), shared
  actor 1.0, shared recipient 0.5, same trigger lemma 0.5; a date or place must give some of it.
Claims are processed most precise first (day- or week-level dates, then coarser dates, then
undated), and each joins the best-scoring candidate event. A vague claim (a month, a year or no
date) joins an event only when exactly one candidate fits, so it is never guessed into an event;
an event's date window is set by its precise claims, so a vague one never widens it.

Blocking keeps the cost about linear: an event is indexed by (type group, month, 1° cell) and
(type group, month, actor), a type group being a type and those declared compatible with it; a claim looks only at the events under its own month(s) and the
3×3 neighbouring cells, and at most ``max_candidates`` of the latest events under one key.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from annalist.reconcile.claims import (
    ClaimView,
    EventCluster,
    place_radius_km,
)
from annalist.reconcile.evidence import haversine_km

# Claims with these modalities say an event happened; planned, negated and hypothetical ones are
# kept as their own clusters so "no attack took place" never merges into the attack.
DEFAULT_MERGEABLE_MODALITIES = frozenset({"asserted", "reported", "historical"})
# A date span longer than this (days; a week at most) is "vague": it joins only an event it uniquely fits.
PRECISE_DATE_DAYS = 7
# Spans up to a quarter are indexed by month; longer ones by year.
MONTH_INDEXED_DAYS = 92
# Places coarser than this radius (km) are not indexed by cell; they meet events through actors.
FINE_PLACE_KM = 50.0
GEO_CELL_DEG = 1.0


@dataclass(frozen=True)
class CorefConfig:
    """The knobs of event coreference; every default is explained in the module docstring."""

    date_tolerance_days: int = 1
    place_tolerance_km: float = 10.0
    merge_threshold: float = 1.5
    max_candidates: int = 64
    compatible_types: frozenset[frozenset[str]] = field(
        default_factory=lambda: frozenset({frozenset({"ASSAULT", "COERCE"})})
    )
    mergeable_modalities: frozenset[str] = DEFAULT_MERGEABLE_MODALITIES

    def types_compatible(self, a: str, b: str) -> bool:
        return a == b or frozenset({a, b}) in self.compatible_types


class _Building:
    """An event while claims are still joining it: running summaries, so a claim is compared once."""

    __slots__ = (
        "actors",
        "claims",
        "coarse_span",
        "fine_span",
        "fine_width",
        "lat",
        "lemmas",
        "lon",
        "radius",
        "reasons",
        "recipients",
        "subtypes",
        "types",
    )

    def __init__(self, claim: ClaimView, span: tuple[int, int] | None) -> None:
        self.claims: list[ClaimView] = [claim]
        self.reasons: list[tuple[str, str]] = []
        self.types: set[str] = {claim.type}
        self.subtypes: set[str] = {claim.subtype} if claim.subtype else set()
        self.fine_span: tuple[int, int] | None = None
        self.fine_width = 0  # the widest precise date given (a week-level date spans 6 days)
        self.coarse_span: tuple[int, int] | None = None
        self.lat: float | None = None
        self.lon: float | None = None
        self.radius = math.inf
        self.actors: set[str] = set(claim.actors)
        self.recipients: set[str] = set(claim.recipients)
        self.lemmas: set[str] = {claim.trigger_lemma} if claim.trigger_lemma else set()
        self._add_span_place(claim, span)

    def _add_span_place(self, claim: ClaimView, span: tuple[int, int] | None) -> None:
        if span is not None:
            if span[1] - span[0] < PRECISE_DATE_DAYS:
                self.fine_span = _union(self.fine_span, span)
                self.fine_width = max(self.fine_width, span[1] - span[0])
            else:
                self.coarse_span = _union(self.coarse_span, span)
        if claim.lat is not None and claim.lon is not None:
            radius = place_radius_km(claim.place_precision)
            # The event's place is its most precise report; equally precise reports are averaged.
            if radius < self.radius or self.lat is None:
                self.lat, self.lon, self.radius = claim.lat, claim.lon, radius
            elif radius == self.radius and self.lon is not None:
                n = sum(1 for c in self.claims if c.has_place and place_radius_km(c.place_precision) == radius)
                self.lat += (claim.lat - self.lat) / n
                self.lon += (claim.lon - self.lon) / n

    def add(self, claim: ClaimView, span: tuple[int, int] | None, reason: str) -> None:
        self.claims.append(claim)
        self.reasons.append((claim.claim_id, reason))
        self.types.add(claim.type)
        if claim.subtype:
            self.subtypes.add(claim.subtype)
        self.actors.update(claim.actors)
        self.recipients.update(claim.recipients)
        if claim.trigger_lemma:
            self.lemmas.add(claim.trigger_lemma)
        self._add_span_place(claim, span)


def _union(a: tuple[int, int] | None, b: tuple[int, int]) -> tuple[int, int]:
    return b if a is None else (min(a[0], b[0]), max(a[1], b[1]))


def _score(
    claim: ClaimView, span: tuple[int, int] | None, event: _Building, config: CorefConfig
) -> tuple[float, str] | None:
    """Evidence that ``claim`` reports ``event``: (score, explanation), or None when vetoed."""
    if not all(config.types_compatible(claim.type, t) for t in event.types):
        return None
    if claim.subtype and event.subtypes and claim.subtype not in event.subtypes:
        return None
    parts: list[str] = []
    score = 0.0
    located = 0.0
    event_span = event.fine_span or event.coarse_span
    if span is not None and event_span is not None:
        gap = max(span[0] - event_span[1], event_span[0] - span[1], 0)
        if gap > config.date_tolerance_days:
            return None
        if event.fine_span is not None and span[1] - span[0] < PRECISE_DATE_DAYS:
            # No chaining: all precise dates of one event lie within the tolerance of each other.
            joint = _union(event.fine_span, span)
            if joint[1] - joint[0] > max(event.fine_width, span[1] - span[0]) + config.date_tolerance_days:
                return None
        if gap:
            located = 0.3
            parts.append(f"dates {gap} day(s) apart (0.3)")
        elif span == event_span:
            located = 1.0
            parts.append("same date (1.0)")
        else:
            located = 0.6
            parts.append("dates overlap (0.6)")
    if claim.lat is not None and claim.lon is not None and event.lat is not None and event.lon is not None:
        km = haversine_km(claim.lat, claim.lon, event.lat, event.lon)
        radius = place_radius_km(claim.place_precision)
        if km <= max(radius, event.radius):
            located += 1.0
            parts.append(f"same place, {km:.0f} km (1.0)")
        elif km <= radius + event.radius + config.place_tolerance_km:
            located += 0.5
            parts.append(f"nearby place, {km:.0f} km (0.5)")
        else:
            return None
    if located == 0.0:
        return None
    score += located
    if claim.actors and event.actors:
        shared = event.actors.intersection(claim.actors)
        if not shared:
            return None
        score += 1.0
        parts.append(f"actor {sorted(shared)[0]} (1.0)")
    elif event.recipients.intersection(claim.actors) or event.actors.intersection(claim.recipients):
        return None  # one side's attacker is the other's target: a counter-attack, not the attack
    if claim.recipients and event.recipients.intersection(claim.recipients):
        score += 0.5
        parts.append("shared recipient (0.5)")
    if claim.trigger_lemma and claim.trigger_lemma in event.lemmas:
        score += 0.5
        parts.append(f"trigger '{claim.trigger_lemma}' (0.5)")
    if score < config.merge_threshold:
        return None
    return score, " + ".join(parts) + f" = {score:.1f}"


def _months(span: tuple[int, int]) -> list[tuple[int, int]]:
    """The (year, month) buckets an ordinal span touches (at most a handful for fine spans)."""
    first, last = date.fromordinal(span[0]), date.fromordinal(span[1])
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _time_keys(span: tuple[int, int] | None, tolerance: int) -> tuple[list[object], list[object]]:
    """(keys an event is indexed under, keys a claim queries) for a claim's date span."""
    if span is None:
        return [("u",)], [("u",)]
    years = list(range(date.fromordinal(span[0]).year, date.fromordinal(span[1]).year + 1))
    year_keys: list[object] = [("y", y) for y in years]
    if span[1] - span[0] > MONTH_INDEXED_DAYS:
        return year_keys, year_keys
    own: list[object] = [("m", *ym) for ym in _months(span)]
    query: list[object] = [("m", *ym) for ym in _months((span[0] - tolerance, span[1] + tolerance))]
    # Precise events are also indexed by year, so a vague claim of that year can still find them.
    return own + year_keys, query


def _place_keys(claim: ClaimView) -> tuple[list[object], list[object]]:
    """(cells an event is indexed under, cells a claim queries): own cell, and the 3×3 around it."""
    if claim.lat is None or claim.lon is None or place_radius_km(claim.place_precision) > FINE_PLACE_KM:
        return [("*",)], [("*",)]
    row, col = math.floor(claim.lat / GEO_CELL_DEG), math.floor(claim.lon / GEO_CELL_DEG)
    around: list[object] = [(row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]
    return [(row, col)], [*around, ("*",)]


def _event_id(claims: list[ClaimView]) -> str:
    """A content-derived id: the same claims always make the same event id."""
    digest = hashlib.sha1("\x1f".join(sorted(c.claim_id for c in claims)).encode()).hexdigest()
    return "ev_" + digest[:16]


def _finish(event: _Building) -> EventCluster:
    claims = event.claims
    spans = [s for s in (c.day_interval() for c in claims) if s is not None]
    lats = [c.lat for c in claims if c.lat is not None]
    lons = [c.lon for c in claims if c.lon is not None]
    return EventCluster(
        event_id=_event_id(claims),
        type=max(sorted(event.types), key=lambda t: sum(c.type == t for c in claims)),
        claims=tuple(claims),
        date_start=date.fromordinal(min(s[0] for s in spans)).isoformat() if spans else None,
        date_end=date.fromordinal(max(s[1] for s in spans)).isoformat() if spans else None,
        lat_range=(min(lats), max(lats)) if lats else None,
        lon_range=(min(lons), max(lons)) if lons else None,
        place_names=tuple(sorted({c.place_name for c in claims if c.place_name})),
        actors=tuple(sorted(event.actors)),
        recipients=tuple(sorted(event.recipients)),
        merge_reasons=tuple(event.reasons),
    )


def _processing_order(claim: ClaimView, span: tuple[int, int] | None) -> tuple[int, int, str]:
    if span is None:
        return (2, 0, claim.claim_id)
    return (0 if span[1] - span[0] < PRECISE_DATE_DAYS else 1, span[0], claim.claim_id)


def _type_groups(config: CorefConfig) -> dict[str, str]:
    """Each type named in ``compatible_types`` → one block name per connected group of compatible types."""
    parent: dict[str, str] = {}

    def find(t: str) -> str:
        parent.setdefault(t, t)
        while parent[t] != t:
            t = parent[t]
        return t

    for pair in config.compatible_types:
        first, *rest = sorted(pair)
        for other in rest:
            parent[find(other)] = find(first)
    members: dict[str, list[str]] = defaultdict(list)
    for t in list(parent):
        members[find(t)].append(t)
    return {t: "|".join(sorted(group)) for group in members.values() for t in group}


def cluster_claims(claims: Iterable[ClaimView], config: CorefConfig | None = None) -> list[EventCluster]:
    """Group claims into events (see the module docstring for the rule); every claim lands in one event.

    Deterministic: the same claims give the same events and ids, whatever order they come in.
    """
    config = config or CorefConfig()
    groups = _type_groups(config)
    prepared = [(c, c.day_interval()) for c in claims]
    prepared.sort(key=lambda pair: _processing_order(*pair))
    events: list[_Building] = []
    index: dict[tuple[object, ...], list[int]] = {}
    for claim, span in prepared:
        block = groups.get(claim.type, claim.type)
        own_times, query_times = _time_keys(span, config.date_tolerance_days)
        own_cells, query_cells = _place_keys(claim)
        joined = None
        if claim.modality in config.mergeable_modalities:
            keys = [(block, "g", t, cell) for t in query_times for cell in query_cells]
            keys += [(block, "a", t, actor) for t in query_times for actor in claim.actors]
            joined = _best_event(claim, span, keys, events, index, config)
        if joined is not None:
            event_no, reason = joined
            events[event_no].add(claim, span, reason)
        else:
            event_no = len(events)
            events.append(_Building(claim, span))
        keys = [(block, "g", t, cell) for t in own_times for cell in own_cells]
        keys += [(block, "a", t, actor) for t in own_times for actor in claim.actors]
        for key in keys:
            bucket = index.setdefault(key, [])
            if not bucket or bucket[-1] != event_no:
                bucket.append(event_no)
    return [_finish(e) for e in events]


def _best_event(
    claim: ClaimView,
    span: tuple[int, int] | None,
    keys: Sequence[tuple[object, ...]],
    events: list[_Building],
    index: dict[tuple[object, ...], list[int]],
    config: CorefConfig,
) -> tuple[int, str] | None:
    """The event this claim should join, with the reason, or None to start a new event."""
    vague = span is None or span[1] - span[0] >= PRECISE_DATE_DAYS
    candidates: set[int] = set()
    truncated = False
    for key in keys:
        bucket = index.get(key)
        if bucket:
            truncated = truncated or len(bucket) > config.max_candidates
            candidates.update(bucket[-config.max_candidates :])
    scored = []
    for event_no in sorted(candidates):
        result = _score(claim, span, events[event_no], config)
        if result is not None:
            scored.append((result[0], -event_no, result[1]))
    if not scored:
        return None
    if vague and (len(scored) > 1 or truncated):
        return None
    _, neg_no, reason = max(scored)
    return -neg_no, reason
