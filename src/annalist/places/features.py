"""What the resolver knows about a candidate place: its prior features and its fit with the rest of the document.

Each candidate of a name becomes a row of features; the resolver scores a row with a weight vector (a conditional
logit: softmax over the name's candidates). The weights ship in ``data/places/resolver_weights.json`` and are
refitted with ``python -m annalist.places.fit GOLD_GEO_DIR`` (see ``fit``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from annalist.places.gazetteer import NAME_OFFICIAL, NAME_SKELETON, Candidate

FEATURES = (
    "name_official",
    "name_alternate",
    "name_abbreviation",
    "name_demonym",
    "name_skeleton",
    "name_part",
    "kind_country",
    "kind_admin1",
    "kind_admin2",
    "kind_region",
    "kind_continent",
    "kind_city",
    "kind_sub_city",
    "log_population",
    "capital",
    "most_populous",
    "acronym_mismatch",
    "same_country",
    "same_admin1",
    "near",
    "holds_others",
    "only_country_in_document",
    "skeleton_near",
    "skeleton_same_admin1",
    "off_focus",
    "skeleton_where_exact_fails",
    "share_within_100km",
    "log_distance_to_focus",
    "anchored_admin1",
    "in_anchor_focus",
    "admin1_support",
    "admin1_support_sure",
    "prominence",
    "region_named",
    "region_named_beside",
)
_KINDS = ("country", "admin1", "admin2", "region", "continent", "city", "sub-city")
_NAME_KINDS = 6
_KIND_OFFSET = _NAME_KINDS
_POPULATION, _CAPITAL, _MOST_POPULOUS, _ACRONYM = 13, 14, 15, 16
_SAME_COUNTRY, _SAME_ADMIN1, _NEAR, _HOLDS, _ONLY_COUNTRY = 17, 18, 19, 20, 21
_SKELETON_NEAR, _SKELETON_SAME_ADMIN1, _OFF_FOCUS, _SKELETON_ALONE = 22, 23, 24, 25
_WITHIN_100, _FOCUS_DISTANCE = 26, 27
_ANCHORED_ADMIN1, _IN_ANCHOR_FOCUS = 28, 29
_ADMIN1_SUPPORT, _ADMIN1_SUPPORT_SURE = 30, 31
_PROMINENCE, _REGION_NAMED, _REGION_NAMED_BESIDE = 32, 33, 34
Region = tuple[str | None, str | None]
FOCUS_SHARE = 0.5
NEAR_KM = 150.0
MAX_CONTEXT_PLACES = 150
# A region's population is the sum of its towns; counting it would make "Tehran" the province.
_SUMMED_POPULATION = frozenset({"admin1", "admin2"})
LOCAL_PRECISIONS = frozenset({"city", "sub-city", "admin2"})
_AREAS = frozenset({"country", "admin1"})
# A city this large is known by its bare name the way a country is ("Lagos", "Chicago").
MAJOR_CITY_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class ResolverWeights:
    """One weight per feature in FEATURES; ``default()`` loads the fitted ones."""

    values: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.values) != len(FEATURES):
            raise ValueError(
                f"[P010] resolver weights have {len(self.values)} values, the features are {len(FEATURES)}: "
                "refit them with `python -m annalist.places.fit GOLD_GEO_DIR`"
            )

    @classmethod
    def default(cls) -> ResolverWeights:
        text = resources.files("annalist").joinpath("data/places/resolver_weights.json").read_text(encoding="utf-8")
        stored = json.loads(text)
        by_name = dict(zip(stored["features"], stored["weights"], strict=True))
        return cls(tuple(float(by_name.get(name, 0.0)) for name in FEATURES))

    def array(self) -> np.ndarray:
        return np.asarray(self.values, dtype=float)


def anchor_region(candidates: Sequence[Candidate]) -> Region | None:
    """The one first-level region every exact reading of a name lies in ("Franklin County, Ohio"), else None.

    Such unambiguous names anchor a document's local focus: "Madison" beside them is the Madison of their state.
    """
    regions = {
        (c.place.country, c.place.admin1)
        for c in candidates
        if c.name_kind < NAME_SKELETON and c.place.precision not in {"country", "continent", "region"}
    }
    if len(regions) != 1:
        return None
    region = next(iter(regions))
    return region if region[1] else None


def names_an_area(candidates: Sequence[Candidate]) -> bool:
    """Whether the name is, exactly, the official name of a country or a first-level region ("Mexico", "Wales")."""
    return any(c.name_kind == NAME_OFFICIAL and c.place.precision in _AREAS for c in candidates)


def is_prominent(candidate: Candidate) -> bool:
    """A reading a bare name is known by: a country, a first-level region, a national capital or a very large
    city, under its official name. Its small namesakes need the document's support to win."""
    place = candidate.place
    return candidate.name_kind == NAME_OFFICIAL and (
        place.precision in _AREAS
        or place.feature_code == "PPLC"
        or (place.precision == "city" and candidate.population >= MAJOR_CITY_POPULATION)
    )


