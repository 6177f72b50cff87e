"""Analysis in several processes: one pipeline per worker, batches in order, a bounded number in flight.

The main process keeps reading, deduplicating and writing; workers only analyse. At most ``2 × workers``
batches are in flight, so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeVar

from spacy.language import Language

from annalist.pipeline.language import DocumentInput, analyse, build_pipeline
from annalist.records import Analysis

Key = TypeVar("Key")

_worker_nlp: Language | None = None  # one per worker process, set by the pool initialiser

# Each worker is one process on one core: a BLAS library that starts a thread per core in every worker
# would put N × cores threads on N cores and make the pool slower as it grows.
_THREAD_LIMITS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


@contextmanager
def _one_thread_per_child() -> Iterator[None]:
    """While workers are spawned, their environment asks numeric libraries for one thread each."""
    saved = {name: os.environ.get(name) for name in _THREAD_LIMITS}
    os.environ.update({name: "1" for name in _THREAD_LIMITS if saved[name] is None})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)


def _init_worker(model: str | None, time_mode: str) -> None:
    global _worker_nlp
    _worker_nlp = build_pipeline(model, time_mode=time_mode)


def _analyse_batch(batch: list[DocumentInput]) -> list[Analysis]:
    assert _worker_nlp is not None, "worker used before its pipeline was built"
    return list(analyse(_worker_nlp, batch, batch_size=len(batch) or 1))


class Analyser:
    """Analyses batches of documents, in this process or in a pool of workers, returning results in order."""

    def __init__(
        self,
        nlp: Language | None,
        *,
        workers: int = 1,
        model: str | None = None,
        time_mode: str = "auto",
        pool_for_one: bool = False,
    ) -> None:
        """``pool_for_one``: analyse in a worker process even when ``workers`` is 1 (scaling benchmarks
        compare every worker count on the same path)."""
        self.workers = max(1, workers)
        self.nlp = nlp
        self._pool: Pool | None = None
        if self.workers > 1 or pool_for_one:
            # spawn, not fork: a forked copy of a loaded model shares pages that Python's refcounts then copy
            context = multiprocessing.get_context("spawn")
            with _one_thread_per_child():
                self._pool = context.Pool(self.workers, initializer=_init_worker, initargs=(model, time_mode))
        elif nlp is None:
            self.nlp = build_pipeline(model, time_mode=time_mode)

    def map_batches(self, batches: Iterable[tuple[Key, list[DocumentInput]]]) -> Iterator[tuple[Key, list[Analysis]]]:
        """Analyse each (key, batch) and yield (key, analyses) in the order the batches came."""
        if self._pool is None:
            assert self.nlp is not None
            for key, batch in batches:
                yield key, list(analyse(self.nlp, batch, batch_size=len(batch) or 1))
            return
        in_flight: deque[tuple[Key, AsyncResult[list[Analysis]]]] = deque()
        for key, batch in batches:
            in_flight.append((key, self._pool.apply_async(_analyse_batch, (batch,))))
            if len(in_flight) >= 2 * self.workers:
                done_key, result = in_flight.popleft()
                yield done_key, result.get()
        while in_flight:
            done_key, result = in_flight.popleft()
            yield done_key, result.get()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Analyser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None and exc[0] is not None:
            self._pool.terminate()
        self.close()
