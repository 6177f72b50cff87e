"""Reconciling a store: accounts of one event from several sources become one event with every claim, the
disagreements are recorded, and analysts' reviews override extraction and survive re-analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from annalist import api
from annalist.ingest.text import content_hash
from annalist.reconcile.review import ReviewError
from annalist.records import ActorRef, Analysis, EventMention, Extractor, Figure, Place
from annalist.store.database import Store
from annalist.store.writer import DocumentRow, insert_document, write_analysis

EXTRACTOR = Extractor("test.events", "1", 0.9)
MEK = ActorRef(0, 3, "MEK", "Mujahedin-e Khalq (MEK)", "mek", "organisation", "REB", "IRN")
KEREND = Place("Kerend-e Gharb", 128252, 34.2831, 46.2433, "IR", "13", "PPL", "city")
SHIRAZ = Place("Shiraz", 115019, 29.6103, 52.5311, "IR", "07", "PPLA", "city")


def claim(text: str, date: str, place: Place, fighters: float | None = None, actor: ActorRef = MEK) -> EventMention:
    figures = (Figure("force_size", None, fighters, None, "people", 0, 3, "n"),) if fighters else ()
    return EventMention(
        start=0,
        end=len(text),
        sentence=text,
        trigger_start=4,
        trigger_end=12,
        trigger="captured",
        type="ASSAULT",
        mode="seize",
        acled_event_type="Strategic developments",
        acled_sub_event_type="Non-state actor overtakes territory",
        modality="asserted",
        actors=(actor,),
        recipients=(),
        figures=figures,
        extractor=EXTRACTOR,
        rule="test",
        date_start=date,
        date_end=date,
        date_precision="day",
        place=place,
        place_text=place.name,
        place_precision="city",
    )


def add_document(store: Store, source: str, text: str, events: list[EventMention]) -> str:
    identifier = content_hash(text)
    row = DocumentRow(identifier, f"{source}.txt", text, len(text.split()), source=source)
    with store.transaction() as tx:
        insert_document(tx, row)
        write_analysis(tx, identifier, Analysis(sentences=[(0, len(text))], events=events), "test")
    return identifier


@pytest.fixture
def three_sources(store: Store) -> Store:
    first = "MEK captured Kerend-e Gharb with 7,000 fighters."
    second = "The MEK captured Kerend on the first day with some 4,500 men."
    other = "The MEK captured a depot in Shiraz that week."
    add_document(store, "Agency A", first, [claim(first, "1988-07-25", KEREND, 7000)])
    add_document(store, "Agency B", second, [claim(second, "1988-07-26", KEREND, 4500)])
    add_document(store, "Agency C", other, [claim(other, "1988-07-25", SHIRAZ)])
    api.reconcile(store)
    return store


def test_one_event_with_both_accounts_and_their_disagreements(three_sources: Store) -> None:
    events = list(api.events(three_sources))
    assert len(events) == 2  # Kerend (two sources) and Shiraz (a different place, same day)
    kerend = next(e for e in events if e["place"]["name"] == "Kerend-e Gharb")
    assert sorted(c["source"] for c in kerend["claims"]) == ["Agency A", "Agency B"]
    verdicts = {item["attribute"]: item["verdict"] for item in kerend["comparison"]}
    assert verdicts["date"] == "contradict" and verdicts["figure:force_size"] == "contradict"
    assert verdicts["place"] == "agree"
    combined = {f["kind"]: f for f in kerend["combined_figures"]}["force_size"]
    assert (combined["low"], combined["high"]) == (4500, 7000)
    assert kerend["date_start"] == "1988-07-25" and kerend["date_end"] == "1988-07-26"


def test_compare_tallies_each_source_pair(three_sources: Store) -> None:
    result = api.compare(three_sources)
    assert len(result["contested_events"]) == 1
    pair = next(t for t in result["source_pairs"] if {t["source_a"], t["source_b"]} == {"Agency A", "Agency B"})
    assert pair["contradict"] == 2 and pair["agree"] >= 1


def test_corrections_override_and_survive_reanalysis(three_sources: Store) -> None:
    kerend = next(e for e in api.events(three_sources) if e["place"]["name"] == "Kerend-e Gharb")
    api.review(
        three_sources,
        api.Review("event", kerend["id"], "correct", "tester", "the capture was a raid", "type", "COERCE"),
    )
    corrected = next(e for e in api.events(three_sources) if e["id"] == kerend["id"])
    assert corrected["type"] == "COERCE" and corrected["extracted"]["type"] == "ASSAULT"
    assert corrected["review"]["history"][0]["reviewer"] == "tester"
    api.reconcile(three_sources)  # events rebuilt from claims: same content, same id, review still applies
    again = next(e for e in api.events(three_sources) if e["id"] == kerend["id"])
    assert again["type"] == "COERCE"


def test_rejected_merge_splits_the_claim_out(three_sources: Store) -> None:
    kerend = next(e for e in api.events(three_sources) if e["place"]["name"] == "Kerend-e Gharb")
    second = kerend["claims"][1]["id"]
    api.review(three_sources, api.Review("merge", second, "reject", "tester", "different day, different attack"))
    api.reconcile(three_sources)
    events = list(api.events(three_sources))
    assert len(events) == 3
    assert all(len(e["claims"]) == 1 for e in events)


def test_rejected_event_is_hidden_but_kept(three_sources: Store) -> None:
    shiraz = next(e for e in api.events(three_sources) if e["place"]["name"] == "Shiraz")
    api.review(three_sources, api.Review("event", shiraz["id"], "reject", "tester", "no such capture"))
    assert shiraz["id"] not in {e["id"] for e in api.events(three_sources)}
    count = three_sources.connection.execute("SELECT COUNT(*) FROM event WHERE id = ?", (shiraz["id"],))
    assert count.fetchone()[0] == 1


@pytest.mark.parametrize(
    ("target", "action", "field", "message"),
    [
        ("event", "delete", None, "unknown action"),
        ("person", "reject", None, "cannot review"),
        ("event", "correct", "colour", "event field"),
    ],
)
def test_bad_reviews_are_refused(
    three_sources: Store, target: str, action: str, field: str | None, message: str
) -> None:
    event_id = next(api.events(three_sources))["id"]
    with pytest.raises(ReviewError, match=message):
        api.review(three_sources, api.Review(target, event_id, action, "tester", None, field, "x"))


def test_review_of_a_missing_item_is_refused(three_sources: Store) -> None:
    with pytest.raises(ReviewError, match="no event"):
        api.review(three_sources, api.Review("event", "ev-nothing", "confirm", "tester"))


def test_source_profiles_count_claims_and_framing(store: Store, tmp_path: Path) -> None:
    text = "The terrorist gang attacked the village. (Jane Roe, A History of the Border, London, Example Press, 1999, p. 12)"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    api.ingest(store, [tmp_path / "a.txt"], api.IngestOptions(source="Partisan Weekly", affiliation="side A"))
    (profile,) = api.sources(store)
    assert profile["name"] == "Partisan Weekly" and profile["affiliation"] == "side A"
    assert profile["affiliation_from"] == "user"
    assert profile["references"] == 1
    assert profile["framing_spans"] >= 1 and profile["framing_per_1000_words"] > 0


def test_entities_carry_external_ids_and_a_rejected_merge_is_undone(store: Store, tmp_path: Path) -> None:
    text = (
        "Massoud Rajavi spoke to the United Nations in Geneva. Later Rajavi wrote to the UN again, "
        "and the United Nations answered."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    api.ingest(store, [tmp_path / "a.txt"])
    connection = store.connection
    assert tuple(connection.execute("SELECT wikidata FROM entity WHERE name = 'United Nations'").fetchone()) == (
        "Q1065",
    )
    merge = connection.execute("SELECT key, kept, absorbed FROM entity_merge WHERE absorbed LIKE '%rajavi%'").fetchone()
    assert merge is not None, "'Rajavi' joins 'Massoud Rajavi' in the same document"
    api.review(store, api.Review("entity_merge", merge["key"], "reject", "tester", "two different people"))
    api.reconcile(store)
    assert connection.execute("SELECT 1 FROM entity_merge WHERE key = ?", (merge["key"],)).fetchone() is None
