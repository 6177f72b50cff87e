"""annalist's public Python API: open a store, ingest, analyse, query, export.

>>> from annalist import api
>>> with api.open_store("annalist.db") as store:
...     report = api.ingest(store, ["articles/"], api.IngestOptions(source="Agency X"))
...     for event in api.events(store):
...         print(event["type"], event["date_start"], event["place"])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from spacy.language import Language

from annalist.export.base import Exporter, UnknownFormat
from annalist.hookspecs import exporters
from annalist.ingest.job import IngestOptions, IngestReport, Progress, reanalyse
from annalist.ingest.job import ingest as _ingest
from annalist.pipeline.language import build_pipeline
from annalist.reconcile.review import Review, record_review
from annalist.reconcile.run import ReconcileReport, reconcile_store
from annalist.store.comparisons import source_pair_tallies
from annalist.store.database import DEFAULT_DB, Store, open_store
from annalist.store.events import event_record, iter_events
from annalist.store.sources import source_profiles

__all__ = [
    "DEFAULT_DB",
    "IngestOptions",
    "IngestReport",
    "Review",
    "Store",
    "analyse",
    "compare",
    "events",
    "export",
    "export_formats",
    "export_to_path",
    "ingest",
    "ingest_with_ray",
    "load_pipeline",
    "open_store",
    "reconcile",
    "review",
    "sources",
    "summary",
]


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, time_mode: str = "auto") -> Language:
    """The analysis pipeline (model + annalist's components), built once per process and settings."""
    return build_pipeline(model, time_mode=time_mode)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    model: str | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    reconcile_after: bool = True,
) -> IngestReport:
    """Store and analyse files, folders and corpus files; re-ingesting stored text is a no-op.

    New documents are then reconciled with the rest of the store (``reconcile_after=False`` defers it).

    ``workers`` > 1 analyses in that many processes (one pipeline each); results are stored in input order.
    """
    nlp = load_pipeline(model)
    report = _ingest(store, nlp, [Path(p) for p in paths], options, progress=progress, workers=workers)
    if reconcile_after and report.stored:
        reconcile_store(store)
    return report


def ingest_with_ray(
    store: Store,
    paths: Iterable[str | Path],
    options: IngestOptions | None = None,
    *,
    model: str | None = None,
    workers: int = 2,
    work_dir: str | Path | None = None,
    load: bool = True,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest on a Ray cluster (local unless RAY_ADDRESS is set): same analysis, Parquet partitions in ``work_dir``."""
    import tempfile

    from annalist.scale.ray_engine import ingest_with_ray as _ray_ingest

    def run(folder: Path) -> IngestReport:
        return _ray_ingest(
            store,
            [Path(p) for p in paths],
            options,
            workers=workers,
            model=model,
            work_dir=folder,
            load_into_store=load,
            progress=progress,
        )

    if work_dir is not None:
        report = run(Path(work_dir))
    else:
        with tempfile.TemporaryDirectory(prefix="annalist-ray-") as folder:
            report = run(Path(folder))
    if load and report.stored:
        reconcile_store(store)
    return report


def analyse(
    store: Store,
    *,
    model: str | None = None,
    force: bool = False,
    progress: Progress | None = None,
    workers: int = 1,
) -> int:
    """Re-run analysis on documents analysed by an older pipeline (all of them with ``force``)."""
    return reanalyse(store, load_pipeline(model), force=force, progress=progress, workers=workers)


def events(store: Store, *, event_type: str | None = None) -> Iterator[dict[str, Any]]:
    """Events in the stable event schema (docs/event-schema.md), in date order."""
    return iter_events(store.connection, event_type=event_type)


def export_formats() -> dict[str, str]:
    """Format name -> one-line description, for every installed exporter."""
    return {name: exporter.description for name, exporter in sorted(exporters().items())}


def export(store: Store, fmt: str, out: IO[str] | IO[bytes]) -> int:
    """Write the store in format ``fmt`` to ``out``; returns the number of records written."""
    return _exporter(fmt).write(store, out)


def _exporter(fmt: str) -> Exporter:
    available = exporters()
    if fmt not in available:
        raise UnknownFormat(f"[A020] unknown export format '{fmt}'; choose one of: {', '.join(sorted(available))}")
    return available[fmt]


def export_to_path(store: Store, fmt: str, path: str | Path | None) -> int:
    """Write the export to a file (text or binary as the format needs), or to stdout when ``path`` is None."""
    import sys

    binary = _exporter(fmt).binary
    if path is None:
        return export(store, fmt, sys.stdout.buffer if binary else sys.stdout)
    target = Path(path)
    if binary:
        with target.open("wb") as handle:
            return export(store, fmt, handle)
    with target.open("w", encoding="utf-8") as handle:
        return export(store, fmt, handle)


def reconcile(store: Store) -> ReconcileReport:
    """Merge claims across documents into events, compare the sources, resolve entities (honouring reviews)."""
    return reconcile_store(store)


def compare(store: Store, event_id: str | None = None) -> dict[str, Any]:
    """Where sources agree and contradict: one event's comparison, or every contested event plus per-pair tallies."""
    if event_id is not None:
        row = store.connection.execute("SELECT * FROM event WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise KeyError(f"[A040] no event '{event_id}' in this store; list them with `annalist events`")
        return {"event": event_record(store.connection, row)}
    contested = [event for event in events(store) if any(c["verdict"] == "contradict" for c in event["comparison"])]
    return {"contested_events": contested, "source_pairs": source_pair_tallies(store.connection)}


def review(store: Store, item: Review) -> int:
    """Record an analyst's confirmation, correction or rejection; returns the review's id."""
    return record_review(store, item)


def sources(store: Store) -> list[dict[str, Any]]:
    """One profile per source: publisher, side, what it cites, share of claims resting on a reference, framing."""
    return source_profiles(store.connection)


def summary(store: Store) -> dict[str, int]:
    """How much the store holds, table by table."""
    counts = {}
    for label, table in (
        ("documents", "document"),
        ("sources", "source"),
        ("events", "event"),
        ("claims", "claim"),
        ("places", "place"),
        ("toponyms", "toponym"),
        ("time expressions", "timex"),
        ("references", "reference"),
        ("framing spans", "framing"),
        ("entity mentions", "mention"),
    ):
        counts[label] = int(store.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    return counts
