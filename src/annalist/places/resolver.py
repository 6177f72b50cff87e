"""Toponym resolution with document context: which gazetteer place each place name refers to.

Each candidate of a name becomes a row of features (``features``): how the name matched, the kind of place,
population, and its fit with the places the *other* names of the document currently resolve to (country focus,
first-level region, spatial coherence, whether it holds them). A fitted weight vector scores the rows; the
softmax over a name's candidates is its confidence. Names are revisited one at a time for a few rounds, each
seeing the others' latest picks. A name with no candidate is kept unresolved, never dropped and never forced.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from annalist.places.candidates import candidate_places
from annalist.places.features import (
    FEATURES,
    LOCAL_PRECISIONS,
    DocumentContext,
    Region,
    ResolverWeights,
    add_candidate_support,
    anchor_region,
    is_prominent,
    mark_named_beside,
    named_regions,
    names_an_area,
    prior_features,
    softmax,
)
from annalist.places.gazetteer import NAME_DEMONYM, NAME_OFFICIAL, NAME_SKELETON, Candidate, Gazetteer
from annalist.places.names import exact_key
from annalist.places.recognize import PlaceMention, find_place_mentions
from annalist.records import Extractor, Place, Toponym

if TYPE_CHECKING:  # spaCy costs a second to import; the gazetteer alone must not pay it
    from spacy.tokens import Doc

MAX_CANDIDATES = 40
ROUNDS = 3
WEAK_SUPPORT_KM = 250.0
VARIANT_SUPPORT_KM = 150.0
EPONYMOUS_CITY_POPULATION = 100_000
EPONYMOUS_CITY_KM = 161.0
# How close another name's town must lie to tie a small namesake to the document ("Washington" beside Sunderland).
LOCAL_TIE_KM = 100.0
# Two names this close in the text ("Mexico, Missouri") are a town and the region it lies in.
BESIDE_GAP = 2
_REGION_WORDS = frozenset({"province", "state", "region", "governorate", "oblast", "county", "district", "ostan"})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class PlaceResolver:
    """Finds the place names of a document and resolves each to a gazetteer place."""

    name = "annalist.places"
    version = "2.0.0"

    def __init__(self, gazetteer: Gazetteer | None = None, *, weights: ResolverWeights | None = None) -> None:
        self._gazetteer = gazetteer
        self.weights = weights or ResolverWeights.default()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer, the default one opened (and built once) on first use."""
        if self._gazetteer is None:
            from annalist.places.build import open_default_gazetteer

            self._gazetteer = open_default_gazetteer()
        return self._gazetteer

    def find(self, doc: Doc, *, citation_spans: list[tuple[int, int]] | None = None) -> list[Toponym]:
        """Toponyms of a parsed document, resolved; those inside citation_spans get the role "citation"."""
        mentions = find_place_mentions(doc, self.gazetteer)
        return self.resolve_mentions(mentions, citation_spans=citation_spans)

    def resolve_mentions(
        self, mentions: Sequence[PlaceMention], *, citation_spans: list[tuple[int, int]] | None = None
    ) -> list[Toponym]:
        """Resolve given mentions together (the bench calls this with gold spans)."""
        candidates = self.candidates(mentions)
        picks = self._resolve(mentions, candidates)
        return self._toponyms(mentions, candidates, picks, citation_spans or [])

    def candidates(self, mentions: Sequence[PlaceMention]) -> list[list[Candidate]]:
        """The candidate places of each mention, as the resolver sees them."""
        by_key: dict[str, list[Candidate]] = {}
        found: list[list[Candidate]] = []
        for mention in mentions:
            if mention.operation:
                found.append([])  # an operation's name ("Operation Mersad") is weighed as no place at all
                continue
            key = exact_key(mention.text)
            if key not in by_key:
                by_key[key] = candidate_places(self.gazetteer, mention.text)[:MAX_CANDIDATES]
            found.append(by_key[key])
        return found

    def feature_rounds(
        self, mentions: Sequence[PlaceMention], candidates: list[list[Candidate]]
    ) -> Iterator[dict[str, np.ndarray]]:
        """Feature rows of each distinct name, round by round: first alone, then beside the others' picks."""
        keys = [exact_key(m.text) for m in mentions]
        first: dict[str, int] = {}
        for i, key in enumerate(keys):
            if candidates[i]:
                first.setdefault(key, i)
        priors = {key: prior_features(mentions[i].text, candidates[i]) for key, i in first.items()}
        add_candidate_support(priors, {key: candidates[i] for key, i in first.items()})
        for key, regions in _regions_named_beside(mentions, candidates).items():
            mark_named_beside(priors[key], candidates[first[key]], regions)
        anchors = {key: region for key, i in first.items() if (region := anchor_region(candidates[i])) is not None}
        weights = self.weights.array()
        strong_keys = {key for key, mention in zip(keys, mentions, strict=True) if mention.strong}
        rows = priors
        picked: dict[str, Candidate] = {}

        def pick(key: str) -> None:
            choice = candidates[first[key]][int(np.argmax(rows[key] @ weights))]
            # A weak mention's skeleton match is too unsure to steer the others.
            if key in strong_keys or choice.name_kind != NAME_SKELETON:
                picked[key] = choice
            else:
                picked.pop(key, None)

        for key in first:
            pick(key)
        settled = False
        for _ in range(ROUNDS):
            yield rows
            if settled:
                continue  # no pick moved last round: every later round would compute the same rows again
            rows = dict(rows)
            # One name at a time, each seeing the others' latest picks: updating all at once lets a pair of
            # names flip together forever (Huntsville AL / Walker County TX, then Huntsville TX / Walker AL).
            context = DocumentContext(picked, anchors)
            settled = True
            for key, i in first.items():
                rows[key] = priors[key].copy()
                context.fill(rows[key], candidates[i], key)
                before = picked.get(key)
                pick(key)
                if picked.get(key) is not before:
                    settled = False
                    context = DocumentContext(picked, anchors)
        yield rows

    def _resolve(self, mentions: Sequence[PlaceMention], candidates: list[list[Candidate]]) -> list[tuple[int, float]]:
        *_, rows = self.feature_rounds(mentions, candidates)
        weights = self.weights.array()
        first = {exact_key(m.text): cands for m, cands in zip(mentions, candidates, strict=True) if cands}
        probabilities = {key: softmax(matrix @ weights) for key, matrix in rows.items()}
        decided = {key: int(np.argmax(p)) for key, p in probabilities.items()}
        picks = {key: first[key][j] for key, j in decided.items()}
        for key, best in decided.items():
            decided[key] = _prominent_reading(key, first, probabilities[key], best, rows[key], picks)
        picks = {key: first[key][j] for key, j in decided.items()}
        decisions: dict[str, tuple[int, float]] = {}
        for key, p in probabilities.items():
            best = decided[key]
            if first[key][best].name_kind == NAME_SKELETON and not _variant_supported(key, picks):
                # A spelling variant wins only beside its document's places ("Mersad" is not Merced, California).
                p = np.where([c.name_kind == NAME_SKELETON for c in first[key]], 0.0, p)
                best = int(np.argmax(p)) if p.sum() > 0 else -1
            confidence = float(p[best] / p.sum()) if best >= 0 else 0.0
            # The region's confidence carries over to its capital: the same reading, said more precisely.
            decisions[key] = (_eponymous_city(key, first[key], best) if best >= 0 else -1, confidence)
        return [
            decisions.get(exact_key(m.text), (-1, 0.0)) if candidates[i] else (-1, 0.0) for i, m in enumerate(mentions)
        ]

    def _toponyms(
        self,
        mentions: Sequence[PlaceMention],
        candidates: list[list[Candidate]],
        picks: list[tuple[int, float]],
        citation_spans: list[tuple[int, int]],
    ) -> list[Toponym]:
        strong_places = [candidates[i][j].place for i, (j, _) in enumerate(picks) if j >= 0 and mentions[i].strong]
        countries = Counter(p.country for p in strong_places if p.country)
        toponyms = []
        for i, mention in enumerate(mentions):
            j, confidence = picks[i]
            candidate = candidates[i][j] if j >= 0 else None
            if not mention.strong and not _supported(candidate, strong_places, countries):
                continue  # only the gazetteer thought it a place, and nothing around it agrees
            place: Place | None = candidate.place if candidate else None
            toponyms.append(
                Toponym(
                    start=mention.start,
                    end=mention.end,
                    text=mention.text,
                    role=_role(mention, candidate, citation_spans),
                    place=place,
                    candidates=len(candidates[i]),
                    extractor=Extractor(self.name, self.version, round(confidence if place else 0.0, 3)),
                )
            )
        return toponyms


