"""Statements a citation supports that are not event reports: quotations, assertions, predictions, beliefs.

A claim is anything a source asserts, not only an event. A sentence that a citation supports but that holds no
event becomes a statement, linked to its reference by the same rules as event claims, with its kind and, where the
text says so, who makes it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annalist.records import EventMention, Extractor, Reference, Statement
from annalist.sentences import sentences
from annalist.sources.attribution import attribute
from annalist.sources.linking import link_spans

EXTRACTOR = Extractor("annalist.statements", "1.0.0", 0.7)
# kinds by the verb that frames the sentence; first match wins, quotation marks before all
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("proposal", re.compile(r"\b(propos|suggest|urg|call(?:ed|s)? for)\w*", re.IGNORECASE)),
    ("prediction", re.compile(r"\b(predict|foresaw|forecast|expect|anticipat)\w*", re.IGNORECASE)),
    ("belief", re.compile(r"\b(believ|view(?:ed|s)?|saw|regard|consider|assum)\w*", re.IGNORECASE)),
)
# a quotation may open in one sentence and close in the next, so either mark with a run of words will do
_QUOTE = re.compile(r"[“«][^”»]{12,}|[^“«]{12,}[”»]|\"[^\"]{12,}\"")
_WORD = re.compile(r"\w+")


def statement_kind(text: str) -> str:
    if _QUOTE.search(text):
        return "quotation"
    return next((kind for kind, pattern in _KINDS if pattern.search(text)), "assertion")


def _own_words(text: str, start: int, end: int, references: list[Reference]) -> int:
    """Words of the span outside any citation: a sentence that is only a citation states nothing."""
    kept = [text[start:end]]
    for reference in references:
        if reference.start < end and start < reference.end:
            kept = [part.replace(text[reference.start : reference.end], " ") for part in kept]
    return len(_WORD.findall(" ".join(kept)))


def find_statements(doc: Doc, events: list[EventMention], references: list[Reference]) -> list[Statement]:
    """Sentences without an event that a citation supports, one statement per (sentence, reference)."""
    if not references:
        return []
    text = doc.text
    with_events = {(event.start, event.end) for event in events}
    spans = [
        (sent.start_char, sent.end_char)
        for sent in sentences(doc)
        if (sent.start_char, sent.end_char) not in with_events
        and _own_words(text, sent.start_char, sent.end_char, references) >= 4
    ]
    statements = []
    for span_index, reference_index, rule in link_spans(doc, spans, references):
        reference = references[reference_index]
        if rule == "same_sentence" and reference.kind == "running_text":
            continue  # "X describes this in his book, T" points at the sentence before, not at itself
        start, end = spans[span_index]
        sentence = text[start:end].strip()
        start += len(text[start:end]) - len(text[start:end].lstrip())
        speaker = attribute(doc, start, start + len(sentence), text=text)
        statements.append(
            Statement(
                start=start,
                end=start + len(sentence),
                text=sentence,
                kind=statement_kind(sentence),
                speaker=speaker[0] if speaker else None,
                reference_index=reference_index,
                rule=rule,
                extractor=EXTRACTOR,
            )
        )
    return statements
