"""parquet: one typed row per claim with its event's columns, read back with pyarrow."""

from __future__ import annotations

import datetime
import io

import pyarrow as pa
import pyarrow.parquet as pq

from annalist import api
from annalist.export.parquet import arrow_schema
from annalist.store.database import Store


def read_back(store: Store) -> pa.Table:
    buffer = io.BytesIO()
    count = api.export(store, "parquet", buffer)
    table = pq.read_table(io.BytesIO(buffer.getvalue()))
    assert count == table.num_rows
    return table


def test_parquet_has_the_explicit_schema_and_one_row_per_claim(export_store: Store) -> None:
    table = read_back(export_store)
    assert table.schema.equals(arrow_schema())
    assert table.num_rows == 4
    assert table.schema.field("event_date_start").type == pa.date32()
    assert table.schema.field("latitude").type == pa.float64()


def test_claims_of_one_event_carry_its_columns_and_their_own_figures(export_store: Store) -> None:
    rows = read_back(export_store).to_pylist()
    battle = sorted((row for row in rows if row["event_claim_count"] == 2), key=lambda row: row["source"])
    assert [row["source"] for row in battle] == ["Demo Daily", "Demo Wire"]
    assert battle[0]["event_id"] == battle[1]["event_id"]
    assert [row["dead_best"] for row in battle] == [1200.0, 40.0]
    wire = battle[1]
    assert wire["event_date_start"] == datetime.date(1988, 7, 25)
    assert (wire["place_name"], wire["geonames_id"], wire["country"]) == ("Kerend-e Gharb", 127319, "IR")
    assert wire["actors"] == "Mujahedin-e Khalq (MEK)" and wire["recipients"] == "Iranian armed forces"
    assert wire["reference_ids"] and wire["reference_ids"].startswith("rf-")
    assert wire["sentence"] == wire["sentence"].strip() and wire["start"] < wire["end"]
    truce = next(row for row in rows if row["event_type"] == "AGREE")
    assert truce["modality"] == "hypothetical" and truce["event_date_start"] is None and truce["dead_best"] is None


def test_empty_store_writes_a_readable_file_with_the_schema(store: Store) -> None:
    table = read_back(store)
    assert table.num_rows == 0 and table.schema.equals(arrow_schema())
