"""What flat exports say about one event (stable event dict): its date span, a headline, the death toll across
sources, the sources behind it. Shared so that every format reports the same toll and the same dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from statistics import median_low
from typing import Any

from annalist.events.ontology import HOSTILE_TYPES

# Figure kinds that count people killed; "casualties" mixes killed and wounded, so it is left out.
DEATH_KINDS = frozenset({"dead"})


def parse_date(value: str | None) -> date | None:
    """An ISO date from the store, or None when it is missing or not a full date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: date
    end: date
    precision: str  # day, week, month, season, quarter, year, decade, century

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def midpoint(self) -> date:
        """Where ACLED and UCDP put an event known only to a span: its middle."""
        return date.fromordinal((self.start.toordinal() + self.end.toordinal()) // 2)

    def display(self) -> str:
        if self.days == 1:
            return _day(self.start)
        if self.precision == "month":
            return self.start.strftime("%B %Y")
        if self.precision in {"year", "decade", "century"} and self.start.year == self.end.year:
            return str(self.start.year)
        return f"{_day(self.start)} – {_day(self.end)}"


def date_span(event: dict[str, Any]) -> DateSpan | None:
    """The event's date interval, or None when it is undated."""
    start = parse_date(event.get("date_start"))
    if start is None:
        return None
    end = parse_date(event.get("date_end")) or start
    return DateSpan(start, max(start, end), event.get("date_precision") or "day")


def is_asserted(event: dict[str, Any]) -> bool:
    """At least one source says it happened (not only planned, negated or hypothetical)."""
    return any(claim["modality"] in {"asserted", "reported"} for claim in event["claims"])


def sources(event: dict[str, Any]) -> list[str]:
    """Source names behind the event's claims, in first-claim order, each once."""
    names: list[str] = []
    for claim in event["claims"]:
        name = claim.get("source") or claim["document_id"]
        if name not in names:
            names.append(name)
    return names


@dataclass(frozen=True, slots=True)
class DeathToll:
    """Deaths reported for an event across sources, UCDP-style, and the most conservative figure ACLED codes."""

    low: int
    best: int
    high: int
    by_source: tuple[tuple[str, int], ...]  # each source's own best figure, to show disagreement

    @property
    def conservative(self) -> int:
        # ACLED: "where reports conflict, the most conservative estimate is used"
        return min(best for _, best in self.by_source)


def death_toll(event: dict[str, Any]) -> DeathToll | None:
    """Aggregate the claims' death figures, or None when no source gives one.

    Within one claim the largest figure counts (figures in a sentence often overlap: "40 killed, 12 of them
    civilians"). Across claims: low = lowest low, high = highest high, best = the lower median of the claims' bests.
    """
    source_of = {claim["id"]: claim.get("source") or claim["document_id"] for claim in event["claims"]}
    per_claim: dict[str, tuple[float, float, float]] = {}
    for figure in event["figures"]:
        if figure["kind"] not in DEATH_KINDS:
            continue
        values = [v for v in (figure["low"], figure["best"], figure["high"]) if v is not None]
        if not values:
            continue
        best = figure["best"] if figure["best"] is not None else min(values)
        low, high = min(values), max(values)
        seen = per_claim.get(figure["claim_id"])
        if seen is None or best > seen[1]:
            per_claim[figure["claim_id"]] = (low, best, high)
    if not per_claim:
        return None
    by_source: dict[str, int] = {}
    for claim_id, (_, best, _) in per_claim.items():
        name = source_of.get(claim_id, claim_id)
        by_source[name] = max(by_source.get(name, 0), round(best))
    return DeathToll(
        low=round(min(low for low, _, _ in per_claim.values())),
        best=round(median_low([best for _, best, _ in per_claim.values()])),
        high=round(max(high for _, _, high in per_claim.values())),
        by_source=tuple(by_source.items()),
    )


def headline(event: dict[str, Any]) -> str:
    """A neutral one-line title: actors, the event type, recipients and place, in canonical names only."""
    actors = " and ".join(actor["name"] for actor in event["actors"][:2]) or "Unidentified actor"
    kind = (event.get("acled_sub_event_type") or event["type"].capitalize()).lower()
    line = f"{actors}: {kind}"
    if event["recipients"]:
        # only hostile types have a target; "agree against the UN" would put words in the source's mouth
        line += (" against " if event["type"] in HOSTILE_TYPES else " involving ") + " and ".join(
            recipient["name"] for recipient in event["recipients"][:2]
        )
    if event["place"]:
        line += f" at {event['place']['name']}"
    return line
