"""The ingest job: read, normalise, skip what is stored already, analyse in batches, store each document whole.

Each document and all its analysis rows are written in one transaction, so an interrupted job leaves no
half-written document, and running it again stores only what is missing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from spacy.language import Language

from annalist.ingest.collect import read_all
from annalist.ingest.errors import Rejection
from annalist.ingest.readers import SourceText
from annalist.ingest.text import content_hash, normalise, word_count
from annalist.pipeline.language import DocumentInput, pipeline_version
from annalist.pipeline.parallel import Analyser
from annalist.records import Analysis
from annalist.store.database import Store
from annalist.store.writer import DocumentRow, clear_analysis, insert_document, write_analysis

DEFAULT_MAX_MB = 20.0
BATCH_SIZE = 32


@dataclass(slots=True)
class IngestOptions:
    """What the user said about this batch; a corpus row's own metadata wins over these defaults."""

    source: str | None = None
    affiliation: str | None = None
    published: str | None = None
    anchor_mode: str | None = None
    max_mb: float = DEFAULT_MAX_MB


@dataclass(slots=True)
class IngestReport:
    stored: list[str] = field(default_factory=list)  # document ids newly stored
    unchanged: list[str] = field(default_factory=list)  # already in the store: re-ingesting is a no-op
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    words: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


Progress = Callable[[int], None]


def document_row(item: SourceText, options: IngestOptions) -> DocumentRow:
    text = normalise(item.text)
    meta = item.metadata
    origin = item.origin if item.row is None else f"{item.origin}#row={item.row}"
    source = meta.get("source") or options.source or meta.get("publisher") or Path(item.origin).stem
    return DocumentRow(
        id=content_hash(text),
        origin=origin,
        text=text,
        word_count=word_count(text),
        source=source,
        title=meta.get("title"),
        author=meta.get("author"),
        published=meta.get("published") or options.published,
        url=meta.get("url"),
        language=meta.get("language"),
        affiliation=meta.get("affiliation") or options.affiliation,
        publisher=meta.get("publisher"),
        metadata=meta.get("extra"),
    )


def log_rejection(connection: sqlite3.Connection, rejection: Rejection, outcome: str = "rejected") -> None:
    connection.execute(
        "INSERT INTO ingest_log (origin, row, outcome, reason, at) VALUES (?, ?, ?, ?, ?)",
        (rejection.path, rejection.row, outcome, f"{rejection.reason} — {rejection.advice}", _now()),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _batches(rows: Iterator[DocumentRow], size: int) -> Iterator[list[DocumentRow]]:
    batch: list[DocumentRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _analysis_inputs(rows: list[DocumentRow], options: IngestOptions) -> list[DocumentInput]:
    return [DocumentInput(row.text, row.published, options.anchor_mode) for row in rows]


def ingest(
    store: Store,
    nlp: Language,
    paths: Iterable[Path],
    options: IngestOptions | None = None,
    *,
    progress: Progress | None = None,
    workers: int = 1,
) -> IngestReport:
    """Store and analyse every document under ``paths``; bad inputs are reported, the rest goes on."""
    options = options or IngestOptions()
    report = IngestReport()
    version = pipeline_version(nlp)
    connection = store.connection
    seen: set[str] = set()
    max_bytes = int(options.max_mb * 1_000_000)
    nlp.max_length = max(nlp.max_length, max_bytes)

    def new_rows() -> Iterator[DocumentRow]:
        for item in read_all(list(paths), max_bytes=max_bytes):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                with store.transaction():
                    log_rejection(connection, item)
                continue
            row = document_row(item, options)
            if item.warning:
                report.warnings.append(f"{row.origin}: {item.warning}")
            if not row.text.strip():
                rejection = Rejection(item.origin, item.row, "no text after normalisation", "check the input")
                report.rejected.append(rejection)
                continue
            known = row.id in seen or connection.execute("SELECT 1 FROM document WHERE id = ?", (row.id,)).fetchone()
            if known:
                report.unchanged.append(row.id)
                if progress:
                    progress(row.word_count)
                continue
            seen.add(row.id)
            yield row

    batches = ((batch, _analysis_inputs(batch, options)) for batch in _batches(new_rows(), BATCH_SIZE))
    with Analyser(nlp if workers <= 1 else None, workers=workers, model=_model_name(nlp)) as analyser:
        for batch, analyses in analyser.map_batches(batches):
            for row, analysis in zip(batch, analyses, strict=True):
                with store.transaction() as tx:
                    insert_document(tx, row)
                    write_analysis(tx, row.id, analysis, version)
                _collect_warnings(report, row.origin, analysis)
                report.stored.append(row.id)
                report.words += row.word_count
                if progress:
                    progress(row.word_count)
    return report


def _model_name(nlp: Language) -> str:
    """The importable package name of ``nlp``'s model, so workers load the same one."""
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"


def _collect_warnings(report: IngestReport, origin: str, analysis: Analysis) -> None:
    for failure in analysis.errors:
        report.warnings.append(f"{origin}: analysis incomplete — {failure}")


def reanalyse(
    store: Store, nlp: Language, *, force: bool = False, progress: Progress | None = None, workers: int = 1
) -> int:
    """Analyse again every document whose analysis is older than this pipeline; returns how many."""
    version = pipeline_version(nlp)
    connection = store.connection
    query = "SELECT id FROM document"
    if not force:
        query += " WHERE analysed_version IS NULL OR analysed_version != ?"
    pending = [row[0] for row in connection.execute(query, () if force else (version,))]

    def batches() -> Iterator[tuple[list[sqlite3.Row], list[DocumentInput]]]:
        # texts are read a batch at a time so memory stays flat however large the store
        for start in range(0, len(pending), BATCH_SIZE):
            ids = pending[start : start + BATCH_SIZE]
            rows = [
                connection.execute("SELECT id, text, published FROM document WHERE id = ?", (i,)).fetchone()
                for i in ids
            ]
            yield rows, [DocumentInput(row["text"], row["published"]) for row in rows]

    done = 0
    with Analyser(nlp if workers <= 1 else None, workers=workers, model=_model_name(nlp)) as analyser:
        for rows, analyses in analyser.map_batches(batches()):
            for row, analysis in zip(rows, analyses, strict=True):
                with store.transaction() as tx:
                    clear_analysis(tx, row["id"])
                    write_analysis(tx, row["id"], analysis, version)
                done += 1
                if progress:
                    progress(len(row["text"].split()))
    return done
