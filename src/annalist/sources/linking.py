"""Claim -> reference links (placeholder until the citation component lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.records import ClaimReferenceLink, EventMention, Reference


def link_claims(doc: Doc, events: list[EventMention], references: list[Reference]) -> list[ClaimReferenceLink]:
    return []
