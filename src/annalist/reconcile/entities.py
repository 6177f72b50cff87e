"""Entity resolution across documents: name mentions → entities with aliases and inspectable merges.

Mentions with the same *normalised* name (accents, case, punctuation, leading "the", titles such
as "General" or "Ayatollah" removed) are one name. Names are then merged by explicit rules, each
recorded as a :class:`Merge` with its reason, so a user can inspect any merge and undo it by
passing its ``key`` in ``rejected``:
- ``alias_table``: the caller's alias table maps both names to one canonical name;
- ``transliteration``: the same consonant skeleton (Mohammad / Muhammad / Mohammed; Masoud /
  Massoud), for names of at least two skeleton letters per word;
- ``acronym``: an all-capitals name equals the initials of a longer name of the same class
  (MEK ← Mujahedin-e Khalq), or a mention reads "Long Name (ACR)";
- ``short_form``: a one-word person name is the last word of exactly one fuller person name,
  first looked for in the same document, then in the whole corpus ("Rajavi" → "Massoud Rajavi");
  when several fuller names fit, nothing is merged.
Only names of one class merge: persons; organisations and groups; places.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

LABEL_CLASSES: dict[str, str] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "NORP": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "president",
        "prime",
        "minister",
        "ayatollah",
        "imam",
        "sheikh",
        "shaykh",
        "mullah",
        "hojatoleslam",
        "king",
        "queen",
        "prince",
        "emir",
        "commander",
        "chairman",
        "secretary",
        "leader",
        "grand",
    ]
)
DOC_SCOPE = "#"
_PARENTHESISED_ACRONYM = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-Z][A-Z.]{1,9})\)$")


@dataclass(frozen=True, slots=True)
class EntityMentionView:
    """A name as found in a document: its text, NER label and document."""

    mention_id: str
    text: str
    label: str
    document_id: str


@dataclass(frozen=True, slots=True)
class Merge:
    """Two names judged to be one entity, and why; pass ``key`` in ``rejected`` to undo it."""

    key: str
    kept: str  # normalised name that absorbs
    absorbed: str
    rule: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved entity: a canonical name, every surface form seen, and its mentions."""

    entity_id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    mention_ids: tuple[str, ...]
    external_ids: tuple[tuple[str, str], ...] = ()  # (scheme, id): ("wikidata", "Q..."), ("geonames", "...")


@dataclass(frozen=True, slots=True)
class EntityResolution:
    """The entities, which mention went to which entity, and every merge made on the way."""

    entities: tuple[Entity, ...]
    entity_of: Mapping[str, str]  # mention_id -> entity_id
    merges: tuple[Merge, ...]


