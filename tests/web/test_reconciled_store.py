"""The event page on a store built the real way: ingest, then reconcile (stored comparisons and figures)."""

from __future__ import annotations

from pathlib import Path

from tests.web.conftest import Client

from annalist import api
from annalist.web.server import make_datasette


def test_event_page_shows_the_stored_comparison_and_the_claim_sentences(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "On 25 July 1988 the MEK captured Kerend-e Gharb in Kermanshah province, killing 40 soldiers.", encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        "On 26 July 1988 the MEK captured Kerend-e Gharb in Kermanshah province, killing 90 soldiers.", encoding="utf-8"
    )
    db = tmp_path / "store.db"
    with api.open_store(db) as store:
        api.ingest(store, [folder / "a.txt"], api.IngestOptions(source="Morning Desk"))
        api.ingest(store, [folder / "b.txt"], api.IngestOptions(source="Evening Desk"))
        merged = [event for event in api.events(store) if len(event["claims"]) == 2]
    assert merged, "the two reports of the capture are one event"
    page = Client(make_datasette(db)).get(f"/-/annalist/event/{merged[0]['id']}")
    assert page.status_code == 200
    assert page.text.count('class="claim-sentence"') >= 2  # each sentence, cut into pieces around inner marks
    assert "40 soldiers" in page.text and "90 soldiers" in page.text
    assert "contradict" in page.text  # the dates (and tolls) differ between the two desks
