"""Actors: the alias table that maps a source's words to a neutral canonical entity, and actor guessing.

The shipped table (``data/events/actors.tsv``) covers the actors of the running example; every country of
GeoNames is added as a state, with its common demonym. Users extend it by passing their own TSV or JSON files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annalist.events.countries import DEMONYMS, country_rows

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"
SHIPPED_TABLE = DATA_DIR / "actors.tsv"

# Head nouns that say which PLOVER sector an unknown actor belongs to ("Fijian rebels" -> REB).
SECTOR_BY_HEAD: dict[str, str] = {
    **dict.fromkeys(
        [
            "government",
            "official",
            "minister",
            "president",
            "premier",
            "cabinet",
            "authority",
            "authorities",
            "ministry",
            "regime",
            "spokesman",
            "spokeswoman",
            "diplomat",
            "ambassador",
            "king",
            "emir",
            "secretary",
            "chancellor",
            "administration",
            "envoy",
            "governor",
            "mayor",
            "leadership",
            "ruler",
            "rulers",
            "state",
            "prime",
            "junta",
            # "the ruling party", "the governing coalition": the party in power, a definite actor
            "ruling",
            "governing",
        ],
        "GOV",
    ),
    **dict.fromkeys(
        [
            "army",
            "troops",
            "troop",
            "force",
            "forces",
            "soldier",
            "soldiers",
            "military",
            "commander",
            "general",
            "brigade",
            "division",
            "battalion",
            "unit",
            "units",
            "artillery",
            "navy",
            "tank",
            "tanks",
            "aircraft",
            "helicopter",
            "helicopters",
            "jet",
            "jets",
            "warplane",
            "warplanes",
            "guard",
            "guards",
            "airforce",
            "regiment",
            "corps",
            "warship",
            "warships",
            "frigate",
            "frigates",
            "submarine",
            "submarines",
            "fleet",
        ],
        "MIL",
    ),
    **dict.fromkeys(
        [
            "rebel",
            "rebels",
            "guerrilla",
            "guerrillas",
            "guerillas",
            "insurgent",
            "insurgents",
            "militant",
            "militants",
            "fighter",
            "fighters",
            "separatist",
            "separatists",
            "militia",
            "militias",
            "mujahid",
            "gunman",
            "gunmen",
        ],
        "REB",
    ),
    **dict.fromkeys(["police", "policeman", "policemen", "gendarmerie"], "COP"),
    **dict.fromkeys(
        [
            "civilian",
            "civilians",
            "villager",
            "villagers",
            "resident",
            "residents",
            "people",
            "refugee",
            "refugees",
            "woman",
            "women",
            "child",
            "children",
            "family",
            "families",
            "inhabitants",
            "population",
            "pilgrims",
            "patient",
            "patients",
            "victim",
            "victims",
            "tenant",
            "tenants",
            "farmer",
            "farmers",
            "relative",
            "relatives",
            "voter",
            "voters",
            "migrant",
            "migrants",
            "consumer",
            "consumers",
            "shopkeeper",
            "shopkeepers",
            "trader",
            "traders",
            "fishermen",
            "community",
            "communities",
            "tourist",
            "tourists",
            "landowner",
            "landowners",
            "peasant",
            "peasants",
            "tribesmen",
        ],
        "CVL",
    ),
    **dict.fromkeys(["court", "judge", "judges", "prosecutor", "tribunal"], "JUD"),
    **dict.fromkeys(
        [
            "newspaper",
            "newspapers",
            "journalist",
            "journalists",
            "media",
            "radio",
            "agency",
            "television",
            "channel",
            "channels",
            "magazine",
            "magazines",
            "broadcaster",
            "broadcasters",
            "station",
        ],
        "JRN",
    ),
    **dict.fromkeys(
        [
            "parliament",
            "lawmaker",
            "lawmakers",
            "legislator",
            "legislators",
            "senator",
            "senators",
            "congress",
            "deputy",
            "deputies",
            "mp",
            "mps",
            "congressman",
            "congresswoman",
            "parliamentarian",
            "parliamentarians",
        ],
        "LEG",
    ),
    **dict.fromkeys(
        ["opposition", "dissident", "dissidents", "protester", "protesters", "demonstrators", "demonstrator"], "OPP"
    ),
    **dict.fromkeys(["party"], "PTY"),
    **dict.fromkeys(["union", "unions", "worker", "workers"], "LAB"),
    **dict.fromkeys(["student", "students", "university", "teacher", "teachers"], "EDU"),
    **dict.fromkeys(["miner", "miners", "employee", "employees", "trucker", "truckers", "driver", "drivers"], "LAB"),
    **dict.fromkeys(["merchant", "merchants"], "BUS"),
    **dict.fromkeys(["youths"], "CVL"),
    **dict.fromkeys(["prosecutors", "jury"], "JUD"),
    **dict.fromkeys(
        [
            "pope",
            "cleric",
            "clerics",
            "imam",
            "imams",
            "bishop",
            "bishops",
            "archbishop",
            "rabbi",
            "clergy",
            "church",
            "priest",
            "priests",
            "monk",
            "monks",
            "nun",
            "nuns",
            "worshippers",
        ],
        "REL",
    ),
    **dict.fromkeys(["activist", "activists", "critic", "critics"], "OPP"),
    **dict.fromkeys(
        [
            "company",
            "companies",
            "firm",
            "firms",
            "corporation",
            "corporations",
            "executive",
            "executives",
            "businessman",
            "businessmen",
            "businesswoman",
            "businesses",
            "landlord",
            "landlords",
            "investor",
            "investors",
            "bank",
            "banks",
            "employer",
            "employers",
        ],
        "BUS",
    ),
}
# Further head nouns that can be an actor, though they say nothing about sector.
ACTOR_HEADS: frozenset[str] = frozenset(SECTOR_BY_HEAD) | frozenset(
    [
        "group",
        "organization",
        "organisation",
        "movement",
        "leader",
        "leaders",
        "member",
        "members",
        "delegation",
        "mediator",
        "representative",
        "representatives",
        "team",
        "side",
        "country",
        "countries",
        "nation",
        "nations",
        "partner",
        "partners",
        "ally",
        "allies",
        "enemy",
        "enemies",
        "coalition",
        "alliance",
        "man",
        "men",
        "person",
        "persons",
        "council",
        "committee",
        "commission",
        "panel",
        "board",
        "watchdog",
        "regulator",
        "command",
        "headquarters",
        "hostage",
        "hostages",
        "prisoner",
        "prisoners",
        "captive",
        "captives",
        "detainee",
        "detainees",
        "adviser",
        "advisers",
        "national",
        "nationals",
        "sides",
        "sympathizer",
        "sympathizers",
        "supporter",
        "supporters",
        "wounded",
        "crew",
        "passengers",
        "settlers",
        "patrol",
        "convoy",
        "garrison",
        # doers named by what they do, whoever they are
        "squad",
        "squads",
        "captor",
        "captors",
        "politician",
        "politicians",
        "bomber",
        "bombers",
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "sniper",
        "snipers",
        "kidnapper",
        "kidnappers",
        "hijacker",
        "hijackers",
        "raider",
        "raiders",
        "looter",
        "looters",
        "militiamen",
        "terrorist",
        "terrorists",
        "extremist",
        "extremists",
        "jihadist",
        "jihadists",
        "pirate",
        "pirates",
        "smuggler",
        "smugglers",
        "gang",
        "gangs",
        "bandit",
        "bandits",
        # people acting in an office or a mission, whoever sends them
        "counterpart",
        "counterparts",
        "delegate",
        "delegates",
        "negotiator",
        "negotiators",
        "inspector",
        "inspectors",
        "monitor",
        "monitors",
        "observer",
        "observers",
        "peacekeeper",
        "peacekeepers",
        "investigator",
        "investigators",
        "officer",
        "officers",
        "doctor",
        "doctors",
        "rescuer",
        "rescuers",
        "volunteer",
        "volunteers",
        "lawyer",
        "lawyers",
        "staff",
    ]
)
# Others named through the actor ("met his counterpart", "urged its allies"): a possessive does not make them its own.
COUNTERPARTS = frozenset(
    {"counterpart", "counterparts", "partner", "partners", "ally", "allies", "neighbour", "neighbours", "neighbor",
     "neighbors", "rival", "rivals", "enemy", "enemies", "host", "hosts", "guest", "guests", "opponent", "opponents", "captor", "captors", "kidnapper", "kidnappers"}
)  # fmt: skip
# Nouns that stand for an actor mentioned before ("the organization" -> the MEK).
ANAPHORIC_HEADS: frozenset[str] = frozenset({"organization", "organisation", "group", "movement", "regime", "enemy"})
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}),
    "him": frozenset({"person"}),
    "she": frozenset({"person"}),
    "her": frozenset({"person"}),
    "it": frozenset({"organisation", "state", "group"}),
    "they": frozenset({"organisation", "state", "group", "unknown"}),
    "them": frozenset({"organisation", "state", "group", "unknown"}),
    "we": frozenset({"organisation", "state", "group"}),
    "us": frozenset({"organisation", "state", "group"}),
}
# Whose "its forces", "their leader", "his men" are: the possessive pronoun's antecedent kinds.
POSSESSOR_KINDS: dict[str, frozenset[str]] = {
    "its": frozenset({"organisation", "state", "group"}),
    "their": frozenset({"organisation", "state", "group"}),
    "his": frozenset({"person"}),
    "her": frozenset({"person"}),
}
# "The rest fled", "the remnants surrendered": part of the group just named.
PARTITIVE_HEADS: frozenset[str] = frozenset({"rest", "remainder", "remnant", "remnants", "survivors", "others"})
# Bare "the army", "the troops" in a narrative: its own force, the nearest military actor it named.
FORCE_HEADS: frozenset[str] = frozenset({"army", "military", "troops", "forces", "force", "units", "columns"})
# Head nouns that name nobody in particular without a modifier ("people", "the leader", "men"): no actor alone.
UNSPECIFIC_HEADS: frozenset[str] = frozenset(
    {
        "people", "person", "persons", "man", "men", "someone", "anyone", "everyone", "other", "others", "side",
        "sides", "leader", "leaders", "member", "members", "follower", "followers", "country", "countries",
        "nation", "nations", "rest", "remainder", "population", "public", "crowd", "crowds", "individual",
        "individuals", "unit", "units", "enemy", "enemies", "party", "parties",
    }
)  # fmt: skip
# Reporting outlets: they relay events ("Tehran radio said ..."), they are not the actors of material acts.
MEDIA_HEADS: frozenset[str] = frozenset(
    {"radio", "television", "tv", "newspaper", "agency", "media", "broadcaster", "daily", "paper", "channel"}
)
KINDS: frozenset[str] = frozenset({"state", "organisation", "person", "group", "unknown"})
_LEADING_DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|its|their|his|her)\s+", re.IGNORECASE)


class ActorTableError(ValueError):
    """An alias file cannot be read as an actor table."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One canonical actor: a stable key, a neutral name and the words sources use for it."""

    key: str
    name: str
    kind: str
    sector: str | None
    country: str | None
    aliases: tuple[str, ...]


