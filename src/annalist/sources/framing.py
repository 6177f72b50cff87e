"""Framing detection (placeholder until the framing component lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.records import FramingSpan


class FramingTagger:
    name = "annalist.framing"
    version = "0.0.1"

    def tag(self, doc: Doc) -> list[FramingSpan]:
        return []
