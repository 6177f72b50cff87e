"""Web UI response times: p50/p95 of each page on a generated store of 100,000 events (goal: p95 < 300 ms).

Requests go through Datasette's in-process ASGI client (the whole app, no socket), one at a time,
after one warm-up request per page (it builds the facet index, which is reported separately).
Run: ``python -m annalist.web.bench [STORE.db] [--events N] [--rounds R]``; a missing store is generated.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from annalist.store.database import open_store
from annalist.web.sample import generate_sample_store
from annalist.web.server import make_datasette

GOAL_MS = 300.0


def _pages(path: Path, rng: random.Random, rounds: int) -> dict[str, list[str]]:
    connection = sqlite3.connect(path)
    events = [row[0] for row in connection.execute("SELECT id FROM event ORDER BY random() LIMIT ?", (rounds,))]
    sources = [row[0] for row in connection.execute("SELECT id FROM source ORDER BY id")]
    actor = connection.execute("SELECT name FROM claim_actor LIMIT 1").fetchone()
    connection.close()
    pair = ",".join(sources[:2])

    def repeat(url: str) -> list[str]:
        return [url] * rounds

    return {
        "index": repeat("/-/annalist/"),
        "events": repeat("/-/annalist/events"),
        "events?actor&type": repeat(f"/-/annalist/events?actor={actor[0] if actor else ''}&type=ASSAULT"),
        "timeline": repeat("/-/annalist/timeline"),
        "timeline 1 year by source": repeat("/-/annalist/timeline?date_from=1984&date_to=1984&group=source"),
        "map": repeat("/-/annalist/map"),
        "map.json": [f"/-/annalist/map.json?zoom={rng.randint(3, 9)}" for _ in range(rounds)],
        "event": [f"/-/annalist/event/{event_id}" for event_id in events],
        "source": [f"/-/annalist/source/{rng.choice(sources)}" for _ in range(rounds)] if sources else [],
        "compare": repeat(f"/-/annalist/compare?sources={pair}") if len(sources) >= 2 else [],
    }


async def _measure(path: Path, pages: dict[str, list[str]]) -> dict[str, Any]:
    datasette = make_datasette(path)
    await datasette.invoke_startup()
    started = time.perf_counter()
    first = await datasette.client.get("/-/annalist/events")
    index_build_ms = (time.perf_counter() - started) * 1000
    if first.status_code != 200:
        raise RuntimeError(
            f"[W030] /-/annalist/events answered {first.status_code}; the benchmark needs a working store"
        )
    result: dict[str, Any] = {"index_build_ms": round(index_build_ms, 1)}
    for name, urls in pages.items():
        if not urls:
            continue
        await datasette.client.get(urls[0])  # warm-up
        times = []
        for url in urls:
            started = time.perf_counter()
            response = await datasette.client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"[W031] {url} answered {response.status_code}")
        times.sort()
        result[f"{name} p50_ms"] = round(statistics.median(times), 1)
        result[f"{name} p95_ms"] = round(times[max(0, round(0.95 * len(times)) - 1)], 1)
    return result


def run(path: Path | None = None, *, events: int = 100_000, rounds: int = 20, seed: int = 7) -> dict[str, object]:
    """Time every page on the store at ``path`` (generated with ``events`` synthetic events if missing)."""
    store_path = Path(path) if path else Path(f"annalist-web-bench-{events}.db")
    generated_ms = 0.0
    if not store_path.exists():
        started = time.perf_counter()
        with open_store(store_path) as store:
            generate_sample_store(store.connection, events, seed=seed)
        generated_ms = (time.perf_counter() - started) * 1000
    with sqlite3.connect(store_path) as connection:
        count = connection.execute("SELECT count(*) FROM event").fetchone()[0]
    rng = random.Random(seed)
    result = asyncio.run(_measure(store_path, _pages(store_path, rng, rounds)))
    p95s = [value for key, value in result.items() if key.endswith("p95_ms")]
    return {
        "store": str(store_path),
        "events": count,
        "rounds": rounds,
        "generate_ms": round(generated_ms, 1),
        **result,
        "worst_p95_ms": max(p95s) if p95s else 0.0,
        "pages_within_goal": sum(1 for value in p95s if value < GOAL_MS) / len(p95s) if p95s else 0.0,
    }


def render(result: dict[str, object]) -> str:
    lines = [
        f"web UI response times on {result['events']} events ({result['rounds']} requests per page; goal p95 < {GOAL_MS:.0f} ms)"
    ]
    lines.append(f"{'page':<28} {'p50 ms':>8} {'p95 ms':>8}")
    for key, value in result.items():
        if key.endswith(" p50_ms"):
            page = key[: -len(" p50_ms")]
            lines.append(f"{page:<28} {value:>8} {result[page + ' p95_ms']:>8}")
    lines.append(f"facet index build (first request): {result['index_build_ms']} ms")
    lines.append(f"worst p95: {result['worst_p95_ms']} ms; pages within goal: {float(result['pages_within_goal']):.0%}")  # type: ignore[arg-type]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("store", nargs="?", type=Path, default=None)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    arguments = parser.parse_args()
    print(render(run(arguments.store, events=arguments.events, rounds=arguments.rounds)))


if __name__ == "__main__":
    main()
