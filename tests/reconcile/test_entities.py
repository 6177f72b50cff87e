"""Entity resolution: aliases, transliteration variants, short forms, and undoing a merge."""

from __future__ import annotations

from annalist.reconcile.entities import EntityMentionView, normalise_name, resolve_entities, transliteration_key

M = EntityMentionView
MENTIONS = [
    M("m1", "Massoud Rajavi", "PERSON", "doc1"),
    M("m2", "Rajavi", "PERSON", "doc1"),
    M("m3", "Masoud Rajavi", "PERSON", "doc2"),
    M("m4", "Mujahedin-e Khalq", "ORG", "doc1"),
    M("m5", "MEK", "ORG", "doc2"),
    M("m6", "MKO", "ORG", "doc3"),
    M("m7", "Ayatollah Khomeini", "PERSON", "doc2"),
    M("m8", "Khomeyni", "PERSON", "doc3"),
    M("m9", "Maryam Rajavi", "PERSON", "doc3"),
    M("m10", "Rajavi", "PERSON", "doc4"),
    M("m11", "Kerend", "GPE", "doc1"),
]


def entity_of(resolution, mention_id: str) -> str:  # type: ignore[no-untyped-def]
    return resolution.entity_of[mention_id]


def test_normalise_name_drops_titles_articles_accents_and_possessives() -> None:
    assert normalise_name("the Ayatollah Khomeini's") == "khomeini"
    assert normalise_name("Masʿud Rajavī") == "masud rajavi"


def test_transliteration_key_unifies_romanisations() -> None:
    assert transliteration_key("mohammad") == transliteration_key("muhammad") == transliteration_key("mohammed")


def test_variants_short_forms_acronyms_and_aliases_merge() -> None:
    resolution = resolve_entities(MENTIONS, aliases={"MKO": "Mujahedin-e Khalq"})
    r = resolution
    assert entity_of(r, "m1") == entity_of(r, "m2") == entity_of(r, "m3")  # same doc short form; spelling
    assert entity_of(r, "m4") == entity_of(r, "m5") == entity_of(r, "m6")  # acronym; alias table
    assert entity_of(r, "m7") == entity_of(r, "m8")  # Khomeini / Khomeyni
    assert entity_of(r, "m9") != entity_of(r, "m1")  # a different Rajavi
    assert entity_of(r, "m11") not in {entity_of(r, m) for m in ("m1", "m4", "m7")}
    rules = {m.rule for m in r.merges}
    assert rules == {"short_form", "transliteration", "acronym", "alias_table"}
    rajavi = next(e for e in r.entities if "m1" in e.mention_ids)
    assert rajavi.name == "Massoud Rajavi" and "Rajavi" in rajavi.aliases


def test_ambiguous_short_form_in_another_document_is_left_alone() -> None:
    # doc4's "Rajavi" could be Massoud or Maryam: no merge is guessed.
    resolution = resolve_entities(MENTIONS)
    assert entity_of(resolution, "m10") not in {entity_of(resolution, "m1"), entity_of(resolution, "m9")}


def test_a_rejected_merge_is_undone_and_stays_undone() -> None:
    first = resolve_entities(MENTIONS)
    variant = next(m for m in first.merges if m.rule == "transliteration" and "rajavi" in m.kept)
    second = resolve_entities(MENTIONS, rejected=[variant.key])
    assert variant.key not in {m.key for m in second.merges}
    assert entity_of(second, "m1") != entity_of(second, "m3")
    assert entity_of(second, "m1") == entity_of(second, "m2")  # other merges survive


def test_external_ids_attach_to_the_canonical_entity() -> None:
    resolution = resolve_entities(
        MENTIONS,
        aliases={"MKO": "Mujahedin-e Khalq"},
        external_ids={"Mujahedin-e Khalq": {"wikidata": "Q-test-1"}},
    )
    mek = next(e for e in resolution.entities if "m5" in e.mention_ids)
    assert mek.external_ids == (("wikidata", "Q-test-1"),)
