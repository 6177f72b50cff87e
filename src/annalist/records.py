"""The records annalist's components produce, shared by the pipeline, the store and the exports.

Every record carries character offsets into the stored document text (``start`` inclusive, ``end``
exclusive) and the name and version of the extractor that produced it, so any fact can be traced
back to the exact span of the exact document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Extractor:
    """Who produced a record: a component name, its version and how sure it is."""

    name: str
    version: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention found by the statistical model (PERSON, ORG, GPE, ...)."""

    start: int
    end: int
    text: str
    label: str
    sentence_index: int
    extractor: Extractor


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression normalised to a TIMEX3 value.

    ``value`` keeps reduced precision as TIMEX3 does (``1988-07``, ``1988-SU``, ``198X``, ``P2D``);
    ``date_start``/``date_end`` give the Gregorian interval it covers (ISO dates) and ``precision`` its
    grain (day, week, month, season, quarter, year, decade, century). ``role`` says what the date is
    for: ``event`` (may date an event), ``citation`` (publication date of a reference), ``duration``,
    ``set`` or ``quoted``; only ``event`` dates may date an event.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    date_start: str | None
    date_end: str | None
    precision: str | None
    role: str
    extractor: Extractor
    calendar: str = "gregorian"  # gregorian | solar_hijri | islamic
    original: str | None = None  # the date as written, when another calendar was converted
    anchor: str | None = None  # the value it was resolved against (narrative or document date)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry a toponym resolved to."""

    name: str
    geonames_id: int | None
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    feature_code: str | None
    precision: str  # sub-city | city | admin2 | admin1 | region | country | continent


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name in the text, with the place it resolved to (None when unresolved)."""

    start: int
    end: int
    text: str
    role: str  # event | citation | demonym | other
    place: Place | None
    candidates: int
    extractor: Extractor


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor or recipient of an event, resolved to a canonical entity where known."""

    start: int
    end: int
    text: str
    name: str  # neutral canonical name, never the source's label
    entity_key: str | None  # stable key of the canonical entity (alias table), None if unknown
    kind: str  # state | organisation | person | group | unknown
    sector: str | None = None  # PLOVER-style sector code: GOV, MIL, REB, CVL, ...
    country: str | None = None  # ISO 3166-1 alpha-3


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a source gives about an event: dead, injured, force size, ... as low/best/high."""

    kind: str  # dead | injured | captured | displaced | force_size | equipment | casualties
    low: float | None
    best: float | None
    high: float | None
    unit: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """One source's report of an event in one sentence: the claim before reconciliation."""

    start: int  # the claim's sentence span
    end: int
    sentence: str
    trigger_start: int
    trigger_end: int
    trigger: str
    type: str  # PLOVER 2.0 type
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    modality: str  # asserted | planned | hypothetical | negated | predicted | reported
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    figures: tuple[Figure, ...]
    extractor: Extractor
    rule: str  # which rule or model coded it, for explanation
    reported_by: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    place: Place | None = None
    place_text: str | None = None
    place_precision: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """A work a document cites, found in running text or a reference list, parsed to CSL-JSON."""

    start: int
    end: int
    text: str
    kind: str  # parenthetical | running_text | footnote | numbered | reference_list | according_to
    csl: dict[str, Any]
    extractor: Extractor


@dataclass(frozen=True, slots=True)
class ClaimReferenceLink:
    """Links the event mention at ``event_index`` in ``doc._.events`` to ``doc._.references[reference_index]``."""

    event_index: int
    reference_index: int
    rule: str


@dataclass(frozen=True, slots=True)
class Statement:
    """A sentence a citation supports that reports no event: a quotation, assertion, prediction, belief or proposal."""

    start: int
    end: int
    text: str
    kind: str  # quotation | assertion | prediction | belief | proposal
    speaker: str | None  # who makes it, when the text says so; None for the source's own voice
    reference_index: int  # index into doc._.references
    rule: str  # which linking rule tied it to the reference
    extractor: Extractor


@dataclass(frozen=True, slots=True)
class FramingSpan:
    """Loaded or propagandistic language: the source's framing, never a fact."""

    start: int
    end: int
    text: str
    technique: str  # SemEval-2020 Task 11 technique name
    target: str | None  # canonical name of the entity it targets, when known
    extractor: Extractor
    lexicon_entry: str | None = None


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline found in one document, ready for the store's writer."""

    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    claim_links: list[ClaimReferenceLink] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    framing: list[FramingSpan] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # components that failed on this document, and why
