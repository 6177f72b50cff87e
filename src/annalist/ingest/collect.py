"""From the paths a user gives to source texts: folders walked, each file handed to the reader for its kind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from annalist.hookspecs import readers
from annalist.ingest.errors import InputRejected, Rejection
from annalist.ingest.readers import Reader, ReadResult

# Files a folder walk passes over without a word: editor droppings, VCS metadata, our own store.
_SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}
_SKIPPED_SUFFIXES = {".db", ".db-wal", ".db-shm", ".sqlite"}


def walk(paths: list[Path]) -> Iterator[Path | Rejection]:
    """Every file under the given paths, in a stable order; missing or unreadable entries as rejections."""
    for path in paths:
        if not path.exists():
            yield Rejection(str(path), None, "no such file or folder", "check the path")
        elif path.is_dir():
            for root, dirs, files in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name in _SKIPPED_NAMES:
                        continue
                    candidate = Path(root) / name
                    if candidate.suffix.lower() not in _SKIPPED_SUFFIXES:
                        yield candidate
            if not os.access(path, os.R_OK | os.X_OK):
                yield Rejection(str(path), None, "folder cannot be read (permission denied)", "check its permissions")
        else:
            yield path


def reader_for(path: Path, available: list[Reader]) -> Reader | None:
    suffix = path.suffix.lower()
    return next((reader for reader in available if suffix in reader.suffixes), None)


def read_all(paths: list[Path], *, max_bytes: int) -> Iterator[ReadResult]:
    """Source texts from every input, and one rejection per input (file or corpus row) that cannot be read."""
    available = readers(max_bytes)
    for entry in walk(paths):
        if isinstance(entry, Rejection):
            yield entry
            continue
        reader = reader_for(entry, available)
        if reader is None:
            yield Rejection(
                str(entry),
                None,
                f"unsupported file type '{entry.suffix}'",
                "annalist reads .txt .md .html .pdf .jsonl .csv .tsv .parquet",
            )
            continue
        try:
            yield from reader.read(entry)
        except InputRejected as rejected:
            yield Rejection(str(entry), None, rejected.reason, rejected.advice)
        except PermissionError:
            yield Rejection(str(entry), None, "file cannot be read (permission denied)", "check its permissions")
        except OSError as error:
            yield Rejection(str(entry), None, f"file cannot be read ({error.strerror or error})", "check the file")
