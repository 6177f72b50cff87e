"""The only code that writes analysis results: one document and everything found in it, in one transaction."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from annalist.records import ActorRef, Analysis, EventMention, Extractor, Place


def record_id(prefix: str, *parts: object) -> str:
    """Content-derived id: the same item found again in the same document gets the same id."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()[:20]
    return f"{prefix}-{digest}"


def place_id(place: Place) -> str:
    if place.geonames_id is not None:
        return f"gn:{place.geonames_id}"
    return "x:" + hashlib.sha256(f"{place.name}|{place.lat:.4f}|{place.lon:.4f}".encode()).hexdigest()[:16]


def source_id(name: str) -> str:
    return record_id("src", name.strip().lower())


@dataclass(slots=True)
class DocumentRow:
    """A document as stored: normalised text plus where it came from."""

    id: str
    origin: str
    text: str
    word_count: int
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    affiliation: str | None = None
    publisher: str | None = None
    metadata: dict[str, Any] | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _extractor_columns(extractor: Extractor) -> tuple[str, str, float]:
    return extractor.name, extractor.version, extractor.confidence


def upsert_source(connection: sqlite3.Connection, row: DocumentRow) -> str | None:
    if not row.source:
        return None
    identifier = source_id(row.source)
    connection.execute(
        "INSERT INTO source (id, name, publisher, affiliation, url) VALUES (?, ?, ?, ?, NULL) "
        "ON CONFLICT(id) DO UPDATE SET publisher = COALESCE(excluded.publisher, source.publisher), "
        "affiliation = COALESCE(excluded.affiliation, source.affiliation)",
        (identifier, row.source.strip(), row.publisher, row.affiliation),
    )
    return identifier


def insert_document(connection: sqlite3.Connection, row: DocumentRow) -> None:
    connection.execute(
        "INSERT INTO document (id, source_id, origin, title, author, published, url, language, affiliation, "
        "text, word_count, metadata, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.id,
            upsert_source(connection, row),
            row.origin,
            row.title,
            row.author,
            row.published,
            row.url,
            row.language,
            row.affiliation,
            row.text,
            row.word_count,
            json.dumps(row.metadata or {}, ensure_ascii=False),
            _now(),
        ),
    )


def clear_analysis(connection: sqlite3.Connection, document_id: str) -> None:
    """Remove a document's analysis rows before it is analysed again (reviews live on, keyed by stable ids)."""
    for table in ("sentence", "mention", "toponym", "timex", "statement", "reference", "framing"):
        connection.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
    connection.execute("DELETE FROM claim WHERE document_id = ?", (document_id,))
    # events made from a single claim go with it; reconciled events are rebuilt by reconcile
    connection.execute(
        "DELETE FROM event WHERE origin = 'extraction' AND id NOT IN (SELECT event_id FROM claim "
        "WHERE event_id IS NOT NULL)"
    )


def _upsert_place(connection: sqlite3.Connection, place: Place) -> str:
    identifier = place_id(place)
    connection.execute(
        "INSERT OR IGNORE INTO place (id, name, geonames_id, lat, lon, country, admin1, feature_code, precision) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            identifier,
            place.name,
            place.geonames_id,
            place.lat,
            place.lon,
            place.country,
            place.admin1,
            place.feature_code,
            place.precision,
        ),
    )
    return identifier


def _upsert_entity(connection: sqlite3.Connection, actor: ActorRef) -> str | None:
    if actor.entity_key is None:
        return None
    connection.execute(
        "INSERT OR IGNORE INTO entity (id, name, kind, sector, country) VALUES (?, ?, ?, ?, ?)",
        (actor.entity_key, actor.name, actor.kind, actor.sector, actor.country),
    )
    connection.execute(
        "INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)", (actor.entity_key, actor.text)
    )
    return actor.entity_key


