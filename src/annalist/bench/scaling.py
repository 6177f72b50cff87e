"""Scaling benchmark: documents per second of ``--workers N`` analysis for several N, and parallel efficiency.

Every worker count runs the same path (a pool of spawned workers, even for one, so pool overhead is in
every figure) on the same corpus: the demo documents repeated, enough of them that every worker gets many
batches. Parallel efficiency is speed-up over one worker divided by the number of workers; 1.0 is perfect.
A worker count above the machine's cores is still measured, and flagged, since it cannot scale there.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

from annalist.bench.speed import corpus_texts

DEFAULT_WORKERS = (1, 2, 4, 8, 16)
BATCH_SIZE = 16  # documents per batch handed to a worker: small enough that 16 workers all stay busy


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the platform tells, else the CPU count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def parse_workers(text: str) -> tuple[int, ...]:
    """``"1,2,4"`` → (1, 2, 4): ascending, each at least 1; a clear error for anything else."""
    try:
        counts = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise ValueError(
            f"--workers takes whole numbers separated by commas, such as 1,2,4,8,16; got {text!r}"
        ) from None
    if not counts or counts[0] < 1:
        raise ValueError(f"--workers needs worker counts of 1 or more; got {text!r}")
    return tuple(counts)


def measure(texts: list[str], workers: int, model: str | None = None, *, batch_size: int = BATCH_SIZE) -> float:
    """Seconds that a pool of ``workers`` takes to analyse ``texts`` (pipelines loaded and warmed first)."""
    from annalist.pipeline.language import DocumentInput
    from annalist.pipeline.parallel import Analyser

    batches = [
        (start, [DocumentInput(text) for text in texts[start : start + batch_size]])
        for start in range(0, len(texts), batch_size)
    ]
    with Analyser(None, workers=workers, model=model, pool_for_one=True) as analyser:
        # warm-up: one batch per worker, so every worker has loaded its pipeline and lazy resources
        list(analyser.map_batches(batches[:workers] * 2))
        start = time.perf_counter()
        for _ in analyser.map_batches(batches):
            pass
        return time.perf_counter() - start


def run(
    words_per_worker: int = 10_000, *, workers: Sequence[int] = DEFAULT_WORKERS, model: str | None = None
) -> dict[str, Any]:
    """Documents/s and words/s at each worker count, speed-up and efficiency against one worker."""
    counts = sorted(set(workers))
    if 1 not in counts:
        counts.insert(0, 1)  # efficiency needs the one-worker figure
    texts = corpus_texts(words_per_worker * max(counts))
    words = sum(len(text.split()) for text in texts)
    cores = usable_cores()
    rows: list[dict[str, Any]] = []
    for count in counts:
        seconds = measure(texts, count, model)
        rows.append(
            {
                "workers": count,
                "seconds": seconds,
                "documents_per_s": len(texts) / seconds,
                "words_per_s": words / seconds,
                "beyond_cores": count > cores,
            }
        )
    single = rows[0]["documents_per_s"]
    for row in rows:
        row["speedup"] = row["documents_per_s"] / single
        row["parallel_efficiency"] = row["speedup"] / row["workers"]
    widest = max((row for row in rows if not row["beyond_cores"]), key=lambda row: row["workers"])
    return {
        "documents": len(texts),
        "words": words,
        "cores": cores,
        "rows": rows,
        "max_workers_within_cores": widest["workers"],
        "parallel_efficiency_at_max": widest["parallel_efficiency"],
    }


def render(result: dict[str, Any]) -> str:
    lines = [
        f"scaling on {result['documents']:,} documents ({result['words']:,} words); this machine: {result['cores']} cores",
        f"{'workers':>8}{'docs/s':>10}{'words/s':>11}{'speed-up':>10}{'efficiency':>12}",
    ]
    for row in result["rows"]:
        flag = "  (more workers than cores)" if row["beyond_cores"] else ""
        lines.append(
            f"{row['workers']:>8}{row['documents_per_s']:>10.1f}{row['words_per_s']:>11,.0f}"
            f"{row['speedup']:>9.2f}×{row['parallel_efficiency']:>12.0%}{flag}"
        )
    lines.append(
        f"parallel efficiency at {result['max_workers_within_cores']} workers: "
        f"{result['parallel_efficiency_at_max']:.0%} (goal ≥ 85% at 16 workers on a 16-core machine)"
    )
    return "\n".join(lines)