def named_regions(candidates: Sequence[Candidate]) -> set[Region]:
    """The first-level regions a name can name as a whole ("Missouri" -> (US, MO)), and its countries as (CC, None)."""
    regions: set[Region] = set()
    for c in candidates:
        if c.name_kind < NAME_SKELETON and c.place.precision == "admin1" and c.place.admin1:
            regions.add((c.place.country, c.place.admin1))
        elif c.name_kind < NAME_SKELETON and c.place.precision == "country":
            regions.add((c.place.country, None))
    return regions


def mark_named_beside(rows: np.ndarray, candidates: Sequence[Candidate], beside: set[Region]) -> None:
    """``region_named_beside``: the name is written right before a name of the candidate's region or country
    ("Mexico, Missouri", "Paris, Texas", "Washington, England"), the way a writer ties a town to its region."""
    for row, candidate in enumerate(candidates):
        place = candidate.place
        if place.precision in _AREAS or place.precision in {"continent", "region"}:
            continue
        if (place.country, place.admin1) in beside or (place.country, None) in beside:
            rows[row, _REGION_NAMED_BESIDE] = 1.0


class DocumentContext:
    """What the other names of a document currently resolve to (one place per distinct name)."""

    def __init__(self, picked: dict[str, Candidate], anchors: dict[str, Region] | None = None) -> None:
        self._anchors = anchors or {}
        self._anchor_count: Counter[Region] = Counter(self._anchors.values())
        self._by_key = dict(list(picked.items())[:MAX_CONTEXT_PLACES])
        places = [c.place for c in self._by_key.values()]
        self._countries = Counter(p.country for p in places)
        self._admin1: Counter[tuple[str | None, str | None]] = Counter(
            (p.country, p.admin1) for p in places if p.admin1
        )
        self._finer_countries = Counter(p.country for p in places if p.precision != "country")
        self._finer_admin1: Counter[tuple[str | None, str | None]] = Counter(
            (p.country, p.admin1) for p in places if p.admin1 and p.precision in LOCAL_PRECISIONS
        )
        self._country_names = Counter(p.country for p in places if p.precision == "country")
        self._named_admin1: Counter[Region] = Counter((p.country, p.admin1) for p in places if p.precision == "admin1")
        self._keys = list(self._by_key)
        self._lat = np.radians(np.array([p.lat for p in places], dtype=float))
        self._lon = np.radians(np.array([p.lon for p in places], dtype=float))
        # The median point of the places: where the document is, as one point (the same for every name).
        self._focus_lat = np.array([float(np.median(self._lat))]) if places else np.zeros(1)
        self._focus_lon = np.array([float(np.median(self._lon))]) if places else np.zeros(1)

    def fill(self, rows: np.ndarray, candidates: Sequence[Candidate], own_key: str) -> None:
        """Write the context columns of a name's candidate rows, leaving the name's own pick out."""
        own = self._by_key.get(own_key)
        total = len(self._by_key) - (own is not None)
        if total <= 0:
            return
        own_place = own.place if own is not None else None
        lats = np.radians(np.array([c.place.lat for c in candidates], dtype=float))
        lons = np.radians(np.array([c.place.lon for c in candidates], dtype=float))
        distances = _distance_matrix_km(lats, lons, self._lat, self._lon)
        if own is not None:
            distances[:, self._keys.index(own_key)] = np.inf
        nearest = distances.min(axis=1)
        within = (distances <= 100.0).sum(axis=1) / total
        to_focus = _distance_matrix_km(lats, lons, self._focus_lat, self._focus_lon)[:, 0]
        other_countries = self._countries.copy()
        if own_place is not None:
            other_countries[own_place.country] -= 1
        focus, focus_count = max(other_countries.items(), key=lambda item: item[1])
        anchor_counts = self._anchor_count.copy()
        own_anchor = self._anchors.get(own_key)
        if own_anchor is not None:
            anchor_counts[own_anchor] -= 1
        anchor_focus = max(anchor_counts.items(), key=lambda item: item[1], default=(None, 0))
        anchor_total = max(1, sum(anchor_counts.values()))
        own_is_country = own_place is not None and own_place.precision == "country"
        named_admin1 = self._named_admin1.copy()
        if own_place is not None and own_place.precision == "admin1":
            named_admin1[(own_place.country, own_place.admin1)] -= 1
        only_country = sum(self._country_names.values()) - own_is_country == 0
        for row, candidate in enumerate(candidates):
            place = candidate.place
            country = place.country
            same_country = self._countries[country] - (own_place is not None and own_place.country == country)
            rows[row, _SAME_COUNTRY] = same_country / total
            # The document is clearly about one country, and this candidate lies elsewhere.
            if focus is not None and country != focus and focus_count / total >= FOCUS_SHARE:
                rows[row, _OFF_FOCUS] = 1.0
            region: tuple[str | None, str | None] = (country, place.admin1)
            if place.admin1 and place.precision not in {"country", "continent"}:
                own_region = own_place is not None and (own_place.country, own_place.admin1) == region
                rows[row, _SAME_ADMIN1] = (self._admin1[region] - own_region) / total
            if place.admin1 and place.precision not in {"country", "continent", "region"}:
                rows[row, _ANCHORED_ADMIN1] = anchor_counts[region] / anchor_total
                rows[row, _IN_ANCHOR_FOCUS] = float(anchor_focus[1] > 0 and anchor_focus[0] == region)
            # Another name of the document is the candidate's own first-level region ("Parkland" beside "Florida").
            if place.precision in LOCAL_PRECISIONS and place.admin1:
                rows[row, _REGION_NAMED] = float(named_admin1[region] > 0)
            rows[row, _NEAR] = math.exp(-float(nearest[row]) / NEAR_KM)
            rows[row, _WITHIN_100] = within[row]
            rows[row, _FOCUS_DISTANCE] = math.log1p(float(to_focus[row])) / 10.0
            # A transliteration variant ("Islamabad" for Eslamabad-e Gharb) is believable next to its neighbours.
            if candidate.name_kind == NAME_SKELETON:
                rows[row, _SKELETON_NEAR] = rows[row, _NEAR]
                rows[row, _SKELETON_SAME_ADMIN1] = rows[row, _SAME_ADMIN1]
            if place.precision == "country":
                own_inside = own_place is not None and own_place.country == country and own_place.precision != "country"
                rows[row, _HOLDS] = (self._finer_countries[country] - own_inside) / total
                rows[row, _ONLY_COUNTRY] = float(only_country)
            elif place.precision == "admin1":
                own_inside = (
                    own_place is not None
                    and (own_place.country, own_place.admin1) == region
                    and own_place.precision in LOCAL_PRECISIONS
                )
                rows[row, _HOLDS] = (self._finer_admin1[region] - own_inside) / total
        # Every exact reading of the name lies outside the document's countries: its transliteration variants
        # near the other places ("Islamabad" beside Kerend and Kermanshah) become the likely reading.
        skeleton = np.array([c.name_kind == NAME_SKELETON for c in candidates])
        if skeleton.any() and not (rows[~skeleton, _SAME_COUNTRY] > 0).any():
            rows[skeleton, _SKELETON_ALONE] = rows[skeleton, _SKELETON_NEAR]


