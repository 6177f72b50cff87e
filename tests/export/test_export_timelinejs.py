"""timelinejs: valid TimelineJS JSON, uncertain dates as ranges, untrusted source text escaped."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from annalist import api
from annalist.export.timelinejs import TimelineJsExporter
from annalist.store.database import Store

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "timelinejs.schema.json").read_text())


def timeline(store: Store, exporter: TimelineJsExporter | None = None) -> dict[str, Any]:
    buffer = io.StringIO()
    if exporter is None:
        api.export(store, "timelinejs", buffer)
    else:
        exporter.write(store, buffer)
    document: dict[str, Any] = json.loads(buffer.getvalue())
    return document


def test_timeline_validates_against_the_schema(export_store: Store) -> None:
    document = timeline(export_store)
    jsonschema.validate(document, SCHEMA)
    # the battle (reported by two sources) and the shelling are dated; the hypothetical truce is not
    assert len(document["events"]) == 2
    assert len({slide["unique_id"] for slide in document["events"]}) == 2


def test_month_precision_becomes_a_range_and_a_day_stays_a_point(export_store: Store) -> None:
    slides = {slide["text"]["headline"].split(":")[0]: slide for slide in timeline(export_store)["events"]}
    battle, shelling = slides["Mujahedin-e Khalq (MEK)"], slides["Iraqi armed forces"]
    assert battle["start_date"] == {"year": 1988, "month": 7, "day": 25} and "end_date" not in battle
    assert shelling["start_date"] == {"year": 1988, "month": 7, "day": 1}
    assert shelling["end_date"] == {"year": 1988, "month": 7, "day": 31}
    assert shelling["display_date"] == "July 1988"


def test_source_html_is_escaped_and_every_claim_shown(export_store: Store) -> None:
    battle = next(s for s in timeline(export_store)["events"] if "MEK" in s["text"]["headline"])
    body = battle["text"]["text"]
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert body.count("<blockquote>") == 2  # one quote per source
    assert "Deaths: 40–1200" in body


@pytest.mark.parametrize(
    ("group_by", "expected"), [("actor", "Iraqi armed forces"), ("source", "Demo Daily"), ("type", "ASSAULT")]
)
def test_groups(export_store: Store, group_by: str, expected: str) -> None:
    groups = {slide["group"] for slide in timeline(export_store, TimelineJsExporter(group_by=group_by))["events"]}
    assert expected in groups


def test_unknown_grouping_is_refused() -> None:
    with pytest.raises(ValueError, match="grouping"):
        TimelineJsExporter(group_by="colour")
