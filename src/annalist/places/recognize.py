"""Toponym recognition: where a document names a place.

The statistical model's GPE/LOC/FAC entities are taken as they are; NORP entities count when the gazetteer
knows them as a demonym ("Iranian forces"). Because en_core_web_sm mislabels rare transliterated names
("Kerend" as ORG, "Kermanshah" as PERSON), other entities and runs of proper nouns that the gazetteer knows
are kept as *weak* mentions, which the resolver keeps only when the document's other places support them.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annalist.places.gazetteer import NAME_ABBREVIATION, NAME_ALTERNATE, Gazetteer
from annalist.places.names import exact_key
from annalist.sentences import sentence_bounds

if TYPE_CHECKING:  # spaCy costs a second to import; the gazetteer alone must not pay it
    from spacy.tokens import Doc, Span

_PARTICLE_TAIL = re.compile(r"-(?:e|i|ye|ol|ul|al|el)[ -][A-Z][\w']+")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_WEAK_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Names of organisations, buildings and events often hold a place ("the Ohio Supreme Court", "Bank of England").
_EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
_EMBEDDED_MAX_TOKENS = 3
# Words that make the next name a military operation's name ("Operation Mersad"), not a place.
_OPERATION_WORDS = frozenset({"operation", "operations", "op", "op."})
_OPERATION_WORD = re.compile(r"\b(?:operations?|op\.?)(?!\w)", re.IGNORECASE)
# Solar Hijri months: after a day number ("3 Mordad 1367") they are dates, whatever the model tagged them.
_HIJRI_MONTHS = frozenset(
    {"farvardin", "ordibehesht", "khordad", "tir", "mordad", "amordad", "shahrivar", "mehr", "aban", "azar", "dey"}
    | {"bahman", "esfand"}
)
_PROMINENT_POPULATION = 20_000
# Capitalised words that are gazetteer names somewhere but almost never places in running text.
_NOT_PLACES = frozenset(
    {"god", "president", "minister", "general", "police", "army", "university", "mr", "mrs", "ms", "dr", "st"}
    | {"centre", "center", "section", "lane", "easter", "christmas", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sept", "sep", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"}
    | {"saturday", "sunday"}
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
    operation: bool = False  # the name also names a military operation in this document: never resolved


def find_place_mentions(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Candidate toponym spans in text order, without overlaps."""
    mentions: list[PlaceMention] = []
    taken: set[int] = set()
    # Span.sent walks the document on every call; one pass here keeps long documents linear.
    starts = [start for start, _ in sentence_bounds(doc)] or [0]
    for ent in doc.ents:
        span = _without_article(ent)
        if span is None:
            continue
        if ent.label_ in PLACE_LABELS or (ent.label_ == "NORP" and gazetteer.has_name(span.text)):
            mentions.append(_mention(span, ent.label_, starts, strong=True))
        elif ent.label_ in _WEAK_LABELS and _weak_place_name(span.text, gazetteer):
            mentions.append(_mention(span, ent.label_, starts, strong=False))
        elif ent.label_ in _EMBEDDING_LABELS and (inner := _embedded_place(span, gazetteer)) is not None:
            mentions.append(_mention(inner, "EMBEDDED", starts, strong=False))
        else:
            continue
        taken.update(range(ent.start, ent.end))
    for run in _proper_noun_runs(doc, taken):
        if _plausible(run.text) and gazetteer.has_name(run.text):
            mentions.append(_mention(run, "PROPN", starts, strong=False))
    # "Kristina" after "Kristina Lopez" is the same person, however many towns bear the name.
    people = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    mentions = [m for m in mentions if m.strong or m.label == "EMBEDDED" or m.text.lower() not in people]
    mentions = _merge_particles(doc, sorted(mentions, key=lambda m: m.start), gazetteer)
    text = doc.text  # Doc.text joins every token on each access: once per document
    return _mark_operations(doc, [m for m in mentions if not _dated_month(text, m)])


def _dated_month(text: str, mention: PlaceMention) -> bool:
    """A Solar Hijri month name right after a day number ("on 3 Mordad")."""
    if exact_key(mention.text) not in _HIJRI_MONTHS:
        return False
    before = text[max(0, mention.start - 40) : mention.start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1].isdigit()