def prior_features(text: str, candidates: Sequence[Candidate]) -> np.ndarray:
    """Rows of the features that do not depend on the rest of the document."""
    rows = np.zeros((len(candidates), len(FEATURES)), dtype=float)
    populations = [0 if c.place.precision in _SUMMED_POPULATION else c.population for c in candidates]
    top = max(populations, default=0)
    # Prominence counts every reading's people, regions' included: how well known this reading is beside the
    # best known one (Washington DC beside Washington State, not beside the English town).
    top_log = math.log10(max((c.population for c in candidates), default=0) + 1)
    acronym = text.isupper() and len(text.replace(".", "")) <= 4
    for row, candidate in enumerate(candidates):
        place = candidate.place
        rows[row, min(candidate.name_kind, _NAME_KINDS - 1)] = 1.0
        if place.precision in _KINDS:
            rows[row, _KIND_OFFSET + _KINDS.index(place.precision)] = 1.0
        rows[row, _POPULATION] = math.log10(populations[row] + 1) / 7.0
        rows[row, _CAPITAL] = float(place.feature_code == "PPLC")
        rows[row, _PROMINENCE] = (math.log10(candidate.population + 1) - top_log) / 7.0
        rows[row, _MOST_POPULOUS] = float(top > 0 and populations[row] == top)
        # "EU" is the European Union, not the French town of Eu: an acronym rarely writes a plain name.
        rows[row, _ACRONYM] = float(acronym and candidate.name_kind == 0 and place.name != text)
    return rows


