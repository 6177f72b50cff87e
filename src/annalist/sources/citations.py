"""The citation component: find every citation in a document and parse it to CSL-JSON.

It runs first in the pipeline; the pipeline turns the references' spans into ``doc._.citation_spans`` so later
components read a date or place inside a citation as the citation's, not the story's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from annalist.records import Extractor, Reference
from annalist.sources.csl import to_csl
from annalist.sources.notes import find_note_entries
from annalist.sources.parenthetical import parenthetical_citations
from annalist.sources.prose_repairs import repair_prose_fields
from annalist.sources.reference_parser import ReferenceParser
from annalist.sources.running_text import according_to, works_in_text

_NOTE_KINDS = {"caret": "footnote", "sup": "footnote", "plain": "reference_list"}


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


class CitationFinder:
    """Finds parenthetical citations, notes, reference lists and works named in prose; parses each with the CRF."""

    name = "annalist.citations"
    version = "1.0.0"

    def __init__(self, parser: ReferenceParser | None = None) -> None:
        self.parser = parser or ReferenceParser()

    def _parsed(self, document: str, start: int, end: int, kind: str, number: int | None = None) -> Reference:
        text = document[start:end]
        fields, probability = self.parser.parse_scored(text)
        csl = to_csl(repair_prose_fields(text, fields))
        if number is not None:
            csl["citation-number"] = str(number)
        return Reference(start, end, text, kind, csl, Extractor(self.name, self.version, round(probability, 3)))

    def find(self, doc: Doc) -> list[Reference]:
        """Every reference in ``doc``, in text order; a span claimed by one finder is not claimed again."""
        references: list[Reference] = []
        taken: list[tuple[int, int]] = []
        document = doc.text  # built from the tokens on each access: take it once
        entries = find_note_entries(document)
        body_end = min((entry.start for entry in entries), default=len(document))
        for entry in entries:
            kind = _NOTE_KINDS.get(entry.style, "numbered")
            references.append(self._parsed(document, entry.start, entry.end, kind, entry.number))
            taken.append((entry.start, entry.end))
        for start, end in parenthetical_citations(document[:body_end]):
            if not _overlaps((start, end), taken):
                references.append(self._parsed(document, start, end, "parenthetical"))
                taken.append((start, end))
        for source in [*works_in_text(doc), *according_to(doc)]:
            if source.start < body_end and not _overlaps((source.start, source.end), taken):
                text = document[source.start : source.end]
                extractor = Extractor(self.name, self.version, 0.8)
                references.append(Reference(source.start, source.end, text, source.kind, source.csl, extractor))
                taken.append((source.start, source.end))
        return sorted(references, key=lambda reference: reference.start)
