"""The SQL behind the web pages: events by id, claims in context, source profiles, comparisons.

Every function takes a plain ``sqlite3.Connection`` (rows as ``sqlite3.Row``) and runs inside Datasette's
``execute_fn`` thread. Values only ever travel as bound parameters; column names are never user input.
Lists are capped (``limit``) so a page costs the same on 100 events as on 100,000.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Any

from annalist.store.events import event_record


def events_by_id(connection: sqlite3.Connection, event_ids: list[str]) -> list[dict[str, Any]]:
    """The listed events (in the order given) with place name, actors and sources, in three queries."""
    if not event_ids:
        return []
    marks = ",".join("?" * len(event_ids))
    rows = {
        row["id"]: dict(row)
        for row in connection.execute(
            "SELECT e.id, e.type, e.date_start, e.date_end, e.date_precision, e.place_id, p.name AS place, "
            f"p.lat, p.lon, e.confidence FROM event e LEFT JOIN place p ON p.id = e.place_id WHERE e.id IN ({marks})",
            event_ids,
        )
    }
    events = [rows[event_id] for event_id in event_ids if event_id in rows]
    _attach_participants(connection, events)
    return events


def _attach_participants(connection: sqlite3.Connection, events: list[dict[str, Any]]) -> None:
    """Adds ``actors`` (canonical names) and ``sources`` (id, name) to each event dict."""
    by_id = {event["id"]: event for event in events}
    for event in events:
        event["actors"], event["sources"], event["claim_dates"] = [], [], 0
    if not by_id:
        return
    marks = ",".join("?" * len(by_id))
    for row in connection.execute(
        "SELECT DISTINCT c.event_id, a.name FROM claim c JOIN claim_actor a ON a.claim_id = c.id "
        f"WHERE c.event_id IN ({marks}) AND a.role = 'actor' ORDER BY a.name",
        list(by_id),
    ):
        by_id[row[0]]["actors"].append(row[1])
    for row in connection.execute(
        "SELECT DISTINCT c.event_id, s.id, s.name FROM claim c JOIN document d ON d.id = c.document_id "
        f"JOIN source s ON s.id = d.source_id WHERE c.event_id IN ({marks}) ORDER BY s.name",
        list(by_id),
    ):
        by_id[row[0]]["sources"].append({"id": row[1], "name": row[2]})
    for row in connection.execute(
        f"SELECT event_id, count(DISTINCT date_start) FROM claim WHERE event_id IN ({marks}) GROUP BY event_id",
        list(by_id),
    ):
        by_id[row[0]]["claim_dates"] = row[1]  # more than one: the sources disagree on when it happened


def map_points(connection: sqlite3.Connection, counts: list[tuple[str, str, int, str]]) -> list[dict[str, Any]]:
    """Joins (place id, type, events, first event) counts with the places' names and coordinates."""
    place_ids = sorted({place for place, _, _, _ in counts})
    places: dict[str, sqlite3.Row] = {}
    for chunk in range(0, len(place_ids), 500):
        part = place_ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for row in connection.execute(f"SELECT id, name, lat, lon FROM place WHERE id IN ({marks})", part):
            places[row["id"]] = row
    return [
        {"id": place, "name": places[place]["name"], "lat": places[place]["lat"], "lon": places[place]["lon"],
         "type": event_type, "n": n, "first_event": first}
        for place, event_type, n, first in counts
        if place in places
    ]  # fmt: skip