def _write_claim(connection: sqlite3.Connection, document_id: str, event: EventMention) -> str:
    # the id leaves the type out, so a review of this claim survives a re-analysis that recodes it
    claim = record_id("cl", document_id, event.start, event.end, event.trigger_start)
    event_id = "ev-" + claim[3:]
    place = _upsert_place(connection, event.place) if event.place else None
    name, version, confidence = _extractor_columns(event.extractor)
    connection.execute(
        "INSERT OR REPLACE INTO event (id, type, mode, acled_event_type, acled_sub_event_type, date_start, "
        "date_end, date_precision, place_id, place_precision, confidence, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'extraction')",
        (
            event_id,
            event.type,
            event.mode,
            event.acled_event_type,
            event.acled_sub_event_type,
            event.date_start,
            event.date_end,
            event.date_precision,
            place,
            event.place_precision,
            confidence,
        ),
    )
    connection.execute(
        "INSERT OR IGNORE INTO claim (id, event_id, document_id, start, end, sentence, trigger_start, trigger_end, trigger, "
        "type, mode, acled_event_type, acled_sub_event_type, modality, reported_by, date_start, date_end, "
        "date_precision, date_text, place_id, place_text, place_precision, rule, extractor, extractor_version, "
        "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            claim,
            event_id,
            document_id,
            event.start,
            event.end,
            event.sentence,
            event.trigger_start,
            event.trigger_end,
            event.trigger,
            event.type,
            event.mode,
            event.acled_event_type,
            event.acled_sub_event_type,
            event.modality,
            event.reported_by,
            event.date_start,
            event.date_end,
            event.date_precision,
            event.date_text,
            place,
            event.place_text,
            event.place_precision,
            event.rule,
            name,
            version,
            confidence,
        ),
    )
    for role, actors in (("actor", event.actors), ("recipient", event.recipients)):
        for position, actor in enumerate(actors):
            connection.execute(
                "INSERT OR IGNORE INTO claim_actor (claim_id, role, position, start, end, text, name, entity_id, kind, "
                "sector, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    claim,
                    role,
                    position,
                    actor.start,
                    actor.end,
                    actor.text,
                    actor.name,
                    _upsert_entity(connection, actor),
                    actor.kind,
                    actor.sector,
                    actor.country,
                ),
            )
    for figure in event.figures:
        connection.execute(
            "INSERT OR IGNORE INTO figure (id, claim_id, kind, low, best, high, unit, start, end, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record_id("fg", claim, figure.kind, figure.start, figure.end),
                claim,
                figure.kind,
                figure.low,
                figure.best,
                figure.high,
                figure.unit,
                figure.start,
                figure.end,
                figure.text,
            ),
        )
    return claim


def write_analysis(connection: sqlite3.Connection, document_id: str, analysis: Analysis, version: str) -> None:
    """Store everything the pipeline found in one document (call inside the document's transaction)."""
    connection.executemany(
        "INSERT INTO sentence (document_id, idx, start, end) VALUES (?, ?, ?, ?)",
        [(document_id, index, start, end) for index, (start, end) in enumerate(analysis.sentences)],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO mention (id, document_id, start, end, text, label, sentence_idx, extractor, "
        "extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                record_id("mn", document_id, m.start, m.end, m.label),
                document_id,
                m.start,
                m.end,
                m.text,
                m.label,
                m.sentence_index,
                *_extractor_columns(m.extractor),
            )
            for m in analysis.mentions
        ],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO timex (id, document_id, start, end, text, type, value, date_start, date_end, "
        "precision, role, calendar, original, anchor, extractor, extractor_version, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                record_id("tx", document_id, t.start, t.end),
                document_id,
                t.start,
                t.end,
                t.text,
                t.type,
                t.value,
                t.date_start,
                t.date_end,
                t.precision,
                t.role,
                t.calendar,
                t.original,
                t.anchor,
                *_extractor_columns(t.extractor),
            )
            for t in analysis.timexes
        ],
    )
    for toponym in analysis.toponyms:
        place = _upsert_place(connection, toponym.place) if toponym.place else None
        connection.execute(
            "INSERT OR IGNORE INTO toponym (id, document_id, start, end, text, role, place_id, candidates, "
            "extractor, extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record_id("tp", document_id, toponym.start, toponym.end),
                document_id,
                toponym.start,
                toponym.end,
                toponym.text,
                toponym.role,
                place,
                toponym.candidates,
                *_extractor_columns(toponym.extractor),
            ),
        )
    reference_ids = []
    for reference in analysis.references:
        identifier = record_id("rf", document_id, reference.start, reference.end)
        reference_ids.append(identifier)
        connection.execute(
            "INSERT OR IGNORE INTO reference (id, document_id, start, end, text, kind, csl, extractor, "
            "extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                identifier,
                document_id,
                reference.start,
                reference.end,
                reference.text,
                reference.kind,
                json.dumps(reference.csl, ensure_ascii=False),
                *_extractor_columns(reference.extractor),
            ),
        )
    claim_ids = [_write_claim(connection, document_id, event) for event in analysis.events]
    connection.executemany(
        "INSERT OR IGNORE INTO claim_reference (claim_id, reference_id, rule) VALUES (?, ?, ?)",
        [
            (claim_ids[link.event_index], reference_ids[link.reference_index], link.rule)
            for link in analysis.claim_links
            if link.event_index < len(claim_ids) and link.reference_index < len(reference_ids)
        ],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO statement (id, document_id, start, end, text, kind, speaker, reference_id, rule, "
        "extractor, extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                record_id("st", document_id, st.start, st.end, reference_ids[st.reference_index]),
                document_id,
                st.start,
                st.end,
                st.text,
                st.kind,
                st.speaker,
                reference_ids[st.reference_index],
                st.rule,
                *_extractor_columns(st.extractor),
            )
            for st in analysis.statements
            if st.reference_index < len(reference_ids)
        ],
    )
    connection.executemany(
        "INSERT OR IGNORE INTO framing (id, document_id, start, end, text, technique, target, lexicon_entry, "
        "extractor, extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                record_id("fr", document_id, f.start, f.end, f.technique),
                document_id,
                f.start,
                f.end,
                f.text,
                f.technique,
                f.target,
                f.lexicon_entry,
                *_extractor_columns(f.extractor),
            )
            for f in analysis.framing
        ],
    )
    connection.execute("UPDATE document SET analysed_version = ? WHERE id = ?", (version, document_id))
