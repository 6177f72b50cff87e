"""Readers: each input kind gives its text and metadata; each bad input is reported with file, row and reason."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from annalist.ingest.collect import read_all
from annalist.ingest.errors import Rejection
from annalist.ingest.readers import SourceText

MB = 1_000_000


def read(path: Path, max_bytes: int = 20 * MB) -> list[SourceText | Rejection]:
    return list(read_all([path], max_bytes=max_bytes))


def only_text(results: list[SourceText | Rejection]) -> SourceText:
    assert len(results) == 1 and isinstance(results[0], SourceText), results
    return results[0]


def only_rejection(results: list[SourceText | Rejection]) -> Rejection:
    assert len(results) == 1 and isinstance(results[0], Rejection), results
    return results[0]


def test_plain_text_keeps_its_words(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Shelling hit the market town at dawn.\n", encoding="utf-8")
    assert only_text(read(path)).text.startswith("Shelling hit the market town")


def test_markdown_front_matter_becomes_metadata(tmp_path: Path) -> None:
    path = tmp_path / "account.md"
    path.write_text(
        "---\nsource: Field Notes\npublished: 1988-08-02\n---\n# A title\nBody text here.\n", encoding="utf-8"
    )
    item = only_text(read(path))
    assert item.metadata["source"] == "Field Notes"
    assert item.metadata["published"] == "1988-08-02"
    assert item.metadata["title"] == "A title"
    assert "source:" not in item.text


def test_html_main_text_without_scripts_and_with_author(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Border clash</title><meta name='author' content='Rana Writer'></head><body>"
        "<nav>Home | About | Contact</nav><article><h1>Border clash</h1>"
        "<p>Troops exchanged artillery fire across the river for most of the night, witnesses said.</p>"
        "<p>Villagers fled towards the provincial capital as the shelling went on until morning.</p>"
        "</article><script>alert('x')</script></body></html>",
        encoding="utf-8",
    )
    item = only_text(read(path))
    assert "artillery fire" in item.text
    assert "alert" not in item.text
    assert item.metadata["author"] == "Rana Writer"


def test_pdf_text_is_extracted(tmp_path: Path, pdf_bytes: Callable[[str], bytes]) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(pdf_bytes("The convoy reached the pass on Tuesday."))
    assert "convoy reached the pass" in only_text(read(path)).text


def test_corpus_rows_keep_metadata_and_row_without_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"text": "First dispatch about the ceasefire.", "title": "One", "date": "1988-08-20", "desk": "Gulf"},
        {"title": "no text here"},
        {"text": "Third dispatch.", "source": "Agency B"},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n{broken json\n", encoding="utf-8")
    results = read(path)
    texts = [r for r in results if isinstance(r, SourceText)]
    rejections = [r for r in results if isinstance(r, Rejection)]
    assert [t.row for t in texts] == [1, 3]
    assert texts[0].metadata["published"] == "1988-08-20"
    assert texts[0].metadata["extra"] == {"desk": "Gulf"}
    assert texts[1].metadata["source"] == "Agency B"
    assert [(r.row, r.reason) for r in rejections] == [(2, "row has no text"), (4, rejections[1].reason)]
    assert "malformed JSON" in rejections[1].reason


def test_csv_and_parquet_corpora(tmp_path: Path) -> None:
    csv_path = tmp_path / "c.csv"
    csv_path.write_text('text,title\n"Raid on the depot, at night.",Raid\n,empty\n', encoding="utf-8")
    results = read(csv_path)
    assert isinstance(results[0], SourceText) and results[0].metadata["title"] == "Raid"
    assert isinstance(results[1], Rejection) and results[1].row == 2
    parquet_path = tmp_path / "c.parquet"
    pq.write_table(
        pa.table({"text": ["Talks resumed in Geneva.", None], "url": ["http://example.org/a", None]}), parquet_path
    )
    results = read(parquet_path)
    assert isinstance(results[0], SourceText) and results[0].metadata["url"] == "http://example.org/a"
    assert isinstance(results[1], Rejection) and results[1].row == 2


def test_corpus_without_text_column_is_rejected_whole(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("body,title\nsomething,else\n", encoding="utf-8")
    assert "no 'text' column" in only_rejection(read(path)).reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blob.txt", bytes(range(256)) * 40, "binary content"),
        ("bad.pdf", b"%PDF-1.4\nthis is not really a pdf\n%%EOF", "PDF"),
        ("bad.html", b"<html><body><div><script>var a = 1;</script></div></body></html>", "no main text"),
        ("table.xlsx", b"PK\x03\x04 zipped", "unsupported file type"),
    ],
)
def test_bad_files_are_reported_with_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    rejection = only_rejection(read(path))
    assert rejection.path == str(path)
    assert reason in rejection.reason
    assert rejection.advice


def test_invalid_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Les troupes sont entrées à Kerend après le bombardement de la ville.".encode("cp1252"))
    item = only_text(read(path))
    assert "entrées à Kerend" in item.text
    assert item.warning and "not valid UTF-8" in item.warning


def test_huge_file_is_rejected_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * MB)  # sparse: 50 MB on paper, nothing written
    rejection = only_rejection(read(path, max_bytes=20 * MB))
    assert "50.0 MB" in rejection.reason and "--max-mb" in rejection.advice


def test_folder_with_unreadable_entries_reports_them_and_reads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text("An airstrike hit the bridge.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("secret", encoding="utf-8")
    os.symlink(tmp_path / "missing-target.txt", tmp_path / "dangling.txt")
    real_read_bytes = Path.read_bytes

    def refuse_locked(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse_locked)
    results = read(tmp_path)
    texts = [r for r in results if isinstance(r, SourceText)]
    reasons = {Path(r.path).name: r.reason for r in results if isinstance(r, Rejection)}
    assert [Path(t.origin).name for t in texts] == ["good.txt"]
    assert "permission denied" in reasons["locked.txt"]
    assert "cannot be read" in reasons["dangling.txt"]
