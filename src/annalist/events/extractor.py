"""Event extraction (placeholder until the event component lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.records import EventMention, Timex, Toponym


class EventExtractor:
    name = "annalist.events"
    version = "0.0.1"

    def extract(
        self,
        doc: Doc,
        *,
        timexes: list[Timex],
        toponyms: list[Toponym],
        citation_spans: list[tuple[int, int]],
    ) -> list[EventMention]:
        return []