def add_candidate_support(rows: dict[str, np.ndarray], candidates: dict[str, Sequence[Candidate]]) -> None:
    """Write the columns that weigh a candidate's region against the *candidates* of the document's other names.

    Unlike the context columns, these do not depend on the others' current picks, so two names that each
    picked wrong ("Alexandria" in Egypt, "Virginia" in South Africa) still see that both can lie in one state.
    ``admin1_support``: share of the other names with an exact reading in the candidate's first-level region;
    ``admin1_support_sure``: the same, each name counted by how sure it is to lie there (1 / its regions).
    """
    regions_of = {key: _exact_regions(cands) for key, cands in candidates.items()}
    count: Counter[Region] = Counter()
    sure: dict[Region, float] = {}
    for regions in regions_of.values():
        for region in regions:
            count[region] += 1
            sure[region] = sure.get(region, 0.0) + 1.0 / len(regions)
    others = len(regions_of) - 1
    if others <= 0:
        return
    for key, cands in candidates.items():
        own = regions_of[key]
        matrix = rows[key]
        for row, candidate in enumerate(cands):
            place = candidate.place
            if not place.admin1 or place.precision in {"country", "continent", "region"}:
                continue
            region = (place.country, place.admin1)
            own_share = region in own
            matrix[row, _ADMIN1_SUPPORT] = (count[region] - own_share) / others
            matrix[row, _ADMIN1_SUPPORT_SURE] = (sure.get(region, 0.0) - own_share / max(1, len(own))) / others


def _exact_regions(candidates: Sequence[Candidate]) -> set[Region]:
    # A country's or state's name vouches only for its own region: "Mexico" and "California" beside each other
    # do not put a document in Missouri, though Missouri has towns of both names.
    if names_an_area(candidates):
        return {
            (c.place.country, c.place.admin1)
            for c in candidates
            if c.name_kind == NAME_OFFICIAL and c.place.precision == "admin1" and c.place.admin1
        }
    return {
        (c.place.country, c.place.admin1)
        for c in candidates
        if c.name_kind < NAME_SKELETON
        and c.place.admin1
        and c.place.precision not in {"country", "continent", "region"}
    }


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max())
    return np.asarray(shifted / shifted.sum(), dtype=float)


def _distance_matrix_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Haversine distances (km) between two sets of points given in radians, one row per first point."""
    if lat2.size == 0:
        return np.full((lat1.size, 1), np.inf)
    dlat = lat2[None, :] - lat1[:, None]
    dlon = lon2[None, :] - lon1[:, None]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat1)[:, None] * np.cos(lat2)[None, :] * np.sin(dlon / 2) ** 2
    return np.asarray(2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, a))), dtype=float)
