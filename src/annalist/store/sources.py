"""Source profiles from the store: who published, on which side, what it cites, how much it rests on references,
how densely it frames."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from annalist.sources.profiles import PublisherTable


def _one(connection: sqlite3.Connection, query: str, params: tuple[Any, ...]) -> int:
    return int(connection.execute(query, params).fetchone()[0])


def source_profiles(connection: sqlite3.Connection, table: PublisherTable | None = None) -> list[dict[str, Any]]:
    """One profile per source, each with its documents' profiles."""
    table = table or PublisherTable()
    profiles = []
    for source in connection.execute("SELECT * FROM source ORDER BY name").fetchall():
        known = table.lookup(source["publisher"]) or table.lookup(source["name"])
        documents = [
            _document_profile(connection, row, table)
            for row in connection.execute(
                "SELECT id, title, published, affiliation, word_count, origin FROM document WHERE source_id = ? "
                "ORDER BY published, id",
                (source["id"],),
            ).fetchall()
        ]
        words = sum(d["words"] for d in documents) or 1
        claims = sum(d["claims"] for d in documents)
        referenced = sum(d["claims_with_reference"] for d in documents)
        techniques: Counter[str] = Counter()
        cited: dict[str, str | None] = {}
        for document in documents:
            techniques.update(document["framing_techniques"])
            cited.update(document["cited_publishers"])
        profiles.append(
            {
                "id": source["id"],
                "name": source["name"],
                "publisher": source["publisher"] or (known.name if known else None),
                # the user's label wins; the publisher table fills in when none was given
                "affiliation": source["affiliation"] or (known.affiliation if known else None),
                "affiliation_from": "user" if source["affiliation"] else ("publisher table" if known else None),
                "documents": len(documents),
                "words": words,
                "claims": claims,
                "claims_with_reference": referenced,
                "referenced_share": referenced / claims if claims else 0.0,
                "references": sum(d["references"] for d in documents),
                "cited_statements": sum(d["cited_statements"] for d in documents),
                "cited_publishers": cited,
                "framing_spans": sum(d["framing_spans"] for d in documents),
                "framing_per_1000_words": 1000 * sum(d["framing_spans"] for d in documents) / words,
                "framing_techniques": dict(techniques.most_common()),
                "document_profiles": documents,
            }
        )
    return profiles


def _document_profile(connection: sqlite3.Connection, document: sqlite3.Row, table: PublisherTable) -> dict[str, Any]:
    identifier = document["id"]
    cited: dict[str, str | None] = {}
    for (csl_text,) in connection.execute("SELECT csl FROM reference WHERE document_id = ?", (identifier,)):
        csl = json.loads(csl_text)
        name = csl.get("publisher") or csl.get("container-title")
        if name:
            entry = table.lookup(str(name))
            cited[str(name)] = entry.affiliation if entry else None
    techniques = dict(
        connection.execute(
            "SELECT technique, COUNT(*) FROM framing WHERE document_id = ? GROUP BY technique ORDER BY 2 DESC",
            (identifier,),
        ).fetchall()
    )
    framing = sum(techniques.values())
    return {
        "id": identifier,
        "title": document["title"],
        "published": document["published"],
        "origin": document["origin"],
        "words": document["word_count"],
        "claims": _one(connection, "SELECT COUNT(*) FROM claim WHERE document_id = ?", (identifier,)),
        "claims_with_reference": _one(
            connection,
            "SELECT COUNT(DISTINCT cr.claim_id) FROM claim_reference cr JOIN claim c ON c.id = cr.claim_id "
            "WHERE c.document_id = ?",
            (identifier,),
        ),
        "references": _one(connection, "SELECT COUNT(*) FROM reference WHERE document_id = ?", (identifier,)),
        # cited sentences that report no event: quotations, assertions, predictions, beliefs, proposals
        "cited_statements": _one(connection, "SELECT COUNT(*) FROM statement WHERE document_id = ?", (identifier,)),
        "cited_publishers": cited,
        "framing_spans": framing,
        "framing_per_1000_words": 1000 * framing / max(1, document["word_count"]),
        "framing_techniques": techniques,
    }
