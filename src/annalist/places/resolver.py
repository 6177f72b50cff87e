"""Toponym resolution with document context: which gazetteer place each place name refers to.

Each candidate gets a prior (how well the name matched, population, kind of place) and a context score from
the places the *other* names of the document currently resolve to: the share in the same country (country
focus), in the same first-level region, and the closeness of the nearest one (spatial coherence). Picks are
refined for a few rounds. A name with no candidate is kept unresolved, never dropped and never forced.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc

from annalist.places.gazetteer import (
    NAME_ABBREVIATION,
    NAME_ALTERNATE,
    NAME_DEMONYM,
    NAME_OFFICIAL,
    NAME_SKELETON,
    Candidate,
    Gazetteer,
)
from annalist.places.names import exact_key
from annalist.places.recognize import PlaceMention, find_place_mentions
from annalist.records import Extractor, Place, Toponym

MAX_CANDIDATES = 40
MAX_CONTEXT_PLACES = 150
ROUNDS = 3
NEAR_KM = 150.0
WEAK_SUPPORT_KM = 250.0

_NAME_WEIGHT = {
    NAME_OFFICIAL: 1.0,
    NAME_ALTERNATE: 0.85,
    NAME_ABBREVIATION: 0.95,
    NAME_DEMONYM: 0.95,
    NAME_SKELETON: 0.15,
}
_KIND_WEIGHT = {"country": 0.9, "continent": 0.8, "admin1": 0.9, "region": 0.6, "admin2": 0.5, "city": 0.0}
_CAPITAL_BONUS = 0.25
_POPULATION_WEIGHT = 0.18  # per factor of ten people
_COUNTRY_WEIGHT = 1.4
_ADMIN1_WEIGHT = 0.9
_NEAR_WEIGHT = 1.0


@dataclass(frozen=True, slots=True)
class ResolverWeights:
    """The scoring weights, gathered so a bench or a test can vary one at a time."""

    country: float = _COUNTRY_WEIGHT
    admin1: float = _ADMIN1_WEIGHT
    near: float = _NEAR_WEIGHT
    population: float = _POPULATION_WEIGHT


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def prior_score(candidate: Candidate, weights: ResolverWeights) -> float:
    """How likely a candidate is before looking at the rest of the document."""
    place = candidate.place
    score = _NAME_WEIGHT.get(candidate.name_kind, 0.5) + _KIND_WEIGHT.get(place.precision, 0.0)
    # A region's population is the sum of its towns; counting it would make "Tehran" the province.
    if place.precision not in {"admin1", "admin2"}:
        score += weights.population * math.log10(candidate.population + 1)
    if place.feature_code == "PPLC":
        score += _CAPITAL_BONUS
    return score


class PlaceResolver:
    """Finds the place names of a document and resolves each to a gazetteer place."""

    name = "annalist.places"
    version = "1.0.0"

    def __init__(self, gazetteer: Gazetteer | None = None, *, weights: ResolverWeights | None = None) -> None:
        self._gazetteer = gazetteer
        self.weights = weights or ResolverWeights()

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
        candidates = [self.gazetteer.candidates(m.text)[:MAX_CANDIDATES] for m in mentions]
        picks = self._resolve(mentions, candidates)
        return self._toponyms(mentions, candidates, picks, citation_spans or [])

    def _resolve(self, mentions: Sequence[PlaceMention], candidates: list[list[Candidate]]) -> list[tuple[int, float]]:
        priors = [[prior_score(c, self.weights) for c in cands] for cands in candidates]
        picks = [(_argmax(p), 0.0) if p else (-1, 0.0) for p in priors]
        keys = [exact_key(m.text) for m in mentions]
        for _ in range(ROUNDS):
            context = _Context(mentions, candidates, picks, keys)
            decided: dict[str, tuple[int, float]] = {}  # one decision per distinct name: bounded on long lists
            new_picks = []
            for i, cands in enumerate(candidates):
                if not cands:
                    new_picks.append((-1, 0.0))
                    continue
                if keys[i] not in decided:
                    scores = [priors[i][j] + context.score(c, keys[i], self.weights) for j, c in enumerate(cands)]
                    best = _argmax(scores)
                    decided[keys[i]] = (best, _confidence(scores, best))
                new_picks.append(decided[keys[i]])
            picks = new_picks
        return picks

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


class _Context:
    """What the other names of a document currently resolve to (one place per distinct name)."""

    def __init__(
        self,
        mentions: Sequence[PlaceMention],
        candidates: list[list[Candidate]],
        picks: list[tuple[int, float]],
        keys: list[str],
    ) -> None:
        by_key: dict[str, Candidate] = {}
        for i, (j, _) in enumerate(picks):
            # A weak mention's skeleton match is too unsure to steer the others.
            if j >= 0 and (mentions[i].strong or candidates[i][j].name_kind != NAME_SKELETON):
                by_key.setdefault(keys[i], candidates[i][j])
        self._by_key = dict(list(by_key.items())[:MAX_CONTEXT_PLACES])
        places = [c.place for c in self._by_key.values()]
        self._countries = Counter(p.country for p in places)
        self._admin1 = Counter((p.country, p.admin1) for p in places if p.admin1)
        self._keys = list(self._by_key)
        self._lat = np.radians(np.array([p.lat for p in places], dtype=float))
        self._lon = np.radians(np.array([p.lon for p in places], dtype=float))

    def score(self, candidate: Candidate, own_key: str, weights: ResolverWeights) -> float:
        own = self._by_key.get(own_key)
        total = len(self._by_key) - (own is not None)
        if total <= 0:
            return 0.0
        place = candidate.place
        same_country = self._countries[place.country] - (own is not None and own.place.country == place.country)
        score = weights.country * same_country / total
        if place.admin1 and place.precision not in {"country", "continent"}:
            region = (place.country, place.admin1)
            own_region = own is not None and (own.place.country, own.place.admin1) == region
            score += weights.admin1 * (self._admin1[region] - own_region) / total
        if place.precision in {"city", "sub-city", "admin2"} and len(self._keys) > 0:
            distances = _distances_km(place.lat, place.lon, self._lat, self._lon)
            if own is not None:
                distances[self._keys.index(own_key)] = np.inf
            score += weights.near * math.exp(-float(distances.min()) / NEAR_KM)
        return score


def _distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Haversine distances from one point to many (radian arrays), in km."""
    p1, l1 = math.radians(lat), math.radians(lon)
    a = np.sin((lats - p1) / 2) ** 2 + math.cos(p1) * np.cos(lats) * np.sin((lons - l1) / 2) ** 2
    return np.asarray(2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, a))), dtype=float)


def _supported(candidate: Candidate | None, strong_places: list[Place], countries: Counter[str]) -> bool:
    if candidate is None or (candidate.name_kind == NAME_SKELETON and not strong_places):
        return False
    place = candidate.place
    if place.precision in {"country", "continent"}:
        return True
    if not countries or (countries.most_common(1)[0][0] != place.country and countries[place.country or ""] < 2):
        return False
    local = [p for p in strong_places if p.precision in {"city", "sub-city", "admin2", "admin1"}]
    return any(distance_km(place.lat, place.lon, p.lat, p.lon) <= WEAK_SUPPORT_KM for p in local) or (
        candidate.population >= 100_000
    )


def _role(mention: PlaceMention, candidate: Candidate | None, citation_spans: list[tuple[int, int]]) -> str:
    if any(start <= mention.start and mention.end <= end for start, end in citation_spans):
        return "citation"
    if mention.label == "NORP" or (candidate is not None and candidate.name_kind == NAME_DEMONYM):
        return "demonym"
    return "event"


def _argmax(values: Sequence[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


def _confidence(scores: list[float], best: int) -> float:
    """Softmax probability of the pick among its candidates."""
    top = scores[best]
    total = sum(math.exp(s - top) for s in scores)
    return 1.0 / total
