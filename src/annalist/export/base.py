"""What an exporter is: a named format that writes the store's contents to a text or binary stream."""

from __future__ import annotations

from typing import IO, Protocol

from annalist.store.database import Store


class Exporter(Protocol):
    format: str  # the --format name
    suffix: str  # default file suffix
    binary: bool  # writes bytes (Parquet) rather than text
    description: str

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        """Write the export; returns how many records were written."""
        ...


class UnknownFormat(ValueError):
    """No exporter writes the requested format."""
