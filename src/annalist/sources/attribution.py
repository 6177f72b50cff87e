"""Who asserts a sentence: 'X says', 'according to X', or the speaker a quotation is attributed to."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

SPEECH_VERBS = frozenset(
    [
        "say",
        "state",
        "claim",
        "report",
        "tell",
        "argue",
        "write",
        "describe",
        "assert",
        "announce",
        "allege",
        "insist",
        "note",
        "recall",
        "explain",
        "add",
        "admit",
        "deny",
        "confirm",
        "declare",
        "maintain",
        "suggest",
        "warn",
        "acknowledge",
        "estimate",
        "predict",
        "recount",
        "testify",
        "reveal",
        "stress",
        "emphasise",
        "emphasize",
        "contend",
        "observe",
        "conclude",
        "remark",
    ]
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "his", "her", "their"])
_ACCORDING = re.compile(r"\b[Aa]ccording to[ \t]+(?:the[ \t]+)?")
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART"})
_NAME_SAYS = re.compile(
    r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,3})[ \t,]+(?:[a-z]+[ \t]+)?"
    r"(?:says|said|states|stated|claims|claimed|reports|reported|told|tells|argues|argued|writes|wrote|describes|"
    r"described|asserts|asserted|recalls|recalled)\b"
)

Speaker = tuple[str, int, int]


def _name_of(token: Token) -> Span:
    """The token with its compound/flat name parts: 'Rastgoo' -> 'Ali Akbar Rastgoo'."""
    left = token.i
    while left > 0 and token.doc[left - 1].dep_ in {"compound", "flat"} and token.doc[left - 1].head.i == token.i:
        left -= 1
    return token.doc[left : token.i + 1]


def _in_citation(doc: Doc, text: str, start: int) -> bool:
    """Inside a citation (the pipeline's citation spans) or inside parentheses: an author cited, not a speaker."""
    spans = doc._.citation_spans if Doc.has_extension("citation_spans") else None
    if spans and any(span_start <= start < span_end for span_start, span_end in spans):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return text.count("(", line_start, start) > text.count(")", line_start, start)


# How far back (in tokens) a pronoun speaker's antecedent is looked for: about two sentences.
ANTECEDENT_WINDOW = 60


def _resolve_pronoun(doc: Doc, text: str, before: int) -> Speaker | None:
    """The nearest person named before ``before``: a PERSON entity or a proper-noun subject, outside citations."""
    span = doc.char_span(0, before, alignment_mode="contract")
    last = span.end if span is not None else 0
    for index in range(last - 1, max(-1, last - 1 - ANTECEDENT_WINDOW), -1):
        token = doc[index]
        is_person = token.ent_type_ == "PERSON"
        if not (is_person or (token.pos_ == "PROPN" and token.dep_ == "nsubj")) or _in_citation(doc, text, token.idx):
            continue
        if is_person:
            ent = next(ent for ent in doc.ents if ent.start <= index < ent.end)
            return str(ent.text), ent.start_char, ent.end_char
        name = _name_of(token)
        return str(name.text), name.start_char, name.end_char
    return None


def _according_to(doc: Doc, text: str, start: int, end: int) -> Speaker | None:
    match = _ACCORDING.search(text, start, end)
    if match is None:
        return None
    for ent in doc.ents:
        if ent.start_char == match.end():
            if ent.label_ not in _SOURCE_LABELS:
                return None
            return str(ent.text), ent.start_char, ent.end_char
    if doc.ents:
        return None
    run = re.match(r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,4}", text[match.end() : end])
    if run:
        return run.group(), match.end(), match.end() + run.end()
    return None


def _speech_subject(doc: Doc, text: str, start: int, end: int) -> Speaker | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if doc.has_annotation("DEP"):
        for token in span:
            if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ not in {"VERB", "AUX"}:
                continue
            for child in token.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.dep_ != "nsubjpass":
                    if child.lower_ in _PRONOUNS:
                        return _resolve_pronoun(doc, text, child.idx)
                    name = _name_of(child)
                    return str(name.text), name.start_char, name.end_char
        return None
    match = _NAME_SAYS.search(text, start, end)
    return (match.group(1), match.start(1), match.end(1)) if match else None


def _inside_quote(text: str, start: int, end: int) -> int | None:
    """Where the quotation holding or opening the span starts, if any."""
    opening = max(text.rfind("“", 0, end), text.rfind('"', 0, start))
    if "“" in text[start:end] or '"' in text[start:end]:
        return min(i for i in (text.find("“", start, end), text.find('"', start, end)) if i >= 0)
    if opening >= 0 and text.count("”", opening, start) == 0 and text.count('"', opening, start) <= 1:
        return opening
    return None


# Attribution looks this many tokens before the sentence (the quotation's lead-in, a pronoun's antecedent).
CONTEXT_TOKENS = 200


def _local_text(doc: Doc, start: int, end: int) -> str:
    """The document text up to ``end`` with everything before the context window blanked out.

    Building ``doc.text`` costs a pass over every token; a per-sentence caller on a long document would pay it per
    sentence. Spaces keep every character offset valid.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    first = max(0, (span.start if span is not None else 0) - CONTEXT_TOKENS)
    last = span.end if span is not None else len(doc)
    offset = doc[first].idx if len(doc) else 0
    return " " * offset + doc[first:last].text_with_ws


def attribute(doc: Doc, start: int, end: int, *, text: str | None = None) -> Speaker | None:
    """Who asserts the text at [start, end): the speaker's text and character span, or None for the author's voice.

    Rules, first match wins: 'according to X' in the span; the subject of a speech verb in the span ('X says');
    for a quotation, the speech verb of the text just before the quotation ('X describes ...: “...”').
    ``text``: ``doc.text`` when the caller already has it.
    """
    if text is None:
        text = _local_text(doc, start, end)
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return None
    speaker = _according_to(doc, text, start, end) or _speech_subject(doc, text, start, end)
    if speaker is not None:
        return speaker
    quote_start = _inside_quote(text, start, end)
    if quote_start is None:
        return None
    # The lead-in that introduces the quotation: back to the previous sentence end.
    lead_start = max(text.rfind(".", 0, quote_start), text.rfind("\n", 0, quote_start)) + 1
    return _speech_subject(doc, text, lead_start, quote_start) if lead_start < quote_start else None
