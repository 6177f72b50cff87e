"""Store at scale: generate a large store (default 1 million documents, 10 million mentions) and time the
queries the UI and reconcile run on it, p50 and p95 over random parameters.

Generated rows are synthetic (short texts, random dates, places and types) but shaped like annalist's own: the
same schema, indexes and id formats, so the figures speak for the real store.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from annalist.store.database import Store, open_store
from annalist.store.events import event_record

TYPES = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AGREE", "ACCUSE", "REQUEST", "RETREAT")
LABELS = ("PERSON", "ORG", "GPE", "NORP", "DATE", "LOC")
_BATCH = 20_000


def _rows(count: int, make: Callable[[int], tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    batch = []
    for index in range(count):
        batch.append(make(index))
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def generate(store: Store, documents: int, mentions_per_document: int = 10, seed: int = 11) -> dict[str, int]:
    """Fill an empty store with ``documents`` documents and their mentions, claims, events and places."""
    rng = random.Random(seed)
    connection = store.connection
    sources = max(1, documents // 1000)
    events = max(1, documents // 10)
    claims = max(1, documents // 5)
    places = 5_000
    entities = max(1, documents // 20)

    def day(index: int) -> str:
        # spread over 40 years of 12 months of 28 days, so every type has events in every year
        return f"{1980 + (index // 336) % 40:04d}-{1 + (index // 28) % 12:02d}-{1 + index % 28:02d}"

    event_days = [rng.randrange(40 * 336) for _ in range(events)]

    with store.transaction() as tx:
        tx.executemany(
            "INSERT INTO source (id, name) VALUES (?, ?)", [(f"src-{i}", f"Source {i}") for i in range(sources)]
        )
        tx.executemany(
            "INSERT INTO place (id, name, geonames_id, lat, lon, country, precision) VALUES (?, ?, ?, ?, ?, 'XX', 'city')",
            [(f"gn:{i}", f"Town {i}", i, rng.uniform(-60, 70), rng.uniform(-180, 180)) for i in range(places)],
        )
        tx.executemany(
            "INSERT INTO entity (id, name, kind) VALUES (?, ?, 'organisation')",
            [(f"ent-{i}", f"Entity {i}") for i in range(entities)],
        )
    for batch in _rows(
        documents,
        lambda i: (
            f"doc-{i}",
            f"src-{i % sources}",
            f"gen/{i}.txt",
            f"Document {i}",
            day(i),
            f"Generated dispatch number {i} about fighting near Town {i % places}.",
            10,
            "2026-01-01",
        ),
    ):
        with store.transaction() as tx:
            tx.executemany(
                "INSERT INTO document (id, source_id, origin, title, published, text, word_count, ingested_at, "
                "analysed_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'generated')",
                batch,
            )
    for batch in _rows(
        documents * mentions_per_document,
        lambda i: (
            f"mn-{i}",
            f"doc-{i // mentions_per_document}",
            i % 50,
            i % 50 + 5,
            "Name",
            LABELS[i % len(LABELS)],
            0,
            f"ent-{i % entities}",
        ),
    ):
        with store.transaction() as tx:
            tx.executemany(
                "INSERT INTO mention (id, document_id, start, end, text, label, sentence_idx, entity_id, extractor, "
                "extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'generated', '0', 1.0)",
                batch,
            )
    for batch in _rows(
        events,
        lambda i: (f"ev-{i}", TYPES[i % len(TYPES)], day(event_days[i]), day(event_days[i]), f"gn:{i % places}"),
    ):
        with store.transaction() as tx:
            tx.executemany(
                "INSERT INTO event (id, type, date_start, date_end, date_precision, place_id, place_precision, "
                "confidence, origin) VALUES (?, ?, ?, ?, 'day', ?, 'city', 0.8, 'extraction')",
                batch,
            )
    for batch in _rows(
        claims,
        lambda i: (
            f"cl-{i}",
            f"ev-{i % events}",
            f"doc-{(i * 5) % documents}",
            TYPES[(i % events) % len(TYPES)],
            day(event_days[i % events]),
            f"gn:{(i % events) % places}",
        ),
    ):
        with store.transaction() as tx:
            tx.executemany(
                "INSERT INTO claim (id, event_id, document_id, start, end, sentence, trigger_start, trigger_end, "
                "trigger, type, modality, date_start, date_end, date_precision, place_id, rule, extractor, "
                "extractor_version, confidence) VALUES (?, ?, ?, 0, 40, 'A generated sentence about an attack.', "
                "2, 8, 'attack', ?, 'asserted', ?, NULL, 'day', ?, 'generated', 'generated', '0', 0.8)",
                batch,
            )
            tx.executemany(
                "INSERT INTO claim_actor (claim_id, role, position, start, end, text, name, entity_id) "
                "VALUES (?, 'actor', 0, 0, 4, 'Name', 'Entity', ?)",
                [(row[0], f"ent-{int(row[0][3:]) % entities}") for row in batch],
            )
    connection.execute("ANALYZE")
    return {"documents": documents, "mentions": documents * mentions_per_document, "events": events, "claims": claims}


def _time(query: Callable[[random.Random], object], repeat: int, rng: random.Random) -> tuple[float, float]:
    timings = []
    for _ in range(repeat):
        began = time.perf_counter()
        query(rng)
        timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    return statistics.median(timings), timings[max(0, int(0.95 * len(timings)) - 1)]


def ui_queries(store: Store, sizes: dict[str, int]) -> dict[str, Callable[[random.Random], object]]:
    """The queries behind the UI's pages and the API, each taking random parameters."""
    c = store.connection
    events, documents, entities = sizes["events"], sizes["documents"], max(1, sizes["documents"] // 20)

    def one_event(rng: random.Random) -> object:
        row = c.execute("SELECT * FROM event WHERE id = ?", (f"ev-{rng.randrange(events)}",)).fetchone()
        return event_record(c, row)

    return {
        "event page (event + claims + actors + figures)": one_event,
        "events of a type in a date window (50)": lambda rng: c.execute(
            "SELECT * FROM event WHERE type = ? AND date_start BETWEEN ? AND ? ORDER BY date_start LIMIT 50",
            (
                TYPES[rng.randrange(len(TYPES))],
                f"{rng.randrange(1980, 2019)}-01-01",
                f"{rng.randrange(1980, 2019)}-12-31",
            ),
        ).fetchall(),
        "timeline window (500 events by date)": lambda rng: c.execute(
            "SELECT id, type, date_start, date_end, place_id FROM event WHERE date_start >= ? ORDER BY date_start LIMIT 500",
            (f"{rng.randrange(1980, 2019)}-06-01",),
        ).fetchall(),
        "map window (events in a bounding box, 1000)": lambda rng: c.execute(
            "SELECT e.id, p.lat, p.lon, e.type FROM place p JOIN event e ON e.place_id = p.id "
            "WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? LIMIT 1000",
            (a := rng.uniform(-60, 50), a + 20, b := rng.uniform(-180, 150), b + 30),
        ).fetchall(),
        "claims of a document": lambda rng: c.execute(
            "SELECT * FROM claim WHERE document_id = ?", (f"doc-{rng.randrange(documents)}",)
        ).fetchall(),
        "mentions of an entity (100)": lambda rng: c.execute(
            "SELECT * FROM mention WHERE entity_id = ? LIMIT 100", (f"ent-{rng.randrange(entities)}",)
        ).fetchall(),
        "documents of a source (page of 50)": lambda rng: c.execute(
            "SELECT id, title, published FROM document WHERE source_id = ? ORDER BY published LIMIT 50",
            (f"src-{rng.randrange(max(1, documents // 1000))}",),
        ).fetchall(),
        "document page (text + sentences + mentions)": lambda rng: (
            c.execute("SELECT * FROM document WHERE id = ?", (d := f"doc-{rng.randrange(documents)}",)).fetchone(),
            c.execute("SELECT * FROM sentence WHERE document_id = ?", (d,)).fetchall(),
            c.execute("SELECT * FROM mention WHERE document_id = ?", (d,)).fetchall(),
        ),
    }


def run(path: Path, *, documents: int = 1_000_000, repeat: int = 50, keep: bool = False) -> dict[str, Any]:
    """Generate the store at ``path`` (unless it is already there) and time every UI query."""
    fresh = not path.exists()
    began = time.perf_counter()
    with open_store(path) as store:
        if fresh:
            sizes = generate(store, documents)
        else:
            count = store.connection.execute("SELECT COUNT(*) FROM document").fetchone()[0]
            sizes = {"documents": count, "events": max(1, count // 10), "mentions": 0, "claims": 0}
        generated_s = time.perf_counter() - began
        rng = random.Random(5)
        timings = {name: _time(query, repeat, rng) for name, query in ui_queries(store, sizes).items()}
    if fresh and not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return {
        **sizes,
        "generate_s": generated_s,
        "queries": {name: {"p50_ms": p50, "p95_ms": p95} for name, (p50, p95) in timings.items()},
        "max_p95_ms": max(p95 for _, p95 in timings.values()),
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        f"store: {result['documents']:,} documents, {result.get('mentions', 0):,} mentions, "
        f"{result['events']:,} events (generated in {result['generate_s']:.0f} s)",
        f"{'query':<50}{'p50 ms':>10}{'p95 ms':>10}",
    ]
    for name, figures in result["queries"].items():
        lines.append(f"{name:<50}{figures['p50_ms']:>10.2f}{figures['p95_ms']:>10.2f}")
    lines.append(f"slowest p95: {result['max_p95_ms']:.2f} ms (goal < 100 ms)")
    return "\n".join(lines)
