"""Where the sources of one event agree and where they contradict each other.

For each attribute of a reconciled event (date, place, actors, recipients, and each figure
kind) every pair of claims from *different* sources is related by :mod:`annalist.reconcile.evidence`
(agree / compatible / contradict); the attribute's verdict is its worst pair. Figures of each
kind are combined into one low/best/high estimate by :func:`combine_figures`.

UCDP GED defines, per event, ``best_est`` as the most likely count, ``low_est`` as the lowest and
``high_est`` as the highest *reasonable* count given all the sources. So across sources the low is
the minimum of what sources allow (not the maximum of their lows: a source saying 40 makes 40 a
reasonable count even if another says 50) and the high the maximum. UCDP's best is a coder's
judgement of the most reliable source; without source weights we take the median of the
sources' best values (robust to one outlier), the lower middle one for an even count, since UCDP
prefers conservative counts. The rule travels with every combined figure (:data:`FIGURE_RULE`).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

from annalist.reconcile.claims import ClaimView, EventCluster, FigureView
from annalist.reconcile.evidence import (
    VERDICT_RANK,
    Relation,
    date_relation,
    figure_relation,
    place_relation,
    set_relation,
    show_figure,
)

FIGURE_RULE = (
    "UCDP GED style across sources: low = the lowest value any source allows (its low, else its best); "
    "high = the highest value any source allows (its high, else its best; open-ended 'more than N' "
    "reports add no high); best = the median of the sources' best estimates, the lower middle one "
    "when their number is even (UCDP counts conservatively); a source giving only a range adds "
    "the range's midpoint as its best, a source giving only 'more than N' adds N."
)


@dataclass(frozen=True, slots=True)
class PairVerdict:
    """How two claims from two sources relate on one attribute."""

    claim_a: str
    claim_b: str
    source_a: str
    source_b: str
    verdict: str
    detail: str


@dataclass(frozen=True, slots=True)
class AttributeComparison:
    """One attribute of one event across its sources.

    ``verdict`` is agree / compatible / contradict, or ``single`` when fewer than two sources
    report the attribute (nothing to compare). ``values`` lists each claim's value as shown.
    """

    attribute: str
    verdict: str
    values: tuple[tuple[str, str, str], ...]  # (claim_id, source, value)
    pairs: tuple[PairVerdict, ...]


@dataclass(frozen=True, slots=True)
class CombinedFigure:
    """Every source's figure of one kind combined into low/best/high, with the rule that did it."""

    kind: str
    low: float | None
    best: float | None
    high: float | None
    reports: int
    rule: str = FIGURE_RULE


@dataclass(frozen=True, slots=True)
class Comparison:
    """The source comparison of one reconciled event."""

    event_id: str
    attributes: tuple[AttributeComparison, ...]
    figures: tuple[CombinedFigure, ...]

    def attribute(self, name: str) -> AttributeComparison:
        for item in self.attributes:
            if item.attribute == name:
                return item
        known = ", ".join(a.attribute for a in self.attributes)
        raise KeyError(f"event {self.event_id} has no attribute '{name}'; it has: {known}")

    @property
    def contradictions(self) -> tuple[AttributeComparison, ...]:
        return tuple(a for a in self.attributes if a.verdict == "contradict")


def _show_date(claim: ClaimView) -> str:
    if claim.date_start is None:
        return ""
    if claim.date_end and claim.date_end != claim.date_start:
        return f"{claim.date_start}..{claim.date_end}"
    return claim.date_start


def _show_place(claim: ClaimView) -> str:
    if not claim.has_place:
        return ""
    return f"{claim.place_name or ''} ({claim.lat:.3f}, {claim.lon:.3f}; {claim.place_precision or '?'})".strip()


def _compare_attribute(
    name: str,
    claims: tuple[ClaimView, ...],
    value: Callable[[ClaimView], str],
    relate: Callable[[ClaimView, ClaimView], Relation | None],
) -> AttributeComparison:
    reporting = [c for c in claims if value(c)]
    pairs = []
    for a, b in combinations(reporting, 2):
        if a.source == b.source:
            continue  # a source repeating itself is not corroboration nor contradiction
        relation = relate(a, b)
        if relation is not None:
            pairs.append(PairVerdict(a.claim_id, b.claim_id, a.source, b.source, relation.verdict, relation.detail))
    verdict = max((p.verdict for p in pairs), key=VERDICT_RANK.__getitem__, default="single")
    values = tuple((c.claim_id, c.source, value(c)) for c in reporting)
    return AttributeComparison(name, verdict, values, tuple(pairs))


