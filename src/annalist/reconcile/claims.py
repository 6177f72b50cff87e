"""The in-memory views reconciliation works on: one source's claim, a reconciled event cluster.

The store builds :class:`ClaimView` objects from its ``claim`` rows (or from an
:class:`annalist.records.EventMention`); every algorithm in :mod:`annalist.reconcile` is a pure
function over these views, so it can be tested without a database and fed from any store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from annalist.records import EventMention

# PLOVER 2.0's four quad classes: the coarse "family" used for blocking (types in one family may be
# declared compatible; types in different families never describe the same event).
PLOVER_FAMILIES: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}

# How far (km) a place of each precision may lie from the point that stands for it: a city's
# coordinates stand for anywhere within ~10 km, a province's for anywhere within ~150 km.
PLACE_RADIUS_KM: dict[str, float] = {
    "sub-city": 2.0,
    "city": 10.0,
    "admin2": 50.0,
    "admin1": 150.0,
    "region": 300.0,
    "country": 800.0,
    "continent": 4000.0,
}
DEFAULT_PLACE_RADIUS_KM = 25.0

# Date grains from finest to coarsest; a claim's interval [date_start, date_end] already spans its grain.
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "quarter", "year", "decade", "century")


def type_family(event_type: str) -> str:
    """The PLOVER quad class of a type; an unknown type is its own family."""
    return PLOVER_FAMILIES.get(event_type.upper(), event_type.upper())


def place_radius_km(precision: str | None) -> float:
    """How far the true place may lie from the coordinates given, for a place of this precision."""
    if precision is None:
        return DEFAULT_PLACE_RADIUS_KM
    return PLACE_RADIUS_KM.get(precision, DEFAULT_PLACE_RADIUS_KM)


@dataclass(frozen=True, slots=True)
class FigureView:
    """One number a claim gives: ``kind`` (dead, injured, force_size, ...) as low/best/high.

    An open bound is None: "more than 40" is low=40, best=None, high=None.
    """

    kind: str
    low: float | None
    best: float | None
    high: float | None
    unit: str = "people"

    def interval(self) -> tuple[float, float]:
        """The range of values this figure allows (an open bound is 0 or infinity)."""
        low = self.low if self.low is not None else self.best
        high = self.high if self.high is not None else self.best
        if low is None and high is None:
            return (0.0, float("inf"))
        if low is None:
            low = 0.0
        if high is None:
            # "more than 40" allows anything above 40; "40" alone (best only) is caught above.
            high = float("inf")
        return (low, high)


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One source's report of one event, as reconciliation sees it.

    Dates are ISO strings (``date_start``..``date_end`` inclusive, covering the date's grain: a
    month-precision "July 1988" is 1988-07-01..1988-07-31). Places are a point plus a precision
    (see :data:`PLACE_RADIUS_KM`). Actors and recipients are canonical entity keys, never a
    source's label. ``subtype`` is the ACLED sub-event type when known (it separates a capture
    of a town from a shelling of it on the same day).
    """

    claim_id: str
    document_id: str
    source: str
    type: str
    modality: str = "asserted"
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None
    place_name: str | None = None
    geonames_id: int | None = None
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    figures: tuple[FigureView, ...] = ()
    trigger: str = ""
    trigger_lemma: str = ""
    sentence: str = ""
    subtype: str | None = None

    @property
    def has_place(self) -> bool:
        return self.lat is not None and self.lon is not None

    def day_interval(self) -> tuple[int, int] | None:
        """The date interval as proleptic ordinals (inclusive), None when undated."""
        if self.date_start is None:
            return None
        start = date.fromisoformat(self.date_start[:10]).toordinal()
        end = date.fromisoformat((self.date_end or self.date_start)[:10]).toordinal()
        if end < start:
            raise ValueError(
                f"claim {self.claim_id}: date_end {self.date_end} is before date_start {self.date_start}; "
                "swap them or fix the time normaliser's output"
            )
        return (start, end)


@dataclass(frozen=True, slots=True)
class EventCluster:
    """A reconciled event: the claims judged to report it, and the ranges they span."""

    event_id: str
    type: str
    claims: tuple[ClaimView, ...]
    date_start: str | None
    date_end: str | None
    lat_range: tuple[float, float] | None
    lon_range: tuple[float, float] | None
    place_names: tuple[str, ...]
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    # Why each claim after the first joined: (claim_id, explanation), so a reviewer can undo one.
    merge_reasons: tuple[tuple[str, str], ...] = field(default=())

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(c.claim_id for c in self.claims)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source for c in self.claims}))


def claim_from_mention(mention: EventMention, *, claim_id: str, document_id: str, source: str) -> ClaimView:
    """The claim view of one extracted event mention (actors by entity key, else by canonical name)."""
    place = mention.place
    return ClaimView(
        claim_id=claim_id,
        document_id=document_id,
        source=source,
        type=mention.type,
        modality=mention.modality,
        date_start=mention.date_start,
        date_end=mention.date_end,
        date_precision=mention.date_precision,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        place_precision=mention.place_precision or (place.precision if place else None),
        place_name=place.name if place else None,
        geonames_id=place.geonames_id if place else None,
        actors=tuple(dict.fromkeys(a.entity_key or a.name for a in mention.actors)),
        recipients=tuple(dict.fromkeys(a.entity_key or a.name for a in mention.recipients)),
        figures=tuple(FigureView(f.kind, f.low, f.best, f.high, f.unit) for f in mention.figures),
        trigger=mention.trigger,
        trigger_lemma=mention.trigger.lower(),
        sentence=mention.sentence,
        subtype=mention.acled_sub_event_type,
    )