def _regions_named_beside(
    mentions: Sequence[PlaceMention], candidates: list[list[Candidate]]
) -> dict[str, set[Region]]:
    """For each name, the regions and countries named right after it somewhere in the text ("Mexico, Missouri")."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    beside: dict[str, set[Region]] = {}
    for i, j in pairwise(order):
        if candidates[i] and candidates[j] and 0 <= mentions[j].start - mentions[i].end <= BESIDE_GAP:
            beside.setdefault(exact_key(mentions[i].text), set()).update(named_regions(candidates[j]))
    return beside


def _prominent_reading(
    key: str,
    candidates_of: dict[str, list[Candidate]],
    p: np.ndarray,
    best: int,
    rows: np.ndarray,
    picks: dict[str, Candidate],
) -> int:
    """A bare name that is the official name of a country or a first-level region reads as a well-known place
    of that name (the area itself, a national capital, a very large city), not as a smaller namesake town
    ("Mexico" is not Mexico, Missouri), unless the document ties the town to itself: its region is named beside
    it or elsewhere, another name can lie in its region, or another name's town lies near it (a name that is
    itself a country's or region's name does not count: Missouri's towns Mexico and California). Of several
    well-known readings, the likeliest under the weights wins. Capitals and large cities without such an area
    name are left to the weights (prominence, capital): local news often means its own Dublin or London."""
    candidates = candidates_of[key]
    pick = candidates[best]
    if pick.place.precision not in LOCAL_PRECISIONS or is_prominent(pick) or not names_an_area(candidates):
        return best
    prominent = [j for j, c in enumerate(candidates) if is_prominent(c) and c.population > pick.population]
    if not prominent:
        return best
    # Only a neighbouring town (below) ties a spelling variant: "New York" in an article naming England is not
    # Newark-on-Trent, while "Islamabad" a few km from Kerend is Eslamabad-e Gharb.
    ties = ("region_named_beside", "region_named", "admin1_support")
    if pick.name_kind != NAME_SKELETON and any(rows[best, FEATURES.index(name)] > 0 for name in ties):
        return best
    place = pick.place
    for other_key, other in picks.items():
        near = other.place
        if (
            other_key != key
            and near.precision in LOCAL_PRECISIONS
            and not names_an_area(candidates_of[other_key])
            and distance_km(place.lat, place.lon, near.lat, near.lon) <= LOCAL_TIE_KM
        ):
            return best
    return max(prominent, key=lambda j: float(p[j]))


def _eponymous_city(key: str, candidates: Sequence[Candidate], best: int) -> int:
    """A bare region name that is also its big capital's name ("occupy Kermanshah") reads as the city."""
    region = candidates[best].place
    if region.precision != "admin1" or key.rsplit(" ", 1)[-1] in _REGION_WORDS:
        return best
    for j, candidate in enumerate(candidates):
        place = candidate.place
        if (
            place.precision == "city"
            and candidate.name_kind == NAME_OFFICIAL
            and (place.country, place.admin1) == (region.country, region.admin1)
            and candidate.population >= EPONYMOUS_CITY_POPULATION
            and distance_km(place.lat, place.lon, region.lat, region.lon) <= EPONYMOUS_CITY_KM
        ):
            return j
    return best