def normalise_alias(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces, no leading article: the form aliases are matched in."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").strip().lower()
    text = re.sub(r"\s+", " ", text)
    return _LEADING_DETERMINERS.sub("", text)


class ActorTable:
    """Alias -> canonical actor lookup; later files override earlier ones alias by alias."""

    def __init__(self, entries: Iterable[ActorEntry] = ()) -> None:
        self._by_alias: dict[str, ActorEntry] = {}
        self._by_key: dict[str, ActorEntry] = {}
        self._longest = 1
        for entry in entries:
            self.add(entry)

    def add(self, entry: ActorEntry) -> None:
        self._by_key[entry.key] = entry
        for alias in (entry.name, *entry.aliases):
            norm = normalise_alias(alias)
            if norm:
                self._by_alias[norm] = entry
                self._longest = max(self._longest, len(norm.split()))

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, key: str) -> ActorEntry | None:
        return self._by_key.get(key)

    def entries(self) -> list[ActorEntry]:
        """Every canonical actor in the table."""
        return list(self._by_key.values())

    def alias_map(self) -> dict[str, str]:
        """Every alias (normalised) -> its canonical name, for entity resolution across documents."""
        return {alias: entry.name for alias, entry in self._by_alias.items()}

    def lookup(self, text: str) -> ActorEntry | None:
        """The entry whose alias is exactly ``text`` (normalised), else None."""
        return self._by_alias.get(normalise_alias(text))

    def find(self, text: str) -> ActorEntry | None:
        """The entry for the longest alias found inside ``text`` on word boundaries ("the Iraqi army's 3rd corps")."""
        exact = self.lookup(text)
        if exact is not None:
            return exact
        words = normalise_alias(text).replace("'s ", " 's ").split()
        for size in range(min(self._longest, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                hit = self._by_alias.get(" ".join(words[i : i + size]).replace(" 's", "'s"))
                if hit is not None:
                    return hit
        return None

    @classmethod
    def default(cls, extra_files: Iterable[Path] = ()) -> ActorTable:
        """Countries (GeoNames) + the shipped table + the user's files, in that order of precedence (last wins)."""
        table = cls(
            ActorEntry(f"state_{iso3.lower()}", name, "state", None, iso3, aliases)
            for iso3, name, aliases in country_rows()
        )
        for entry in parse_tsv(SHIPPED_TABLE.read_text(encoding="utf-8"), source=SHIPPED_TABLE.name):
            table.add(entry)
        for path in extra_files:
            for entry in read_alias_file(Path(path)):
                table.add(entry)
        return table


def read_alias_file(path: Path) -> list[ActorEntry]:
    """Read a user's alias file: ``.tsv`` in the shipped table's columns, or ``.json`` (a list of objects)."""
    if not path.is_file():
        raise ActorTableError(f"[EV001] Alias file {path} does not exist; pass the path of a .tsv or .json file.")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return parse_json(text, source=str(path))
    return parse_tsv(text, source=str(path))


def _entry(key: str, name: str, kind: str, sector: str, country: str, aliases: Iterable[str], where: str) -> ActorEntry:
    if kind not in KINDS:
        raise ActorTableError(f"[EV002] {where}: kind '{kind}' is not one of {sorted(KINDS)}.")
    return ActorEntry(
        key=key,
        name=name,
        kind=kind,
        sector=sector or None if sector not in {"None", "-"} else None,
        country=country or None if country not in {"None", "-"} else None,
        aliases=tuple(a.strip() for a in aliases if a.strip()),
    )


def parse_tsv(text: str, *, source: str) -> list[ActorEntry]:
    """Rows of key, canonical name, kind, sector, country ISO3, aliases separated by '|'; '#' starts a comment."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != 6:
            raise ActorTableError(
                f"[EV003] {source}:{number}: expected 6 tab-separated columns "
                f"(key, name, kind, sector, country, aliases), found {len(cells)}."
            )
        key, name, kind, sector, country, aliases = cells
        entries.append(_entry(key, name, kind, sector, country, aliases.split("|"), f"{source}:{number}"))
    return entries


def parse_json(text: str, *, source: str) -> list[ActorEntry]:
    """A JSON list of {key, name, kind, sector?, country?, aliases: [..]} objects."""
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as error:
        raise ActorTableError(f"[EV004] {source} is not valid JSON: {error}.") from error
    if not isinstance(rows, list):
        raise ActorTableError(f"[EV005] {source}: expected a JSON list of actor objects.")
    entries = []
    for i, row in enumerate(rows):
        try:
            entries.append(
                _entry(
                    str(row["key"]),
                    str(row["name"]),
                    str(row.get("kind", "unknown")),
                    str(row.get("sector") or ""),
                    str(row.get("country") or ""),
                    [str(a) for a in row.get("aliases", [])],
                    f"{source}[{i}]",
                )
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ActorTableError(f"[EV006] {source}[{i}]: each actor needs 'key' and 'name' ({error}).") from error
    return entries


def guess_sector(words: Iterable[str]) -> str | None:
    """The sector the phrase's words suggest, the head (last word) first: "police officers" -> COP."""
    for word in reversed([w.lower() for w in words]):
        if word in SECTOR_BY_HEAD:
            return SECTOR_BY_HEAD[word]
    return None


def demonym_state(table: ActorTable, word: str) -> ActorEntry | None:
    """The state a demonym stands for as an actor ("Iranian counterattacks" -> Iran's entry), else None."""
    iso3 = DEMONYMS.get(word.lower().removesuffix("'s"))
    if iso3 is None:
        return None
    state = table.get(f"state_{iso3.lower()}")
    return table.lookup(state.name) or state if state is not None else None


def guess_country(words: Iterable[str]) -> str | None:
    """ISO3 of the first demonym in the phrase ("Fijian rebels" -> FJI)."""
    for word in words:
        iso3 = DEMONYMS.get(word.lower().removesuffix("'s"))
        if iso3:
            return iso3
    return None


__all__ = [
    "ACTOR_HEADS",
    "ANAPHORIC_HEADS",
    "COUNTERPARTS",
    "FORCE_HEADS",
    "MEDIA_HEADS",
    "PARTITIVE_HEADS",
    "POSSESSOR_KINDS",
    "PRONOUN_KINDS",
    "UNSPECIFIC_HEADS",
    "ActorEntry",
    "ActorTable",
    "ActorTableError",
    "demonym_state",
    "guess_country",
    "guess_sector",
    "normalise_alias",
    "read_alias_file",
]
