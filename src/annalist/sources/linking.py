"""Link each claim (event mention) to the references that support it, saying which rule linked them.

Rules:
- ``same_sentence``: the citation sits inside the claim's sentence.
- ``sentence_before_citation``: a citation standing on its own right after a sentence supports that sentence;
  ``paragraph_before_citation``: and the earlier sentences of the same paragraph.
- ``work_named_next``: 'X describes this in his book, T' supports the claim in the sentence just before it.
- ``note_marker``: a '[3]', '(3)', '[^3]' or '³' marker in the claim's sentence calls note 3.
- ``quote_attribution``: the claim is in a quotation whose speaker is the cited work's author.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annalist.records import ClaimReferenceLink, EventMention, Reference
from annalist.sources.attribution import attribute
from annalist.sources.notes import find_markers

_NOTE_STYLES = {"footnote", "numbered"}


def _paragraph(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _stands_alone(text: str, reference: Reference) -> bool:
    """The citation follows a finished sentence (or quotation) rather than sitting inside one."""
    before = text[_paragraph(text, reference.start)[0] : reference.start]
    return bool(re.search(r"[.!?…][”\"’']?\s*\(?$", before))


def _author_families(reference: Reference) -> set[str]:
    names = reference.csl.get("author", [])
    return {str(name.get("family") or name.get("literal", "")).lower() for name in names} - {""}


def _note_calls(text: str, references: list[Reference]) -> list[tuple[int, int, int]]:
    """(marker start, marker end, reference index) for each call to a numbered note in the body."""
    notes = {
        reference.csl.get("citation-number"): index
        for index, reference in enumerate(references)
        if reference.kind in _NOTE_STYLES
    }
    if not notes:
        return []
    body_end = min(references[index].start for index in notes.values())
    style = "caret" if "[^" in text else "sup" if re.search("[¹²³⁴⁵⁶⁷⁸⁹]", text[:body_end]) else "numbered"
    calls = []
    for start, end, number in find_markers(text, body_end, style):
        index = notes.get(str(number))
        if index is not None:
            calls.append((start, end, index))
    return calls


def link_claims(doc: Doc, events: list[EventMention], references: list[Reference]) -> list[ClaimReferenceLink]:
    """Every (event, reference) pair a rule supports, one link per pair (the first rule that fires)."""
    spans = [(event.start, event.end) for event in events]
    return [ClaimReferenceLink(*link) for link in link_spans(doc, spans, references)]


def link_spans(doc: Doc, spans: list[tuple[int, int]], references: list[Reference]) -> list[tuple[int, int, str]]:
    """(span index, reference index, rule) for every claim span a citation supports, by the rules above."""
    text = doc.text
    links: dict[tuple[int, int], str] = {}
    calls = _note_calls(text, references)
    for event_index, (start, end) in enumerate(spans):
        paragraph = _paragraph(text, start)
        for reference_index, reference in enumerate(references):
            key = (event_index, reference_index)
            if reference.kind in _NOTE_STYLES:
                continue
            if start <= reference.start < end:
                links[key] = "same_sentence"
            elif (
                reference.kind == "running_text"
                and end <= reference.start <= paragraph[1]
                and not re.search(r"[.!?]", text[end : reference.start])
            ):
                links[key] = "work_named_next"
            elif reference.start >= end and _stands_alone(text, reference):
                between = text[end : reference.start]
                if not between.strip(" \t\"”’'(") and "\n" not in between:
                    links[key] = "sentence_before_citation"
                elif paragraph[0] <= reference.start <= paragraph[1] and not _citation_between(
                    references, end, reference.start
                ):
                    links[key] = "paragraph_before_citation"
        for marker_start, _marker_end, reference_index in calls:
            if start <= marker_start <= end + 1:
                links.setdefault((event_index, reference_index), "note_marker")
        speaker = attribute(doc, start, end, text=text)
        if speaker is not None:
            family = speaker[0].split()[-1].lower() if speaker[0].split() else ""
            for reference_index, reference in enumerate(references):
                if family and family in _author_families(reference):
                    links.setdefault((event_index, reference_index), "quote_attribution")
    return [(span, reference, rule) for (span, reference), rule in sorted(links.items())]


def _citation_between(references: list[Reference], start: int, end: int) -> bool:
    """Another citation closes the passage first: it, not the later one, supports the claim."""
    return any(start <= reference.start and reference.end <= end for reference in references)
