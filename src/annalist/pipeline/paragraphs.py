"""Paragraph breaks and Markdown headings end sentences (runs before the parser, which keeps preset boundaries).

Narratives hard-wrap lines inside sentences, so a single newline says nothing; a blank line or the end of a heading
line always does. Without this, a title glues itself to the first sentence under it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS_VERSION = "1.0.0"


def _starts_line(doc: Doc, index: int) -> bool:
    return index == 0 or "\n" in doc[index - 1].text or "\n" in doc[index - 1].whitespace_


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set sentence starts after blank lines and after Markdown heading lines."""
    in_heading = False
    for index, token in enumerate(doc):
        if _starts_line(doc, index) and not token.is_space:
            in_heading = token.text.startswith("#")
        ends_line = "\n" in token.text if token.is_space else "\n" in token.whitespace_
        if ends_line and index + 1 < len(doc):
            newlines = token.text.count("\n") + token.whitespace_.count("\n")
            if newlines >= 2 or in_heading:
                doc[index + 1].is_sent_start = True
    return doc


@Language.component("annalist_paragraphs")
def paragraph_component(doc: Doc) -> Doc:
    return mark_paragraph_starts(doc)