def _variant_supported(key: str, picks: dict[str, Candidate]) -> bool:
    """Whether a spelling-variant pick lies in the document's focus country or near another name's exact pick."""
    place = picks[key].place
    others = [c.place for k, c in picks.items() if k != key and c.name_kind != NAME_SKELETON]
    countries = Counter(p.country for p in others if p.country)
    if countries and place.country == countries.most_common(1)[0][0]:
        return True
    local = (p for p in others if p.precision not in {"country", "continent", "region"})
    return any(distance_km(place.lat, place.lon, p.lat, p.lon) <= VARIANT_SUPPORT_KM for p in local)


def _supported(candidate: Candidate | None, strong_places: list[Place], countries: Counter[str]) -> bool:
    if candidate is None or (candidate.name_kind == NAME_SKELETON and not strong_places):
        return False
    place = candidate.place
    if place.precision in {"country", "continent"} or (
        place.precision == "region" and candidate.name_kind < NAME_SKELETON
    ):
        return True  # big, curated areas: "EU" tagged as an organisation is still the European Union
    if not countries or (countries.most_common(1)[0][0] != place.country and countries[place.country or ""] < 2):
        return False
    local = [p for p in strong_places if p.precision in {"city", "sub-city", "admin2", "admin1"}]
    if place.precision == "admin1" and any((p.country, p.admin1) == (place.country, place.admin1) for p in local):
        return True  # the region holds places the model did recognise
    return any(distance_km(place.lat, place.lon, p.lat, p.lon) <= WEAK_SUPPORT_KM for p in local) or (
        candidate.population >= 100_000
    )


def _role(mention: PlaceMention, candidate: Candidate | None, citation_spans: list[tuple[int, int]]) -> str:
    if mention.operation:
        return "other"
    if any(start <= mention.start and mention.end <= end for start, end in citation_spans):
        return "citation"
    if mention.label == "NORP" or (candidate is not None and candidate.name_kind == NAME_DEMONYM):
        return "demonym"
    return "event"
