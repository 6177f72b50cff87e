"""Synthetic events written straight into a store: for developing the web UI, its tests and its benchmark.

The pipeline is too slow to produce 100,000 events for a benchmark, and the demo corpus too small to
show clustering or paging, so this writes plausible rows (sources, documents, sentences, places,
events, claims, actors, figures, references, framing) with a seeded random generator. Every claim
points at a real sentence of its document, so highlighting works on generated data as on real data.
"""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from annalist.store.writer import record_id, source_id

EVENT_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST", "ACCUSE", "THREATEN", "AID", "CONSULT", "AGREE")
ACTORS: tuple[Actor, ...] = (
    ("Mujahedin-e Khalq (MEK)", "organisation", "REB", "IRN"),
    ("Government of Iran", "state", "GOV", "IRN"),
    ("Government of Iraq", "state", "GOV", "IRQ"),
    ("Military of Iran", "organisation", "MIL", "IRN"),
    ("Military of Iraq", "organisation", "MIL", "IRQ"),
    ("Civilians (Iran)", "group", "CVL", "IRN"),
    ("Kurdish Democratic Party of Iran", "organisation", "REB", "IRN"),
    ("United Nations", "organisation", "IGO", None),
)
SOURCE_NAMES = (
    ("Wire desk", "neutral"),
    ("State broadcaster", "Government of Iran"),
    ("Opposition weekly", "Mujahedin-e Khalq (MEK)"),
    ("Regional daily", "neutral"),
    ("Memoir of a commander", "Government of Iraq"),
    ("Encyclopedia overview", "neutral"),
)
PLACE_SEEDS = (
    ("Kerend-e Gharb", 34.28, 46.24, "IR"),
    ("Eslamabad-e Gharb", 34.11, 46.53, "IR"),
    ("Kermanshah", 34.31, 47.07, "IR"),
    ("Qasr-e Shirin", 34.52, 45.58, "IR"),
    ("Sar-e Pol-e Zahab", 34.46, 45.86, "IR"),
    ("Khanaqin", 34.35, 45.39, "IQ"),
    ("Mehran", 33.12, 46.16, "IR"),
    ("Baghdad", 33.34, 44.40, "IQ"),
)
VERBS = {
    "ASSAULT": "attacked",
    "COERCE": "detained people from",
    "MOBILIZE": "massed troops against",
    "RETREAT": "withdrew from positions held by",
    "PROTEST": "marched against",
    "ACCUSE": "accused",
    "THREATEN": "threatened",
    "AID": "sent supplies to",
    "CONSULT": "met envoys of",
    "AGREE": "agreed a truce with",
}
FRAMING_WORDS = (("desperate", "Loaded_Language"), ("heroic", "Loaded_Language"), ("terrorists", "Name_Calling"))
SENTENCES_PER_DOCUMENT = 200


Actor = tuple[str, str, str, str | None]  # name, kind, sector, country
PlaceRow = tuple[str, str, float, float, str]  # id, name, lat, lon, country


@dataclass(frozen=True, slots=True)
class ClaimPlan:
    """One source's report of one generated event, before it is written into a document."""

    event_id: str
    source: tuple[str, str, str]  # id, name, affiliation
    type: str
    date_start: date
    date_end: date
    precision: str
    place: PlaceRow
    actor: Actor
    recipient: Actor
    dead: int | None


@dataclass(frozen=True, slots=True)
class SampleSummary:
    """How much was written."""

    events: int
    claims: int
    documents: int
    places: int


def _places(rng: random.Random, count: int) -> list[PlaceRow]:
    places = []
    for index in range(count):
        name, lat, lon, country = PLACE_SEEDS[index % len(PLACE_SEEDS)]
        if index >= len(PLACE_SEEDS):
            # jittered villages around the seed towns, so the map has something to cluster
            name = f"{name} outskirts {index // len(PLACE_SEEDS)}"
            lat += rng.uniform(-1.5, 1.5)
            lon += rng.uniform(-1.5, 1.5)
        places.append((f"x:sample{index}", name, round(lat, 4), round(lon, 4), country))
    return places


