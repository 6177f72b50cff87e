"""Source-pair tallies over the stored comparisons: how often two sources agree or contradict each other."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import asdict
from typing import Any

from annalist.reconcile.compare import AttributeComparison, Comparison, PairVerdict, source_pair_tally


def stored_comparisons(connection: sqlite3.Connection) -> list[Comparison]:
    """The comparisons reconcile stored, rebuilt as the objects reconcile made."""
    attributes: dict[str, list[AttributeComparison]] = defaultdict(list)
    for row in connection.execute("SELECT event_id, attribute, verdict, claim_values, pairs FROM event_comparison"):
        attributes[row["event_id"]].append(
            AttributeComparison(
                row["attribute"],
                row["verdict"],
                tuple(tuple(value) for value in json.loads(row["claim_values"])),
                tuple(PairVerdict(**pair) for pair in json.loads(row["pairs"])),
            )
        )
    return [Comparison(event_id, tuple(items), ()) for event_id, items in attributes.items()]


def source_pair_tallies(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per pair of sources, counts of agree / compatible / contradict over every compared attribute."""
    return [asdict(tally) for tally in source_pair_tally(stored_comparisons(connection))]
