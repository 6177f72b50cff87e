"""Toponym recognition: where a document names a place.

The statistical model's GPE/LOC/FAC entities are taken as they are; NORP entities count when the gazetteer
knows them as a demonym ("Iranian forces"). Because en_core_web_sm mislabels rare transliterated names
("Kerend" as ORG, "Kermanshah" as PERSON), other entities and runs of proper nouns that the gazetteer knows
are kept as *weak* mentions, which the resolver keeps only when the document's other places support them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from annalist.places.gazetteer import Gazetteer
from annalist.places.names import exact_key

_PARTICLE_TAIL = re.compile(r"-(?:e|i|ye|ol|ul|al|el)[ -][A-Z][\w']+")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_WEAK_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Capitalised words that are gazetteer names somewhere but almost never places in running text.
_NOT_PLACES = frozenset(
    {"god", "president", "minister", "general", "police", "army", "university", "mr", "mrs", "ms", "dr", "st"}
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A span that may name a place: strong (the model said so) or weak (only the gazetteer did)."""

    start: int
    end: int
    text: str
    label: str
    strong: bool
    sentence_start: int


def find_place_mentions(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Candidate toponym spans in text order, without overlaps."""
    mentions: list[PlaceMention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        span = _without_article(ent)
        if span is None:
            continue
        if ent.label_ in PLACE_LABELS or (ent.label_ == "NORP" and gazetteer.has_name(span.text)):
            mentions.append(_mention(span, ent.label_, strong=True))
        elif ent.label_ in _WEAK_LABELS and _plausible(span.text) and gazetteer.has_name(span.text):
            mentions.append(_mention(span, ent.label_, strong=False))
        else:
            continue
        taken.update(range(ent.start, ent.end))
    for run in _proper_noun_runs(doc, taken):
        if _plausible(run.text) and gazetteer.has_name(run.text):
            mentions.append(_mention(run, "PROPN", strong=False))
    return _merge_particles(doc, sorted(mentions, key=lambda m: m.start), gazetteer)


def _merge_particles(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Join names the tokenizer split at a Persian ezafe ("Gilan" + "-e Gharb") when the whole is a place."""
    merged: list[PlaceMention] = []
    for mention in mentions:
        if merged and mention.start < merged[-1].end:
            continue  # swallowed by the previous, extended mention
        match = _PARTICLE_TAIL.match(doc.text, mention.end)
        if match:
            longer = doc.text[mention.start : match.end()]
            if gazetteer.has_name(longer):
                mention = PlaceMention(mention.start, match.end(), longer, mention.label, True, mention.sentence_start)
        merged.append(mention)
    return merged


def _mention(span: Span, label: str, *, strong: bool) -> PlaceMention:
    return PlaceMention(span.start_char, span.end_char, span.text, label, strong, span.sent.start_char)


def _without_article(span: Span) -> Span | None:
    start = span.start
    while start < span.end and span.doc[start].lower_ in {"the", "'s"}:
        start += 1
    end = span.end
    while end > start and span.doc[end - 1].lower_ in {"'s", "’s"}:
        end -= 1
    return span.doc[start:end] if end > start else None


def _plausible(text: str) -> bool:
    key = exact_key(text)
    return len(key) > 2 and key not in _NOT_PLACES and text[:1].isupper()


def _proper_noun_runs(doc: Doc, taken: set[int]) -> list[Span]:
    runs: list[Span] = []
    start: int | None = None
    for token in doc:
        inside = token.pos_ == "PROPN" and token.i not in taken and token.text[:1].isupper()
        if inside and start is None:
            start = token.i
        elif not inside and start is not None:
            runs.append(doc[start : token.i])
            start = None
    if start is not None:
        runs.append(doc[start : len(doc)])
    return runs
