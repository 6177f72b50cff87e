"""events-jsonl: one JSON object per event in annalist's stable event schema."""

from __future__ import annotations

import json
from typing import IO, cast

from annalist.store.database import Store
from annalist.store.events import iter_events


class EventsJsonlExporter:
    format = "events-jsonl"
    suffix = ".jsonl"
    binary = False
    description = "one JSON object per event, with its claims, actors, figures and place (stable schema)"

    def write(self, store: Store, out: IO[str] | IO[bytes]) -> int:
        text_out = cast(IO[str], out)
        count = 0
        for event in iter_events(store.connection):
            text_out.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
        return count