def _figure_of(claim: ClaimView, kind: str) -> FigureView | None:
    # A claim with several figures of one kind (a revised toll) is represented by its last one.
    found = [f for f in claim.figures if f.kind == kind]
    return found[-1] if found else None


def compare_cluster(cluster: EventCluster) -> Comparison:
    """Compare every source's version of one event, attribute by attribute."""
    claims = cluster.claims
    attributes = [
        _compare_attribute("date", claims, _show_date, date_relation),
        _compare_attribute("place", claims, _show_place, place_relation),
        _compare_attribute(
            "actors", claims, lambda c: ", ".join(c.actors), lambda a, b: set_relation(a.actors, b.actors)
        ),
        _compare_attribute(
            "recipients",
            claims,
            lambda c: ", ".join(c.recipients),
            lambda a, b: set_relation(a.recipients, b.recipients),
        ),
    ]
    combined = []
    for kind in sorted({f.kind for c in claims for f in c.figures}):

        def shown(c: ClaimView, kind: str = kind) -> str:
            figure = _figure_of(c, kind)
            return show_figure(figure) if figure else ""

        def related(a: ClaimView, b: ClaimView, kind: str = kind) -> Relation | None:
            fa, fb = _figure_of(a, kind), _figure_of(b, kind)
            return figure_relation(fa, fb) if fa and fb else None

        attributes.append(_compare_attribute(f"figure:{kind}", claims, shown, related))
        per_source = [f for f in (_figure_of(c, kind) for c in claims) if f is not None]
        combined.append(combine_figures(per_source))
    return Comparison(cluster.event_id, tuple(attributes), tuple(combined))


def combine_figures(figures: Iterable[FigureView]) -> CombinedFigure:
    """Combine several sources' figures of one kind into low/best/high (the rule: :data:`FIGURE_RULE`)."""
    figures = list(figures)
    if not figures:
        raise ValueError("combine_figures needs at least one figure; skip kinds no source reports")
    kinds = {f.kind for f in figures}
    if len(kinds) > 1:
        raise ValueError(f"combine_figures got several kinds {sorted(kinds)}; combine one kind at a time")
    lows = [v for f in figures if (v := f.low if f.low is not None else f.best) is not None]
    highs = [v for f in figures if (v := f.high if f.high is not None else f.best) is not None]
    bests = []
    for f in figures:
        if f.best is not None:
            bests.append(f.best)
        elif f.low is not None and f.high is not None:
            bests.append((f.low + f.high) / 2)
        elif f.low is not None:
            bests.append(f.low)
        elif f.high is not None:
            bests.append(f.high)
    return CombinedFigure(
        kind=figures[0].kind,
        low=min(lows) if lows else None,
        best=statistics.median_low(bests) if bests else None,
        high=max(highs) if highs else None,
        reports=len(figures),
    )


@dataclass(frozen=True, slots=True)
class SourcePairTally:
    """How often two sources agree, are compatible, or contradict each other, over all events."""

    source_a: str
    source_b: str
    agree: int
    compatible: int
    contradict: int
    by_attribute: tuple[tuple[str, str, int], ...]  # (attribute family, verdict, count)


def source_pair_tally(comparisons: Iterable[Comparison]) -> list[SourcePairTally]:
    """Per pair of sources (alphabetical within the pair), counts of each verdict over every event."""
    counts: dict[tuple[str, str], Counter[tuple[str, str]]] = {}
    for comparison in comparisons:
        for attribute in comparison.attributes:
            family = attribute.attribute.split(":", 1)[0]
            for pair in attribute.pairs:
                key = (min(pair.source_a, pair.source_b), max(pair.source_a, pair.source_b))
                counts.setdefault(key, Counter())[(family, pair.verdict)] += 1
    tallies = []
    for (a, b), counter in sorted(counts.items()):
        totals: Counter[str] = Counter()
        for (_, verdict), n in counter.items():
            totals[verdict] += n
        tallies.append(
            SourcePairTally(
                a,
                b,
                totals["agree"],
                totals["compatible"],
                totals["contradict"],
                tuple(sorted((fam, verdict, n) for (fam, verdict), n in counter.items())),
            )
        )
    return tallies
