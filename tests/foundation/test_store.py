"""The store: migrations, content-hash identity, one transaction per document, provenance on every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from annalist.ingest.job import IngestOptions, ingest, reanalyse
from annalist.store import migrations
from annalist.store.database import Store, open_store


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_new_store_is_wal_and_at_latest_schema(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert migrations.current_version(store.connection) == migrations.LATEST_VERSION


def test_older_store_is_upgraded_and_keeps_its_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.connection.execute("INSERT INTO source (id, name) VALUES ('src-1', 'Old Source')")
    later = (*migrations.MIGRATIONS, (99, "add a note column", "ALTER TABLE source ADD COLUMN note TEXT;"))
    monkeypatch.setattr(migrations, "MIGRATIONS", later)
    monkeypatch.setattr(migrations, "LATEST_VERSION", 99)
    with open_store(path) as store:
        assert migrations.current_version(store.connection) == 99
        row = store.connection.execute("SELECT name, note FROM source").fetchone()
        assert tuple(row) == ("Old Source", None)


def test_store_from_a_newer_annalist_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO schema_migrations VALUES (1000, 'future', 'later')")
    raw.commit()
    raw.close()
    with pytest.raises(migrations.StoreTooNew, match="upgrade annalist"):
        open_store(path)


def test_reingesting_is_a_noop_reported_as_unchanged(store: Store, annalist_nlp: Language, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "a.txt", "Iraqi aircraft bombed the refinery at Abadan on 20 July 1988.")
    first = ingest(store, annalist_nlp, [folder])
    second = ingest(store, annalist_nlp, [folder])
    assert len(first.stored) == 1 and first.unchanged == []
    assert second.stored == [] and second.unchanged == first.stored
    assert store.connection.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 1


def test_same_text_with_other_newlines_is_the_same_document(
    store: Store, annalist_nlp: Language, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write(folder, "unix.txt", "Line one.\nLine two.\n")
    (folder / "dos.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    report = ingest(store, annalist_nlp, [folder])
    assert len(report.stored) == 1 and len(report.unchanged) == 1


def test_every_row_keeps_document_span_and_extractor(store: Store, annalist_nlp: Language, tmp_path: Path) -> None:
    text = "Iranian troops recaptured Eslamabad-e Gharb on 29 July 1988, the governor in Kermanshah said."
    ingest(store, annalist_nlp, [write(tmp_path, "a.txt", text)], IngestOptions(source="Desk", affiliation="neutral"))
    connection = store.connection
    document = connection.execute("SELECT id, text, source_id, affiliation FROM document").fetchone()
    assert document["text"] == text and document["affiliation"] == "neutral"
    assert connection.execute("SELECT name FROM source").fetchone()[0] == "Desk"
    for table in ("mention", "timex", "toponym", "claim", "reference", "framing"):
        rows = connection.execute(f"SELECT * FROM {table}").fetchall()
        for row in rows:
            start, end = row["start"], row["end"]
            assert row["document_id"] == document["id"]
            assert 0 <= start < end <= len(text)
            assert text[start:end] == row["sentence" if table == "claim" else "text"]
            assert row["extractor"] and row["extractor_version"]
    assert connection.execute("SELECT COUNT(*) FROM mention").fetchone()[0] > 0


def test_reanalysis_runs_only_on_stale_documents(store: Store, annalist_nlp: Language, tmp_path: Path) -> None:
    ingest(store, annalist_nlp, [write(tmp_path, "a.txt", "Rebels shelled the town of Kerend on 25 July 1988.")])
    assert reanalyse(store, annalist_nlp) == 0
    store.connection.execute("UPDATE document SET analysed_version = 'older'")
    mentions_before = store.connection.execute("SELECT COUNT(*) FROM mention").fetchone()[0]
    assert reanalyse(store, annalist_nlp) == 1
    assert store.connection.execute("SELECT COUNT(*) FROM mention").fetchone()[0] == mentions_before


def test_a_failing_component_leaves_the_document_stored_with_a_warning(
    store: Store, annalist_nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    framing = annalist_nlp.get_pipe("annalist_framing")

    def broken(doc: object) -> None:
        raise ValueError("lexicon exploded")

    monkeypatch.setattr(framing, "run", broken)
    report = ingest(store, annalist_nlp, [write(tmp_path, "a.txt", "Guards attacked the protesters in the square.")])
    assert len(report.stored) == 1
    assert any("annalist_framing" in warning and "lexicon exploded" in warning for warning in report.warnings)