def event_row(connection: sqlite3.Connection, event_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = connection.execute("SELECT * FROM event WHERE id = ?", (event_id,)).fetchone()
    return row


def load_event(connection: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """The stable event record plus what the page shows beside it (claim places, per-claim actors)."""
    row = event_row(connection, event_id)
    if row is None:
        return None
    record = event_record(connection, row)
    claim_ids = [claim["id"] for claim in record["claims"]]
    if claim_ids:
        marks = ",".join("?" * len(claim_ids))
        extra = {
            r["id"]: r
            for r in connection.execute(
                f"SELECT c.id, c.trigger_start, c.trigger_end, c.type, p.name AS place_name, p.lat, p.lon, "
                f"c.place_precision, d.source_id, d.title FROM claim c JOIN document d ON d.id = c.document_id "
                f"LEFT JOIN place p ON p.id = c.place_id WHERE c.id IN ({marks})",
                claim_ids,
            )
        }
        participants: dict[str, dict[str, list[str]]] = {cid: {"actor": [], "recipient": []} for cid in claim_ids}
        for r in connection.execute(
            f"SELECT claim_id, role, name FROM claim_actor WHERE claim_id IN ({marks}) ORDER BY position", claim_ids
        ):
            participants[r["claim_id"]].setdefault(r["role"], []).append(r["name"])
        for claim in record["claims"]:
            info = extra[claim["id"]]
            claim.update({key: info[key] for key in info.keys() if key != "id"})  # noqa: SIM118 (a Row iterates values)
            claim["actors"] = participants[claim["id"]]["actor"]
            claim["recipients"] = participants[claim["id"]]["recipient"]
            claim["figures"] = [f for f in record["figures"] if f["claim_id"] == claim["id"]]
    return record


def document_context(
    connection: sqlite3.Connection, document_id: str, start: int, end: int, *, sentences: int = 1
) -> tuple[str, int]:
    """The text of the sentence span ``start..end`` plus ``sentences`` sentences either side; and its offset."""
    bounds = connection.execute(
        "SELECT min(start), max(end) FROM sentence WHERE document_id = ? AND idx BETWEEN "
        "(SELECT coalesce(min(idx), 0) - ? FROM sentence WHERE document_id = ? AND end > ?) AND "
        "(SELECT coalesce(max(idx), 0) + ? FROM sentence WHERE document_id = ? AND start < ?)",
        (document_id, sentences, document_id, start, sentences, document_id, end),
    ).fetchone()
    lo = min(bounds[0], start) if bounds[0] is not None else max(0, start - 300)
    hi = max(bounds[1], end) if bounds[1] is not None else end + 300
    row = connection.execute("SELECT substr(text, ?, ?) FROM document WHERE id = ?", (lo + 1, hi - lo, document_id))
    found = row.fetchone()
    return (found[0] if found else ""), lo


def spans_in(connection: sqlite3.Connection, table: str, document_id: str, start: int, end: int) -> list[sqlite3.Row]:
    """Rows of ``table`` (framing, reference, timex, toponym, mention: a fixed internal choice) inside a window."""
    if table not in {"framing", "reference", "timex", "toponym", "mention"}:
        raise ValueError(
            f"spans_in cannot read table {table!r}; use one of framing, reference, timex, toponym, mention"
        )
    return connection.execute(
        f"SELECT * FROM {table} WHERE document_id = ? AND start >= ? AND end <= ? ORDER BY start",
        (document_id, start, end),
    ).fetchall()


def list_sources(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in connection.execute(
            "SELECT s.id, s.name, s.publisher, s.affiliation, "
            "(SELECT count(*) FROM document d WHERE d.source_id = s.id) AS documents FROM source s ORDER BY s.name"
        )
    ]


def source_profile(connection: sqlite3.Connection, source_key: str, *, limit: int = 50) -> dict[str, Any] | None:
    """A source's metadata, its documents, what kinds of events it reports, its framing and what it cites."""
    row = connection.execute(
        "SELECT * FROM source WHERE id = ? OR name = ? LIMIT 1", (source_key, source_key)
    ).fetchone()
    if row is None:
        return None
    sid = row["id"]
    documents = [
        dict(r)
        for r in connection.execute(
            "SELECT id, title, author, published, url, language, affiliation, word_count FROM document "
            "WHERE source_id = ? ORDER BY published, id LIMIT ?",
            (sid, limit),
        )
    ]
    document_count = connection.execute("SELECT count(*) FROM document WHERE source_id = ?", (sid,)).fetchone()[0]
    types = Counter(
        {
            r[0]: r[1]
            for r in connection.execute(
                "SELECT c.type, count(*) FROM claim c JOIN document d ON d.id = c.document_id WHERE d.source_id = ? "
                "GROUP BY c.type",
                (sid,),
            )
        }
    )
    modalities = {
        r[0]: r[1]
        for r in connection.execute(
            "SELECT c.modality, count(*) FROM claim c JOIN document d ON d.id = c.document_id "
            "WHERE d.source_id = ? GROUP BY c.modality",
            (sid,),
        )
    }
    techniques = [
        {"technique": r[0], "count": r[1]}
        for r in connection.execute(
            "SELECT f.technique, count(*) n FROM framing f JOIN document d ON d.id = f.document_id "
            "WHERE d.source_id = ? GROUP BY f.technique ORDER BY n DESC",
            (sid,),
        )
    ]
    framing = connection.execute(
        "SELECT f.* FROM framing f JOIN document d ON d.id = f.document_id WHERE d.source_id = ? "
        "ORDER BY f.document_id, f.start LIMIT ?",
        (sid, limit),
    ).fetchall()
    references = [
        dict(r)
        for r in connection.execute(
            "SELECT r.id, r.document_id, r.text, r.kind, r.csl, "
            "(SELECT count(*) FROM claim_reference cr WHERE cr.reference_id = r.id) AS claims "
            "FROM reference r JOIN document d ON d.id = r.document_id WHERE d.source_id = ? "
            "ORDER BY r.document_id, r.start LIMIT ?",
            (sid, limit),
        )
    ]
    return {
        "source": dict(row),
        "documents": documents,
        "document_count": document_count,
        "types": types.most_common(),
        "claims": sum(types.values()),
        "modalities": modalities,
        "techniques": techniques,
        "framing": framing,
        "references": references,
    }


def resolve_sources(connection: sqlite3.Connection, keys: list[str]) -> list[dict[str, Any]]:
    """Sources named by id or name, in the order given; unknown keys are skipped."""
    found: list[dict[str, Any]] = []
    for key in keys:
        row = connection.execute("SELECT id, name, affiliation FROM source WHERE id = ? OR name = ?", (key, key))
        hit = row.fetchone()
        if hit is not None and all(hit["id"] != s["id"] for s in found):
            found.append(dict(hit))
    return found


def reviews_of(connection: sqlite3.Connection, target_table: str, target_id: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in connection.execute(
            "SELECT * FROM review WHERE target_table = ? AND target_id = ? ORDER BY id", (target_table, target_id)
        )
    ]