def generate_sample_store(
    connection: sqlite3.Connection, events: int, *, seed: int = 7, places: int = 400, start: str = "1980-09-22"
) -> SampleSummary:
    """Write ``events`` synthetic events (with 1-3 claims each from different sources) into a migrated store."""
    rng = random.Random(seed)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    first_day = date.fromisoformat(start)
    place_rows = _places(rng, places)
    sources = [(source_id(name), name, affiliation) for name, affiliation in SOURCE_NAMES]

    # Claims are laid out first so each document's text can be built from its claims' sentences.
    claim_plans: list[ClaimPlan] = []
    event_rows = []
    for number in range(events):
        event_type = rng.choice(EVENT_TYPES)
        day = first_day + timedelta(days=rng.randrange(0, 8 * 365))
        precision = rng.choices(("day", "month", "year"), weights=(8, 3, 1))[0]
        if precision == "day":
            date_start, date_end = day, day
        elif precision == "month":
            date_start = day.replace(day=1)
            date_end = (date_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        else:
            date_start, date_end = day.replace(month=1, day=1), day.replace(month=12, day=31)
        place = rng.choice(place_rows)
        actor, recipient = rng.sample(ACTORS, 2)
        event_id = f"evt-sample{number:07d}"
        event_rows.append(
            (event_id, event_type, date_start.isoformat(), date_end.isoformat(), precision, place[0], "city")
        )
        for source in rng.sample(sources, rng.choice((1, 1, 2, 2, 3))):
            dead = rng.choice((None, rng.randrange(1, 400)))
            shift = rng.choice((0, 0, 0, 1)) if precision == "day" else 0
            claim_plans.append(
                ClaimPlan(
                    event_id, source, event_type, date_start + timedelta(days=shift), date_end + timedelta(days=shift),
                    precision, place, actor, recipient, dead,
                )
            )  # fmt: skip
    rng.shuffle(claim_plans)
    by_source: dict[str, list[ClaimPlan]] = {}
    for plan in claim_plans:
        by_source.setdefault(plan.source[0], []).append(plan)

    connection.execute("BEGIN")
    connection.executemany("INSERT OR IGNORE INTO source (id, name, affiliation) VALUES (?, ?, ?)", sources)
    connection.executemany(
        "INSERT OR IGNORE INTO place (id, name, lat, lon, country, precision) VALUES (?, ?, ?, ?, ?, 'city')",
        [(pid, name, lat, lon, country) for pid, name, lat, lon, country in place_rows],
    )
    connection.executemany(
        "INSERT INTO event (id, type, date_start, date_end, date_precision, place_id, place_precision, confidence, "
        "origin) VALUES (?, ?, ?, ?, ?, ?, ?, 0.8, 'reconcile')",
        event_rows,
    )
    documents = 0
    for source_key, plans in by_source.items():
        source_name = next(name for key, name, _ in sources if key == source_key)
        for offset in range(0, len(plans), SENTENCES_PER_DOCUMENT):
            documents += 1
            _write_document(
                connection, rng, source_key, source_name, plans[offset : offset + SENTENCES_PER_DOCUMENT], now
            )
    connection.execute("COMMIT")
    return SampleSummary(events=events, claims=len(claim_plans), documents=documents, places=len(place_rows))


def _write_document(
    connection: sqlite3.Connection,
    rng: random.Random,
    source_key: str,
    source_name: str,
    plans: list[ClaimPlan],
    now: str,
) -> None:
    pieces: list[str] = []
    cursor = 0
    claims: list[tuple[object, ...]] = []
    actors: list[tuple[object, ...]] = []
    figures: list[tuple[object, ...]] = []
    sentences: list[tuple[object, ...]] = []
    framings: list[tuple[object, ...]] = []
    document_id = record_id("doc", source_key, plans[0].event_id, len(plans))
    reference_id = record_id("ref", document_id)
    for index, plan in enumerate(plans):
        actor, recipient, place = plan.actor, plan.recipient, plan.place
        verb = VERBS[plan.type]
        framing_word, technique = rng.choice(FRAMING_WORDS)
        shown_date = plan.date_start.strftime("%d %B %Y" if plan.precision == "day" else "%B %Y")
        head = f"On {shown_date} the {framing_word} {actor[0]} {verb} {recipient[0]} near {place[1]}"
        tail = f", leaving {plan.dead} dead." if plan.dead is not None else "."
        sentence = head + tail
        begin = cursor
        end = begin + len(sentence)
        claim_id = record_id("clm", document_id, index)
        trigger_start = begin + sentence.index(verb)
        actor_start = begin + sentence.index(actor[0])
        recipient_start = begin + sentence.index(recipient[0], actor_start - begin + 1)
        framing_start = begin + sentence.index(framing_word)
        claims.append(
            (
                claim_id, plan.event_id, document_id, begin, end, sentence,
                trigger_start, trigger_start + len(verb), verb, plan.type, "asserted",
                plan.date_start.isoformat(), plan.date_end.isoformat(), plan.precision, shown_date,
                place[0], place[1], "city",
            )
        )  # fmt: skip
        actors.append((claim_id, "actor", 0, actor_start, actor_start + len(actor[0]), actor[0], *actor))
        actors.append(
            (claim_id, "recipient", 0, recipient_start, recipient_start + len(recipient[0]), recipient[0], *recipient)
        )
        if plan.dead is not None:
            figure_text = f"{plan.dead} dead"
            figure_start = begin + sentence.index(figure_text)
            figures.append(
                (record_id("fig", claim_id), claim_id, float(plan.dead), figure_start, figure_start + len(figure_text),
                 figure_text)
            )  # fmt: skip
        framings.append(
            (record_id("frm", claim_id), document_id, framing_start, framing_start + len(framing_word), framing_word,
             technique, actor[0])
        )  # fmt: skip
        sentences.append((document_id, index, begin, end))
        pieces.append(sentence)
        cursor = end + 1
    citation = f"({source_name} archive, {plans[0].date_start.year})"
    text = " ".join(pieces) + " " + citation
    reference_start = len(text) - len(citation)
    connection.execute(
        "INSERT INTO document (id, source_id, origin, title, published, affiliation, text, word_count, metadata, "
        "ingested_at, analysed_version) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, '{}', ?, 'sample')",
        (document_id, source_key, f"sample:{document_id}", f"{source_name} report", None, text, len(text.split()), now),
    )
    connection.executemany("INSERT INTO sentence (document_id, idx, start, end) VALUES (?, ?, ?, ?)", sentences)
    connection.executemany(
        "INSERT INTO claim (id, event_id, document_id, start, end, sentence, trigger_start, trigger_end, trigger, "
        "type, modality, date_start, date_end, date_precision, date_text, place_id, place_text, place_precision, "
        "rule, extractor, extractor_version, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sample', 'annalist.web.sample', '1', 0.8)",
        claims,
    )
    connection.executemany(
        "INSERT INTO claim_actor (claim_id, role, position, start, end, text, name, kind, sector, country) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        actors,
    )
    connection.executemany(
        "INSERT INTO figure (id, claim_id, kind, best, unit, start, end, text) VALUES (?, ?, 'dead', ?, 'people', ?, ?, ?)",
        figures,
    )
    connection.executemany(
        "INSERT INTO framing (id, document_id, start, end, text, technique, target, extractor, extractor_version, "
        "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, 'annalist.web.sample', '1', 0.7)",
        framings,
    )
    csl = json.dumps({"type": "book", "title": f"{source_name} archive"})
    connection.execute(
        "INSERT INTO reference (id, document_id, start, end, text, kind, csl, extractor, extractor_version, "
        "confidence) VALUES (?, ?, ?, ?, ?, 'parenthetical', ?, 'annalist.web.sample', '1', 0.9)",
        (reference_id, document_id, reference_start, len(text), citation, csl),
    )
    connection.executemany(
        "INSERT INTO claim_reference (claim_id, reference_id, rule) VALUES (?, ?, 'sample')",
        [(row[0], reference_id) for row in claims[-3:]],
    )
