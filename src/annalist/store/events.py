"""Reading events back out of the store in annalist's stable event schema (events --json, events-jsonl).

The schema (one JSON object per event) is documented in docs/event-schema.md; scripts rely on it, so keys are
only ever added, never renamed or removed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from annalist.reconcile.review import apply_review, event_review

EVENT_SCHEMA_VERSION = 1


def _place(connection: sqlite3.Connection, place_id: str | None, precision: str | None) -> dict[str, Any] | None:
    if place_id is None:
        return None
    row = connection.execute("SELECT * FROM place WHERE id = ?", (place_id,)).fetchone()
    if row is None:
        return None
    return {
        "name": row["name"],
        "geonames_id": row["geonames_id"],
        "lat": row["lat"],
        "lon": row["lon"],
        "country": row["country"],
        "admin1": row["admin1"],
        "feature_code": row["feature_code"],
        "precision": precision or row["precision"],
    }


def _participants(connection: sqlite3.Connection, claim_ids: list[str], role: str) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(claim_ids))
    rows = connection.execute(
        f"SELECT name, entity_id, sector, kind, country, text, claim_id FROM claim_actor "
        f"WHERE claim_id IN ({marks}) AND role = ? ORDER BY claim_id, position",
        (*claim_ids, role),
    ).fetchall()
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = row["entity_id"] or row["name"].lower()
        entry = merged.setdefault(
            key,
            {
                "name": row["name"],
                "entity_id": row["entity_id"],
                "sector": row["sector"],
                "kind": row["kind"],
                "country": row["country"],
                "labels": [],
            },
        )
        if row["text"] not in entry["labels"]:
            entry["labels"].append(row["text"])  # the sources' own words for this actor
    return list(merged.values())


def _figures(connection: sqlite3.Connection, claim_ids: list[str]) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(claim_ids))
    rows = connection.execute(
        f"SELECT kind, low, best, high, unit, text, claim_id, start, end FROM figure WHERE claim_id IN ({marks}) "
        "ORDER BY kind, claim_id",
        claim_ids,
    ).fetchall()
    return [dict(row) for row in rows]


def _claims(connection: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        "SELECT c.id, c.document_id, c.sentence, c.start, c.end, c.modality, c.reported_by, c.trigger, c.rule, "
        "c.date_start, c.date_end, c.date_precision, c.date_text, c.place_text, c.confidence, c.extractor, "
        "c.extractor_version, s.name AS source, d.affiliation AS affiliation "
        "FROM claim c JOIN document d ON d.id = c.document_id LEFT JOIN source s ON s.id = d.source_id "
        "WHERE c.event_id = ? ORDER BY d.published, c.document_id, c.start",
        (event_id,),
    ).fetchall()
    claims = []
    for row in rows:
        claim = dict(row)
        claim["references"] = [
            {"id": ref["id"], "text": ref["text"], "rule": ref["rule"]}
            for ref in connection.execute(
                "SELECT r.id, r.text, cr.rule FROM claim_reference cr JOIN reference r ON r.id = cr.reference_id "
                "WHERE cr.claim_id = ?",
                (row["id"],),
            )
        ]
        claims.append(claim)
    return claims


def _comparison(connection: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        "SELECT attribute, verdict, claim_values, pairs FROM event_comparison WHERE event_id = ? ORDER BY attribute",
        (event_id,),
    ).fetchall()
    return [
        {
            "attribute": row["attribute"],
            "verdict": row["verdict"],
            "values": [
                {"claim_id": claim_id, "source": source, "value": value}
                for claim_id, source, value in json.loads(row["claim_values"])
            ],
            "pairs": json.loads(row["pairs"]),
        }
        for row in rows
    ]


def _combined_figures(connection: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    rows = connection.execute(
        "SELECT kind, low, best, high, reports, rule FROM event_figure WHERE event_id = ? ORDER BY kind", (event_id,)
    ).fetchall()
    return [dict(row) for row in rows]


def event_record(connection: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """One event in the stable schema, with every claim that reports it, as reviewed by analysts."""
    claims = _claims(connection, row["id"])
    claim_ids = [claim["id"] for claim in claims]
    record = {
        "id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "acled_event_type": row["acled_event_type"],
        "acled_sub_event_type": row["acled_sub_event_type"],
        "date_start": row["date_start"],
        "date_end": row["date_end"],
        "date_precision": row["date_precision"],
        "place": _place(connection, row["place_id"], row["place_precision"]),
        "actors": _participants(connection, claim_ids, "actor") if claim_ids else [],
        "recipients": _participants(connection, claim_ids, "recipient") if claim_ids else [],
        "figures": _figures(connection, claim_ids) if claim_ids else [],
        "confidence": row["confidence"],
        "origin": row["origin"],
        "claims": claims,
        "comparison": _comparison(connection, row["id"]),
        "combined_figures": _combined_figures(connection, row["id"]),
    }
    return apply_review(record, event_review(connection, row["id"]))


def iter_events(
    connection: sqlite3.Connection,
    *,
    event_type: str | None = None,
    include_unasserted: bool = True,
    include_rejected: bool = False,
) -> Iterator[dict[str, Any]]:
    """Every event in date order (undated last), streamed one at a time; events an analyst rejected are left out."""
    query = "SELECT * FROM event"
    params: list[Any] = []
    if event_type:
        query += " WHERE type = ?"
        params.append(event_type.upper())
    query += " ORDER BY date_start IS NULL, date_start, id"
    for row in connection.execute(query, params).fetchall():
        record = event_record(connection, row)
        if not include_unasserted and all(claim["modality"] != "asserted" for claim in record["claims"]):
            continue
        if not include_rejected and record["review"]["status"] == "rejected":
            continue
        if not record["claims"]:
            continue
        yield record
