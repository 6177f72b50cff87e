"""csl-json: cited works Zotero can import, each noting the claims that cite it."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema

from annalist import api
from annalist.export.csl_json import csl_item
from annalist.store.database import Store

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "csl-data.schema.json").read_text())


def items(store: Store) -> list[dict[str, Any]]:
    buffer = io.StringIO()
    count = api.export(store, "csl-json", buffer)
    parsed: list[dict[str, Any]] = json.loads(buffer.getvalue())
    assert count == len(parsed)
    return parsed


def test_csl_json_validates_and_keeps_the_parsed_work(export_store: Store) -> None:
    parsed = items(export_store)
    jsonschema.validate(parsed, SCHEMA)
    assert len(parsed) == 1
    book = parsed[0]
    assert (book["type"], book["title"], book["issued"]) == ("book", "The Iranian Mojahedin", {"date-parts": [[1989]]})
    assert book["author"] == [{"family": "Abrahamian", "given": "Ervand"}]
    assert "parser-score" not in book


def test_note_names_the_claim_that_cites_the_work(export_store: Store) -> None:
    note = items(export_store)[0]["note"]
    assert "Cited as: (Abrahamian, 1989)" in note
    assert "Demo Wire" in note and "Fighters of the MEK took Kerend" in note
    claim_id = export_store.connection.execute("SELECT claim_id FROM claim_reference").fetchone()[0]
    assert claim_id in note


def test_unknown_type_falls_back_to_document_and_odd_values_are_dropped() -> None:
    item = csl_item({"type": "tweet", "title": "x", "author": "not a list", "volume": 3, "pages": "1-2"}, "r1")
    assert item == {"id": "r1", "type": "document", "title": "x", "volume": "3"}
    jsonschema.validate([item], SCHEMA)


def test_same_work_cited_twice_is_one_item(export_store: Store) -> None:
    connection = export_store.connection
    row = dict(connection.execute("SELECT * FROM reference").fetchone())
    row.update(id="rf-second", start=row["start"] + 1)
    connection.execute(
        f"INSERT INTO reference ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    parsed = items(export_store)
    assert len(parsed) == 1 and "rf-second" in parsed[0]["note"]
