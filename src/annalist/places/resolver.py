"""Toponym recognition and resolution (placeholder until the place component lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.records import Toponym


class PlaceResolver:
    name = "annalist.places"
    version = "0.0.1"

    def find(self, doc: Doc, *, citation_spans: list[tuple[int, int]] | None = None) -> list[Toponym]:
        return []
