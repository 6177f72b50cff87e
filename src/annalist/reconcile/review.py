"""Analysts' reviews: confirm, correct or reject an event, a claim, a merge, an entity merge or a place.

A review is a record of its own (who, when, why); it never edits extracted rows. Corrections override
extraction when events are read, rejections are honoured by reconcile, and since reviews are keyed by stable,
content-derived ids they survive re-analysis.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from annalist.store.database import Store

# what can be reviewed: target table -> the table whose id it names
TARGETS: dict[str, str] = {
    "event": "event",
    "claim": "claim",
    "merge": "claim",  # a claim's membership in its reconciled event
    "entity_merge": "entity_merge",
    "place": "toponym",
}
ACTIONS = ("confirm", "correct", "reject")
# fields a correction may set on an event, as they appear in the event schema
EVENT_FIELDS = (
    "type",
    "mode",
    "acled_event_type",
    "acled_sub_event_type",
    "date_start",
    "date_end",
    "date_precision",
    "place",
)


class ReviewError(ValueError):
    """A review that cannot be recorded: unknown target, action or field."""


@dataclass(frozen=True, slots=True)
class Review:
    target_table: str
    target_id: str
    action: str
    reviewer: str
    reason: str | None = None
    field: str | None = None
    value: Any = None


def record_review(store: Store, review: Review) -> int:
    """Store one review after checking its target exists; returns its id."""
    if review.target_table not in TARGETS:
        raise ReviewError(f"[R001] cannot review '{review.target_table}'; choose one of: {', '.join(TARGETS)}")
    if review.action not in ACTIONS:
        raise ReviewError(f"[R002] unknown action '{review.action}'; choose one of: {', '.join(ACTIONS)}")
    table = TARGETS[review.target_table]
    key = "key" if table == "entity_merge" else "id"
    if not store.connection.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", (review.target_id,)).fetchone():
        raise ReviewError(f"[R003] no {review.target_table} with id '{review.target_id}' in this store")
    if review.action == "correct" and (review.target_table != "event" or review.field not in EVENT_FIELDS):
        raise ReviewError(f"[R004] corrections set an event field, one of: {', '.join(EVENT_FIELDS)}")
    with store.transaction() as tx:
        cursor = tx.execute(
            "INSERT INTO review (target_table, target_id, action, field, value, reviewer, reason, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                review.target_table,
                review.target_id,
                review.action,
                review.field,
                None if review.value is None else json.dumps(review.value, ensure_ascii=False),
                review.reviewer,
                review.reason,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
    return int(cursor.lastrowid or 0)


def event_review(connection: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    """The reviews of one event: its status (latest confirm/reject), corrections (latest per field), history."""
    rows = connection.execute(
        "SELECT * FROM review WHERE target_table = 'event' AND target_id = ? ORDER BY id", (event_id,)
    ).fetchall()
    status = None
    corrections: dict[str, Any] = {}
    history = []
    for row in rows:
        if row["action"] == "correct":
            corrections[row["field"]] = json.loads(row["value"]) if row["value"] is not None else None
        else:
            status = "confirmed" if row["action"] == "confirm" else "rejected"
        history.append(
            {
                "action": row["action"],
                "field": row["field"],
                "reviewer": row["reviewer"],
                "reason": row["reason"],
                "at": row["created_at"],
            }
        )
    return {"status": status, "corrections": corrections, "history": history}


def apply_review(event: dict[str, Any], review: dict[str, Any]) -> dict[str, Any]:
    """The event as the analyst corrected it; extracted values stay under ``extracted``."""
    if review["corrections"]:
        event["extracted"] = {name: event.get(name) for name in review["corrections"]}
        event.update(review["corrections"])
    event["review"] = review
    return event
