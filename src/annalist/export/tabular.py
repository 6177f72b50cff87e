"""Writing CSV rows that hold untrusted source text safely for spreadsheets."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

# A cell starting with one of these runs as a formula in Excel or LibreOffice (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(out: IO[str], columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    """Header plus one line per row; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
        count += 1
    return count
