"""acled-csv and ucdp-csv: the columns, codes and tolls analysts load into their ACLED/UCDP workflows."""

from __future__ import annotations

import csv
import io

from annalist import api
from annalist.export.acled_csv import COLUMNS as ACLED_COLUMNS
from annalist.export.ucdp_csv import COLUMNS as UCDP_COLUMNS
from annalist.store.database import Store


def export_rows(store: Store, fmt: str) -> tuple[list[str], list[dict[str, str]]]:
    buffer = io.StringIO()
    count = api.export(store, fmt, buffer)
    reader = csv.DictReader(io.StringIO(buffer.getvalue()))
    rows = list(reader)
    assert count == len(rows)
    return list(reader.fieldnames or []), rows


def by_sub_event(rows: list[dict[str, str]], key: str) -> dict[str, dict[str, str]]:
    return {row[key]: row for row in rows}


def test_acled_csv_has_acleds_columns_in_order(export_store: Store) -> None:
    header, _ = export_rows(export_store, "acled-csv")
    assert header == list(ACLED_COLUMNS)
    assert header[:4] == ["event_id_cnty", "event_date", "year", "time_precision"]


def test_acled_csv_codes_the_battle_both_sources_report(export_store: Store) -> None:
    _, rows = export_rows(export_store, "acled-csv")
    # the hypothetical truce is no ACLED event; the battle and the shelling are
    assert len(rows) == 2
    battle = by_sub_event(rows, "sub_event_type")["Non-state actor overtakes territory"]
    assert battle["event_id_cnty"].startswith("IRN")
    assert (battle["event_date"], battle["year"], battle["time_precision"]) == ("1988-07-25", "1988", "1")
    assert battle["disorder_type"] == "Political violence"
    assert (battle["actor1"], battle["inter1"]) == ("Mujahedin-e Khalq (MEK)", "2")
    assert (battle["actor2"], battle["inter2"], battle["interaction"]) == ("Iranian armed forces", "1", "12")
    assert (battle["iso"], battle["country"], battle["region"]) == ("364", "Iran", "Middle East")
    assert (battle["location"], battle["geo_precision"]) == ("Kerend-e Gharb", "1")
    assert float(battle["latitude"]) == 34.2834 and float(battle["longitude"]) == 46.2412
    assert battle["fatalities"] == "40"  # ACLED keeps the most conservative report
    assert "Demo Wire 40" in battle["notes"] and "Demo Daily 1200" in battle["notes"]
    assert set(battle["source"].split("; ")) == {"Demo Wire", "Demo Daily"}
    assert int(battle["timestamp"]) > 0


def test_acled_csv_codes_foreign_forces_shelling_civilians(export_store: Store) -> None:
    _, rows = export_rows(export_store, "acled-csv")
    attack = by_sub_event(rows, "sub_event_type")["Attack"]
    assert (attack["inter1"], attack["inter2"], attack["interaction"]) == ("8", "7", "78")
    assert attack["civilian_targeting"] == "Civilian targeting"
    # known only to the month: coded to its middle with precision 3
    assert (attack["event_date"], attack["time_precision"]) == ("1988-07-16", "3")
    assert attack["geo_precision"] == "3"
    assert "date_precision=month" in attack["tags"]


def test_ucdp_csv_keeps_low_best_high_and_date_range(export_store: Store) -> None:
    header, rows = export_rows(export_store, "ucdp-csv")
    assert header == list(UCDP_COLUMNS)
    assert len(rows) == 2
    battle = next(row for row in rows if row["side_a"] == "Iranian armed forces")  # the state is side A
    assert battle["side_b"] == "Mujahedin-e Khalq (MEK)"
    assert (battle["type_of_violence"], battle["number_of_sources"]) == ("1", "2")
    assert (battle["low"], battle["best"], battle["high"]) == ("40", "40", "1200")
    assert (battle["date_prec"], battle["where_prec"]) == ("1", "1")
    assert battle["geom_wkt"] == "POINT (46.2412 34.2834)"
    shelling = next(row for row in rows if row["side_a"] == "Iraqi armed forces")
    assert (shelling["type_of_violence"], shelling["side_b"]) == ("3", "Civilians")
    assert (shelling["date_start"], shelling["date_end"], shelling["date_prec"]) == ("1988-07-01", "1988-07-31", "4")
    assert shelling["where_prec"] == "4"
    assert (shelling["best"], shelling["low"], shelling["high"]) == ("0", "0", "0")


def test_csv_exports_of_an_empty_store_have_only_the_header(store: Store) -> None:
    for fmt, columns in (("acled-csv", ACLED_COLUMNS), ("ucdp-csv", UCDP_COLUMNS)):
        header, rows = export_rows(store, fmt)
        assert header == list(columns) and rows == []


def test_formula_in_source_text_is_not_run_by_spreadsheets(export_store: Store) -> None:
    export_store.connection.execute("UPDATE claim_actor SET name = '=HYPERLINK(\"http://x\")' WHERE entity_id = 'mek'")
    for fmt, column in (("acled-csv", "actor1"), ("ucdp-csv", "side_b")):
        _, rows = export_rows(export_store, fmt)
        names = {row[column] for row in rows}
        assert '\'=HYPERLINK("http://x")' in names, fmt
        assert not any(name.startswith("=") for name in names)
    _, rows = export_rows(export_store, "acled-csv")
    assert all(float(row["longitude"]) > 0 for row in rows)  # numbers are untouched
