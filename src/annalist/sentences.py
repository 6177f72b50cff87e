"""A parsed document's sentences, found once and shared by every component that reads them.

``Doc.sents`` walks the whole document on each access; five components each asking for it would walk it five
times. The parse does not change after the parser, so the first caller's list is kept in ``doc.user_data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: importing this module must not load spaCy
    from spacy.tokens import Doc, Span

_KEY = "annalist.sentences"


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences in order; the whole document as one sentence when nothing split it."""
    cached = doc.user_data.get(_KEY)
    if cached is not None and (not cached or cached[-1].end == len(doc)):
        return list(cached)
    found = list(doc.sents) if doc.has_annotation("SENT_START") else ([doc[:]] if len(doc) else [])
    doc.user_data[_KEY] = found
    return list(found)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence."""
    return [(sent.start_char, sent.end_char) for sent in sentences(doc)]
