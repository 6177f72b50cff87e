"""Built-in readers: plain text, Markdown, HTML, PDF and corpus files (JSONL, CSV, Parquet).

A reader turns one path into source texts (one per document) or rejections (one per bad input). Readers are
registered through the ``annalist_readers`` hook, the same way a user's own reader would be.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from annalist.ingest.errors import InputRejected, Rejection
from annalist.ingest.text import decode

# Corpus columns that become document metadata (anything else is kept under "extra").
METADATA_COLUMNS = ("title", "author", "published", "url", "language", "source", "affiliation", "publisher")
_DATE_ALIASES = ("published", "date", "publish_date", "pub_date")


@dataclass(slots=True)
class SourceText:
    """Text read from an input, before normalisation, with whatever metadata the input carried."""

    text: str
    origin: str
    row: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    warning: str | None = None


ReadResult = SourceText | Rejection


class Reader(Protocol):
    """Reads one kind of file."""

    suffixes: tuple[str, ...]

    def read(self, path: Path) -> Iterator[ReadResult]: ...


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise InputRejected("empty file", "remove it from the batch or give it content")
    if size > max_bytes:
        raise InputRejected(
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one document",
            "split it into smaller files, or raise the limit with --max-mb",
        )
    return path.read_bytes()


class PlainTextReader:
    suffixes: tuple[str, ...] = (".txt", ".text", "")

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes

    def read(self, path: Path) -> Iterator[ReadResult]:
        text, warning = decode(_read_bytes(path, self.max_bytes))
        yield SourceText(text=text, origin=str(path), warning=warning, metadata={"title": path.stem})


_MD_TITLE = re.compile(r"^#\s+(.+)$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


class MarkdownReader(PlainTextReader):
    """Markdown is kept as written (offsets stay true to the file); front matter becomes metadata."""

    suffixes: tuple[str, ...] = (".md", ".markdown")

    def read(self, path: Path) -> Iterator[ReadResult]:
        text, warning = decode(_read_bytes(path, self.max_bytes))
        metadata: dict[str, Any] = {"title": path.stem}
        front = _FRONT_MATTER.match(text)
        if front:
            for line in front.group(1).splitlines():
                key, sep, value = line.partition(":")
                if sep and key.strip().lower() in (*METADATA_COLUMNS, *_DATE_ALIASES):
                    metadata[_metadata_key(key.strip().lower())] = value.strip().strip("\"'")
            text = text[front.end() :]
        heading = _MD_TITLE.search(text)
        if heading and "title" not in (front.group(1) if front else ""):
            metadata["title"] = heading.group(1).strip()
        yield SourceText(text=text, origin=str(path), warning=warning, metadata=metadata)


class HtmlReader(PlainTextReader):
    """Main text via trafilatura (boilerplate, scripts and navigation removed); title/author/date kept."""

    suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def read(self, path: Path) -> Iterator[ReadResult]:
        import trafilatura

        html, warning = decode(_read_bytes(path, self.max_bytes))
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        text = getattr(extracted, "text", None) if extracted is not None else None
        if not text or not text.strip():
            raise InputRejected(
                "no main text found in the HTML (malformed, or only navigation/scripts)",
                "check the page in a browser; save the article body as .txt if it is there",
            )
        metadata = {"title": getattr(extracted, "title", None) or path.stem}
        for key in ("author", "date", "url", "language", "sitename"):
            value = getattr(extracted, key, None)
            if value:
                metadata[_metadata_key(key)] = value
        yield SourceText(text=text, origin=str(path), warning=warning, metadata=metadata)


class PdfReader(PlainTextReader):
    suffixes: tuple[str, ...] = (".pdf",)

    def read(self, path: Path) -> Iterator[ReadResult]:
        from pypdf import PdfReader as _Pdf
        from pypdf.errors import PdfReadError

        data = _read_bytes(path, self.max_bytes)
        try:
            pdf = _Pdf(io.BytesIO(data))
            pages = [page.extract_text() or "" for page in pdf.pages]
            info = pdf.metadata
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
            raise InputRejected(
                f"malformed PDF ({exc.__class__.__name__}: {exc})", "re-export the PDF or convert it to text"
            ) from exc
        text = "\n\n".join(page.strip() for page in pages)
        if not text.strip():
            raise InputRejected(
                "the PDF has no extractable text (scanned images?)", "run OCR first and ingest the text"
            )
        metadata: dict[str, Any] = {"title": (info.title if info and info.title else path.stem)}
        if info and info.author:
            metadata["author"] = info.author
        yield SourceText(text=text, origin=str(path), metadata=metadata)


def _metadata_key(column: str) -> str:
    if column in _DATE_ALIASES:
        return "published"
    if column == "sitename":
        return "publisher"
    return column


def _row_to_source(record: dict[str, Any], origin: str, row: int) -> ReadResult:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection(origin, row, "row has no text", "fill its 'text' column or drop the row")
    metadata: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in record.items():
        if key == "text" or value is None or value == "":
            continue
        name = _metadata_key(key.lower())
        if name in METADATA_COLUMNS:
            metadata[name] = str(value)
        else:
            extra[key] = value if isinstance(value, str | int | float | bool) else str(value)
    if extra:
        metadata["extra"] = extra
    return SourceText(text=text, origin=origin, row=row, metadata=metadata)


class JsonlCorpusReader:
    suffixes: tuple[str, ...] = (".jsonl", ".ndjson")

    def read(self, path: Path) -> Iterator[ReadResult]:
        with path.open("rb") as handle:
            for row, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield Rejection(str(path), row, f"malformed JSON ({exc})", "fix or drop the line")
                    continue
                if not isinstance(record, dict):
                    yield Rejection(str(path), row, "line is not a JSON object", "write one object per line")
                    continue
                yield _row_to_source(record, str(path), row)


class CsvCorpusReader:
    suffixes: tuple[str, ...] = (".csv", ".tsv")

    def read(self, path: Path) -> Iterator[ReadResult]:
        csv.field_size_limit(1 << 30)
        raw, _ = decode(path.read_bytes()) if path.stat().st_size else ("", None)
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        reader = csv.DictReader(io.StringIO(raw, newline=""), delimiter=delimiter)
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            raise InputRejected("corpus has no 'text' column", "name the column holding the documents 'text'")
        try:
            for row, record in enumerate(reader, start=1):
                yield _row_to_source(dict(record), str(path), row)
        except csv.Error as exc:
            raise InputRejected(f"malformed CSV ({exc})", "check quoting in the file") from exc


class ParquetCorpusReader:
    suffixes: tuple[str, ...] = (".parquet",)

    def read(self, path: Path) -> Iterator[ReadResult]:
        import pyarrow.parquet as pq

        try:
            table = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises several unrelated types for a damaged file
            raise InputRejected(f"malformed Parquet ({exc})", "re-write the file with pyarrow or pandas") from exc
        if "text" not in table.schema_arrow.names:
            raise InputRejected("corpus has no 'text' column", "name the column holding the documents 'text'")
        row = 0
        for batch in table.iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                row += 1
                yield _row_to_source(record, str(path), row)


CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".parquet")


def default_readers(max_bytes: int) -> list[Reader]:
    """The readers annalist ships, in the order they are asked."""
    return [
        MarkdownReader(max_bytes),
        HtmlReader(max_bytes),
        PdfReader(max_bytes),
        JsonlCorpusReader(),
        CsvCorpusReader(),
        ParquetCorpusReader(),
        PlainTextReader(max_bytes),
    ]
