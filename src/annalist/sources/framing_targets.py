"""Which entity a framing span is about: the entity it labels, the subject of its clause, or the nearest one."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from annalist.sentences import sentences as doc_sentences

_ENTITY_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC", "LOC"})
# A label ('terrorist group', 'regime') names a group or a person more often than a country.
_LABEL_PREFERENCE = ("ORG", "PERSON", "NORP")
# How many sentences back a target is looked for.
SENTENCES_BACK = 2


def _candidates(doc: Doc, start: int, end: int, citation_spans: list[tuple[int, int]]) -> list[Span]:
    """Named entities that start in tokens [start, end), outside citations."""
    return [
        ent
        for ent in doc.ents
        if ent.label_ in _ENTITY_LABELS
        and start <= ent.start < end
        and not any(s <= ent.start_char < e for s, e in citation_spans)
    ]


def _distance(span: Span, ent: Span) -> int:
    # Entities before the span count one token farther: a label usually precedes or sits beside its target.
    return span.start - ent.end + 1 if ent.end <= span.start else ent.start - span.end + 1


def _nearest(span: Span, ents: list[Span], technique: str) -> Span | None:
    if not ents:
        return None
    if technique == "Name_Calling,Labeling":
        preferred = [ent for ent in ents if ent.label_ in _LABEL_PREFERENCE]
        ents = preferred or ents
    return min(ents, key=lambda ent: _distance(span, ent))


def _subject_of(span: Span) -> Span | None:
    """The subject of the clause the span sits in, when it is a named entity."""
    token = span.root
    for _ in range(6):
        for child in token.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.ent_type_ in _ENTITY_LABELS:
                for ent in span.doc.ents:
                    if ent.start <= child.i < ent.end:
                        return ent
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _name(ent: Span) -> str:
    """The entity's text without a possessive ending ('Saddam Hussein’s' -> 'Saddam Hussein')."""
    text = str(ent.text)
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def find_target(span: Span, technique: str, citation_spans: list[tuple[int, int]]) -> str | None:
    """The text of the entity ``span`` targets, or None when no entity is near."""
    doc = span.doc
    if not doc.ents:
        return None
    # An entity labelled in place: 'the Iraqi Ba'ath regime', 'terrorist group Mujahedin-e Khalq'.
    right = _candidates(doc, span.end, min(len(doc), span.end + 3), citation_spans)
    if right and not any(token.pos_ == "VERB" or token.is_punct for token in doc[span.end : right[0].start]):
        return _name(right[0])
    left = [
        ent for ent in _candidates(doc, max(0, span.start - 3), span.start, citation_spans) if ent.end <= span.start
    ]
    between = doc[left[-1].end : span.start] if left else None
    if left and technique == "Name_Calling,Labeling" and not any(t.pos_ == "VERB" or t.is_punct for t in between or ()):
        return _name(left[-1])
    if doc.has_annotation("DEP"):
        subject = _subject_of(span)
        if subject is not None and subject.start != span.start:
            return _name(subject)
    sentences = doc_sentences(doc) if doc.has_annotation("SENT_START") else []
    if sentences:
        position = next((i for i, sentence in enumerate(sentences) if sentence.start <= span.start < sentence.end), 0)
        for back in range(SENTENCES_BACK + 1):
            if position - back < 0:
                break
            sentence = sentences[position - back]
            chosen = _nearest(span, _candidates(doc, sentence.start, sentence.end, citation_spans), technique)
            if chosen is not None:
                return _name(chosen)
        return None
    chosen = _nearest(span, _candidates(doc, 0, len(doc), citation_spans), technique)
    return _name(chosen) if chosen is not None else None
