"""Citation finding and parsing (placeholder until the citation component lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.records import Reference


class CitationFinder:
    name = "annalist.citations"
    version = "0.0.1"

    def find(self, doc: Doc) -> list[Reference]:
        return []