def _mark_operations(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mark every mention of a name the document also gives an operation ("Operation Mersad"; then "at Mersad")."""
    names: set[str] = set()
    # only the tokens where the text says "operation": walking every token costs more than the search
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _OPERATION_WORD.finditer(doc.text))
    for token in (span[0] for span in spans if span is not None and len(span)):
        if token.lower_ not in _OPERATION_WORDS or token.i + 1 >= len(doc):
            continue
        run = []
        for following in doc[token.i + 1 : token.i + 1 + _EMBEDDED_MAX_TOKENS]:
            if not following.text[:1].isupper():
                break
            run.append(following.text)
            names.add(exact_key(" ".join(run)))
    if not names:
        return mentions
    return [dataclasses.replace(m, operation=True) if exact_key(m.text) in names else m for m in mentions]


def _merge_particles(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Join names the tokenizer split at a Persian ezafe ("Gilan" + "-e Gharb") when the whole is a place."""
    merged: list[PlaceMention] = []
    text = doc.text  # Doc.text joins every token on each access
    for mention in mentions:
        if merged and mention.start < merged[-1].end:
            continue  # swallowed by the previous, extended mention
        match = _PARTICLE_TAIL.match(text, mention.end)
        if match:
            longer = text[mention.start : match.end()]
            if gazetteer.has_name(longer):
                mention = PlaceMention(mention.start, match.end(), longer, mention.label, True, mention.sentence_start)
        merged.append(mention)
    return merged


def _mention(span: Span, label: str, sentence_starts: list[int], *, strong: bool) -> PlaceMention:
    sentence_start = sentence_starts[max(0, bisect.bisect_right(sentence_starts, span.start_char) - 1)]
    return PlaceMention(span.start_char, span.end_char, span.text, label, strong, sentence_start)


def _without_article(span: Span) -> Span | None:
    start = span.start
    while start < span.end and span.doc[start].lower_ in {"the", "'s"}:
        start += 1
    end = span.end
    while end > start and span.doc[end - 1].lower_ in {"'s", "’s"}:
        end -= 1
    return span.doc[start:end] if end > start else None


def _embedded_place(span: Span, gazetteer: Gazetteer) -> Span | None:
    """A well-known place that opens an organisation's name, or follows its "of"; None if there is none."""
    for size in range(min(_EMBEDDED_MAX_TOKENS, len(span) - 1), 0, -1):
        head = span[:size]
        if all(t.pos_ == "PROPN" for t in head) and _prominent(head.text, gazetteer):
            return head
    of = next((t.i for t in span if t.lower_ == "of"), None)
    if of is not None:
        start = of + 1 + (of + 1 < span.end and span.doc[of + 1].lower_ == "the")
        tail = span.doc[start : span.end]
        if 0 < len(tail) <= _EMBEDDED_MAX_TOKENS and _prominent(tail.text, gazetteer):
            return tail
    return None


def _prominent(text: str, gazetteer: Gazetteer) -> bool:
    """A name whose best-known bearer is a country, region or sizeable town: safe to read inside another name."""
    if not (_plausible(text) or _short_form(text)):
        return False
    return any(
        c.place.precision in {"country", "admin1", "continent", "region"} or c.population >= _PROMINENT_POPULATION
        for c in gazetteer.candidates(text, variants=False)
    )


def _short_form(text: str) -> bool:
    """Two capitals, dotted or not ("EU", "U.K."): too short for _plausible, yet common place abbreviations."""
    return text.replace(".", "").isupper() and len(exact_key(text).replace(" ", "")) == 2


def _weak_place_name(text: str, gazetteer: Gazetteer) -> bool:
    return (_plausible(text) and gazetteer.has_name(text)) or _known_short_form(text, gazetteer)


def _known_short_form(text: str, gazetteer: Gazetteer) -> bool:
    """A two-capital short form the gazetteer lists for a country or region ("EU", "UK"), not a town's name."""
    return _short_form(text) and any(
        c.name_kind in {NAME_ABBREVIATION, NAME_ALTERNATE} and c.place.precision in {"country", "region", "admin1"}
        for c in gazetteer.candidates(text, variants=False)
    )


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
