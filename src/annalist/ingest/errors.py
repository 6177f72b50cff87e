"""What can go wrong with an input, said so a user knows which file, what is wrong and what to do."""

from __future__ import annotations

from dataclasses import dataclass


class InputRejected(Exception):
    """An input (a file or a corpus row) that cannot be ingested; the rest of the batch goes on."""

    def __init__(self, reason: str, advice: str) -> None:
        super().__init__(f"{reason} ({advice})")
        self.reason = reason
        self.advice = advice


@dataclass(frozen=True, slots=True)
class Rejection:
    """One rejected input, as reported to the user and kept in the store's ingest log."""

    path: str
    row: int | None
    reason: str
    advice: str

    def where(self) -> str:
        return self.path if self.row is None else f"{self.path} (row {self.row})"

    def __str__(self) -> str:
        return f"{self.where()}: {self.reason} — {self.advice}"
