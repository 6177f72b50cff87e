"""Temporal tagger (placeholder until the time component lands)."""

from __future__ import annotations

from annalist.records import Timex


class TimeTagger:
    name = "annalist.time"
    version = "0.0.1"

    def __init__(self, mode: str = "auto") -> None:
        self.mode = mode

    def tag(
        self,
        text: str,
        *,
        document_date: str | None = None,
        sentences: list[tuple[int, int]] | None = None,
        citation_spans: list[tuple[int, int]] | None = None,
    ) -> list[Timex]:
        return []
