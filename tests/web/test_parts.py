"""The pure parts behind the pages: highlighting segments, map clustering, the facet index, timeline layout."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from annalist.web.clusters import cluster_points
from annalist.web.highlight import Span, segments
from annalist.web.index import EventFilter, EventIndex
from annalist.web.timeline import layout, parse_day, zoom_windows


def test_segments_rebuild_the_text_and_carry_overlapping_classes() -> None:
    text = "Troops shelled the town at dawn."
    offset = 100
    spans = [
        Span(100, 100 + len(text), "claim-sentence"),
        Span(107, 114, "trigger", "trigger: ASSAULT"),
        Span(111, 121, "framing"),
    ]
    parts = segments(text, offset, spans)
    assert "".join(part.text for part in parts) == text
    assert [(part.text, part.css) for part in parts] == [
        ("Troops ", "claim-sentence"),
        ("shel", "claim-sentence trigger"),
        ("led", "claim-sentence trigger framing"),
        (" the to", "claim-sentence framing"),
        ("wn at dawn.", "claim-sentence"),
    ]
    assert parts[1].title == "trigger: ASSAULT"


def test_segments_clip_spans_outside_the_window_and_skip_empty_ones() -> None:
    parts = segments("abcdef", 10, [Span(0, 12, "a"), Span(14, 40, "b"), Span(12, 12, "empty"), Span(50, 60, "far")])
    assert [(p.text, p.css) for p in parts] == [("ab", "a"), ("cd", ""), ("ef", "b")]


def test_segments_never_interpret_markup() -> None:
    parts = segments("<script>x</script>", 0, [Span(0, 8, "framing")])
    assert parts[0].text == "<script>"  # left as text; the template's autoescape turns it into &lt;script&gt;


def _point(place: str, lat: float, lon: float, event_type: str, n: int) -> dict[str, object]:
    return {"id": place, "name": place, "lat": lat, "lon": lon, "type": event_type, "n": n, "first_event": f"e-{place}"}


def test_clusters_merge_nearby_places_when_zoomed_out_and_split_when_zoomed_in() -> None:
    points = [
        _point("a", 34.30, 46.20, "ASSAULT", 3),
        _point("b", 34.31, 46.21, "PROTEST", 1),
        _point("c", 10.0, 10.0, "AID", 1),
    ]
    far = cluster_points(points, zoom=2)
    assert sorted(m["count"] for m in far) == [1, 4]
    merged = next(m for m in far if m["count"] == 4)
    assert merged["type"] == "ASSAULT" and merged["types"] == {"ASSAULT": 3, "PROTEST": 1}
    assert merged["event_id"] is None
    near = cluster_points(points, zoom=16)
    assert len(near) == 3
    single = next(m for m in near if m["places"][0]["id"] == "b")
    assert single["event_id"] == "e-b"


@pytest.fixture(scope="module")
def index(web_store: Path) -> EventIndex:
    with sqlite3.connect(web_store) as connection:
        return EventIndex(connection)


def test_index_counts_match_sql(index: EventIndex, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        per_type = dict(connection.execute("SELECT type, count(*) FROM event GROUP BY type").fetchall())
        in_1985 = connection.execute(
            "SELECT count(*) FROM event WHERE date_start <= '1985-12-31' AND date_end >= '1985-01-01'"
        ).fetchone()[0]
    facets = index.facets(index.mask(EventFilter()))
    assert {item["value"]: item["count"] for item in facets["type"]} == dict(
        sorted(per_type.items(), key=lambda kv: -kv[1])[:12]
    )
    assert int(index.mask(EventFilter(date_from="1985", date_to="1985")).sum()) == in_1985


def test_index_filters_combine_and_unknown_values_match_nothing(index: EventIndex) -> None:
    everything = index.mask(EventFilter())
    assaults = index.mask(EventFilter(type="assault"))
    both = index.mask(EventFilter(type="ASSAULT", actor="Government of Iraq"))
    assert 0 < both.sum() < assaults.sum() < everything.sum()
    assert index.mask(EventFilter(actor="nobody at all")).sum() == 0
    assert index.mask(EventFilter(place="x:nowhere")).sum() == 0


def test_index_lists_events_in_date_order(index: EventIndex, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        first_ten = [row[0] for row in connection.execute("SELECT id FROM event ORDER BY date_start, id LIMIT 10")]
    assert index.select(index.mask(EventFilter()), limit=10) == first_ten


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("1988", False, date(1988, 1, 1)),
        ("1988", True, date(1988, 12, 31)),
        ("1988-02", True, date(1988, 2, 29)),
        ("1988-07-25", False, date(1988, 7, 25)),
        ("25 July", False, None),
        ("", False, None),
    ],
)
def test_parse_day_reads_prefixes(value: str, end: bool, expected: date | None) -> None:
    assert parse_day(value, end=end) == expected


def test_layout_draws_uncertain_dates_as_ranges_in_each_actors_lane() -> None:
    events = [
        {"id": "e1", "type": "ASSAULT", "date_start": "1988-07-25", "date_end": "1988-07-25", "actors": ["A", "B"]},
        {"id": "e2", "type": "RETREAT", "date_start": "1988-07-01", "date_end": "1988-07-31", "actors": ["A"]},
        {"id": "e3", "type": "AID", "date_start": None, "date_end": None, "actors": ["A"]},
    ]
    drawn = layout(events, date(1988, 7, 1), date(1988, 7, 31), "actor")
    lanes = {lane.label: lane for lane in drawn.lanes}
    assert [m.event_id for m in lanes["A"].marks] == ["e1", "e2"]  # undated e3 is not on a timeline
    assert [m.event_id for m in lanes["B"].marks] == ["e1"]
    point, month = lanes["A"].marks
    assert not point.is_range and month.is_range and month.width > 900


def test_zoom_in_halves_the_window_around_its_middle() -> None:
    windows = zoom_windows(date(1988, 1, 1), date(1988, 12, 31))
    start, end = (date.fromisoformat(day) for day in windows["in"])
    assert start > date(1988, 1, 1) and end < date(1988, 12, 31)
    assert 170 <= (end - start).days <= 190


def test_index_is_rebuilt_when_the_store_changes(tmp_path: Path) -> None:
    from annalist.store.database import open_store
    from annalist.web.index import event_index
    from annalist.web.sample import generate_sample_store

    path = tmp_path / "changing.db"
    with open_store(path) as store:
        generate_sample_store(store.connection, 10, places=3)
    reader = sqlite3.connect(path)
    first = event_index(reader, str(path))
    assert event_index(reader, str(path)) is first  # unchanged store: the same index
    with open_store(path) as store:
        store.connection.execute(
            "INSERT INTO event (id, type, date_start, confidence, origin) VALUES ('evt-new', 'AID', '1990-01-01', 1, 'x')"
        )
    again = event_index(reader, str(path))
    reader.close()
    assert len(again) == len(first) + 1 and again.ids[-1] == "evt-new"