def normalise_name(text: str) -> str:
    """Lower-case, accent-free, punctuation-free name without leading articles and titles."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s\b", "", text)
    text = text.replace("'", "").replace("’", "").replace("ʿ", "").replace("ʾ", "")
    words = re.sub(r"[^\w]+", " ", text.lower()).split()
    while words and words[0] in {"the", *TITLES}:
        words = words[1:]
    return " ".join(words)


def transliteration_key(name: str) -> str:
    """A consonant skeleton that variant romanisations share: mohammad/muhammad/mohammed → mhmd."""
    out = []
    for word in name.split():
        w = word.replace("ph", "f").replace("kh", "k").replace("q", "k").replace("ou", "u").replace("w", "v")
        skeleton = w[0] + re.sub(r"[aeiouy]", "", w[1:])
        skeleton = re.sub(r"(.)\1+", r"\1", skeleton)
        out.append(skeleton)
    return " ".join(out)


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s\-]+", name) if word)


def _label(node: tuple[str, str]) -> str:
    """The union-find key of a (class, normalised name) node."""
    return f"{node[0]}:{node[1]}"


def _merge_key(rule: str, a: str, b: str) -> str:
    first, second = sorted((a, b))
    return hashlib.sha1(f"{rule}\x1f{first}\x1f{second}".encode()).hexdigest()[:12]


class _Names:
    """Union-find over normalised names, recording each union as a Merge."""

    def __init__(self, names: Iterable[str], rejected: frozenset[str]) -> None:
        self.parent = {n: n for n in names}
        self.merges: list[Merge] = []
        self.rejected = rejected

    def find(self, name: str) -> str:
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def union(self, kept: str, absorbed: str, rule: str, evidence: str) -> None:
        key = _merge_key(rule, kept, absorbed)
        if key in self.rejected:
            return
        root_kept, root_absorbed = self.find(kept), self.find(absorbed)
        if root_kept == root_absorbed:
            return
        self.parent[root_absorbed] = root_kept
        self.merges.append(Merge(key, kept, absorbed, rule, evidence))


def resolve_entities(
    mentions: Iterable[EntityMentionView],
    *,
    aliases: Mapping[str, str] | None = None,
    rejected: Iterable[str] = (),
    external_ids: Mapping[str, Mapping[str, str]] | None = None,
) -> EntityResolution:
    """Resolve name mentions to entities (rules in the module docstring).

    ``aliases`` maps a name as written to its canonical name (both normalised before use);
    ``rejected`` holds :attr:`Merge.key` values a user undid, which are never made again;
    ``external_ids`` maps a canonical name to its ids in other schemes (Wikidata, GeoNames, ...).
    """
    mentions = list(mentions)
    alias_table = {normalise_name(k): v for k, v in (aliases or {}).items()}
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    docs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    name_of: dict[str, tuple[str, str]] = {}
    acronym_links: list[tuple[tuple[str, str], tuple[str, str], str]] = []
    for m in mentions:
        kind = LABEL_CLASSES.get(m.label, "other")
        parenthesised = _PARENTHESISED_ACRONYM.match(m.text.strip())
        text = parenthesised.group("long") if parenthesised else m.text
        norm = normalise_name(text)
        if not norm:
            norm = m.text.strip().lower()
        # A one-word person name may mean different people in different documents ("Rajavi"):
        # it is kept per document until a rule says whom it names.
        node = (kind, f"{norm}{DOC_SCOPE}{m.document_id}") if kind == "person" and " " not in norm else (kind, norm)
        name_of[m.mention_id] = node
        surfaces[node][m.text.strip()] += 1
        docs_of[node].add(m.document_id)
        if parenthesised:
            short = (kind, normalise_name(parenthesised.group("short")))
            surfaces[short][parenthesised.group("short")] += 0
            docs_of[short].add(m.document_id)
            acronym_links.append((node, short, f"'{m.text.strip()}' in {m.document_id}"))

    names = _Names((_label(n) for n in surfaces), frozenset(rejected))
    nodes = sorted(surfaces)
    for long, short, evidence in acronym_links:
        names.union(_label(long), _label(short), "acronym", evidence)
    by_canonical: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        if node[1] in alias_table:
            by_canonical[(node[0], normalise_name(alias_table[node[1]]))].append(node)
    for (kind, canonical), group in sorted(by_canonical.items()):
        target = (kind, canonical) if (kind, canonical) in surfaces else group[0]
        for node in group:
            names.union(_label(target), _label(node), "alias_table", f"alias table: {node[1]} → {canonical}")
    by_skeleton: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        if DOC_SCOPE in node[1]:
            continue
        key = transliteration_key(node[1])
        if all(len(w) >= 3 for w in key.split()):
            by_skeleton[(node[0], key)].append(node)
    for (_, key), group in sorted(by_skeleton.items()):
        for node in group[1:]:
            names.union(_label(group[0]), _label(node), "transliteration", f"same skeleton '{key}'")
    initials_of: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        if node[0] != "person" and len(node[1].split()) > 1:
            initials_of[(node[0], _initials(node[1]))].append(node)
    for node in nodes:
        surface = max(surfaces[node], key=lambda s: surfaces[node][s], default=node[1])
        if node[0] != "person" and " " not in node[1] and surface.isupper() and len(node[1]) >= 2:
            longs = initials_of.get((node[0], node[1]), [])
            if len(longs) == 1:
                names.union(_label(longs[0]), _label(node), "acronym", f"initials of '{longs[0][1]}'")
    _merge_short_forms(nodes, docs_of, names)
    ids_table = {normalise_name(k): v for k, v in (external_ids or {}).items()}
    return _build(mentions, name_of, surfaces, names, alias_table, ids_table)


def _merge_short_forms(
    nodes: list[tuple[str, str]],
    docs_of: Mapping[tuple[str, str], set[str]],
    names: _Names,
) -> None:
    """ "Rajavi" → the one fuller person name ending in "rajavi", same document first, then corpus.

    One-word names that no fuller name ends with are one entity across documents when they share a
    transliteration skeleton ("Khomeini" / "Khomeyni").
    """
    full_by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        if node[0] == "person" and DOC_SCOPE not in node[1]:
            full_by_last[node[1].split()[-1]].append(node)
    bare_by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        if node[0] != "person" or DOC_SCOPE not in node[1]:
            continue
        bare = node[1].split(DOC_SCOPE, 1)[0]
        fuller = [f for f in full_by_last.get(bare, []) if f[1] != bare]
        same_doc = [f for f in fuller if docs_of[f] & docs_of[node]]
        # Fuller names that are one entity already count once ("Massoud Rajavi" / "Masoud Rajavi").
        roots_same = {names.find(_label(f)) for f in same_doc}
        roots_all = {names.find(_label(f)) for f in fuller}
        if len(roots_same) == 1:
            names.union(_label(same_doc[0]), _label(node), "short_form", f"'{same_doc[0][1]}' in the same document")
        elif not same_doc and len(roots_all) == 1:
            names.union(_label(fuller[0]), _label(node), "short_form", f"'{fuller[0][1]}' is the only fuller name")
        elif not fuller:
            bare_by_name[transliteration_key(bare)].append(node)
    for skeleton, group in sorted(bare_by_name.items()):
        kept = group[0]
        for node in group[1:]:
            same = node[1].split(DOC_SCOPE)[0] == kept[1].split(DOC_SCOPE)[0]
            rule = "same_name" if same else "transliteration"
            names.union(_label(kept), _label(node), rule, f"skeleton '{skeleton}', no fuller name to tell apart")


def _build(
    mentions: list[EntityMentionView],
    name_of: Mapping[str, tuple[str, str]],
    surfaces: Mapping[tuple[str, str], Counter[str]],
    names: _Names,
    alias_table: Mapping[str, str],
    ids_table: Mapping[str, Mapping[str, str]],
) -> EntityResolution:
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for node in surfaces:
        groups[names.find(_label(node))].append(node)
    mention_ids: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        mention_ids[names.find(_label(name_of[m.mention_id]))].append(m.mention_id)
    entities = []
    entity_of: dict[str, str] = {}
    for root, group in sorted(groups.items()):
        forms: Counter[str] = Counter()
        for node in group:
            forms.update(surfaces[node])
        canonical = next((alias_table[n[1]] for n in group if n[1] in alias_table), None)
        if canonical is None:
            # The fullest name wins (most words, then most used), so "Massoud Rajavi" names "Rajavi".
            canonical = max(forms, key=lambda s: (len(s.split()), forms[s], s))
        entity_id = "ent_" + hashlib.sha1(root.encode()).hexdigest()[:12]
        ids = tuple(sorted(mention_ids.get(root, [])))
        known = ids_table.get(normalise_name(canonical), {})
        external = tuple(sorted(known.items()))
        entities.append(Entity(entity_id, canonical, group[0][0], tuple(sorted(forms)), ids, external))
        for mention_id in ids:
            entity_of[mention_id] = entity_id
    return EntityResolution(tuple(entities), entity_of, tuple(names.merges))
