"""Scale-out ingest on Ray Data: the same per-document analysis, run by an actor pool (one pipeline per actor).

Three steps, each restartable:
1. stage   — our readers read the inputs (same rejections, same metadata) and write normalised documents as Parquet
             shards; documents already in the store are left out.
2. analyse — ``ray.data.read_parquet(staging).map_batches(AnalyseBatch, concurrency=N)`` writes one row per
             document with its analysis as JSON, as Parquet partitions (usable as they are from DuckDB or Spark).
3. load    — the partitions are written into the store, one transaction per document, exactly as ``ingest`` does.

Ray is an optional extra (``pip install annalist[ray]``); ``ray.init()`` starts a local cluster unless
``RAY_ADDRESS`` names an existing one.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from annalist.ingest.collect import read_all
from annalist.ingest.errors import Rejection
from annalist.ingest.job import IngestOptions, IngestReport, Progress, document_row, log_rejection
from annalist.scale.codec import analysis_from_json, analysis_to_json
from annalist.store.database import Store
from annalist.store.writer import DocumentRow, insert_document, write_analysis

SHARD_ROWS = 2_000
_STAGED = pa.schema(
    [(f.name, pa.string()) for f in dataclasses.fields(DocumentRow) if f.name not in ("word_count", "metadata")]
    + [("word_count", pa.int64()), ("metadata", pa.string())]
)


class RayNotInstalled(RuntimeError):
    """The Ray engine was asked for but Ray is not installed."""


def _staged_record(row: DocumentRow) -> dict[str, Any]:
    record = dataclasses.asdict(row)
    record["metadata"] = json.dumps(row.metadata or {}, ensure_ascii=False)
    return record


def stage(store: Store, paths: Iterable[Path], options: IngestOptions, staging: Path, report: IngestReport) -> int:
    """Write the new documents under ``paths`` as Parquet shards in ``staging``; returns how many."""
    staging.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    shard: list[dict[str, Any]] = []
    staged = 0
    shard_index = 0

    def flush() -> None:
        nonlocal shard, shard_index
        if shard:
            pq.write_table(pa.Table.from_pylist(shard, schema=_STAGED), staging / f"part-{shard_index:05d}.parquet")
            shard_index += 1
            shard = []

    for item in read_all(list(paths), max_bytes=int(options.max_mb * 1_000_000)):
        if isinstance(item, Rejection):
            report.rejected.append(item)
            continue
        row = document_row(item, options)
        known = store.connection.execute("SELECT 1 FROM document WHERE id = ?", (row.id,)).fetchone()
        if row.id in seen or known:
            report.unchanged.append(row.id)
            continue
        seen.add(row.id)
        shard.append(_staged_record(row))
        staged += 1
        if len(shard) >= SHARD_ROWS:
            flush()
    flush()
    return staged


class AnalyseBatch:
    """A Ray actor: builds the pipeline once, then analyses batches of staged documents."""

    def __init__(self, model: str | None = None, anchor_mode: str | None = None) -> None:
        from annalist.pipeline.language import build_pipeline, pipeline_version

        self.nlp = build_pipeline(model)
        self.version = pipeline_version(self.nlp)
        self.anchor_mode = anchor_mode

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from annalist.pipeline.language import DocumentInput, analyse

        texts = [str(text) for text in batch["text"]]
        published = [None if p is None else str(p) for p in batch["published"]]
        inputs = [DocumentInput(t, p, self.anchor_mode) for t, p in zip(texts, published, strict=True)]
        analyses = [analysis_to_json(a) for a in analyse(self.nlp, inputs, batch_size=max(1, len(inputs)))]
        result = {name: list(batch[name]) for name in _STAGED.names}
        result["analysis"] = analyses
        result["pipeline_version"] = [self.version] * len(analyses)
        return result


def analyse_with_ray(
    staging: Path, output: Path, *, workers: int, model: str | None, anchor_mode: str | None, batch_size: int = 32
) -> None:
    """Run AnalyseBatch over the staged shards on an actor pool and write Parquet partitions to ``output``."""
    try:
        import ray
    except ImportError as error:
        raise RayNotInstalled(
            "[A030] the Ray engine needs Ray: pip install 'annalist[ray]' (or use the default engine)"
        ) from error
    if not ray.is_initialized():
        # one CPU beyond the actors, for the read and write tasks around them
        ray.init(num_cpus=max(workers, 1) + 1, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    # small blocks so every actor gets work even when the staged corpus is one shard
    dataset = ray.data.read_parquet(str(staging)).repartition(max(workers, 1) * 4)
    analysed = dataset.map_batches(
        AnalyseBatch,
        fn_constructor_kwargs={"model": model, "anchor_mode": anchor_mode},
        concurrency=max(workers, 1),
        batch_size=batch_size,
        batch_format="numpy",
        num_cpus=1,
    )
    analysed.write_parquet(str(output))


def analysed_rows(output: Path) -> Iterator[dict[str, Any]]:
    """The analysed documents in ``output``, a record batch at a time (bounded memory)."""
    for path in sorted(output.glob("*.parquet")):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=256):
            yield from batch.to_pylist()


def load(store: Store, output: Path, report: IngestReport, progress: Progress | None = None) -> None:
    """Write analysed partitions into the store, one transaction per document; stored ones are skipped."""
    for record in analysed_rows(output):
        if store.connection.execute("SELECT 1 FROM document WHERE id = ?", (record["id"],)).fetchone():
            report.unchanged.append(record["id"])
            continue
        fields = {f.name: record[f.name] for f in dataclasses.fields(DocumentRow)}
        fields["metadata"] = json.loads(record["metadata"] or "{}")
        row = DocumentRow(**fields)
        with store.transaction() as tx:
            insert_document(tx, row)
            write_analysis(tx, row.id, analysis_from_json(record["analysis"]), record["pipeline_version"])
        report.stored.append(row.id)
        report.words += row.word_count
        if progress:
            progress(row.word_count)


def ingest_with_ray(
    store: Store,
    paths: Iterable[Path],
    options: IngestOptions | None = None,
    *,
    workers: int = 2,
    model: str | None = None,
    work_dir: Path,
    load_into_store: bool = True,
    progress: Progress | None = None,
) -> IngestReport:
    """Stage, analyse on Ray, then load: the same store contents as ``ingest`` for the same inputs."""
    options = options or IngestOptions()
    report = IngestReport()
    staging, output = work_dir / "staging", work_dir / "analysed"
    staged = stage(store, paths, options, staging, report)
    with store.transaction() as tx:
        for rejection in report.rejected:
            log_rejection(tx, rejection)
    if staged:
        analyse_with_ray(staging, output, workers=workers, model=model, anchor_mode=options.anchor_mode)
        if load_into_store:
            load(store, output, report, progress)
    return report
