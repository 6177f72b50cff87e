"""Versioned schema migrations. A newer annalist opens an older store and upgrades it in place.

Rules: never edit a migration that has shipped; add a new one at the end of MIGRATIONS.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

_V1 = """
CREATE TABLE source (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    publisher TEXT,
    affiliation TEXT,
    url TEXT
);
CREATE TABLE document (
    id TEXT PRIMARY KEY,                -- content hash of the normalised text
    source_id TEXT REFERENCES source(id),
    origin TEXT NOT NULL,               -- path (and row) it was read from
    title TEXT,
    author TEXT,
    published TEXT,                     -- ISO date as given
    url TEXT,
    language TEXT,
    affiliation TEXT,
    text TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL,
    analysed_version TEXT               -- pipeline version of the analysis rows, NULL = not analysed
);
CREATE TABLE sentence (
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE TABLE entity (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT,
    sector TEXT,
    country TEXT,
    wikidata TEXT,
    geonames_id INTEGER
);
CREATE TABLE entity_alias (
    entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE TABLE mention (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    label TEXT NOT NULL,
    sentence_idx INTEGER,
    entity_id TEXT REFERENCES entity(id),
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE TABLE place (
    id TEXT PRIMARY KEY,                -- 'gn:<geonames id>' or 'x:<hash>' for places without one
    name TEXT NOT NULL,
    geonames_id INTEGER,
    lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT, admin1 TEXT, feature_code TEXT,
    precision TEXT NOT NULL
);
CREATE TABLE toponym (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    role TEXT NOT NULL,
    place_id TEXT REFERENCES place(id),
    candidates INTEGER NOT NULL,
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE TABLE timex (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT,
    date_start TEXT, date_end TEXT, precision TEXT,
    role TEXT NOT NULL, calendar TEXT NOT NULL, original TEXT, anchor TEXT,
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE TABLE event (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL, mode TEXT,
    acled_event_type TEXT, acled_sub_event_type TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT,
    place_id TEXT REFERENCES place(id), place_precision TEXT,
    confidence REAL NOT NULL,
    origin TEXT NOT NULL                -- 'extraction' (one claim) or 'reconcile' (merged claims)
);
CREATE TABLE claim (
    id TEXT PRIMARY KEY,
    event_id TEXT REFERENCES event(id) ON DELETE SET NULL,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, acled_event_type TEXT, acled_sub_event_type TEXT,
    modality TEXT NOT NULL, reported_by TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT, date_text TEXT,
    place_id TEXT REFERENCES place(id), place_text TEXT, place_precision TEXT,
    rule TEXT NOT NULL,
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE TABLE claim_actor (
    claim_id TEXT NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    role TEXT NOT NULL,                 -- actor | recipient
    position INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT NOT NULL, entity_id TEXT REFERENCES entity(id), kind TEXT, sector TEXT, country TEXT,
    PRIMARY KEY (claim_id, role, position)
) WITHOUT ROWID;
CREATE TABLE figure (
    id TEXT PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, low REAL, best REAL, high REAL, unit TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE reference (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, csl TEXT NOT NULL,
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE TABLE claim_reference (
    claim_id TEXT NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    reference_id TEXT NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    PRIMARY KEY (claim_id, reference_id)
) WITHOUT ROWID;
CREATE TABLE framing (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    technique TEXT NOT NULL, target TEXT, lexicon_entry TEXT,
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE TABLE review (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target_table TEXT NOT NULL,         -- event | claim | entity | place | merge
    target_id TEXT NOT NULL,
    action TEXT NOT NULL,               -- confirm | correct | reject
    field TEXT, value TEXT,             -- for corrections: which field, new value as JSON
    reviewer TEXT NOT NULL, reason TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE ingest_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL, row INTEGER,
    outcome TEXT NOT NULL,              -- rejected | warning
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX mention_document ON mention(document_id);
CREATE INDEX mention_entity ON mention(entity_id);
CREATE INDEX toponym_document ON toponym(document_id);
CREATE INDEX timex_document ON timex(document_id);
CREATE INDEX claim_document ON claim(document_id);
CREATE INDEX claim_event ON claim(event_id);
CREATE INDEX claim_type_date ON claim(type, date_start);
CREATE INDEX event_type ON event(type);
CREATE INDEX event_date ON event(date_start);
CREATE INDEX event_place ON event(place_id);
CREATE INDEX figure_claim ON figure(claim_id);
CREATE INDEX reference_document ON reference(document_id);
CREATE INDEX claim_reference_reference ON claim_reference(reference_id);
CREATE INDEX framing_document ON framing(document_id);
CREATE INDEX claim_actor_entity ON claim_actor(entity_id);
CREATE INDEX review_target ON review(target_table, target_id);
CREATE INDEX document_source ON document(source_id);
"""

_V2 = """
CREATE TABLE event_comparison (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    attribute TEXT NOT NULL,            -- date | place | actors | recipients | figure:<kind>
    verdict TEXT NOT NULL,              -- agree | compatible | contradict | single
    claim_values TEXT NOT NULL,         -- JSON [[claim_id, source, value], ...]
    pairs TEXT NOT NULL,                -- JSON [{claim_a, claim_b, source_a, source_b, verdict, detail}, ...]
    PRIMARY KEY (event_id, attribute)
) WITHOUT ROWID;
CREATE TABLE event_figure (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    low REAL, best REAL, high REAL,
    reports INTEGER NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (event_id, kind)
) WITHOUT ROWID;
CREATE TABLE claim_merge (
    claim_id TEXT PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    reason TEXT NOT NULL                -- why this claim joined its event (reviewable, undoable)
) WITHOUT ROWID;
CREATE TABLE entity_merge (
    key TEXT PRIMARY KEY,               -- stable key; a 'reject' review of it undoes the merge
    kept TEXT NOT NULL,
    absorbed TEXT NOT NULL,
    rule TEXT NOT NULL,
    evidence TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE statement (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL,                 -- quotation | assertion | prediction | belief | proposal
    speaker TEXT,
    reference_id TEXT NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL
);
CREATE INDEX statement_document ON statement(document_id);
CREATE INDEX statement_reference ON statement(reference_id);
CREATE INDEX event_comparison_verdict ON event_comparison(verdict);
CREATE INDEX claim_merge_event ON claim_merge(event_id);
CREATE INDEX mention_label ON mention(label);
CREATE INDEX place_lat_lon ON place(lat, lon);
CREATE INDEX event_type_date ON event(type, date_start);
"""

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial data model", _V1),
    (2, "reconciliation: comparisons, combined figures, merges; cited statements", _V2),
)

LATEST_VERSION = MIGRATIONS[-1][0]


class StoreTooNew(RuntimeError):
    """The store was written by a newer annalist than this one."""


def current_version(connection: sqlite3.Connection) -> int:
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    row = connection.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(connection: sqlite3.Connection) -> list[int]:
    """Apply every migration the store lacks, each in its own transaction; returns those applied."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    have = current_version(connection)
    if have > LATEST_VERSION:
        raise StoreTooNew(
            f"[A010] this store has schema version {have}, newer than this annalist knows ({LATEST_VERSION}); "
            "upgrade annalist to open it"
        )
    applied = []
    for version, description, script in MIGRATIONS:
        if version <= have:
            continue
        # executescript commits first, so the migration and its bookkeeping run as one explicit transaction
        connection.executescript(
            "BEGIN;\n"
            + script
            + "\nINSERT INTO schema_migrations (version, description, applied_at) VALUES "
            + f"({version}, '{description}', '{datetime.now(UTC).isoformat()}');\nCOMMIT;"
        )
        applied.append(version)
    return applied
