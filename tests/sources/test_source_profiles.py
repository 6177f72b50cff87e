"""Publisher table and per-document source profiles."""

from __future__ import annotations

from pathlib import Path

from annalist.records import Extractor, FramingSpan, Reference
from annalist.sources.profiles import PublisherTable, profile_document


def test_publisher_aliases_and_user_rows(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("Harbour Press\tindependent\tGB\tHarbour\n", encoding="utf-8")
    table = PublisherTable([extra])
    assert table.lookup("the irna").affiliation == "state"  # type: ignore[union-attr]
    assert table.lookup("Harbour").name == "Harbour Press"  # type: ignore[union-attr]
    assert table.lookup("Unknown House") is None


def test_profile_counts_references_and_framing() -> None:
    extractor = Extractor("test", "0")
    reference = Reference(0, 5, "x", "parenthetical", {"publisher": "Kayhan"}, extractor)
    framing = [FramingSpan(0, 3, "vile", "Loaded_Language", None, extractor)]
    profile = profile_document("word " * 500, [reference], [], [], framing, affiliation="user label")
    assert profile.affiliation == "user label"
    assert profile.cited_publishers == {"Kayhan": "state-affiliated"}
    assert profile.framing_per_1000_words == 2.0
    assert profile.referenced_share == 0.0
