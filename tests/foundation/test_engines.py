"""Every way of running the analysis stores the same thing: one process, several processes, Ray Data."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

from annalist import api

DEMO = Path(__file__).resolve().parents[2] / "src" / "annalist" / "data" / "demo_corpus"
# what analysis stores; ingested_at and the like are left out because they differ by the clock
COMPARED = {
    "document": "id, origin, source_id, title, published, text, word_count, analysed_version",
    "sentence": "document_id, idx, start, end",
    "mention": "id, start, end, label, extractor",
    "timex": "id, start, end, value, role",
    "toponym": "id, start, end, role, place_id",
    "claim": "id, event_id, start, end, type, modality, date_start, place_id",
    "claim_actor": "claim_id, role, position, name",
    "figure": "id, kind, low, best, high",
    "reference": "id, start, end, csl",
    "framing": "id, start, end, technique",
    "event": "id, type, date_start, date_end, place_id",
}


def corpus(tmp_path: Path) -> Path:
    """The demo accounts as a JSONL corpus, each twice under another name so there is more than one batch."""
    path = tmp_path / "corpus.jsonl"
    rows = []
    for copy in range(2):
        for document in sorted(DEMO.glob("*.md")):
            rows.append({"text": document.read_text(encoding="utf-8") + f"\nCopy {copy}.", "source": document.stem})
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, set[tuple[object, ...]]]:
    connection = sqlite3.connect(db)
    try:
        return {table: set(connection.execute(f"SELECT {columns} FROM {table}")) for table, columns in COMPARED.items()}
    finally:
        connection.close()


def ingest_into(db: Path, source: Path, **kwargs: object) -> api.IngestReport:
    with api.open_store(db) as store:
        if kwargs.pop("ray", False):
            return api.ingest_with_ray(store, [source], workers=2, **kwargs)  # type: ignore[arg-type]
        return api.ingest(store, [source], **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def single_process(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[tuple[object, ...]]]]:
    folder = tmp_path_factory.mktemp("single")
    source = corpus(folder)
    report = ingest_into(folder / "one.db", source)
    assert len(report.stored) == 8
    return source, snapshot(folder / "one.db")


def test_two_worker_processes_store_what_one_does(
    single_process: tuple[Path, dict[str, set[tuple[object, ...]]]], tmp_path: Path
) -> None:
    source, expected = single_process
    ingest_into(tmp_path / "two.db", source, workers=2)
    assert snapshot(tmp_path / "two.db") == expected


@pytest.mark.slow
def test_ray_data_actor_pool_stores_what_one_process_does(
    single_process: tuple[Path, dict[str, set[tuple[object, ...]]]], tmp_path: Path
) -> None:
    if importlib.util.find_spec("ray") is None:
        pytest.skip("Ray is not installed (pip install 'annalist[ray]')")
    source, expected = single_process
    report = ingest_into(tmp_path / "ray.db", source, ray=True, work_dir=tmp_path / "work")
    assert len(report.stored) == 8
    assert list((tmp_path / "work" / "analysed").glob("*.parquet")), "analysed partitions are left as Parquet"
    assert snapshot(tmp_path / "ray.db") == expected
