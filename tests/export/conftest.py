"""A small store with known events for the export tests: two sources that disagree on one battle's toll, an attack
on civilians known only to the month, a verbal event, and a citation. The texts are written for these tests."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from annalist.records import ActorRef, Analysis, ClaimReferenceLink, EventMention, Extractor, Figure, Place, Reference
from annalist.store.database import Store, open_store
from annalist.store.writer import DocumentRow, insert_document, write_analysis

WIRE_TEXT = (
    "Fighters of the MEK took Kerend on 25 July 1988 after a clash with Iranian troops. "
    "The wire counted 40 dead in the fighting. "
    "A historian later described the push (Abrahamian, 1989)."
)
DAILY_TEXT = (
    "The daily wrote that the MEK column lost 1,200 men at Kerend <script>alert(1)</script>. "
    "Later in July Iraqi troops shelled farmers near Eslamabad. "
    "Tehran may accept a truce next week."
)
EXTRACTOR = Extractor("test.events", "0.1", 0.9)
KEREND = Place("Kerend-e Gharb", 127319, 34.2834, 46.2412, "IR", "13", "PPL", "city")
ESLAMABAD_REGION = Place("Kermanshah Province", 128222, 34.45, 46.8, "IR", "13", "ADM1", "admin1")
MEK = ActorRef(0, 0, "", "Mujahedin-e Khalq (MEK)", "mek", "organisation", "REB", "IRN")
IRAN_FORCES = ActorRef(0, 0, "", "Iranian armed forces", "mil_irn", "group", "MIL", "IRN")
IRAQ_FORCES = ActorRef(0, 0, "", "Iraqi armed forces", "mil_irq", "group", "MIL", "IRQ")
FARMERS = ActorRef(0, 0, "", "Civilians (Iran)", None, "group", "CVL", "IRN")
GOV_IRAN = ActorRef(0, 0, "", "Government of Iran", "gov_irn", "state", "GOV", "IRN")


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def sentence_span(text: str, part: str) -> tuple[int, int, str]:
    start = text.index(part)
    end = text.index(". ", start) + 1 if ". " in text[start:] else len(text)
    return start, end, text[start:end]


def actor(text: str, word: str, base: ActorRef) -> ActorRef:
    start, end = span(text, word)
    return ActorRef(start, end, word, base.name, base.entity_key, base.kind, base.sector, base.country)


def event(text: str, first_words: str, trigger: str, **fields: object) -> EventMention:
    start, end, sentence = sentence_span(text, first_words)
    trigger_start, trigger_end = span(text, trigger)
    defaults: dict[str, object] = {
        "mode": None,
        "acled_event_type": None,
        "acled_sub_event_type": None,
        "modality": "asserted",
        "actors": (),
        "recipients": (),
        "figures": (),
        "rule": "test",
    }
    defaults.update(fields)
    return EventMention(
        start,
        end,
        sentence,
        trigger_start,
        trigger_end,
        trigger,
        extractor=EXTRACTOR,
        **defaults,  # type: ignore[arg-type]
    )


def dead(text: str, number_text: str, value: float) -> Figure:
    start, end = span(text, number_text)
    return Figure("dead", None, value, None, "people", start, end, number_text)


def document(text: str, source: str, published: str, title: str) -> DocumentRow:
    identifier = hashlib.sha256(text.encode()).hexdigest()
    return DocumentRow(identifier, f"{source}.txt", text, len(text.split()), source=source, title=title,
                       published=published, affiliation=source.split()[-1].lower())  # fmt: skip


def wire_analysis() -> Analysis:
    battle = event(
        WIRE_TEXT, "Fighters of the MEK", "took", type="ASSAULT", mode="seize",
        acled_event_type="Battles", acled_sub_event_type="Non-state actor overtakes territory",
        actors=(actor(WIRE_TEXT, "MEK", MEK),), recipients=(actor(WIRE_TEXT, "Iranian troops", IRAN_FORCES),),
        figures=(dead(WIRE_TEXT, "40 dead", 40),), date_start="1988-07-25", date_end="1988-07-25",
        date_precision="day", date_text="25 July 1988", place=KEREND, place_text="Kerend", place_precision="city",
    )  # fmt: skip
    start, end = span(WIRE_TEXT, "(Abrahamian, 1989)")
    csl = {
        "type": "book",
        "title": "The Iranian Mojahedin",
        "author": [{"family": "Abrahamian", "given": "Ervand"}],
        "issued": {"date-parts": [[1989]]},
        "parser-score": 0.7,  # not a CSL variable: the export must drop it
    }
    reference = Reference(start, end, WIRE_TEXT[start:end], "parenthetical", csl, EXTRACTOR)
    return Analysis(events=[battle], references=[reference], claim_links=[ClaimReferenceLink(0, 0, "same-sentence")])


def daily_analysis() -> Analysis:
    battle = event(
        DAILY_TEXT, "The daily wrote", "lost", type="ASSAULT", mode="seize",
        acled_event_type="Battles", acled_sub_event_type="Non-state actor overtakes territory",
        actors=(actor(DAILY_TEXT, "MEK", MEK),), figures=(dead(DAILY_TEXT, "1,200 men", 1200),),
        date_start="1988-07-25", date_end="1988-07-25", date_precision="day", place=KEREND, place_precision="city",
    )  # fmt: skip
    shelling = event(
        DAILY_TEXT, "Later in July", "shelled", type="ASSAULT", mode="heavy-weapons",
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
        actors=(actor(DAILY_TEXT, "Iraqi troops", IRAQ_FORCES),), recipients=(actor(DAILY_TEXT, "farmers", FARMERS),),
        date_start="1988-07-01", date_end="1988-07-31", date_precision="month", date_text="Later in July",
        place=ESLAMABAD_REGION, place_text="Eslamabad", place_precision="admin1",
    )  # fmt: skip
    truce = event(
        DAILY_TEXT, "Tehran may", "accept", type="AGREE", mode="ceasefire", modality="hypothetical",
        actors=(actor(DAILY_TEXT, "Tehran", GOV_IRAN),),
    )  # fmt: skip
    return Analysis(events=[battle, shelling, truce])


def build_store(path: Path) -> Store:
    store = open_store(path)
    wire = document(WIRE_TEXT, "Demo Wire", "1990-01-01", "Fighting in the west")
    daily = document(DAILY_TEXT, "Demo Daily", "1988-08-01", "The column is broken")
    with store.transaction() as connection:
        for row, analysis in ((wire, wire_analysis()), (daily, daily_analysis())):
            insert_document(connection, row)
            write_analysis(connection, row.id, analysis, "test-pipeline-1")
        # what reconcile does: both sources' reports of the battle become one event
        wire_event = connection.execute("SELECT event_id FROM claim WHERE document_id = ?", (wire.id,)).fetchone()[0]
        connection.execute(
            "UPDATE claim SET event_id = ? WHERE document_id = ? AND trigger = 'lost'", (wire_event, daily.id)
        )
        connection.execute("UPDATE event SET origin = 'reconcile' WHERE id = ?", (wire_event,))
        connection.execute("DELETE FROM event WHERE id NOT IN (SELECT event_id FROM claim WHERE event_id IS NOT NULL)")
    return store


@pytest.fixture
def export_store(tmp_path: Path) -> Iterator[Store]:
    store = build_store(tmp_path / "export.db")
    yield store
    store.close()
